#pragma once

#include "domain/event.h"
#include "storage/eventindexdeferral.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <vector>

class QIODevice;

namespace ConvStudio {

// Reads a stream of canonical events (JSON Lines or an array), validates each, and stores them in
// batches (one transaction per batch). Rejected lines are reported, the others still taken.
class EventIngest
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::EventIngest)
public:
    struct Rejection
    {
        int line = 0;
        QString error;
    };
    struct Summary
    {
        int added = 0;
        int duplicates = 0;
        QList<Rejection> rejected;
    };

    explicit EventIngest(QSqlDatabase db);

    void setDefaultSource(const QString &source) { m_defaultSource = source; }
    void setBatchSize(int size) { m_batchSize = size; }
    // A load from a file expected to bring at least this many events, and no fewer than are stored
    // already, builds the secondary event indexes after the load (storage/eventindexdeferral.h).
    void setIndexDeferralMinimum(qint64 events) { m_deferIndexesFrom = events; }
    // Called after each committed batch with the events of that batch (rowId 0 for duplicates), their
    // data included. Without a callback the events keep only their text (Event::dropData()).
    void setStoredCallback(std::function<void(const std::vector<Event> &)> callback)
    {
        m_stored = std::move(callback);
    }

    // False on a storage error (*error says it); batches committed before it stay.
    bool run(QIODevice *input, Summary *summary, QString *error);

private:
    QSqlDatabase m_db;
    QString m_defaultSource;
    int m_batchSize = 5000;
    qint64 m_deferIndexesFrom = EventIndexDeferral::DefaultMinimum;
    std::function<void(const std::vector<Event> &)> m_stored;
};

} // namespace ConvStudio
