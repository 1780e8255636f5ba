#pragma once

#include "rules/conversionrule.h"
#include "rules/eventsnapshot.h"
#include "rules/ruleevaluator.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

namespace ConvStudio {

// The workspace evaluation service: loads the events of a workspace into an EventSnapshot,
// evaluates rules over it and stores their conversions idempotently. Every function works on the
// connection it is given, so it runs on whatever thread owns that connection.
class RuleService
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RuleService)
public:
    // Every stored event, in time order. Null with *error on failure or when cancelled.
    static std::shared_ptr<EventSnapshot> loadSnapshot(
        QSqlDatabase db, QString *error, const std::atomic<bool> *cancel = nullptr);
    // Adds the events stored since the snapshot was made (row id above its largest).
    static bool refreshSnapshot(QSqlDatabase db, EventSnapshot &snapshot, QString *error);

    struct Run
    {
        qint64 matches = 0;
        qint64 eventsScanned = 0;
        int added = 0;
        int removed = 0;
    };
    // All conversions of the rule, built (reason, value, id) for storing or listing.
    static std::vector<Conversion> conversions(const EventSnapshot &snapshot, const ConversionRule &rule,
        qint64 limit = -1, qint64 *matches = nullptr);
    // Evaluates the rule over the snapshot and makes its stored conversions exactly the result
    // (a disabled rule keeps none): stores the conversions not stored yet (deterministic ids, so
    // never twice) and retracts the stored ones it no longer produces (storage/conversionretraction.h).
    // Only the new conversions are built in full.
    static bool evaluateAndStore(
        QSqlDatabase db, const EventSnapshot &snapshot, const ConversionRule &rule, Run *run, QString *error);
    // The same, loading the workspace first.
    static bool evaluateAndStore(QSqlDatabase db, const ConversionRule &rule, Run *run, QString *error);

    // The after-store hook (storage/eventhooks.h): evaluates the enabled rules over the workspace
    // with the new events and makes their stored conversions exactly the result, as above. An event
    // that arrives late (earlier in time than stored ones) can so replace a conversion dedupe kept,
    // re-chain a sequence or change a customer field; the replaced conversions are retracted.
    // Keeps one snapshot per workspace file in memory between calls so that a batched import does
    // not reload the workspace per batch.
    static bool onEventsStored(QSqlDatabase db, const std::vector<Event> &events, QString *error);
    static void dropCachedSnapshots();

private:
    // evaluateAndStore limited to the conversions whose last step is at or after sinceMs (those
    // before are left as stored).
    static bool reconcile(QSqlDatabase db, const EventSnapshot &snapshot, const ConversionRule &rule,
        qint64 sinceMs, Run *run, QString *error);
};

} // namespace ConvStudio
