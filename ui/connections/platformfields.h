#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <vector>

namespace ConvStudio {

// The account ids each platform's form asks for, each with where to find it (cli.md, "Connection
// settings file"; platforms.md). Translated at use.
class PlatformFields
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::PlatformFields)
public:
    struct Field
    {
        const char *key; // settings key
        QString label; // "Pixel ID"
        QString help; // "Events Manager → Data sources → your pixel → Settings"
    };
    struct Platform
    {
        QString id;
        QString name;
        std::vector<Field> fields;
        QString tokenLabel;
        QString tokenHelp;
        QUrl helpUrl;
        bool hasTestCode = false;
    };
    static std::vector<Platform> all();
    static Platform of(const QString &id);
};

} // namespace ConvStudio
