#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace ConvStudio {

// How the listener runs. Plain values: copied into the server's thread.
struct ListenerConfig
{
    static constexpr quint16 DefaultPort = 8787;

    QHostAddress address = QHostAddress(QHostAddress::LocalHost); // anything else must be asked for
    quint16 port = DefaultPort; // 0: an ephemeral port (tests)
    qint64 maxBodyBytes = 1024 * 1024; // larger bodies are answered 413
    int requestsPerSecond = 200; // per client address, sustained; over it: 429
    int burst = 400; // per client address, at once
    qint64 stripeToleranceSeconds = 300; // Stripe-Signature timestamp vs now
    // Accepted requests that arrive together are committed in one transaction before any of them is
    // answered (group commit); at most this many per transaction.
    int maxBatch = 256;
    // synchronous=FULL on the listener's connection: a 2xx answer survives a power cut, not only a
    // crash of the process.
    bool fullSync = true;

    bool isLoopback() const { return address.isLoopback(); }
};

// The secrets the listener checks requests against. Kept by SecretStore; here only in memory.
struct ListenerCredentials
{
    QByteArray token; // Bearer token of /v1/events, token= of /postback/…
    QByteArray shopifySecret; // the Shopify app's client secret (webhook signing)
    QByteArray stripeSecret; // the Stripe endpoint's signing secret (whsec_…)
};

} // namespace ConvStudio
