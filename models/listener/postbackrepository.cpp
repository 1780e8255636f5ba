#include "listener/postbackrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ConvStudio {

PostbackRepository::PostbackRepository(QSqlDatabase db)
    : m_db(db)
{
}

std::optional<PostbackRepository::Sale> PostbackRepository::findSale(
    const QString &source, const QString &eventId, QString *error) const
{
    if (!m_find) {
        m_find.emplace(m_db);
        m_find->setForwardOnly(true);
        m_find->prepare(u"SELECT id, status, data FROM events WHERE source = ? AND event_id = ?"_s);
    }
    QSqlQuery &q = *m_find;
    q.bindValue(0, source);
    q.bindValue(1, eventId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    Sale sale;
    sale.rowId = q.value(0).toLongLong();
    sale.status = q.value(1).toString();
    const QByteArray data = q.value(2).toByteArray();
    sale.data = Json::parse(data.begin(), data.end(), nullptr, false);
    q.finish(); // no statement left open across the batch's write transaction
    return sale;
}

bool PostbackRepository::apply(const std::vector<StatusChange> &changes, QString *error)
{
    if (changes.empty())
        return true;
    auto failWith = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        m_db.rollback();
        return false;
    };
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE events SET status = ?, value = ?, data = ? WHERE id = ?"_s);
    QSqlQuery history(m_db);
    history.prepare(
        u"INSERT INTO postback_status_changes (event_row, network, transaction_key, old_status, "
        "new_status, payout, refund_event_row, received_utc_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const StatusChange &c : changes) {
        const std::string data = c.data.dump();
        update.bindValue(0, c.newStatus);
        update.bindValue(1, c.value ? QVariant(*c.value) : QVariant(QMetaType::fromType<double>()));
        update.bindValue(2, QString::fromUtf8(data.data(), qsizetype(data.size())));
        update.bindValue(3, c.saleRow);
        if (!update.exec())
            return failWith(update);
        history.bindValue(0, c.saleRow);
        history.bindValue(1, c.network);
        history.bindValue(2, c.transactionKey);
        history.bindValue(
            3, c.oldStatus.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.oldStatus));
        history.bindValue(4, c.newStatus);
        history.bindValue(5, c.payout ? QVariant(*c.payout) : QVariant(QMetaType::fromType<double>()));
        history.bindValue(
            6, c.refundRow > 0 ? QVariant(c.refundRow) : QVariant(QMetaType::fromType<qint64>()));
        history.bindValue(7, c.receivedMs);
        if (!history.exec())
            return failWith(history);
    }
    update.finish();
    history.finish();
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

std::vector<std::pair<QString, QString>> PostbackRepository::history(qint64 saleRow) const
{
    std::vector<std::pair<QString, QString>> out;
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT old_status, new_status FROM postback_status_changes WHERE event_row = ? ORDER BY id"_s);
    q.bindValue(0, saleRow);
    if (q.exec()) {
        while (q.next())
            out.emplace_back(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

} // namespace ConvStudio
