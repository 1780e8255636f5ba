#include "listener/listenersecrets.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ConvStudio {

ListenerSecrets::ListenerSecrets(SecretStore store)
    : m_store(std::move(store))
{
}

QString ListenerSecrets::keyName(Kind kind)
{
    switch (kind) {
    case Kind::Token:
        return u"listener/token"_s;
    case Kind::Shopify:
        return u"listener/shopify-secret"_s;
    case Kind::Stripe:
        return u"listener/stripe-secret"_s;
    }
    return {};
}

QByteArray ListenerSecrets::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<ListenerCredentials> ListenerSecrets::load(QString *error) const
{
    ListenerCredentials credentials;
    QString readError;
    auto token = m_store.read(keyName(Kind::Token), &readError);
    if (!token && !readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    if (!token || token->isEmpty()) {
        token = generateToken();
        if (!m_store.write(keyName(Kind::Token), *token, error))
            return std::nullopt;
    }
    credentials.token = *token;
    for (auto [kind, target] : {std::pair {Kind::Shopify, &credentials.shopifySecret},
             std::pair {Kind::Stripe, &credentials.stripeSecret}}) {
        const auto secret = m_store.read(keyName(kind), &readError);
        if (!secret && !readError.isEmpty()) {
            *error = readError;
            return std::nullopt;
        }
        *target = secret.value_or(QByteArray());
    }
    return credentials;
}

std::optional<QByteArray> ListenerSecrets::rotateToken(QString *error) const
{
    const QByteArray token = generateToken();
    if (!m_store.write(keyName(Kind::Token), token, error))
        return std::nullopt;
    return token;
}

bool ListenerSecrets::set(Kind kind, const QByteArray &secret, QString *error) const
{
    if (secret.isEmpty())
        return m_store.remove(keyName(kind), error);
    return m_store.write(keyName(kind), secret, error);
}

} // namespace ConvStudio
