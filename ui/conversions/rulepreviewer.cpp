#include "conversions/rulepreviewer.h"

#include "rules/ruleevaluator.h"
#include "storage/database.h"
#include "storage/ruleservice.h"

#include <QPointer>
#include <QtConcurrent>

#include <map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

RulePreviewer::RulePreviewer(QString dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
{
    qRegisterMetaType<RulePreview>();
}

RulePreviewer::~RulePreviewer()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RulePreviewer::reloadEvents()
{
    const int load = ++m_loads;
    auto *watcher = new QFutureWatcher<std::shared_ptr<EventSnapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, load] {
        watcher->deleteLater();
        auto snapshot = watcher->result();
        if (load != m_loads || !snapshot)
            return;
        m_snapshot = std::move(snapshot);
        emit eventsLoaded(m_snapshot->size());
        if (m_pending)
            startPreview();
    });
    watcher->setFuture(QtConcurrent::run([path = m_dbPath]() -> std::shared_ptr<EventSnapshot> {
        Database db(path, Database::uniqueConnectionName(u"preview-load"_s));
        QString error;
        if (!db.open(&error))
            return nullptr;
        return RuleService::loadSnapshot(db.connection(), &error);
    }));
}

void RulePreviewer::preview(const ConversionRule &rule)
{
    m_pending = rule;
    if (m_cancel)
        m_cancel->store(true); // the running evaluation is stale now
    if (m_snapshot && !m_running)
        startPreview();
}

void RulePreviewer::startPreview()
{
    if (!m_pending || !m_snapshot)
        return;
    const ConversionRule rule = *m_pending;
    m_pending.reset();
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<RulePreview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_running = false;
        const RulePreview result = watcher->result();
        if (m_pending) {
            startPreview(); // a newer version arrived meanwhile
            return;
        }
        if (generation == m_generation && result.generation == generation)
            emit previewReady(result);
    });
    watcher->setFuture(QtConcurrent::run([snapshot = m_snapshot, rule, cancel = m_cancel, generation] {
        RulePreview out;
        const RuleEvaluator evaluator(*snapshot);
        const RuleMatches matches = evaluator.evaluate(rule, cancel.get());
        if (matches.cancelled)
            return out;
        out.generation = generation;
        out.matches = matches.count();
        out.events = snapshot->size();
        std::map<qint64, int> days;
        for (qint64 m = 0; m < matches.count(); ++m) {
            const qint64 t = snapshot->timeMs(matches.primary(m));
            ++days[t - ((t % 86400000) + 86400000) % 86400000];
        }
        out.perDay.assign(days.begin(), days.end());
        // The most recent matches make the best samples.
        for (qint64 m = matches.count() - 1; m >= 0 && out.samples.size() < 50; --m)
            out.samples.push_back(evaluator.conversion(rule, matches, m));
        return out;
    }));
}

void RulePreviewer::explain(const ConversionRule &rule, const QString &eventId)
{
    if (!m_snapshot) {
        emit explained(eventId, false, tr("The events are still loading."));
        return;
    }
    auto *watcher = new QFutureWatcher<RuleEvaluator::Explanation>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, eventId] {
        watcher->deleteLater();
        const auto e = watcher->result();
        emit explained(eventId, e.matches, e.text);
    });
    watcher->setFuture(QtConcurrent::run([snapshot = m_snapshot, rule, eventId] {
        const int index = snapshot->indexOfEventId(eventId.trimmed());
        if (index < 0)
            return RuleEvaluator::Explanation {
                false, tr("There is no event with the id \"%1\".").arg(eventId.trimmed())};
        return RuleEvaluator(*snapshot).explain(rule, index);
    }));
}

void RulePreviewer::storeConversions(const ConversionRule &rule)
{
    struct Result
    {
        qint64 matches = 0;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id = rule.id] {
        watcher->deleteLater();
        const Result r = watcher->result();
        emit conversionsStored(id, r.matches, r.error);
    });
    watcher->setFuture(QtConcurrent::run([path = m_dbPath, snapshot = m_snapshot, rule] {
        Result r;
        Database db(path, Database::uniqueConnectionName(u"rule-store"_s));
        if (!db.open(&r.error))
            return r;
        RuleService::Run run;
        const bool ok = snapshot
            ? RuleService::evaluateAndStore(db.connection(), *snapshot, rule, &run, &r.error)
            : RuleService::evaluateAndStore(db.connection(), rule, &run, &r.error);
        if (ok)
            r.matches = run.matches;
        return r;
    }));
}

} // namespace ConvStudio
