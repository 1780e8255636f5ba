#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ConvStudio {

// An HTTP request a platform adapter would send: built purely, stored in the outbox byte for byte,
// and sent as stored. Secrets live only in headers or the query (never in the body) so that
// masked() can hide them for previews, logs and exports.
struct HttpRequest
{
    QString method = QStringLiteral("POST");
    QString url;
    QList<std::pair<QString, QString>> headers;
    QByteArray body;
    QString contentType = QStringLiteral("application/json");
    // Names of query parameters and headers that carry secrets (access_token, api_secret,
    // Authorization …): masked() replaces their values.
    QStringList secretNames;

    friend bool operator==(const HttpRequest &, const HttpRequest &) = default;
};

} // namespace ConvStudio
