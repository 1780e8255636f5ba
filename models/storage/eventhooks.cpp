#include "storage/eventhooks.h"

#include "storage/ruleservice.h"

namespace ConvStudio {

bool afterEventsStored(QSqlDatabase db, const std::vector<Event> &events, QString *error)
{
    // New events are evaluated against the enabled rules; their conversions are stored.
    return RuleService::onEventsStored(db, events, error);
}

} // namespace ConvStudio
