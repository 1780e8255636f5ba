#pragma once

#include "domain/eventkeys.h"
#include "domain/jsonsupport.h"
#include "domain/timeparse.h"

#include <QString>

#include <optional>
#include <string>

namespace ConvStudio {

// One canonical event (shared/spec/event-format.md): the indexed fields the store and the rules
// need, plus the whole object as captured (unknown top-level keys moved under "attributes").
// A value type: cheap enough to copy, safe to hand across threads.
struct Event
{
    qint64 rowId = 0; // the store's id, 0 before it is stored
    QString eventId;
    QString name;
    QString standardName; // empty for a custom event
    QString source;
    QString actionSource;
    EventTime time;
    std::optional<double> value;
    QString currency; // upper case ISO-4217, or empty
    QString orderId;
    QString status;
    QString customerKey; // see customerKey() in customer.h; empty when the event has no customer
    Json data; // the canonical object
    // data as the JSON text it was parsed from, when the parser left it unchanged (saves a dump
    // on insert); empty otherwise.
    std::string text;
    // Set by dropData(): the keys the store needs from data once data is gone.
    EventKeys keys;

    QString timeIso() const { return TimeParse::formatIso(time); }

    friend bool operator==(const Event &, const Event &) = default;

    // Keeps only what storing and the rules read: the JSON text (dumped when there is none) and the
    // identity keys, instead of the object tree. An ingestion pipeline calls it on the thread that
    // parsed the event, so the thread that stores it neither dumps nor frees the tree.
    void dropData()
    {
        if (data.is_null())
            return;
        if (text.empty())
            text = data.dump();
        keys = EventKeys::of(data);
        data = Json();
    }
};

} // namespace ConvStudio
