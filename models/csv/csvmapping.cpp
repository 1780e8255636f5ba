#include "csv/csvmapping.h"

#include "csv/csvheaderindex.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

const QStringList TopFields {u"event_id"_s, u"name"_s, u"time"_s, u"value"_s, u"currency"_s, u"order_id"_s,
    u"status"_s, u"action_source"_s, u"page_url"_s, u"referrer_url"_s, u"search_query"_s, u"tracking"_s,
    u"ignore"_s};
const QStringList ItemFields {u"id"_s, u"name"_s, u"price"_s, u"quantity"_s, u"category"_s, u"brand"_s};

} // namespace

bool CsvMapping::isValidField(const QString &field)
{
    if (field.isEmpty() || TopFields.contains(field))
        return true;
    const qsizetype dot = field.indexOf(u'.');
    if (dot <= 0 || dot == field.size() - 1)
        return false;
    const QString group = field.left(dot);
    const QString key = field.mid(dot + 1);
    if (group == u"items"_s)
        return ItemFields.contains(key);
    return group == u"user"_s || group == u"click_ids"_s || group == u"attributes"_s;
}

std::optional<CsvMapping> CsvMapping::fromJson(const Json &json, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<CsvMapping> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.is_object())
        return fail(tr("A mapping must be a JSON object."));
    CsvMapping m;
    m.name = jsonString(json, "name");
    m.basePreset = jsonString(json, "preset");
    m.eventName = jsonString(json, "event_name");
    m.timeZone = jsonString(json, "timezone");
    m.dateFormat = jsonString(json, "date_format");
    m.groupBy = jsonString(json, "group_by");
    const QString decimal = jsonString(json, "decimal");
    if (decimal == u"comma"_s)
        m.decimal = DecimalStyle::Comma;
    else if (decimal == u"dot"_s)
        m.decimal = DecimalStyle::Dot;
    else if (!decimal.isEmpty() && decimal != u"auto"_s)
        return fail(tr("\"decimal\" must be \"auto\", \"dot\" or \"comma\", not \"%1\".").arg(decimal));
    const QString order = jsonString(json, "date_order");
    if (order == u"day-first"_s)
        m.dateOrder = DateOrder::DayFirst;
    else if (order == u"month-first"_s)
        m.dateOrder = DateOrder::MonthFirst;
    else if (!order.isEmpty() && order != u"auto"_s)
        return fail(
            tr("\"date_order\" must be \"auto\", \"day-first\" or \"month-first\", not \"%1\".").arg(order));
    const QString unit = jsonString(json, "amount_unit");
    if (unit == u"minor"_s)
        m.minorUnits = true;
    else if (!unit.isEmpty() && unit != u"major"_s)
        return fail(tr("\"amount_unit\" must be \"major\" or \"minor\", not \"%1\".").arg(unit));
    if (!m.timeZone.isEmpty() && !CsvZone::parse(m.timeZone))
        return fail(
            tr("\"timezone\" \"%1\" is not a time zone such as Europe/Berlin or -0500.").arg(m.timeZone));
    if (const auto it = json.find("skip_status"); it != json.end() && it->is_array()) {
        for (const Json &s : *it) {
            if (s.is_string())
                m.skipStatuses << s.get<QString>();
        }
    }
    const auto columns = json.find("columns");
    if (columns == json.end() || (!columns->is_object() && !columns->is_array()))
        return fail(tr("A mapping needs \"columns\": which column feeds which event field."));
    auto addColumn = [&](const QString &column, const QString &field, const Json *valueMap) -> bool {
        if (!isValidField(field)) {
            fail(tr("Column \"%1\": \"%2\" is not an event field (use event_id, name, time, value, currency, "
                    "order_id, status, user.*, click_ids.*, attributes.*, items.* or ignore).")
                     .arg(column, field));
            return false;
        }
        Column c {column, field, {}};
        if (valueMap && valueMap->is_object()) {
            for (auto it = valueMap->begin(); it != valueMap->end(); ++it) {
                if (it->is_string())
                    c.valueMap.insert(toQString(it.key()).toLower(), it->get<QString>());
            }
        }
        m.columns << c;
        return true;
    };
    if (columns->is_object()) {
        for (auto it = columns->begin(); it != columns->end(); ++it) {
            if (!it->is_string())
                return fail(tr("Column \"%1\" must map to a field name.").arg(toQString(it.key())));
            if (!addColumn(toQString(it.key()), it->get<QString>(), nullptr))
                return std::nullopt;
        }
    } else {
        for (const Json &c : *columns) {
            const QString column = jsonString(c, "column");
            if (column.isEmpty())
                return fail(tr("Every entry of \"columns\" needs a \"column\"."));
            const auto map = c.find("map");
            if (!addColumn(column, jsonString(c, "field"), map == c.end() ? nullptr : &*map))
                return std::nullopt;
        }
    }
    // The status word map may also be given once for the whole mapping.
    if (const auto it = json.find("status_map"); it != json.end() && it->is_object()) {
        for (Column &c : m.columns) {
            if (c.field != u"status"_s)
                continue;
            for (auto s = it->begin(); s != it->end(); ++s) {
                if (s->is_string())
                    c.valueMap.insert(toQString(s.key()).toLower(), s->get<QString>());
            }
        }
    }
    bool hasName = false, hasTime = false;
    for (const Column &c : std::as_const(m.columns)) {
        hasName = hasName || c.field == u"name"_s;
        hasTime = hasTime || c.field == u"time"_s;
    }
    if (!hasTime)
        return fail(tr("The mapping has no column for \"time\"."));
    if (!hasName && m.eventName.isEmpty())
        return fail(tr("The mapping has no column for \"name\" and no \"event_name\"."));
    return m;
}

