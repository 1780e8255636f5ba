#pragma once

#include "domain/eventparser.h"
#include "domain/eventstreamreader.h"
#include "platforms/platformadapter.h"

#include <QFile>

#include <vector>

// Shared by the platform tests: the standard names plus a few spellings, and events read from a
// file as conversions of their own standard name.
inline ConvStudio::Taxonomy testTaxonomy()
{
    ConvStudio::Taxonomy taxonomy;
    for (const QString &name : ConvStudio::Taxonomy::standardNames())
        taxonomy.add(name, name);
    taxonomy.add(QStringLiteral("Order Completed"), QStringLiteral("Purchase"));
    taxonomy.add(QStringLiteral("generate_lead"), QStringLiteral("Lead"));
    taxonomy.add(QStringLiteral("order refunded"), QStringLiteral("Refund"));
    return taxonomy;
}

// 2026-11-21T12:00:00Z: "now" for every golden case.
constexpr qint64 TestNowMs = 1795262400000LL;

inline std::vector<ConvStudio::Conversion> readConversions(const QString &path, QString *error)
{
    std::vector<ConvStudio::Conversion> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    const ConvStudio::Taxonomy taxonomy = testTaxonomy();
    ConvStudio::EventParser parser(taxonomy);
    ConvStudio::EventStreamReader reader(&file);
    ConvStudio::EventStreamReader::Record record;
    while (reader.next(&record)) {
        if (!record.error.isEmpty()) {
            *error = record.error;
            return {};
        }
        auto event = parser.parseText(record.text, error);
        if (!event)
            return {};
        out.push_back(ConvStudio::conversionFromEvent(*event));
    }
    return out;
}

inline ConvStudio::Conversion makeConversion(const QByteArray &eventJson)
{
    const ConvStudio::Taxonomy taxonomy = testTaxonomy();
    QString error;
    auto event = ConvStudio::EventParser(taxonomy).parseText(eventJson.toStdString(), &error);
    if (!event)
        qFatal("bad test event: %s", qPrintable(error));
    return ConvStudio::conversionFromEvent(*event);
}
