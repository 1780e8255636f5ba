#pragma once

#include "domain/event.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ConvStudio {

// A conversion: what a rule produced from one or more events (the last one completes it). The
// platform payload builders read it; the store keeps it with its deterministic id, so that
// re-evaluating a rule never duplicates a conversion.
struct Conversion
{
    QString conversionId; // deterministic: from the rule id and the matched event ids
    QString ruleId;
    QString ruleName;
    QString standardName; // the standard conversion it produces (Purchase, Lead …) or a custom name
    EventTime time; // the last step's time
    std::optional<double> value;
    QString currency;
    QString reason; // human words: "step 1: Purchase #1042, 129.95 USD; customer returning, 3rd order"
    QStringList platforms; // platform ids the rule names; empty means every connected platform
    std::vector<Event> events; // the matched events in step order; events.back() is the primary one

    const Event &primary() const { return events.back(); }
};

} // namespace ConvStudio
