#pragma once

#include "domain/jsonsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace ConvStudio {

// A connection's settings file (cli.md, "Connection settings file"): the keys every platform
// understands, plus the platform's own ids kept as they are (value()). Secrets (access tokens,
// API secrets) may be present for sending; builders only ever put them into headers or the query,
// where HttpRequest::masked() hides them.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ConnectionSettings)
public:
    QString name;
    QString endpoint; // replaces scheme and host, e.g. http://127.0.0.1:8088
    QString apiVersion;
    QString defaultCountry; // upper-case ISO alpha-2, or empty
    QString testEventCode;
    QHash<QString, QString> eventNames; // standard conversion → platform event name
    Json raw = Json::object(); // the whole file

    // A string (or a number written as text) at key; empty when absent.
    QString value(const char *key) const;
    bool flag(const char *key, bool fallback = false) const;
    bool has(const char *key) const { return !value(key).isEmpty(); }
    // value(key), or the placeholder the preview shows when no connection gives it.
    QString valueOr(const char *key, const QString &placeholder) const;

    static std::optional<ConnectionSettings> fromJson(const Json &json, QString *error);
    static std::optional<ConnectionSettings> fromFile(const QString &path, QString *error);
};

} // namespace ConvStudio
