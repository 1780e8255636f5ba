#pragma once

#include <QStringList> // before deliveryqueue.h, which needs it

#include "domain/timeparse.h"
#include "storage/deliveryqueue.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace ConvStudio {

// One line of a reconciliation list. The explanation is a sentence for the user.
struct ReconciliationItem
{
    enum class Kind {
        NotForwarded, // a store order never forwarded to a connected platform
        RefundedStillCounted, // refunded after it was forwarded: the platform still counts it
        CreditedWithoutOrder, // credited by a network, no store order behind it
        ForwardedTwice, // forwarded twice to the same platform with different dedup ids
    };
    Kind kind = Kind::NotForwarded;
    qint64 eventRow = 0; // the order, the refund, the credited sale, or the first conversion's event
    QString eventId;
    QString source;
    QString orderId;
    EventTime time;
    std::optional<double> value;
    QString currency;
    QString platform; // empty when no platform is concerned
    qint64 connectionId = 0;
    QString connectionName;
    QString reason; // machine key: no_rule, no_connection, skipped, failed, cancelled, not_corrected,
                    // no_order, duplicate_dedup
    QString explanation;
    QStringList conversionIds;
    QStringList dedupIds;
};

struct ReconciliationReport
{
    std::vector<ReconciliationItem> notForwarded;
    std::vector<ReconciliationItem> refundedStillCounted;
    std::vector<ReconciliationItem> creditedWithoutOrder;
    std::vector<ReconciliationItem> forwardedTwice;
    qint64 storeOrders = 0; // in the range
    qint64 creditedSales = 0; // in the range
    qint64 forwardedConversions = 0; // in the range, with at least one delivery sent

    const std::vector<ReconciliationItem> &list(ReconciliationItem::Kind kind) const;
};

// Matches store orders (Purchase events without a network: Shopify, WooCommerce, Stripe …),
// credited sales (events with a network) and forwarded conversions (the outbox) by order id
// ("#1042" and "1042" are the same order), then click id, then the same customer within a day.
// Reads only; queueCorrections() writes Refund conversions and their outbox rows.
class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::Reconciliation)
public:
    explicit Reconciliation(QSqlDatabase db);

    std::optional<ReconciliationReport> run(
        std::optional<qint64> sinceMs, std::optional<qint64> untilMs, QString *error = nullptr) const;

    struct CorrectionSummary
    {
        int conversions = 0; // Refund conversions stored (new ones)
        int queued = 0; // deliveries queued
        int skipped = 0; // the platform cannot take a correction (stored as skipped, with the reason)
        int duplicates = 0; // queued before
    };
    // For RefundedStillCounted items: stores one Refund conversion per refund (restricted to the
    // platforms concerned) and queues it through the builder (Google adjustments, a reversal
    // postback …: the platform adapter decides). One transaction. Other kinds are ignored.
    bool queueCorrections(const std::vector<ReconciliationItem> &items, qint64 nowMs,
        const DeliveryBuilder &builder, CorrectionSummary *summary, QString *error) const;

    static QString kindKey(ReconciliationItem::Kind kind); // "not_forwarded" …
    static QString kindTitle(ReconciliationItem::Kind kind); // translated list title
    static QString normalizedOrderId(const QString &orderId); // "#1042 " → "1042"

private:
    QSqlDatabase m_db;
};

} // namespace ConvStudio
