#include "listener/signatures.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>

#include <cstdlib>

namespace ConvStudio::Signatures {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key.toByteArray());
    mac.addData(message.data(), message.size());
    return mac.result();
}

QByteArray shopifySignature(QByteArrayView secret, QByteArrayView body)
{
    return hmacSha256(secret, body).toBase64();
}

bool verifyShopify(QByteArrayView secret, QByteArrayView body, QByteArrayView header)
{
    if (secret.isEmpty() || header.isEmpty())
        return false;
    // Compare the digests, not their encodings: base64 padding or whitespace must not matter.
    const QByteArray given = QByteArray::fromBase64(header.trimmed().toByteArray());
    return constantTimeEquals(hmacSha256(secret, body), given);
}

QByteArray stripeSignature(QByteArrayView secret, qint64 timestamp, QByteArrayView body)
{
    QByteArray payload = QByteArray::number(timestamp);
    payload += '.';
    payload += body;
    return hmacSha256(secret, payload).toHex();
}

QByteArray stripeHeader(QByteArrayView secret, qint64 timestamp, QByteArrayView body)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + stripeSignature(secret, timestamp, body);
}

StripeCheck verifyStripe(QByteArrayView secret, QByteArrayView body, QByteArrayView header, qint64 nowSeconds,
    qint64 toleranceSeconds)
{
    if (header.trimmed().isEmpty() || secret.isEmpty())
        return StripeCheck::Missing;
    qint64 timestamp = -1;
    QList<QByteArray> signatures;
    for (const QByteArray &part : header.toByteArray().split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (name == "t") {
            bool ok = false;
            timestamp = value.toLongLong(&ok);
            if (!ok)
                return StripeCheck::Malformed;
        } else if (name == "v1") {
            signatures << QByteArray::fromHex(value);
        }
    }
    if (timestamp < 0 || signatures.isEmpty())
        return StripeCheck::Malformed;
    QByteArray payload = QByteArray::number(timestamp);
    payload += '.';
    payload += body;
    const QByteArray expected = hmacSha256(secret, payload);
    bool match = false;
    for (const QByteArray &signature : signatures)
        match |= constantTimeEquals(expected, signature); // no early exit
    if (!match)
        return StripeCheck::Mismatch;
    if (toleranceSeconds > 0 && std::llabs(nowSeconds - timestamp) > toleranceSeconds)
        return StripeCheck::Stale;
    return StripeCheck::Ok;
}

} // namespace ConvStudio::Signatures
