#include "storage/eventingest.h"

#include "domain/eventparser.h"
#include "domain/eventstreamreader.h"
#include "storage/eventhooks.h"
#include "storage/eventrepository.h"
#include "storage/taxonomyrepository.h"

#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace ConvStudio {

EventIngest::EventIngest(QSqlDatabase db)
    : m_db(db)
{
}

bool EventIngest::run(QIODevice *input, Summary *summary, QString *error)
{
    const Taxonomy taxonomy = TaxonomyRepository(m_db).load();
    EventParser parser(taxonomy);
    parser.setDefaultSource(m_defaultSource);
    // A batch touches more pages than SQLite's default 2 MiB cache holds: it would spill dirty pages
    // to the WAL in the middle of the transaction. 32 MiB keeps a batch and the index tops in memory.
    QSqlQuery(m_db).exec(u"PRAGMA cache_size = -32768"_s);
    EventRepository repository(m_db);

    // Two stages on two threads: this thread stores batch n while a reader thread parses batch
    // n + 1. The queue holds at most two batches, so memory stays bounded whatever the input size.
    struct Batch
    {
        std::vector<Event> events;
        QList<Rejection> rejected;
        bool last = false;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue;
    bool stop = false;
    const size_t batchSize = size_t(m_batchSize);

    std::thread reader([&] {
        EventStreamReader stream(input);
        EventStreamReader::Record record;
        QString parseError;
        Batch batch;
        batch.events.reserve(batchSize);
        auto push = [&](bool last) {
            batch.last = last;
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < 2 || stop; });
            if (stop)
                return false;
            queue.push_back(std::move(batch));
            changed.notify_all();
            batch = Batch();
            batch.events.reserve(batchSize);
            return true;
        };
        while (stream.next(&record)) {
            if (!record.error.isEmpty()) {
                batch.rejected.append({record.line, record.error});
                continue;
            }
            if (auto event = parser.parseText(record.text, &parseError))
                batch.events.push_back(std::move(*event));
            else
                batch.rejected.append({record.line, parseError});
            if (batch.events.size() >= batchSize && !push(false))
                return;
        }
        push(true);
    });

    bool ok = true;
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty(); });
            batch = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        summary->rejected.append(batch.rejected);
        if (!batch.events.empty()) {
            EventRepository::InsertResult result;
            ok = repository.insert(batch.events, &result, error)
                && afterEventsStored(m_db, batch.events, error);
            if (ok) {
                summary->added += result.added;
                summary->duplicates += result.duplicates;
                if (m_stored)
                    m_stored(batch.events);
            }
        }
        if (!ok || batch.last)
            break;
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
        changed.notify_all();
    }
    reader.join();
    return ok;
}

} // namespace ConvStudio
