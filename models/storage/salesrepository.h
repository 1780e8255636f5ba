#pragma once

#include "domain/timeparse.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace ConvStudio {

// What the sales summary groups by. Day, Week (starting Monday) and Month are periods.
enum class SalesDimension { Network, Program, SubId, Status, Day, Week, Month };

QString salesDimensionKey(SalesDimension dimension); // "network", "program", "sub_id" …
std::optional<SalesDimension> salesDimensionFromKey(
    const QString &key); // also accepts "offer", "campaign", "subid"
bool isPeriod(SalesDimension dimension);

struct SalesFilter
{
    std::optional<qint64> sinceMs; // inclusive, UTC
    std::optional<qint64> untilMs; // exclusive, UTC
    int utcOffsetSeconds = 0; // the zone days, weeks and months are cut in
    // Drill-down: only the credited sales whose value in that dimension is exactly this key.
    std::vector<std::pair<SalesDimension, QString>> match;
    QString currency; // empty: every currency
};

// One group of credited sales in one currency (money is never summed across currencies).
// Amounts are signed as credited: a sale adds its sale amount and commission (whatever its status),
// a correction (a Refund, a reversal or a negative adjustment row) subtracts them and belongs to the
// "reversed" status. Summed over all statuses, the commission is what the networks owe net.
struct SalesGroup
{
    QString key;
    QString stack; // the second key of a series (status or network), empty otherwise
    QString currency;
    qint64 count = 0; // credited sales, corrections not included
    qint64 corrections = 0;
    double saleAmount = 0;
    double commission = 0;
};

// One credited sale or correction as the drill-down shows it.
struct CreditedSale
{
    qint64 rowId = 0;
    QString eventId;
    QString source;
    EventTime time;
    QString network;
    QString program;
    QString subId;
    QString status; // pending, approved, reversed, or the network's word when it is none of these
    QString rawStatus;
    QString orderId;
    QString currency;
    double saleAmount = 0; // signed as in SalesGroup
    double commission = 0;
    bool correction = false;
};

// Credited sales are events that carry a network: attributes.network, or a postback:<network>
// source, or a csv:<preset> source with a commission. Test transactions (attributes.test) are
// left out. Attribute spellings the presets and postbacks use are all read: commission or payout;
// program, offer, advertiser, merchant, item_title, vendor or campaign; sub_id, subid, sub1,
// sub_id_1, aff_sub, tracking_id, sid, click_ref or campaign. All aggregation runs in SQLite.
class SalesRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::SalesRepository)
public:
    explicit SalesRepository(QSqlDatabase db);

    // Groups ordered by key then currency (periods in time order, others by commission, largest first).
    std::vector<SalesGroup> summary(
        SalesDimension by, const SalesFilter &filter, QString *error = nullptr) const;
    // A time series: period keys stacked by a second dimension, in time order.
    std::vector<SalesGroup> series(SalesDimension period, SalesDimension stack, const SalesFilter &filter,
        QString *error = nullptr) const;
    // The credited sales behind a group, newest first.
    std::vector<CreditedSale> sales(
        const SalesFilter &filter, int limit = 5000, QString *error = nullptr) const;
    qint64 count(const SalesFilter &filter) const;

    // The status groups a network's word falls into: "approved", "pending", "reversed" or the word.
    static QString statusGroup(const QString &status);

private:
    QSqlDatabase m_db;
};

} // namespace ConvStudio
