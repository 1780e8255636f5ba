#pragma once

#include "domain/conversion.h"
#include "platforms/eventmembers.h"

#include <string>
#include <string_view>

namespace ConvStudio {

/**
 * The members of a conversion's primary event that a builder reads for every conversion (click ids,
 * consent, items, page and referrer URL, search query), found in one pass over the event's object
 * (EventMembers) instead of one map look-up each. Reads what the AdapterKit functions of the same names read,
 * with the same results. Valid as long as the conversion.
 */
class PrimaryEvent
{
public:
    // found: the members when they were found ahead for this conversion (BuildContext::members),
    // else the event is walked here.
    explicit PrimaryEvent(const Conversion &conversion, const EventMembers *found = nullptr);

    // As AdapterKit::eventStringUtf8() for "page_url", "referrer_url" and "search_query" (any other
    // key is looked up), read in place when the value needs no trimming or conversion, else
    // written to storage; valid as long as the conversion and storage.
    std::string_view stringView(std::string_view key, std::string &storage) const;
    // As AdapterKit::clickIdUtf8(): the primary event's click_ids.<key>, else the earlier steps',
    // read in place as stringView() reads.
    std::string_view clickIdView(std::string_view key, std::string &storage) const;
    // As AdapterKit::items() and AdapterKit::limitedDataUse().
    const Json &items() const;
    bool limitedDataUse() const;

private:
    const Conversion &m_conversion;
    EventMembers m_members; // the user fields are not read here
};

} // namespace ConvStudio
