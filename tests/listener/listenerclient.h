#pragma once

#include <QFloat16> // QTest::qCompare needs it complete on Qt 6.4

#include "domain/jsonsupport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

// A real HTTP client over loopback for the listener tests: one request, waited for by spinning the
// event loop (the server may live on the same thread).
struct HttpReply
{
    int status = 0;
    QByteArray body;
    ConvStudio::Json json;
    QByteArray retryAfter;
    QString error;
};

class ListenerClient
{
public:
    explicit ListenerClient(QString base = {})
        : m_base(std::move(base))
    {
    }
    void setBase(const QString &base) { m_base = base; }

    QNetworkReply *start(const QByteArray &method, const QString &target, const QByteArray &body = {},
        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(m_base + target));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_nam.sendCustomRequest(request, method, body);
    }

    static HttpReply finish(QNetworkReply *reply, int timeoutMs = 15000)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        HttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.json = ConvStudio::Json::parse(out.body.begin(), out.body.end(), nullptr, false);
        out.retryAfter = reply->rawHeader("Retry-After");
        if (reply->error() != QNetworkReply::NoError && out.status == 0)
            out.error = reply->errorString();
        reply->deleteLater();
        return out;
    }

    HttpReply send(const QByteArray &method, const QString &target, const QByteArray &body = {},
        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return finish(start(method, target, body, headers));
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};
