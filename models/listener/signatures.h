#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ConvStudio::Signatures {

// Pure functions that decide whether a request is authentic. Every comparison of a secret or a
// signature takes the same time whatever the first differing byte.

// Equal length and equal bytes, in time that depends only on the lengths.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

// Shopify: X-Shopify-Hmac-Sha256 is the base64 HMAC-SHA256 of the raw body, keyed with the app's
// client secret.
QByteArray shopifySignature(QByteArrayView secret, QByteArrayView body);
bool verifyShopify(QByteArrayView secret, QByteArrayView body, QByteArrayView header);

// Stripe: "Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">[,v1=…][,v0=…]",
// keyed with the endpoint's signing secret (whsec_…). Any v1 may match (secret rotation); the
// timestamp must be within toleranceSeconds of now (replay protection).
enum class StripeCheck { Ok, Missing, Malformed, Mismatch, Stale };
StripeCheck verifyStripe(QByteArrayView secret, QByteArrayView body, QByteArrayView header, qint64 nowSeconds,
    qint64 toleranceSeconds = 300);
QByteArray stripeSignature(QByteArrayView secret, qint64 timestamp, QByteArrayView body); // hex v1
QByteArray stripeHeader(QByteArrayView secret, qint64 timestamp, QByteArrayView body);

} // namespace ConvStudio::Signatures
