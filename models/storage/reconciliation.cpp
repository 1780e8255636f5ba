#include "storage/reconciliation.h"

#include "storage/conversionrepository.h"
#include "storage/eventrepository.h"
#include "storage/salesrepository.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr qint64 CustomerWindowMs = 24 * 3600 * 1000;

struct Row
{
    qint64 id = 0;
    QString source;
    QString eventId;
    QString standardName;
    QString orderKey;
    QString orderId;
    QString clickId;
    QString customer;
    EventTime time;
    std::optional<double> value;
    QString currency;
    QString status;
    QString network;
};

struct Delivery
{
    qint64 connectionId = 0;
    QString platform;
    QString connectionName;
    QString dedupId;
    QString status;
    QString lastError;
    qint64 finishedMs = 0;
};

struct ConversionInfo
{
    QString id;
    QString ruleId;
    QString standardName;
    qint64 timeMs = 0;
    qint64 primaryEvent = 0;
    std::vector<qint64> events;
    std::vector<Delivery> deliveries;
};

bool inRange(qint64 ms, std::optional<qint64> since, std::optional<qint64> until)
{
    return (!since || ms >= *since) && (!until || ms < *until);
}

QString money(const std::optional<double> &value, const QString &currency)
{
    if (!value)
        return Reconciliation::tr("no amount");
    return u"%1 %2"_s.arg(QLocale().toString(*value, 'f', 2), currency).trimmed();
}

QString when(const EventTime &time)
{
    return TimeParse::formatIso(time).left(16).replace(u'T', u' ');
}

bool isInFlight(const QString &status)
{
    return status == u"pending"_s || status == u"sending"_s || status == u"retrying"_s;
}

bool tableExists(const QSqlDatabase &db, const QString &name)
{
    return db.tables().contains(name);
}

// A store order or a refund: an event without a network.
const QString NoNetwork
    = u"NULLIF(TRIM(CAST(json_extract(data, '$.attributes.network') AS TEXT)), '') IS NULL "
      "AND source NOT LIKE 'postback:%'"_s;

bool readRows(QSqlDatabase db, const QString &where, std::vector<Row> *rows, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, source, event_id, COALESCE(standard_name, ''), COALESCE(order_id, ''), "
                "COALESCE(click_id, ''), COALESCE(customer_key, ''), time_utc_ms, utc_offset_s, value, "
                "UPPER(COALESCE(currency, '')), COALESCE(status, ''), "
                "COALESCE(CAST(json_extract(data, '$.attributes.refund_of') AS TEXT), '') "
                "FROM events WHERE %1 ORDER BY time_utc_ms, id"_s.arg(where))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.eventId = q.value(2).toString();
        r.standardName = q.value(3).toString();
        r.orderId = q.value(4).toString();
        if (r.orderId.isEmpty() && r.standardName == u"Refund"_s)
            r.orderId = q.value(12).toString();
        r.orderKey = Reconciliation::normalizedOrderId(r.orderId);
        r.clickId = q.value(5).toString();
        r.customer = q.value(6).toString();
        r.time = {q.value(7).toLongLong(), q.value(8).toInt()};
        if (!q.value(9).isNull())
            r.value = q.value(9).toDouble();
        r.currency = q.value(10).toString();
        r.status = q.value(11).toString();
        rows->push_back(r);
    }
    return true;
}

} // namespace

const std::vector<ReconciliationItem> &ReconciliationReport::list(ReconciliationItem::Kind kind) const
{
    switch (kind) {
    case ReconciliationItem::Kind::NotForwarded:
        return notForwarded;
    case ReconciliationItem::Kind::RefundedStillCounted:
        return refundedStillCounted;
    case ReconciliationItem::Kind::CreditedWithoutOrder:
        return creditedWithoutOrder;
    case ReconciliationItem::Kind::ForwardedTwice:
        return forwardedTwice;
    }
    return notForwarded;
}

Reconciliation::Reconciliation(QSqlDatabase db)
    : m_db(db)
{
}

QString Reconciliation::normalizedOrderId(const QString &orderId)
{
    QString s = orderId.trimmed().toLower();
    while (s.startsWith(u'#'))
        s.remove(0, 1);
    return s.trimmed();
}

