#pragma once

#include "domain/event.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace ConvStudio {

// The SQL behind postback status changes: finding the credited sale of a transaction, and updating
// it (status, money, the stored event) with a history row per change. Works on the connection it is
// given (one per thread).
class PostbackRepository
{
public:
    explicit PostbackRepository(QSqlDatabase db);

    struct Sale
    {
        qint64 rowId = 0;
        QString status;
        Json data;
    };
    // Prepared once per repository: a batch looks up many sales with one statement.
    std::optional<Sale> findSale(const QString &source, const QString &eventId, QString *error) const;

    struct StatusChange
    {
        qint64 saleRow = 0;
        QString network;
        QString transactionKey;
        QString oldStatus;
        QString newStatus;
        std::optional<double> value; // the sale's value after the change
        Json data; // the sale's canonical event after the change
        std::optional<double> payout;
        qint64 refundRow = 0; // the Refund event a reversal created, 0 for none
        qint64 receivedMs = 0;
    };
    // All changes in one transaction; all or nothing.
    bool apply(const std::vector<StatusChange> &changes, QString *error);

    // The status history of one credited sale, oldest first: (old, new) pairs.
    std::vector<std::pair<QString, QString>> history(qint64 saleRow) const;

private:
    QSqlDatabase m_db;
    mutable std::optional<QSqlQuery> m_find;
};

} // namespace ConvStudio
