#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <map>

namespace ConvStudio {

// What a platform's answer to one request means. Pure: status, body and headers in, verdict out.
struct Classification
{
    enum class Kind {
        Success, // every event accepted (duplicates the platform already has count as accepted)
        PartialFailure, // accepted except eventErrors (index in the batch → reason)
        Permanent, // rejected; retrying cannot help (validation, 4xx other than 408/429)
        Transient, // try again later (408, 429, 5xx, timeouts, resets, quota)
        TokenExpired, // the credentials are expired or revoked: the connection needs a reconnect
    };
    Kind kind = Kind::Success;
    QString message; // in words, for the Deliveries page
    qint64 retryAfterMs = -1; // the platform's Retry-After (or a known wait), -1 if none
    std::map<int, QString> eventErrors;
};

enum class TransportError { None, Timeout, Reset, Other };

class ResponseClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ResponseClassifier)
public:
    // httpStatus 0 with a transport error: no answer. retryAfter: the raw header value.
    static Classification classify(const QString &platform, int httpStatus, TransportError transport,
        const QByteArray &body, const QByteArray &retryAfter, int batchSize, qint64 nowMs);

    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
    static qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs);
};

} // namespace ConvStudio
