#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ConvStudio {

// One request the listener answered, for the live log. Holds no secret: the target has the token
// masked, bodies are never kept.
struct RequestLogEntry
{
    QDateTime time; // UTC
    QString client; // remote address
    QString method;
    QString target; // path and query, token masked
    QString endpoint; // "events", "postback:everflow", "shopify", "stripe", "health", ""
    int status = 0; // HTTP status sent
    QString outcome; // stable code: accepted, duplicate, updated, reversed, ignored, unauthorized …
    QString detail; // one sentence for people
    int accepted = 0;
    int duplicates = 0;
    double millis = 0; // from the request's arrival to its answer
};

} // namespace ConvStudio

Q_DECLARE_METATYPE(ConvStudio::RequestLogEntry)
