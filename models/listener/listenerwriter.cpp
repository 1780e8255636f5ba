#include "listener/listenerwriter.h"

#include "domain/eventparser.h"
#include "listener/postbackrepository.h"
#include "storage/database.h"
#include "storage/eventhooks.h"
#include "storage/eventrepository.h"
#include "storage/taxonomyrepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QThread>

#include <chrono>
#include <map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// Rules see new events at once when the writer is idle, and at least this often under load.
constexpr qint64 RulesIntervalMs = 250;
// How often the write-ahead log is moved into the database file.
constexpr int CheckpointIntervalMs = 500;

} // namespace

ListenerWriter::ListenerWriter(QString databasePath, bool fullSync, int maxBatch, Committed committed)
    : m_databasePath(std::move(databasePath))
    , m_fullSync(fullSync)
    , m_maxBatch(qMax(1, maxBatch))
    , m_committed(std::move(committed))
{
}

ListenerWriter::~ListenerWriter()
{
    stop();
}

bool ListenerWriter::start(QString *error)
{
    if (m_thread)
        return true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"listener-writer"_s);
    m_thread->start();
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_openDone; });
    if (m_opened) {
        m_checkpointer = std::make_unique<WalCheckpointer>(m_databasePath, CheckpointIntervalMs);
        m_checkpointer->start();
        return true;
    }
    if (error)
        *error = m_openError;
    lock.unlock();
    m_thread->wait();
    m_thread.reset();
    return false;
}

void ListenerWriter::submit(std::shared_ptr<ListenerWrite> write)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(write));
    }
    m_wake.notify_all();
}

void ListenerWriter::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    m_thread.reset();
    m_checkpointer.reset();
}

bool ListenerWriter::open(QString *error)
{
    m_database
        = std::make_unique<Database>(m_databasePath, Database::uniqueConnectionName(u"listener-writer"_s));
    if (!m_database->open(error)) {
        m_database.reset();
        return false;
    }
    QSqlQuery pragmas(m_database->connection());
    if (m_fullSync)
        pragmas.exec(u"PRAGMA synchronous = FULL"_s);
    pragmas.exec(u"PRAGMA wal_autocheckpoint = 0"_s); // WalCheckpointer does it, off the commit
    m_taxonomy = TaxonomyRepository(m_database->connection()).load();
    m_parser = std::make_unique<EventParser>(m_taxonomy);
    m_taxonomyAge.start();
    m_sinceRules.start();
    return true;
}

void ListenerWriter::run()
{
    {
        QString error;
        const bool opened = open(&error);
        std::lock_guard lock(m_mutex);
        m_opened = opened;
        m_openError = error;
        m_openDone = true;
        m_wake.notify_all();
        if (!opened)
            return;
    }
    for (;;) {
        Batch batch;
        bool idle = false;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [this] { return m_stopping || !m_queue.empty(); };
            if (m_unevaluated.empty())
                m_wake.wait(lock, ready);
            else
                m_wake.wait_for(lock, std::chrono::milliseconds(RulesIntervalMs), ready);
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            idle = m_queue.empty();
            stopping = m_stopping && m_queue.empty();
        }
        if (!batch.empty()) {
            int added = 0;
            store(batch, &added);
            m_committed(batch, added);
        }
        if (idle || m_sinceRules.elapsed() >= RulesIntervalMs)
            evaluateRules();
        if (stopping)
            break;
    }
    evaluateRules();
    m_parser.reset();
    m_database.reset();
}

void ListenerWriter::evaluateRules()
{
    m_sinceRules.restart();
    if (m_unevaluated.empty())
        return;
    QString error;
    if (!afterEventsStored(m_database->connection(), m_unevaluated, &error))
        qWarning("listener: rule evaluation after storing failed: %s", qPrintable(error));
    m_unevaluated.clear();
}

