#pragma once

#include "listener/listenerconfig.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>

#include <optional>

namespace ConvStudio {

// The listener's token and webhook signing secrets in the SecretStore. Blocking like SecretStore:
// never call from the GUI thread.
class ListenerSecrets
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ListenerSecrets)
public:
    enum class Kind { Token, Shopify, Stripe };

    explicit ListenerSecrets(SecretStore store = SecretStore());

    // Loads all three; creates the token the first time (a listener always has one).
    std::optional<ListenerCredentials> load(QString *error) const;
    // A new random token replaces the old one, which stops working at once.
    std::optional<QByteArray> rotateToken(QString *error) const;
    // An empty secret removes it.
    bool set(Kind kind, const QByteArray &secret, QString *error) const;

    const SecretStore &store() const { return m_store; }

    static QString keyName(Kind kind); // "listener/token" …
    static QByteArray generateToken(); // 32 random bytes, base64url without padding

private:
    SecretStore m_store;
};

} // namespace ConvStudio
