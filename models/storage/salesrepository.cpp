#include "storage/salesrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

const QStringList ApprovedWords {u"approved"_s, u"approve"_s, u"locked"_s, u"closed"_s, u"paid"_s,
    u"accepted"_s, u"cleared"_s, u"confirmed"_s, u"completed"_s, u"complete"_s, u"success"_s, u"succeeded"_s,
    u"sale"_s};
const QStringList PendingWords {u"pending"_s, u"new"_s, u"extended"_s, u"open"_s, u"unverified"_s,
    u"processing"_s, u"hold"_s, u"on_hold"_s, u"on-hold"_s, u"waiting"_s};
const QStringList ReversedWords {u"reversed"_s, u"declined"_s, u"rejected"_s, u"refunded"_s, u"chargeback"_s,
    u"deleted"_s, u"void"_s, u"voided"_s, u"cancelled"_s, u"canceled"_s, u"invalid"_s, u"refund"_s,
    u"corrected"_s, u"failed"_s};

QString attr(const char *key)
{
    return u"NULLIF(TRIM(CAST(json_extract(data, '$.attributes.%1') AS TEXT)), '')"_s.arg(
        QLatin1StringView(key));
}

QString firstAttr(std::initializer_list<const char *> keys)
{
    QStringList parts;
    for (const char *key : keys)
        parts << attr(key);
    return u"COALESCE(%1, '')"_s.arg(parts.join(u", "_s));
}

QString quoted(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words)
        out << u"'%1'"_s.arg(w);
    return out.join(u", "_s);
}

// The credited sales of the workspace with their normalized columns, as one SQL sub-select. Only
// integers are put in the text; every string comes in through a bound value.
QString creditedSql(const SalesFilter &filter)
{
    QStringList where;
    if (filter.sinceMs)
        where << u"time_utc_ms >= %1"_s.arg(*filter.sinceMs);
    if (filter.untilMs)
        where << u"time_utc_ms < %1"_s.arg(*filter.untilMs);
    const QString commission = u"COALESCE(json_extract(data, '$.attributes.commission'), "
                               "json_extract(data, '$.attributes.payout'))"_s;
    where << u"(%1 IS NOT NULL OR source LIKE 'postback:%' OR (source LIKE 'csv:%' AND %2 IS NOT NULL))"_s
                 .arg(attr("network"), commission);
    where << u"COALESCE(CAST(json_extract(data, '$.attributes.test') AS TEXT), '') NOT IN ('1', 'true')"_s;
    const QString base
        = u"SELECT id, source, event_id, time_utc_ms, utc_offset_s, COALESCE(order_id, '') AS order_id, "
          "COALESCE(status, '') AS raw_status, UPPER(COALESCE(currency, '')) AS currency, "
          "(COALESCE(standard_name, '') = 'Refund' OR %1 IS NOT NULL) AS correction, "
          "LOWER(COALESCE(%2, CASE WHEN source LIKE 'postback:%' THEN SUBSTR(source, 10) "
          "WHEN source LIKE 'csv:%' THEN SUBSTR(source, 5) END, '')) AS network, "
          "%3 AS program, %4 AS sub_id, ABS(COALESCE(value, 0)) AS abs_value, "
          "COALESCE(CAST(%5 AS REAL), 0) AS raw_commission, value AS raw_value "
          "FROM events WHERE %6"_s.arg(attr("refund_of"), attr("network"),
              firstAttr({"program", "offer", "offer_name", "advertiser", "advertiser_name", "merchant",
                  "item_title", "vendor", "campaign"}),
              firstAttr({"sub_id", "subid", "sub1", "sub_id_1", "sub_id1", "aff_sub", "tracking_id", "sid",
                  "click_ref", "campaign"}),
              commission, where.join(u" AND "_s));
    const int off = filter.utcOffsetSeconds;
    const QString local = u"(time_utc_ms / 1000 + %1), 'unixepoch'"_s.arg(off);
    return u"SELECT id, source, event_id, time_utc_ms, utc_offset_s, order_id, raw_status, currency, "
           u"correction, "
           "network, program, sub_id, "
           "CASE WHEN correction THEN 'reversed' WHEN LOWER(raw_status) IN (%1) THEN 'approved' "
           "WHEN LOWER(raw_status) IN (%2) THEN 'pending' WHEN LOWER(raw_status) IN (%3) THEN 'reversed' "
           "WHEN raw_status = '' THEN 'unknown' ELSE LOWER(raw_status) END AS status, "
           "CASE WHEN correction THEN -abs_value ELSE COALESCE(raw_value, 0) END AS sale_amount, "
           "CASE WHEN correction THEN -ABS(raw_commission) ELSE raw_commission END AS commission, "
           "strftime('%Y-%m-%d', %4) AS day, date(%4, '-6 days', 'weekday 1') AS week, "
           "strftime('%Y-%m', %4) AS month FROM (%5)"_s.arg(
               quoted(ApprovedWords), quoted(PendingWords), quoted(ReversedWords), local, base);
}

QString column(SalesDimension d)
{
    switch (d) {
    case SalesDimension::Network:
        return u"network"_s;
    case SalesDimension::Program:
        return u"program"_s;
    case SalesDimension::SubId:
        return u"sub_id"_s;
    case SalesDimension::Status:
        return u"status"_s;
    case SalesDimension::Day:
        return u"day"_s;
    case SalesDimension::Week:
        return u"week"_s;
    case SalesDimension::Month:
        return u"month"_s;
    }
    return u"network"_s;
}

