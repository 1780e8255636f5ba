#pragma once

#include "domain/conversion.h"
#include "rules/conversionrule.h"
#include "rules/eventsnapshot.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace ConvStudio {

// The matches of one rule over a snapshot: for each conversion, the snapshot indexes of its events
// in step order (stride = the number of steps), in time order of the last step, after dedupe.
struct RuleMatches
{
    int stride = 1;
    std::vector<int32_t> events;
    bool cancelled = false;

    qint64 count() const { return qint64(events.size()) / stride; }
    int primary(qint64 match) const { return events[size_t(match * stride + stride - 1)]; }
    int at(qint64 match, int step) const { return events[size_t(match * stride + step)]; }
};

// Evaluates conversion rules over an EventSnapshot exactly as rule-format.md says. Pure; one
// evaluator may be used from one thread at a time, any number of evaluators may share a snapshot.
class RuleEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RuleEvaluator)
public:
    explicit RuleEvaluator(const EventSnapshot &snapshot);
    ~RuleEvaluator();

    // Every conversion the rule produces over the whole snapshot. A set *cancel stops early (the
    // result then has cancelled = true).
    RuleMatches evaluate(const ConversionRule &rule, const std::atomic<bool> *cancel = nullptr) const;
    // Does event i satisfy the match tree of one step (no sequence, no dedupe)?
    bool matchesStep(const ConversionRule &rule, int step, int i) const;

    // The conversion of one match: deterministic id, events, time, value, currency, reason.
    Conversion conversion(const ConversionRule &rule, const RuleMatches &matches, qint64 match) const;
    static QString conversionId(const QString &ruleId, const std::vector<Event> &events);
    // The same id as conversion(rule, matches, match).conversionId, without building the rest.
    QString conversionId(const ConversionRule &rule, const RuleMatches &matches, qint64 match) const;

    // Why event i does (or does not) produce a conversion of the rule, in words.
    struct Explanation
    {
        bool matches = false;
        QString text;
    };
    Explanation explain(const ConversionRule &rule, int i) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> compile(const ConversionRule &rule) const;
    QString reason(const ConversionRule &rule, const RuleMatches &matches, qint64 match) const;

    const EventSnapshot &m_snapshot;
};

} // namespace ConvStudio
