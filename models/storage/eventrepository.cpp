#include "storage/eventrepository.h"

#include "storage/sqlitehandle.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr auto Columns
    = "id, source, event_id, name, standard_name, time_utc_ms, utc_offset_s, action_source, "
      "value, currency, order_id, status, customer_key, data";

struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereClause(const EventFilter &filter)
{
    QStringList parts;
    Where where;
    if (!filter.name.isEmpty()) {
        parts << u"(name = ? COLLATE NOCASE OR standard_name = ? COLLATE NOCASE)"_s;
        where.binds << filter.name << filter.name;
    }
    if (!filter.source.isEmpty()) {
        parts << u"source = ?"_s;
        where.binds << filter.source;
    }
    if (!filter.text.isEmpty()) {
        parts << u"instr(lower(data), lower(?)) > 0"_s;
        where.binds << filter.text;
    }
    if (filter.sinceMs) {
        parts << u"time_utc_ms >= ?"_s;
        where.binds << *filter.sinceMs;
    }
    if (filter.untilMs) {
        parts << u"time_utc_ms < ?"_s;
        where.binds << *filter.untilMs;
    }
    if (filter.rowIds) {
        // One bind for any number of ids: a JSON array read by json_each.
        QStringList ids;
        ids.reserve(qsizetype(filter.rowIds->size()));
        for (const qint64 id : *filter.rowIds)
            ids << QString::number(id);
        parts << u"id IN (SELECT value FROM json_each(?))"_s;
        where.binds << QString(u"["_s + ids.join(u',') + u"]"_s);
    }
    if (!parts.isEmpty())
        where.sql = u" WHERE "_s + parts.join(u" AND "_s);
    return where;
}

Event fromRow(const QSqlQuery &q)
{
    Event e;
    e.rowId = q.value(0).toLongLong();
    e.source = q.value(1).toString();
    e.eventId = q.value(2).toString();
    e.name = q.value(3).toString();
    e.standardName = q.value(4).toString();
    e.time = EventTime {q.value(5).toLongLong(), q.value(6).toInt()};
    e.actionSource = q.value(7).toString();
    if (!q.value(8).isNull())
        e.value = q.value(8).toDouble();
    e.currency = q.value(9).toString();
    e.orderId = q.value(10).toString();
    e.status = q.value(11).toString();
    e.customerKey = q.value(12).toString();
    const QByteArray data = q.value(13).toByteArray();
    e.data = Json::parse(data.begin(), data.end(), nullptr, false);
    return e;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

EventRepository::EventRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool EventRepository::insert(std::vector<Event> &events, InsertResult *result, QString *error)
{
    // The bulk path binds through SQLite's C API: QVariant binding costs more than the insert.
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle) {
        setError(error, tr("The workspace is not open."));
        return false;
    }
    InsertResult counts;
    if (!m_db.transaction()) {
        setError(error, m_db.lastError().text());
        return false;
    }
    static constexpr char Sql[]
        = "INSERT OR IGNORE INTO events (source, event_id, name, standard_name, time_utc_ms, utc_offset_s, "
          "action_source, value, currency, order_id, status, customer_key, email, phone, external_id, "
          "click_id, "
          "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, Sql, int(sizeof(Sql)), &statement, nullptr) != SQLITE_OK) {
        setError(error, QString::fromUtf8(sqlite3_errmsg(handle)));
        m_db.rollback();
        return false;
    }
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    // One reused buffer per column: most values are ASCII, copied without QString::toUtf8's allocation.
    std::string buffers[16];
    auto bindText = [&](int column, const QString &value) {
        if (value.isEmpty()) {
            sqlite3_bind_null(statement, column);
            return;
        }
        std::string &bytes = buffers[column - 1];
        bytes.resize(size_t(value.size()));
        const ushort *utf16 = value.utf16();
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (utf16[i] >= 0x80) {
                bytes = value.toStdString();
                break;
            }
            bytes[size_t(i)] = char(utf16[i]);
        }
        sqlite3_bind_text(statement, column, bytes.data(), int(bytes.size()), SQLITE_STATIC);
    };
    std::string dumped;
    for (Event &event : events) {
        const EventKeys keys = event.data.is_null() ? event.keys : EventKeys::of(event.data);
        sqlite3_reset(statement);
        bindText(1, event.source);
        bindText(2, event.eventId);
        bindText(3, event.name);
        bindText(4, event.standardName);
        sqlite3_bind_int64(statement, 5, event.time.utcMs);
        sqlite3_bind_int(statement, 6, event.time.offsetSeconds);
        bindText(7, event.actionSource);
        if (event.value)
            sqlite3_bind_double(statement, 8, *event.value);
        else
            sqlite3_bind_null(statement, 8);
        bindText(9, event.currency);
        bindText(10, event.orderId);
        bindText(11, event.status);
        bindText(12, event.customerKey);
        bindText(13, keys.email);
        bindText(14, keys.phone);
        bindText(15, keys.externalId);
        bindText(16, keys.clickId);
        const std::string *text = &event.text;
        if (text->empty()) {
            dumped = event.data.dump();
            text = &dumped;
        }
        sqlite3_bind_text(statement, 17, text->data(), int(text->size()), SQLITE_STATIC);
        if (sqlite3_step(statement) != SQLITE_DONE) {
            setError(error, QString::fromUtf8(sqlite3_errmsg(handle)));
            m_db.rollback();
            return false;
        }
        if (sqlite3_changes(handle) > 0) {
            event.rowId = sqlite3_last_insert_rowid(handle);
            ++counts.added;
        } else {
            event.rowId = 0;
            ++counts.duplicates;
        }
    }
    if (!m_db.commit()) {
        setError(error, m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    if (result)
        *result = counts;
    return true;
}

std::vector<Event> EventRepository::page(
    const EventFilter &filter, qint64 offset, int limit, QString *error) const
{
    std::vector<Event> out;
    const Where where = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM events%2 ORDER BY time_utc_ms %3, id %3 LIMIT ? OFFSET ?"_s.arg(
        QString::fromLatin1(Columns), where.sql, filter.newestFirst ? u"DESC"_s : u"ASC"_s));
    int i = 0;
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    q.bindValue(i++, limit);
    q.bindValue(i++, offset);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return out;
    }
    out.reserve(size_t(limit));
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

