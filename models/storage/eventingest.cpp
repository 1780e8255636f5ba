#include "storage/eventingest.h"

#include "domain/eventparser.h"
#include "domain/eventstreamreader.h"
#include "domain/fasteventparser.h"
#include "storage/boundedqueue.h"
#include "storage/bulkloadsettings.h"
#include "storage/eventhooks.h"
#include "storage/eventindexdeferral.h"
#include "storage/eventrepository.h"
#include "storage/taxonomyrepository.h"

#include <QIODevice>
#include <QSqlQuery>

#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {
// For the size of a load from a file: canonical events are rarely shorter than this.
constexpr qint64 BytesPerEvent = 256;
} // namespace

EventIngest::EventIngest(QSqlDatabase db)
    : m_db(db)
{
}

bool EventIngest::run(QIODevice *input, Summary *summary, QString *error)
{
    const Taxonomy taxonomy = TaxonomyRepository(m_db).load();
    EventParser parser(taxonomy);
    parser.setDefaultSource(m_defaultSource);
    const BulkLoadSettings bulkLoad(m_db);
    EventRepository repository(m_db);

    // A big load into an empty or small table builds the secondary indexes after, not row by row.
    EventIndexDeferral deferral(m_db);
    const qint64 expected = input->isSequential() ? 0 : (input->size() - input->pos()) / BytesPerEvent;
    if (!deferral.deferIfWorthIt(expected, m_deferIndexesFrom, error))
        return false;

    // Two stages on two threads: this thread stores batch n while a reader thread parses batch
    // n + 1. The queue holds at most two batches, so memory stays bounded whatever the input size.
    struct Batch
    {
        std::vector<Event> events;
        QList<Rejection> rejected;
        bool last = false;
    };
    BoundedQueue<Batch> queue(2);
    // Stored batches go back to the reader thread, which frees their events and refills the vector:
    // memory allocated on one thread and freed on the other costs glibc's malloc much more.
    BoundedQueue<std::vector<Event>> spent(4);
    const size_t batchSize = size_t(m_batchSize);

    std::thread reader([&] {
        EventStreamReader stream(input);
        // Without a callback the events are only stored: the fast parser gives them in that form.
        FastEventParser fast(parser);
        EventStreamReader::Record record;
        QString parseError;
        Batch batch;
        batch.events.reserve(batchSize);
        auto push = [&](bool last) {
            batch.last = last;
            if (!queue.push(std::move(batch)))
                return false;
            batch = Batch();
            if (std::optional<std::vector<Event>> events = spent.tryPop()) {
                events->clear();
                batch.events = std::move(*events);
            }
            batch.events.reserve(batchSize);
            return true;
        };
        while (stream.next(&record)) {
            if (!record.error.isEmpty()) {
                batch.rejected.append({record.line, record.error});
                continue;
            }
            if (auto event = m_stored ? parser.parseText(record.text, &parseError)
                                      : fast.parse(record.text, &parseError)) {
                batch.events.push_back(std::move(*event));
            } else
                batch.rejected.append({record.line, parseError});
            if (batch.events.size() >= batchSize && !push(false))
                return;
        }
        push(true);
    });

    bool ok = true;
    while (std::optional<Batch> batch = queue.pop()) {
        summary->rejected.append(batch->rejected);
        if (!batch->events.empty()) {
            EventRepository::InsertResult result;
            ok = repository.insert(batch->events, &result, error)
                && afterEventsStored(m_db, batch->events, error);
            if (ok) {
                summary->added += result.added;
                summary->duplicates += result.duplicates;
                if (m_stored)
                    m_stored(batch->events);
            }
        }
        if (!ok || batch->last)
            break;
        spent.tryPush(std::move(batch->events));
    }
    queue.close();
    reader.join();
    QString indexError;
    if (!deferral.finish(&indexError) && ok) {
        *error = indexError;
        ok = false;
    }
    return ok;
}

} // namespace ConvStudio
