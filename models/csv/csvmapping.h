#pragma once

#include "csv/csvvalues.h"
#include "domain/jsonsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ConvStudio {

// A mapping file: which column feeds which canonical field, and how values are read. The format of
// `--mapping FILE` and of the presets the import wizard saves:
//
//   {"name": "My shop", "event_name": "Purchase", "timezone": "Europe/Berlin", "decimal": "comma",
//    "date_format": "dd.MM.yyyy HH:mm", "date_order": "day-first", "group_by": "Order Number",
//    "columns": [{"column": "Order Number", "field": "order_id"},
//                {"column": "Order Status", "field": "status", "map": {"Completed": "paid"}}, …],
//    "skip_status": ["failed"], "amount_unit": "major"}
//
// "columns" may also be an object {"Column": "field"}. Fields: event_id, name, time, value, currency,
// order_id, status, action_source, page_url, referrer_url, search_query, user.<key>, click_ids.<key>,
// attributes.<key>, items.<id|name|price|quantity|category|brand>, tracking (free text searched for
// click ids and utm_* parameters), ignore.
struct CsvMapping
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::CsvMapping)
public:
    struct Column
    {
        QString column;
        QString field;
        QHash<QString, QString> valueMap; // status words and the like, matched ignoring case
    };

    QString name;
    QString basePreset; // the preset the user started from, informative
    QString eventName; // when no column maps to "name"
    QString timeZone;
    DecimalStyle decimal = DecimalStyle::Auto;
    DateOrder dateOrder = DateOrder::Auto;
    QString dateFormat;
    QString groupBy;
    QList<Column> columns;
    QStringList skipStatuses;
    bool minorUnits = false;

    static std::optional<CsvMapping> fromJson(const Json &json, QString *error);
    Json toJson() const;
    static std::optional<CsvMapping> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
    static bool isValidField(const QString &field);
    // Columns the mapping names that the header lacks.
    QStringList missingColumns(const QStringList &header) const;
    // Changes whenever anything that decides the events changes; part of the resume key.
    QString fingerprint() const;
};

} // namespace ConvStudio
