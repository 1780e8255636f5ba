#pragma once

#include "domain/conversion.h"
#include "platforms/memberkey.h"
#include "platforms/userfield.h"

#include <array>
#include <string>

namespace ConvStudio {

/**
 * The members of a conversion's primary event that builders read for every conversion (click ids,
 * consent, items, page and referrer URL, search query, and each field of the user object), found in
 * one pass over the event's tree instead of one map look-up each: by PrimaryEvent, or ahead of the
 * build by prefetchEventTrees(), whose walk visits every member anyway. Pointers into the
 * conversion, valid as long as it.
 */
struct EventMembers
{
    const Conversion *conversion = nullptr; // whose primary event was walked; nullptr: none was
    const Json *clickIds = nullptr;
    const Json *consent = nullptr;
    const Json *items = nullptr;
    const Json *pageUrl = nullptr;
    const Json *referrerUrl = nullptr;
    const Json *searchQuery = nullptr;
    const Json *user = nullptr;
    std::array<const Json *, size_t(UserField::Count)> userFields {}; // of user, when an object

    // Notes a member of the event's object, and returns true for "user" (any other member is
    // passed over).
    bool takeMember(const std::string &key, const Json &value);
    // Notes a member of the user object.
    void takeUserField(const std::string &key, const Json &value);
    // The whole primary event of c, user fields included, was walked into these.
    bool isFor(const Conversion &c) const { return conversion == &c; }
};

// Inline: called for every member the build walks.
inline bool EventMembers::takeMember(const std::string &key, const Json &value)
{
    // By length first: most members are none of these, and are passed over without a compare.
    switch (key.size()) {
    case 4:
        if (keyIs(key, "user")) {
            user = &value;
            return true;
        }
        break;
    case 5:
        if (keyIs(key, "items"))
            items = &value;
        break;
    case 7:
        if (keyIs(key, "consent"))
            consent = &value;
        break;
    case 8:
        if (keyIs(key, "page_url"))
            pageUrl = &value;
        break;
    case 9:
        if (keyIs(key, "click_ids"))
            clickIds = &value;
        break;
    case 12:
        if (keyIs(key, "referrer_url"))
            referrerUrl = &value;
        else if (keyIs(key, "search_query"))
            searchQuery = &value;
        break;
    default:
        break;
    }
    return false;
}

inline void EventMembers::takeUserField(const std::string &key, const Json &value)
{
    const UserField field = userFieldOfKey(key);
    if (field != UserField::Count)
        userFields[size_t(field)] = &value;
}

} // namespace ConvStudio
