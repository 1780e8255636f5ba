#include "storage/eventhooks.h"

namespace ConvStudio {

bool afterEventsStored(QSqlDatabase db, const std::vector<Event> &events, QString *error)
{
    // Rule evaluation hooks in here (issue 4).
    Q_UNUSED(db)
    Q_UNUSED(events)
    Q_UNUSED(error)
    return true;
}

} // namespace ConvStudio
