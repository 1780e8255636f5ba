#include "connector/connectioncredentials.h"

#include "secrets/secretstore.h"
#include "storage/connectionrepository.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::ConnectionCredentials {

Json parse(const QByteArray &secret)
{
    const QByteArray trimmed = secret.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    if (trimmed.startsWith('{')) {
        Json object = Json::parse(trimmed.constData(), trimmed.constData() + trimmed.size(), nullptr, false);
        if (object.is_object())
            return object;
    }
    return QString::fromUtf8(trimmed);
}

CredentialLookup lookup(const SecretStore &store)
{
    return [store](qint64 connectionId) -> Json {
        const std::optional<QByteArray> secret = store.read(ConnectionRepository::secretKey(connectionId));
        return secret ? parse(*secret) : Json(nullptr);
    };
}

bool write(const SecretStore &store, qint64 connectionId, const QByteArray &secret, QString *error)
{
    return store.write(ConnectionRepository::secretKey(connectionId), secret.trimmed(), error);
}

bool remove(const SecretStore &store, qint64 connectionId, QString *error)
{
    return store.remove(ConnectionRepository::secretKey(connectionId), error);
}

QString masked(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret.trimmed());
    if (text.isEmpty())
        return {};
    if (text.size() <= 8)
        return u"••••"_s;
    return text.left(4) + u"…"_s + text.right(4);
}

} // namespace ConvStudio::ConnectionCredentials
