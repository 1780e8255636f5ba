#include "csv/genericpreset.h"

#include "csv/csveventobject.h"
#include "csv/presets/builtinpresets.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio {

GenericPreset::GenericPreset(CsvMapping mapping)
    : m_mapping(std::move(mapping))
{
}

QString GenericPreset::id() const
{
    return u"generic"_s;
}

QString GenericPreset::displayName() const
{
    return m_mapping.name.isEmpty() ? tr("Custom mapping") : m_mapping.name;
}

QList<QStringList> GenericPreset::signature() const
{
    QList<QStringList> groups;
    for (const CsvMapping::Column &c : m_mapping.columns) {
        if (c.field != u"ignore"_s)
            groups << QStringList {c.column};
    }
    return groups;
}

QList<CsvFieldMapping> GenericPreset::fieldMappings() const
{
    QList<CsvFieldMapping> list;
    for (const CsvMapping::Column &c : m_mapping.columns)
        list << CsvFieldMapping {c.column, c.field};
    return list;
}

void GenericPreset::map(
    const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header, CsvMapContext &context) const
{
    const CsvRow first(rows.front(), header);
    CsvEventObject e;
    std::optional<double> value;
    QString symbolCurrency;
    CsvValues::DateOptions dateOptions;
    dateOptions.format = context.options().dateFormat;
    dateOptions.order = context.options().dateOrder;
    dateOptions.zone = context.options().zone;
    bool hasItems = false;
    for (const CsvMapping::Column &c : m_mapping.columns) {
        const int index = header.find(c.column);
        if (index < 0 || c.field == u"ignore"_s)
            continue;
        const std::string_view raw = first.at(index);
        if (c.field.startsWith(u"items."_s)) {
            hasItems = true;
            continue;
        }
        if (raw.empty())
            continue;
        std::string text(raw);
        if (!c.valueMap.isEmpty()) {
            const auto it = c.valueMap.constFind(QString::fromStdString(text).toLower());
            if (it != c.valueMap.constEnd())
                text = it.value().toStdString();
        }
        const std::string field = c.field.toStdString();
        if (field == "time") {
            QString error;
            const auto t = CsvValues::parseDateTime(text, dateOptions, &error);
            if (!t) {
                context.reject(first, c.column, error);
                return;
            }
            e.set("time", TimeParse::formatIso(*t));
        } else if (field == "value") {
            value = CsvValues::parseAmount(text, context.options().decimal, &symbolCurrency);
            if (!value) {
                context.reject(first, c.column, CsvValues::Messages::badAmount(QString::fromStdString(text)));
                return;
            }
        } else if (field == "tracking") {
            e.takeTrackingFrom(text);
        } else if (field.rfind("user.", 0) == 0) {
            e.put(CsvEventObject::Part::User, std::string_view(field).substr(5), text);
        } else if (field.rfind("click_ids.", 0) == 0) {
            e.put(CsvEventObject::Part::ClickIds, std::string_view(field).substr(10), text);
        } else if (field.rfind("attributes.", 0) == 0) {
            e.put(CsvEventObject::Part::Attributes, std::string_view(field).substr(11), text);
        } else {
            e.put(CsvEventObject::Part::Top, field, text);
        }
    }
    if (!e.has("time")) {
        context.reject(first, QString(), tr("the time is empty"));
        return;
    }
    const std::string status(e.text("status"));
    for (const QString &skip : m_mapping.skipStatuses) {
        if (QString::fromStdString(status).compare(skip, Qt::CaseInsensitive) == 0) {
            context.skip(first, tr("status %1 is skipped by the mapping").arg(skip));
            return;
        }
    }
    if (!e.has("name"))
        e.set("name", m_mapping.eventName);
    const std::string_view currencyText = e.text("currency");
    QString currency = QString::fromUtf8(currencyText.data(), qsizetype(currencyText.size()));
    if (currency.isEmpty())
        currency = symbolCurrency;
    if (value) {
        if (m_mapping.minorUnits)
            *value /= std::pow(10.0, CsvValues::currencyDigits(currency));
        e.setValue(*value, currency);
    }
    if (hasItems) {
        for (const CsvRecord &record : rows) {
            const CsvRow row(record, header);
            e.beginItem();
            for (const CsvMapping::Column &c : m_mapping.columns) {
                if (!c.field.startsWith(u"items."_s))
                    continue;
                const std::string_view text = row.at(header.find(c.column));
                if (text.empty())
                    continue;
                const std::string key = c.field.mid(6).toStdString();
                if (key == "price" || key == "quantity") {
                    const auto n = CsvValues::parseAmount(text, context.options().decimal);
                    if (!n) {
                        context.reject(row, c.column,
                            CsvValues::Messages::badAmount(
                                QString::fromUtf8(text.data(), qsizetype(text.size()))));
                        return;
                    }
                    e.itemNumber(key, *n);
                } else {
                    e.itemText(key, text);
                }
            }
            e.endItem();
        }
    }
    if (!e.has("event_id")) {
        if (e.has("order_id")) {
            e.put(CsvEventObject::Part::Top, "event_id", std::string(e.text("order_id")));
        } else if (!m_mapping.groupBy.isEmpty()) {
            e.set("event_id", first.at(header.find(m_mapping.groupBy)));
        } else {
            std::string all;
            for (const std::string &f : rows.front().fields)
                all += f + '\x1f';
            e.set("event_id", BuiltinPresets::stableId({all}));
        }
    }
    context.emitEvent(std::move(e), rows.front().line);
}

} // namespace ConvStudio
