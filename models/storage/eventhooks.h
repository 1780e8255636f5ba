#pragma once

#include "domain/event.h"

#include <QSqlDatabase>

#include <vector>

namespace ConvStudio {

// What happens after new events are committed, whatever brought them in (events add, a CSV import,
// the webhook listener): enabled rules are evaluated against them and their conversions stored.
// Every ingestion path calls this once per committed batch, on the connection that stored them.
// Events with rowId 0 (duplicates) are ignored. Returns false with *error on a storage error.
bool afterEventsStored(QSqlDatabase db, const std::vector<Event> &events, QString *error = nullptr);

} // namespace ConvStudio
