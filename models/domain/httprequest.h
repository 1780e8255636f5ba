#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

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

    // A copy for display: every secret header or query value replaced by "****" (an
    // "Authorization" header keeps its scheme: "Bearer ****"). Never send a masked request.
    HttpRequest masked() const
    {
        HttpRequest copy = *this;
        const QLatin1StringView stars("****");
        for (auto &[name, value] : copy.headers) {
            if (!secretNames.contains(name, Qt::CaseInsensitive))
                continue;
            const qsizetype space = value.indexOf(u' ');
            value = space > 0 ? value.left(space + 1) + stars : QString(stars);
        }
        const qsizetype q = copy.url.indexOf(u'?');
        if (q >= 0) {
            QStringList pairs = copy.url.mid(q + 1).split(u'&');
            for (QString &pair : pairs) {
                const qsizetype eq = pair.indexOf(u'=');
                if (eq > 0
                    && secretNames.contains(
                        QUrl::fromPercentEncoding(pair.left(eq).toUtf8()), Qt::CaseInsensitive))
                    pair = pair.left(eq + 1) + stars;
            }
            copy.url = copy.url.left(q + 1) + pairs.join(u'&');
        }
        return copy;
    }

    friend bool operator==(const HttpRequest &, const HttpRequest &) = default;
};

} // namespace ConvStudio