qint64 EventRepository::count(const EventFilter &filter, QString *error) const
{
    const Where where = whereClause(filter);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM events"_s + where.sql);
    int i = 0;
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    if (!q.exec() || !q.next()) {
        setError(error, q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

void EventRepository::completeEvents(std::vector<Event> &events) const
{
    for (Event &e : events) {
        if (e.data.is_object() || e.rowId <= 0)
            continue;
        if (std::optional<Event> stored = byRowId(e.rowId))
            e = std::move(*stored);
    }
}

std::optional<Event> EventRepository::byRowId(qint64 rowId) const
{
    if (!m_byRowId) {
        m_byRowId = std::make_unique<QSqlQuery>(m_db);
        m_byRowId->setForwardOnly(true);
        m_byRowId->prepare(u"SELECT %1 FROM events WHERE id = ?"_s.arg(QString::fromLatin1(Columns)));
    }
    QSqlQuery &q = *m_byRowId;
    q.bindValue(0, rowId);
    std::optional<Event> event;
    if (q.exec() && q.next())
        event = fromRow(q);
    q.finish(); // a reader left open would keep the WAL from being checkpointed
    return event;
}

bool EventRepository::forEach(
    const EventFilter &filter, const std::function<bool(const Event &)> &visit, QString *error) const
{
    const Where where = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM events%2 ORDER BY time_utc_ms %3, id %3"_s.arg(
        QString::fromLatin1(Columns), where.sql, filter.newestFirst ? u"DESC"_s : u"ASC"_s));
    int i = 0;
    for (const QVariant &v : where.binds)
        q.bindValue(i++, v);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return false;
    }
    while (q.next()) {
        if (!visit(fromRow(q)))
            break;
    }
    return true;
}

QStringList EventRepository::distinctSources() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT DISTINCT source FROM events ORDER BY source"_s)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace ConvStudio