// The outer WHERE of a drill-down, with its bound values.
QString matchSql(const SalesFilter &filter, QVariantList *binds)
{
    QStringList where;
    for (const auto &[dimension, key] : filter.match) {
        where << u"%1 = ?"_s.arg(column(dimension));
        binds->append(key);
    }
    if (!filter.currency.isEmpty()) {
        where << u"currency = ?"_s;
        binds->append(filter.currency.toUpper());
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

bool exec(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

SalesGroup readGroup(const QSqlQuery &q, bool stacked)
{
    SalesGroup g;
    int i = 0;
    g.key = q.value(i++).toString();
    if (stacked)
        g.stack = q.value(i++).toString();
    g.currency = q.value(i++).toString();
    g.count = q.value(i++).toLongLong();
    g.corrections = q.value(i++).toLongLong();
    g.saleAmount = q.value(i++).toDouble();
    g.commission = q.value(i++).toDouble();
    return g;
}

const QString Aggregates
    = u"SUM(CASE WHEN correction THEN 0 ELSE 1 END), SUM(CASE WHEN correction THEN 1 ELSE 0 "
      "END), ROUND(SUM(sale_amount), 2), ROUND(SUM(commission), 2)"_s;

} // namespace

QString salesDimensionKey(SalesDimension dimension)
{
    return column(dimension);
}

std::optional<SalesDimension> salesDimensionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"network"_s)
        return SalesDimension::Network;
    if (k == u"program"_s || k == u"offer"_s || k == u"advertiser"_s)
        return SalesDimension::Program;
    if (k == u"sub_id"_s || k == u"subid"_s || k == u"sub-id"_s || k == u"campaign"_s)
        return SalesDimension::SubId;
    if (k == u"status"_s)
        return SalesDimension::Status;
    if (k == u"day"_s)
        return SalesDimension::Day;
    if (k == u"week"_s)
        return SalesDimension::Week;
    if (k == u"month"_s)
        return SalesDimension::Month;
    return std::nullopt;
}

bool isPeriod(SalesDimension dimension)
{
    return dimension == SalesDimension::Day || dimension == SalesDimension::Week
        || dimension == SalesDimension::Month;
}

SalesRepository::SalesRepository(QSqlDatabase db)
    : m_db(db)
{
}

QString SalesRepository::statusGroup(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s.isEmpty())
        return u"unknown"_s;
    if (ApprovedWords.contains(s))
        return u"approved"_s;
    if (PendingWords.contains(s))
        return u"pending"_s;
    if (ReversedWords.contains(s))
        return u"reversed"_s;
    return s;
}

std::vector<SalesGroup> SalesRepository::summary(
    SalesDimension by, const SalesFilter &filter, QString *error) const
{
    QVariantList binds;
    const QString key = column(by);
    const QString order = isPeriod(by) ? u"1, 2"_s : u"ABS(SUM(commission)) DESC, 1, 2"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1, currency, %2 FROM (%3)%4 GROUP BY 1, 2 ORDER BY %5"_s.arg(
        key, Aggregates, creditedSql(filter), matchSql(filter, &binds), order));
    std::vector<SalesGroup> groups;
    if (!exec(q, binds, error))
        return groups;
    while (q.next())
        groups.push_back(readGroup(q, false));
    return groups;
}

std::vector<SalesGroup> SalesRepository::series(
    SalesDimension period, SalesDimension stack, const SalesFilter &filter, QString *error) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1, %2, currency, %3 FROM (%4)%5 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s.arg(
        column(period), column(stack), Aggregates, creditedSql(filter), matchSql(filter, &binds)));
    std::vector<SalesGroup> groups;
    if (!exec(q, binds, error))
        return groups;
    while (q.next())
        groups.push_back(readGroup(q, true));
    return groups;
}

std::vector<CreditedSale> SalesRepository::sales(const SalesFilter &filter, int limit, QString *error) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, event_id, source, time_utc_ms, utc_offset_s, network, program, sub_id, status, "
              "raw_status, order_id, currency, sale_amount, commission, correction FROM (%1)%2 "
              "ORDER BY time_utc_ms DESC, id DESC LIMIT %3"_s.arg(
                  creditedSql(filter), matchSql(filter, &binds), QString::number(qMax(0, limit))));
    std::vector<CreditedSale> out;
    if (!exec(q, binds, error))
        return out;
    while (q.next()) {
        CreditedSale s;
        s.rowId = q.value(0).toLongLong();
        s.eventId = q.value(1).toString();
        s.source = q.value(2).toString();
        s.time = {q.value(3).toLongLong(), q.value(4).toInt()};
        s.network = q.value(5).toString();
        s.program = q.value(6).toString();
        s.subId = q.value(7).toString();
        s.status = q.value(8).toString();
        s.rawStatus = q.value(9).toString();
        s.orderId = q.value(10).toString();
        s.currency = q.value(11).toString();
        s.saleAmount = q.value(12).toDouble();
        s.commission = q.value(13).toDouble();
        s.correction = q.value(14).toBool();
        out.push_back(s);
    }
    return out;
}

qint64 SalesRepository::count(const SalesFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM (%1)%2"_s.arg(creditedSql(filter), matchSql(filter, &binds)));
    if (!exec(q, binds, nullptr) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace ConvStudio