Json CsvMapping::toJson() const
{
    Json json = Json::object();
    if (!name.isEmpty())
        json["name"] = name;
    json["preset"] = basePreset.isEmpty() ? u"generic"_s : basePreset;
    if (!eventName.isEmpty())
        json["event_name"] = eventName;
    if (!timeZone.isEmpty())
        json["timezone"] = timeZone;
    json["decimal"] = decimal == DecimalStyle::Comma ? "comma"
        : decimal == DecimalStyle::Dot               ? "dot"
                                                     : "auto";
    if (dateOrder != DateOrder::Auto)
        json["date_order"] = dateOrder == DateOrder::DayFirst ? "day-first" : "month-first";
    if (!dateFormat.isEmpty())
        json["date_format"] = dateFormat;
    if (!groupBy.isEmpty())
        json["group_by"] = groupBy;
    if (minorUnits)
        json["amount_unit"] = "minor";
    Json list = Json::array();
    for (const Column &c : columns) {
        Json entry {{"column", c.column}, {"field", c.field}};
        if (!c.valueMap.isEmpty()) {
            Json map = Json::object();
            for (auto it = c.valueMap.constBegin(); it != c.valueMap.constEnd(); ++it)
                map[it.key().toStdString()] = it.value();
            entry["map"] = map;
        }
        list.push_back(entry);
    }
    json["columns"] = list;
    if (!skipStatuses.isEmpty()) {
        Json skip = Json::array();
        for (const QString &s : skipStatuses)
            skip.push_back(s);
        json["skip_status"] = skip;
    }
    return json;
}

std::optional<CsvMapping> CsvMapping::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the mapping %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const Json json = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (json.is_discarded()) {
        if (error)
            *error = tr("The mapping %1 is not valid JSON.").arg(path);
        return std::nullopt;
    }
    QString reason;
    auto mapping = fromJson(json, &reason);
    if (!mapping && error)
        *error = tr("The mapping %1 is not usable: %2").arg(path, reason);
    return mapping;
}

bool CsvMapping::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    const std::string text = toJson().dump(2) + '\n';
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList CsvMapping::missingColumns(const QStringList &header) const
{
    const CsvHeaderIndex index(header);
    QStringList missing;
    for (const Column &c : columns) {
        if (c.field != u"ignore"_s && !index.contains(c.column))
            missing << c.column;
    }
    if (!groupBy.isEmpty() && !index.contains(groupBy))
        missing << groupBy;
    return missing;
}

QString CsvMapping::fingerprint() const
{
    Json json = toJson();
    json.erase("name");
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(json.dump()), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
}

} // namespace ConvStudio
