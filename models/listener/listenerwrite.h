#pragma once

#include "domain/event.h"
#include "listener/postbackpresets.h"

#include <optional>
#include <vector>

namespace ConvStudio {

// One accepted request on its way to the workspace: what it brings (filled on the listener's
// thread) and what storing it did (filled by ListenerWriter on its thread, read back once the
// batch is committed). Never touched by two threads at once.
struct ListenerWrite
{
    // In: canonical events (/v1/events, webhooks), or the sale a postback describes.
    std::vector<Event> events;
    std::optional<Postback> postback;

    // Out.
    bool ok = false; // false: the batch could not be stored, nothing of it was kept
    QString error;
    int accepted = 0;
    int duplicates = 0;
    QString result; // postbacks: created, updated, reversed or unchanged
    QString saleStatus; // postbacks: the sale's status after this request
    QString firstName; // the first event's name and id, for the request log
    QString firstEventId;
};

} // namespace ConvStudio
