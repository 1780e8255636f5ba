#pragma once

#include "domain/conversion.h"
#include "platforms/eventmembers.h"

#include <cstddef>

namespace ConvStudio {

/**
 * Brings the JSON trees of a few conversions' primary events (their members, nested objects such as
 * "user" and "click_ids", the first objects of lists such as "items", and their strings) and the
 * texts of their columns (ids, names, currency, order) into the cache before the builders read them. A parsed
 * event is a tree of std::map nodes and separately allocated strings: read one conversion after the
 * other, every node is a cache miss waiting on the one before. Walking several trees in lockstep
 * lets those misses overlap. Reads only.
 *
 * found (end - begin entries) gets what the walk passed over of each primary event (EventMembers);
 * an entry whose walk could not be completed is left with no conversion, and is then read as before.
 */
void prefetchEventTrees(const Conversion *begin, const Conversion *end, EventMembers *found);

} // namespace ConvStudio