void ListenerWriter::store(Batch &batch, int *added)
{
    QSqlDatabase db = m_database->connection();
    PostbackRepository postbacks(db);
    QString error;
    bool ok = true;

    // The user may map new spellings while the listener runs; refunds are parsed with the map.
    if (m_taxonomyAge.elapsed() > 10000) {
        m_taxonomy = TaxonomyRepository(db).load();
        m_taxonomyAge.restart();
    }

    std::vector<Event> toInsert;
    std::vector<size_t> firstEvent(batch.size(), 0); // index of each request's first event in toInsert
    std::vector<std::vector<size_t>> postbackEvents(batch.size()); // the events a postback adds
    std::vector<bool> statusChanged(batch.size(), false); // it changes a stored (or new) sale
    std::vector<PostbackRepository::StatusChange> changes;
    std::vector<std::pair<size_t, size_t>> refundOf; // (change index, index in toInsert)
    struct SaleState
    {
        qint64 rowId = 0; // stored already
        long insertIndex = -1; // new in this batch
        QString status;
        Json data;
    };
    std::map<std::pair<QString, QString>, SaleState> sales;
    const qint64 receivedMs = QDateTime::currentMSecsSinceEpoch();

    for (size_t n = 0; n < batch.size() && ok; ++n) {
        ListenerWrite &item = *batch[n];
        firstEvent[n] = toInsert.size();
        if (!item.events.empty()) {
            item.firstName = item.events.front().name;
            item.firstEventId = item.events.front().eventId;
        }
        if (!item.postback) {
            for (Event &e : item.events)
                toInsert.push_back(std::move(e));
            continue;
        }
        Event sale = std::move(item.events.front());
        item.events.clear();
        const Postback &p = *item.postback;
        const auto key = std::pair {sale.source, sale.eventId};
        auto it = sales.find(key);
        if (it == sales.end()) {
            SaleState state;
            if (const auto stored = postbacks.findSale(sale.source, sale.eventId, &error)) {
                state.rowId = stored->rowId;
                state.status = stored->status;
                state.data = stored->data;
            } else if (!error.isEmpty()) {
                ok = false;
                break;
            }
            it = sales.emplace(key, state).first;
        }
        SaleState &state = it->second;
        if (state.rowId == 0 && state.insertIndex < 0) {
            // A new credited sale (its data stays in toInsert, read from there on a change).
            state.insertIndex = long(toInsert.size());
            state.status = sale.status;
            postbackEvents[n].push_back(toInsert.size());
            toInsert.push_back(std::move(sale));
            item.result = u"created"_s;
            item.saleStatus = state.status;
            continue;
        }
        const int oldRank = Postback::statusRank(state.status);
        const int newRank = Postback::statusRank(p.status);
        // Statuses only move forward: a late "pending" after "approved" (a retry overtaken) changes
        // nothing, and a reversal is final.
        if (p.status == state.status || newRank < oldRank || (oldRank == 2 && newRank == 2)) {
            item.result = u"unchanged"_s;
            item.saleStatus = state.status;
            continue;
        }
        const QString oldStatus = state.status;
        Json data = state.insertIndex >= 0 ? toInsert[size_t(state.insertIndex)].data : state.data;
        data["status"] = p.status.toStdString();
        if (p.payout)
            data["attributes"]["payout"] = *p.payout;
        if (!p.networkStatus.isEmpty())
            data["attributes"]["network_status"] = p.networkStatus.toStdString();
        if (const auto value = p.amount ? p.amount : p.payout)
            data["value"] = *value;
        state.status = p.status;
        if (state.insertIndex < 0)
            state.data = data;
        statusChanged[n] = true;
        if (state.insertIndex >= 0) {
            // Created earlier in this very batch: change the event before it is stored.
            Event &pendingSale = toInsert[size_t(state.insertIndex)];
            pendingSale.status = p.status;
            pendingSale.data = data;
            if (data.contains("value") && data["value"].is_number())
                pendingSale.value = data["value"].get<double>();
        } else {
            PostbackRepository::StatusChange change;
            change.saleRow = state.rowId;
            change.network = p.network;
            change.transactionKey = p.saleKey();
            change.oldStatus = oldStatus;
            change.newStatus = p.status;
            change.data = data;
            if (data.contains("value") && data["value"].is_number())
                change.value = data["value"].get<double>();
            change.payout = p.payout;
            change.receivedMs = receivedMs;
            changes.push_back(change);
        }
        item.result = newRank == 2 ? u"reversed"_s : u"updated"_s;
        item.saleStatus = p.status;
        if (newRank == 2) {
            // The reversal becomes a Refund event that rules and the connector see.
            Json refund {{"event_id", jsonString(data, "event_id").toStdString() + ":refund"},
                {"name", "Refund"},
                {"time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()},
                {"source", data.value("source", "")}, {"status", p.status.toStdString()}};
            for (const char *field : {"value", "currency", "order_id", "click_ids", "user"}) {
                if (data.contains(field))
                    refund[field] = data[field];
            }
            // The sale's attributes (program, sub-id, payout …): a reversal postback rarely repeats
            // them, and Sales nets the reversal into the sale's program and sub-id.
            Json attributes = data.contains("attributes") && data["attributes"].is_object()
                ? data["attributes"]
                : Json::object();
            attributes["network"] = p.network.toStdString();
            attributes["refund_of"] = data.value("event_id", "");
            attributes.erase("network_status");
            if (!p.networkStatus.isEmpty())
                attributes["network_status"] = p.networkStatus.toStdString();
            refund["attributes"] = attributes;
            QString refundError;
            if (auto event = m_parser->parse(refund, &refundError)) {
                if (state.insertIndex < 0)
                    refundOf.emplace_back(changes.size() - 1, toInsert.size());
                postbackEvents[n].push_back(toInsert.size());
                toInsert.push_back(std::move(*event));
            }
        }
    }

    EventRepository::InsertResult inserted;
    if (ok && !toInsert.empty())
        ok = EventRepository(db).insert(toInsert, &inserted, &error);
    if (ok) {
        for (const auto &[changeIndex, insertIndex] : refundOf)
            changes[changeIndex].refundRow = toInsert[insertIndex].rowId;
        ok = postbacks.apply(changes, &error);
    }

    for (size_t n = 0; n < batch.size(); ++n) {
        ListenerWrite &item = *batch[n];
        item.ok = ok;
        if (!ok) {
            item.error = error;
            continue;
        }
        if (item.postback) {
            bool stored = statusChanged[n];
            for (const size_t i : postbackEvents[n])
                stored = stored || toInsert[i].rowId != 0;
            item.accepted = stored ? 1 : 0;
            item.duplicates = 1 - item.accepted;
            continue;
        }
        const size_t end = n + 1 < batch.size() ? firstEvent[n + 1] : toInsert.size();
        for (size_t i = firstEvent[n]; i < end; ++i)
            ++(toInsert[i].rowId != 0 ? item.accepted : item.duplicates);
    }
    *added = ok ? inserted.added : 0;
    if (ok) {
        for (Event &e : toInsert) {
            if (e.rowId != 0)
                m_unevaluated.push_back(std::move(e));
        }
    }
}

} // namespace ConvStudio
