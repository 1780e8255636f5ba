#include "storage/csvimport.h"

#include "csv/csvmapper.h"
#include "csv/csvpresetregistry.h"
#include "csv/csvreader.h"
#include "csv/genericpreset.h"
#include "domain/eventparser.h"
#include "storage/boundedqueue.h"
#include "storage/bulkloadsettings.h"
#include "storage/eventhooks.h"
#include "storage/eventindexdeferral.h"
#include "storage/eventrepository.h"
#include "storage/taxonomyrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr qint64 ProgressEvery = 4096;
// For the size of an import: export rows are rarely shorter than this.
constexpr qint64 BytesPerRow = 128;

} // namespace

CsvImport::CsvImport(QSqlDatabase db)
    : m_db(db)
{
}

QString CsvImport::fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 Part = 1 << 20;
    const qint64 size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(size));
    hash.addData(file.read(Part));
    if (size > Part && file.seek(std::max(Part, size - Part)))
        hash.addData(file.read(Part));
    return QString::fromLatin1(hash.result().toHex());
}

CsvImport::Result CsvImport::run(const CsvImportRequest &request, CsvImportSummary *summary, QString *error)
{
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(request.path, file.errorString());
        return Result::BadInput;
    }
    const qint64 totalBytes = file.size();
    CsvReader::Options readerOptions;
    readerOptions.encoding = request.encoding;
    readerOptions.delimiter = request.delimiter;
    CsvReader reader(&file, readerOptions);
    if (!reader.open(error))
        return Result::BadInput;
    summary->encoding = reader.encoding();
    summary->encodingGuessed = reader.encodingGuessed();
    summary->delimiter = CsvReader::delimiterText(reader.delimiter());
    summary->header = reader.header();
    summary->preamble = reader.preamble();

    // The preset: a mapping, a named one, or the one the header fits.
    const CsvPresetRegistry registry;
    std::unique_ptr<GenericPreset> generic;
    const CsvPreset *preset = nullptr;
    if (request.mapping) {
        const QStringList missing = request.mapping->missingColumns(reader.header());
        if (!missing.isEmpty()) {
            *error = tr("The mapping names columns this file does not have: %1. Columns found: %2.")
                         .arg(missing.join(u", "_s), reader.header().join(u", "_s));
            return Result::BadInput;
        }
        generic = std::make_unique<GenericPreset>(*request.mapping);
        preset = generic.get();
    } else if (request.preset.isEmpty() || request.preset == u"auto"_s) {
        preset = registry.detect(CsvHeaderIndex(reader.header()));
        if (!preset) {
            *error = CsvPresetRegistry::noPresetMessage(reader.header(), registry.ids());
            return Result::BadInput;
        }
    } else if (request.preset == u"generic"_s) {
        *error = tr("The generic preset needs a mapping file (--mapping FILE).");
        return Result::BadInput;
    } else {
        preset = registry.find(request.preset);
        if (!preset) {
            *error = tr("There is no preset '%1'. Presets: %2.")
                         .arg(request.preset, registry.ids().join(u", "_s));
            return Result::BadInput;
        }
    }
    summary->preset = preset->id();
    summary->presetName = preset->displayName();

    CsvMapOptions options;
    const QString label = request.sourceLabel.isEmpty() ? preset->id() : request.sourceLabel;
    options.source = label.contains(u':') ? label : u"csv:"_s + label;
    summary->source = options.source;
    // Zone for times without one: the file's own declaration, then the user's, then the preset's.
    std::optional<CsvZone> userZone;
    if (!request.timeZone.isEmpty()) {
        userZone = CsvZone::parse(request.timeZone);
        if (!userZone) {
            *error = tr("'%1' is not a time zone; use an IANA name such as Europe/Berlin, UTC, or an offset "
                        "such as -0500.")
                         .arg(request.timeZone);
            return Result::BadInput;
        }
    }
    if (const auto declared = CsvZone::parse(reader.declaredTimeZone()))
        options.zone = *declared;
    else if (userZone)
        options.zone = *userZone;
    else if (const auto presetZone = CsvZone::parse(preset->defaultTimeZone()))
        options.zone = *presetZone;
    options.decimal = preset->defaultDecimal();
    if (options.decimal == DecimalStyle::Auto && reader.delimiter() == ';')
        options.decimal = DecimalStyle::Comma; // Excel in decimal-comma locales writes ';'
    if (request.mapping) {
        options.dateOrder = request.mapping->dateOrder;
        options.dateFormat = request.mapping->dateFormat;
    }

    const Taxonomy taxonomy = TaxonomyRepository(m_db).load();
    std::optional<BulkLoadSettings> bulkLoad;
    if (!request.dryRun)
        bulkLoad.emplace(m_db);
    EventParser parser(taxonomy);
    parser.setDefaultSource(options.source);
    CsvMapContext context(options, parser);
    // The presets write each event's JSON text and FastEventParser validates it: no Json tree per event.
    context.keepOnlyWhatIsStored();
    CsvMapper mapper(*preset, reader.header(), context);
    EventRepository repository(m_db);

    // Resume: a run of the same file, preset and source that did not finish.
    const QString presetKey = generic ? u"generic:"_s + request.mapping->fingerprint() : preset->id();
    const QString fileKey = fingerprint(request.path);
    qint64 resumeAt = 0;
    if (!request.dryRun) {
        QSqlQuery q(m_db);
        q.prepare(
            u"SELECT status, rows_done FROM imports WHERE fingerprint = ? AND preset = ? AND source = ?"_s);
        q.addBindValue(fileKey);
        q.addBindValue(presetKey);
        q.addBindValue(options.source);
        if (q.exec() && q.next() && q.value(0).toString() != u"done"_s)
            resumeAt = q.value(1).toLongLong();
    }
    summary->resumedAt = resumeAt;
    auto record = [&](const QString &status, qint64 rowsDone) {
        if (request.dryRun)
            return true;
        QSqlQuery q(m_db);
        q.prepare(
            u"INSERT INTO imports (fingerprint, preset, source, path, status, rows_done, events_added, "
            "started_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint, preset, "
            "source) DO UPDATE SET path = excluded.path, status = excluded.status, rows_done = "
            "excluded.rows_done, events_added = excluded.events_added, updated_ms = excluded.updated_ms"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QVariant &v : {QVariant(fileKey), QVariant(presetKey), QVariant(options.source),
                 QVariant(request.path), QVariant(status), QVariant(rowsDone), QVariant(summary->eventsAdded),
                 QVariant(now), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = tr("Recording the import progress failed: %1").arg(q.lastError().text());
            return false;
        }
        return true;
    };

    // A big import into an empty or small table builds the secondary indexes after, not row by row.
    EventIndexDeferral deferral(m_db);
    if (!request.dryRun
        && !deferral.deferIfWorthIt(
            (totalBytes - reader.bytesRead()) / BytesPerRow, request.deferIndexesFrom, error))
        return Result::Failed;

    // Two stages on two threads, as in EventIngest: a reader thread reads, maps and validates batch
    // n + 1 while this thread (the one owning the connection) stores batch n. At most one batch
    // waits in the queue, so memory stays bounded whatever the file size. (A third thread that only
    // read and split the records cost more CPU than it saved on a busy two-core machine.)
    struct Batch
    {
        std::vector<Event> events;
        qint64 resumeIndex = 0; // where a run has to start again once this batch is committed
        bool last = false;
    };
    BoundedQueue<Batch> queue(1);
    // The stored events' vectors go back to the reader thread for reuse (no large allocation per
    // batch).
    BoundedQueue<std::vector<Event>> spent(3);
    enum class End { Complete, Fatal, Cancelled, NoRows } end = End::Complete;
    const size_t batchSize = size_t(std::max(1, request.batchSize));

    std::thread readerThread([&] {
        Batch batch;
        batch.events.reserve(batchSize);
        auto push = [&](bool last, qint64 resumeIndex) {
            batch.last = last;
            batch.resumeIndex = resumeIndex;
            if (!queue.push(std::move(batch)))
                return false;
            batch = Batch();
            if (std::optional<std::vector<Event>> events = spent.tryPop())
                batch.events = std::move(*events);
            batch.events.reserve(batchSize);
            return true;
        };
        auto drain = [&]() {
            // Only the JSON text and the indexed keys go to the storing thread (the context keeps no
            // tree; dropData() is for an event EventParser changed). A free from another thread costs
            // glibc far more (1M-row bench: 36.5 → 22.6 s CPU), and a batch in the queue holds no trees.
            for (CsvMappedEvent &mapped : context.events) {
                mapped.event.dropData();
                batch.events.push_back(std::move(mapped.event));
            }
            context.events.clear();
            for (CsvRejection &r : context.rejections) {
                if (summary->rejected.size() < request.maxReported)
                    summary->rejected.append(std::move(r));
                ++summary->rejectedCount;
            }
            context.rejections.clear();
            for (CsvSkip &s : context.skips) {
                if (summary->skipped.size() < request.maxReported)
                    summary->skipped.append(std::move(s));
                ++summary->skippedCount;
            }
            context.skips.clear();
        };
        CsvRecord rec;
        CsvIssue issue;
        qint64 nextIndex = 0;
        while (reader.next(&rec, &issue)) {
            if (m_cancel && m_cancel()) {
                end = End::Cancelled;
                break;
            }
            ++summary->rows;
            nextIndex = rec.index + 1;
            if (m_progress && summary->rows % ProgressEvery == 0)
                m_progress(summary->rows, reader.bytesRead(), totalBytes);
            if (rec.index < resumeAt)
                continue;
            if (!issue.message.isEmpty()) {
                context.reject(issue.line, issue.column, issue.message);
                drain();
                continue;
            }
            mapper.add(std::move(rec));
            drain();
            if (batch.events.size() >= batchSize && !push(false, mapper.firstOpenIndex(nextIndex)))
                return;
        }
        if (end == End::Complete && reader.hasFatalIssue())
            end = End::Fatal;
        else if (end == End::Complete && summary->rows == 0)
            end = End::NoRows;
        if (end != End::Complete) {
            // Whole committed batches stay; the mapped but uncommitted rest is dropped (and redone by
            // the next run after a cancel).
            batch.events.clear();
            push(true, 0);
            return;
        }
        summary->footerLines = reader.footerLines();
        mapper.finish();
        drain();
        push(true, nextIndex);
    });

    auto flush = [&](std::vector<Event> &events, qint64 resumeIndex) {
        if (request.dryRun) {
            QSqlQuery q(m_db);
            q.prepare(u"SELECT 1 FROM events WHERE source = ? AND event_id = ?"_s);
            for (const Event &e : events) {
                q.addBindValue(e.source);
                q.addBindValue(e.eventId);
                const bool exists = q.exec() && q.next();
                ++(exists ? summary->duplicates : summary->eventsAdded);
            }
            return true;
        }
        if (!events.empty()) {
            EventRepository::InsertResult result;
            if (!repository.insert(events, &result, error))
                return false;
            summary->eventsAdded += result.added;
            summary->duplicates += result.duplicates;
            if (!afterEventsStored(m_db, events, error))
                return false;
        }
        return record(u"running"_s, resumeIndex);
    };

    bool stored = true;
    qint64 finalIndex = 0;
    while (std::optional<Batch> batch = queue.pop()) {
        if (batch->last && end != End::Complete)
            break;
        if (!flush(batch->events, batch->resumeIndex)) {
            stored = false;
            break;
        }
        if (batch->last) {
            finalIndex = batch->resumeIndex;
            break;
        }
        batch->events.clear();
        spent.tryPush(std::move(batch->events));
    }
    queue.close();
    readerThread.join();
    QString indexError;
    if (!deferral.finish(&indexError) && stored) {
        *error = indexError;
        stored = false;
    }
    if (!stored)
        return Result::Failed;

    switch (end) {
    case End::Fatal: {
        const CsvIssue &fatal = reader.fatalIssue();
        *error = tr("line %1: %2").arg(fatal.line).arg(fatal.message);
        return Result::BadInput;
    }
    case End::Cancelled:
        summary->cancelled = true;
        if (!request.dryRun) {
            QSqlQuery q(m_db);
            q.prepare(
                u"UPDATE imports SET status = 'cancelled' WHERE fingerprint = ? AND preset = ? AND source = ?"_s);
            q.addBindValue(fileKey);
            q.addBindValue(presetKey);
            q.addBindValue(options.source);
            q.exec();
        }
        return Result::Cancelled;
    case End::NoRows:
        *error = tr(
            "The file has a header (%n column(s)) but no data rows.", nullptr, int(reader.header().size()));
        return Result::BadInput;
    case End::Complete:
        break;
    }
    if (!record(u"done"_s, finalIndex))
        return Result::Failed;
    if (m_progress)
        m_progress(summary->rows, reader.bytesRead(), totalBytes);
    return Result::Ok;
}

} // namespace ConvStudio