QString Reconciliation::kindKey(ReconciliationItem::Kind kind)
{
    switch (kind) {
    case ReconciliationItem::Kind::NotForwarded:
        return u"not_forwarded"_s;
    case ReconciliationItem::Kind::RefundedStillCounted:
        return u"refunded_still_counted"_s;
    case ReconciliationItem::Kind::CreditedWithoutOrder:
        return u"credited_without_order"_s;
    case ReconciliationItem::Kind::ForwardedTwice:
        return u"forwarded_twice"_s;
    }
    return {};
}

QString Reconciliation::kindTitle(ReconciliationItem::Kind kind)
{
    switch (kind) {
    case ReconciliationItem::Kind::NotForwarded:
        return tr("Orders never sent to a connected platform");
    case ReconciliationItem::Kind::RefundedStillCounted:
        return tr("Refunded orders still counted on the platforms");
    case ReconciliationItem::Kind::CreditedWithoutOrder:
        return tr("Credited sales with no store order");
    case ReconciliationItem::Kind::ForwardedTwice:
        return tr("Conversions sent twice with different dedup ids");
    }
    return {};
}

std::optional<ReconciliationReport> Reconciliation::run(
    std::optional<qint64> sinceMs, std::optional<qint64> untilMs, QString *error) const
{
    ReconciliationReport report;
    std::vector<Row> orders, refunds;
    if (!readRows(m_db, u"standard_name = 'Purchase' AND "_s + NoNetwork, &orders, error)
        || !readRows(m_db, u"standard_name = 'Refund'"_s, &refunds, error))
        return std::nullopt;

    // Conversions, their events and their deliveries.
    std::map<QString, ConversionInfo> conversions;
    QHash<qint64, QStringList> conversionsByEvent;
    QHash<QString, QStringList> conversionsByOrder, conversionsByClick, conversionsByCustomer;
    QHash<QString, qint64> conversionCustomerTime;
    QHash<QString, QString> ruleNames;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (tableExists(m_db, u"rules"_s) && q.exec(u"SELECT id, name FROM rules"_s)) {
        while (q.next())
            ruleNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (tableExists(m_db, u"conversions"_s)) {
        if (!q.exec(u"SELECT c.id, c.rule_id, c.standard_name, c.time_utc_ms, c.primary_event, ce.event, "
                    "COALESCE(e.order_id, ''), COALESCE(e.click_id, ''), COALESCE(e.customer_key, ''), "
                    "e.time_utc_ms FROM conversions c JOIN conversion_events ce ON ce.conversion_id = c.id "
                    "JOIN events e ON e.id = ce.event ORDER BY c.id, ce.step"_s)) {
            if (error)
                *error = q.lastError().text();
            return std::nullopt;
        }
        while (q.next()) {
            const QString id = q.value(0).toString();
            ConversionInfo &c = conversions[id];
            c.id = id;
            c.ruleId = q.value(1).toString();
            c.standardName = q.value(2).toString();
            c.timeMs = q.value(3).toLongLong();
            c.primaryEvent = q.value(4).toLongLong();
            const qint64 event = q.value(5).toLongLong();
            c.events.push_back(event);
            conversionsByEvent[event].append(id);
            if (const QString order = normalizedOrderId(q.value(6).toString()); !order.isEmpty())
                conversionsByOrder[order].append(id);
            if (const QString click = q.value(7).toString(); !click.isEmpty())
                conversionsByClick[click].append(id);
            if (const QString customer = q.value(8).toString(); !customer.isEmpty()) {
                conversionsByCustomer[customer].append(id);
                conversionCustomerTime.insert(id + u'\n' + customer, q.value(9).toLongLong());
            }
        }
    }
    if (tableExists(m_db, u"outbox"_s)) {
        const bool named = tableExists(m_db, u"connections"_s);
        if (!q.exec(named
                    ? u"SELECT o.conversion_id, o.connection_id, o.platform, o.dedup_id, o.status, "
                      "COALESCE(o.last_error, ''), COALESCE(o.finished_ms, 0), COALESCE(c.name, '') "
                      "FROM outbox o LEFT JOIN connections c ON c.id = o.connection_id ORDER BY o.id"_s
                    : u"SELECT conversion_id, connection_id, platform, dedup_id, status, "
                      "COALESCE(last_error, ''), COALESCE(finished_ms, 0), '' FROM outbox ORDER BY id"_s)) {
            if (error)
                *error = q.lastError().text();
            return std::nullopt;
        }
        while (q.next()) {
            auto it = conversions.find(q.value(0).toString());
            if (it == conversions.end())
                continue;
            Delivery d;
            d.connectionId = q.value(1).toLongLong();
            d.platform = q.value(2).toString();
            d.dedupId = q.value(3).toString();
            d.status = q.value(4).toString();
            d.lastError = q.value(5).toString();
            d.finishedMs = q.value(6).toLongLong();
            d.connectionName = q.value(7).toString().isEmpty() ? d.platform : q.value(7).toString();
            it->second.deliveries.push_back(d);
        }
    }
    for (const auto &[id, c] : conversions) {
        if (c.standardName != u"Refund"_s && inRange(c.timeMs, sinceMs, untilMs)
            && std::any_of(c.deliveries.begin(), c.deliveries.end(),
                [](const Delivery &d) { return d.status == u"sent"_s; }))
            ++report.forwardedConversions;
    }

    // The conversions about an order: the order's own event, else the same order id, else the same
    // click id, else the same customer within a day. Refund corrections are left out.
    const auto matchConversions = [&](const Row &r, QString *how) {
        QStringList found;
        const auto take = [&](const QStringList &ids) {
            for (const QString &id : ids) {
                if (!found.contains(id) && conversions[id].standardName != u"Refund"_s)
                    found << id;
            }
        };
        take(conversionsByEvent.value(r.id));
        if (!r.orderKey.isEmpty())
            take(conversionsByOrder.value(r.orderKey));
        if (!found.isEmpty()) {
            *how = tr("order id");
            return found;
        }
        if (!r.clickId.isEmpty())
            take(conversionsByClick.value(r.clickId));
        if (!found.isEmpty()) {
            *how = tr("click id");
            return found;
        }
        if (!r.customer.isEmpty()) {
            for (const QString &id : conversionsByCustomer.value(r.customer)) {
                if (qAbs(conversionCustomerTime.value(id + u'\n' + r.customer) - r.time.utcMs)
                    <= CustomerWindowMs)
                    take({id});
            }
        }
        *how = found.isEmpty() ? QString() : tr("customer and time");
        return found;
    };
    const auto ruleNameOf = [&](const QString &conversionId) {
        const QString ruleId = conversions[conversionId].ruleId;
        return ruleNames.value(ruleId, ruleId);
    };
    const auto base = [](ReconciliationItem::Kind kind, const Row &r) {
        ReconciliationItem item;
        item.kind = kind;
        item.eventRow = r.id;
        item.eventId = r.eventId;
        item.source = r.source;
        item.orderId = r.orderId;
        item.time = r.time;
        item.value = r.value;
        item.currency = r.currency;
        return item;
    };
    const auto orderName = [](const Row &r) { return r.orderId.isEmpty() ? r.eventId : r.orderId; };

    // 1. Orders never forwarded.
    for (const Row &order : orders) {
        if (!inRange(order.time.utcMs, sinceMs, untilMs))
            continue;
        ++report.storeOrders;
        QString how;
        const QStringList ids = matchConversions(order, &how);
        if (ids.isEmpty()) {
            ReconciliationItem item = base(ReconciliationItem::Kind::NotForwarded, order);
            item.reason = u"no_rule"_s;
            item.explanation
                = tr("Order %1 (%2, %3) was never sent: no conversion rule matched it.")
                      .arg(orderName(order), money(order.value, order.currency), when(order.time));
            report.notForwarded.push_back(item);
            continue;
        }
        // Per connection: the best state any of the order's conversions reached there.
        std::map<qint64, std::vector<const Delivery *>> byConnection;
        for (const QString &id : ids) {
            for (const Delivery &d : conversions[id].deliveries)
                byConnection[d.connectionId].push_back(&d);
        }
        if (byConnection.empty()) {
            ReconciliationItem item = base(ReconciliationItem::Kind::NotForwarded, order);
            item.reason = u"no_connection"_s;
            item.conversionIds = ids;
            item.explanation
                = tr("Order %1 (%2) matched the rule \"%3\", but no platform was connected to "
                     "send it to.")
                      .arg(orderName(order), money(order.value, order.currency), ruleNameOf(ids.first()));
            report.notForwarded.push_back(item);
            continue;
        }
        for (const auto &[connectionId, deliveries] : byConnection) {
            const bool reached = std::any_of(deliveries.begin(), deliveries.end(),
                [](const Delivery *d) { return d->status == u"sent"_s || isInFlight(d->status); });
            if (reached)
                continue;
            const Delivery *d = deliveries.front();
            for (const Delivery *candidate : deliveries) {
                if (candidate->status == u"failed"_s)
                    d = candidate;
            }
            ReconciliationItem item = base(ReconciliationItem::Kind::NotForwarded, order);
            item.platform = d->platform;
            item.connectionId = connectionId;
            item.connectionName = d->connectionName;
            item.conversionIds = ids;
            item.dedupIds << d->dedupId;
            const QString why = d->lastError.isEmpty() ? tr("no reason was recorded") : d->lastError;
            if (d->status == u"skipped"_s) {
                item.reason = u"skipped"_s;
                item.explanation
                    = tr("Order %1 (%2) was never sent to %3: skipped (%4).")
                          .arg(orderName(order), money(order.value, order.currency), d->connectionName, why);
            } else if (d->status == u"failed"_s) {
                item.reason = u"failed"_s;
                item.explanation
                    = tr("Order %1 (%2) was never sent to %3: the delivery failed (%4).")
                          .arg(orderName(order), money(order.value, order.currency), d->connectionName, why);
            } else {
                item.reason = u"cancelled"_s;
                item.explanation
                    = tr("Order %1 (%2) was never sent to %3: the delivery was cancelled.")
                          .arg(orderName(order), money(order.value, order.currency), d->connectionName);
            }
            report.notForwarded.push_back(item);
        }
    }

    // 2. Refunded after being forwarded, and not corrected yet.
    QSet<QString> reportedRefunds; // order key + connection
    for (const Row &refund : refunds) {
        if (!inRange(refund.time.utcMs, sinceMs, untilMs))
            continue;
        QString how;
        Row asOrder = refund;
        asOrder.id = 0; // a refund is never part of the original conversion
        const QStringList ids = matchConversions(asOrder, &how);
        if (ids.isEmpty())
            continue;
        // Connections a correction for this order went to (or is on its way to) already.
        QSet<qint64> corrected;
        for (const auto &[id, c] : conversions) {
            if (c.standardName != u"Refund"_s)
                continue;
            bool sameOrder = std::find(c.events.begin(), c.events.end(), refund.id) != c.events.end();
            if (!sameOrder && !refund.orderKey.isEmpty())
                sameOrder = conversionsByOrder.value(refund.orderKey).contains(id);
            if (!sameOrder)
                continue;
            for (const Delivery &d : c.deliveries) {
                if (d.status == u"sent"_s || isInFlight(d.status))
                    corrected.insert(d.connectionId);
            }
        }
        for (const QString &id : ids) {
            for (const Delivery &d : conversions[id].deliveries) {
                if (d.status != u"sent"_s || corrected.contains(d.connectionId))
                    continue;
                // Only a refund after the send: the platform counted a sale that later went away.
                // (finished_ms is when the delivery was sent; unknown on old rows, then kept.)
                if (d.finishedMs > 0 && refund.time.utcMs < d.finishedMs)
                    continue;
                const QString key = (refund.orderKey.isEmpty() ? QString::number(refund.id) : refund.orderKey)
                    + u'\n' + QString::number(d.connectionId);
                if (reportedRefunds.contains(key))
                    continue;
                reportedRefunds.insert(key);
                ReconciliationItem item = base(ReconciliationItem::Kind::RefundedStillCounted, refund);
                item.reason = u"not_corrected"_s;
                item.platform = d.platform;
                item.connectionId = d.connectionId;
                item.connectionName = d.connectionName;
                item.conversionIds << id;
                item.dedupIds << d.dedupId;
                item.explanation = d.finishedMs > 0
                    ? tr("Order %1 was refunded (%2, %3) after it was sent to %4 (%5); %4 still counts "
                         "it. Queue a correction.")
                          .arg(orderName(refund), money(refund.value, refund.currency), when(refund.time),
                              d.connectionName, when(EventTime {d.finishedMs, refund.time.offsetSeconds}))
                    : tr("Order %1 was refunded (%2, %3) after it was sent to %4; %4 still counts it. "
                         "Queue a correction.")
                          .arg(orderName(refund), money(refund.value, refund.currency), when(refund.time),
                              d.connectionName);
                report.refundedStillCounted.push_back(item);
            }
        }
    }

    // 3. Credited sales without a store order.
    QHash<QString, int> ordersByKey, ordersByClick;
    QHash<QString, std::vector<qint64>> orderTimesByCustomer;
    for (const Row &order : orders) {
        if (!order.orderKey.isEmpty())
            ordersByKey[order.orderKey]++;
        if (!order.clickId.isEmpty())
            ordersByClick[order.clickId]++;
        if (!order.customer.isEmpty())
            orderTimesByCustomer[order.customer].push_back(order.time.utcMs);
    }
    SalesFilter salesFilter;
    salesFilter.sinceMs = sinceMs;
    salesFilter.untilMs = untilMs;
    QString salesError;
    const std::vector<CreditedSale> sales = SalesRepository(m_db).sales(salesFilter, 1'000'000, &salesError);
    if (!salesError.isEmpty()) {
        if (error)
            *error = salesError;
        return std::nullopt;
    }
    std::vector<qint64> saleRows;
    for (const CreditedSale &s : sales) {
        if (!s.correction)
            saleRows.push_back(s.rowId);
    }
    std::vector<Row> saleDetails;
    if (!saleRows.empty()) {
        QStringList ids;
        for (qint64 id : saleRows)
            ids << QString::number(id);
        if (!readRows(m_db, u"id IN (%1)"_s.arg(ids.join(u',')), &saleDetails, error))
            return std::nullopt;
    }
    QHash<qint64, const CreditedSale *> saleById;
    for (const CreditedSale &s : sales)
        saleById.insert(s.rowId, &s);
    for (const Row &sale : saleDetails) {
        const CreditedSale *credited = saleById.value(sale.id);
        ++report.creditedSales;
        if (credited->status == u"reversed"_s)
            continue;
        if (!sale.orderKey.isEmpty() && ordersByKey.contains(sale.orderKey))
            continue;
        if (!sale.clickId.isEmpty() && ordersByClick.contains(sale.clickId))
            continue;
        const auto times = orderTimesByCustomer.value(sale.customer);
        if (!sale.customer.isEmpty() && std::any_of(times.begin(), times.end(), [&](qint64 t) {
                return qAbs(t - sale.time.utcMs) <= CustomerWindowMs;
            }))
            continue;
        ReconciliationItem item = base(ReconciliationItem::Kind::CreditedWithoutOrder, sale);
        item.reason = u"no_order"_s;
        item.platform = credited->network;
        const QString what = tr("%1 credited a %2 sale (%3, commission %4) on %5")
                                 .arg(credited->network, credited->status, money(sale.value, sale.currency),
                                     money(credited->commission, credited->currency), when(sale.time));
        if (orders.empty())
            item.explanation = tr("%1, but no store orders are imported to check it against.").arg(what);
        else if (sale.orderId.isEmpty() && sale.clickId.isEmpty())
            item.explanation
                = tr("%1 without an order id or click id, and no store order by the same customer "
                     "within a day.")
                      .arg(what);
        else
            item.explanation = tr("%1, but no store order has the order id \"%2\" or the click id \"%3\".")
                                   .arg(what, sale.orderId, sale.clickId);
        report.creditedWithoutOrder.push_back(item);
    }

    // 4. The same order sent twice to one connection with different dedup ids.
    std::map<std::pair<qint64, QString>, std::vector<std::pair<const ConversionInfo *, const Delivery *>>>
        sent;
    QHash<qint64, Row> primaryRows;
    {
        std::vector<Row> primaries;
        QStringList ids;
        for (const auto &[id, c] : conversions) {
            if (c.standardName != u"Refund"_s && inRange(c.timeMs, sinceMs, untilMs))
                ids << QString::number(c.primaryEvent);
        }
        ids.removeDuplicates();
        if (!ids.isEmpty() && !readRows(m_db, u"id IN (%1)"_s.arg(ids.join(u',')), &primaries, error))
            return std::nullopt;
        for (const Row &r : primaries)
            primaryRows.insert(r.id, r);
    }
    for (const auto &[id, c] : conversions) {
        if (!primaryRows.contains(c.primaryEvent))
            continue;
        const Row &primary = primaryRows[c.primaryEvent];
        const QString key = !primary.orderKey.isEmpty() ? u"order:"_s + primary.orderKey
            : !primary.clickId.isEmpty()                ? u"click:"_s + primary.clickId
                                                        : u"event:"_s + QString::number(primary.id);
        for (const Delivery &d : c.deliveries) {
            if (d.status == u"sent"_s || isInFlight(d.status))
                sent[{d.connectionId, c.standardName + u'\n' + key}].push_back({&c, &d});
        }
    }
    for (const auto &[key, list] : sent) {
        QStringList dedups, ids, rulesUsed;
        for (const auto &[c, d] : list) {
            if (!dedups.contains(d->dedupId))
                dedups << d->dedupId;
            ids << c->id;
            rulesUsed << ruleNameOf(c->id);
        }
        if (dedups.size() < 2)
            continue;
        rulesUsed.removeDuplicates();
        const Row &primary = primaryRows[list.front().first->primaryEvent];
        ReconciliationItem item = base(ReconciliationItem::Kind::ForwardedTwice, primary);
        item.reason = u"duplicate_dedup"_s;
        item.platform = list.front().second->platform;
        item.connectionId = key.first;
        item.connectionName = list.front().second->connectionName;
        item.conversionIds = ids;
        item.dedupIds = dedups;
        item.explanation
            = tr("%1 %2 was sent %n time(s) to %3 with different dedup ids (%4), so %3 counts it "
                 "more than once. Rules: %5.",
                nullptr, int(list.size()))
                  .arg(list.front().first->standardName, orderName(primary), item.connectionName,
                      dedups.join(u", "_s), rulesUsed.join(u", "_s));
        report.forwardedTwice.push_back(item);
    }
    return report;
}

bool Reconciliation::queueCorrections(const std::vector<ReconciliationItem> &items, qint64 nowMs,
    const DeliveryBuilder &builder, CorrectionSummary *summary, QString *error) const
{
    std::map<qint64, std::vector<const ReconciliationItem *>> byRefund;
    for (const ReconciliationItem &item : items) {
        if (item.kind == ReconciliationItem::Kind::RefundedStillCounted && item.eventRow > 0)
            byRefund[item.eventRow].push_back(&item);
    }
    if (byRefund.empty())
        return true;
    QSqlDatabase db = m_db;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    const auto rollback = [&](const QString &message) {
        db.rollback();
        if (error)
            *error = message;
        return false;
    };
    EventRepository events(m_db);
    ConversionRepository store(m_db);
    DeliveryQueue queue(m_db, builder);
    for (const auto &[row, list] : byRefund) {
        const std::optional<Event> refund = events.byRowId(row);
        if (!refund)
            return rollback(tr("The refund (event %1) is no longer in the workspace.").arg(row));
        Conversion c;
        c.conversionId = u"correction:%1:%2"_s.arg(refund->source, refund->eventId);
        c.ruleId = u"reconciliation"_s;
        c.ruleName = tr("Reconciliation");
        c.standardName = u"Refund"_s;
        c.time = refund->time;
        c.value = refund->value;
        c.currency = refund->currency;
        QStringList originals;
        for (const ReconciliationItem *item : list) {
            if (!c.platforms.contains(item->platform))
                c.platforms << item->platform;
            originals << item->conversionIds;
        }
        originals.removeDuplicates();
        c.reason = tr("Correction of %1: order %2 was refunded after it was sent.")
                       .arg(originals.join(u", "_s), refund->orderId);
        c.events = {*refund};
        bool inserted = false;
        QString message;
        if (!store.insertConversion(c, &inserted, &message))
            return rollback(message);
        if (inserted && summary)
            ++summary->conversions;
        DeliveryQueue::Summary queued;
        if (!queue.queueConversion(c, nowMs, &queued, &message))
            return rollback(message);
        if (summary) {
            summary->queued += queued.queued;
            summary->skipped += queued.skipped;
            summary->duplicates += queued.duplicates;
        }
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    return true;
}

} // namespace ConvStudio
