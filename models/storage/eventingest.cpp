#include "storage/eventingest.h"

#include "domain/eventparser.h"
#include "domain/eventstreamreader.h"
#include "storage/eventhooks.h"
#include "storage/eventrepository.h"
#include "storage/taxonomyrepository.h"

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
    EventRepository repository(m_db);
    EventStreamReader reader(input);

    std::vector<Event> batch;
    batch.reserve(size_t(m_batchSize));
    auto flush = [&]() {
        if (batch.empty())
            return true;
        EventRepository::InsertResult result;
        if (!repository.insert(batch, &result, error))
            return false;
        summary->added += result.added;
        summary->duplicates += result.duplicates;
        if (!afterEventsStored(m_db, batch, error))
            return false;
        if (m_stored)
            m_stored(batch);
        batch.clear();
        return true;
    };

    EventStreamReader::Record record;
    QString parseError;
    while (reader.next(&record)) {
        if (!record.error.isEmpty()) {
            summary->rejected.append({record.line, record.error});
            continue;
        }
        auto event = parser.parseText(record.text, &parseError);
        if (!event) {
            summary->rejected.append({record.line, parseError});
            continue;
        }
        batch.push_back(std::move(*event));
        if (int(batch.size()) >= m_batchSize && !flush())
            return false;
    }
    return flush();
}

} // namespace ConvStudio
