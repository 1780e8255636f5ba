#include "platforms/eventprefetch.h"

#include <algorithm>
#include <array>

namespace ConvStudio {

void prefetchEventTrees(const Conversion *begin, const Conversion *end, EventMembers *found)
{
    // One walk per object (the events' top level, then the objects among its members, and the first
    // objects of its lists), advanced one member per round, so that each round has a miss of every
    // walk in flight at once. Deeper objects are not read for every conversion: not walked.
    enum class Kind { Event, User, Other };
    struct Walk
    {
        Json::object_t::const_iterator member;
        Json::object_t::const_iterator end;
        Kind kind;
        EventMembers *found;
    };
    std::array<Walk, 64> walks;
    size_t walkCount = 0;
    std::array<const std::string *, 256> strings;
    size_t stringCount = 0;
    // The texts of the columns every builder reads (ids, names, currency, order): each QString's
    // characters are an allocation of their own.
    const auto prefetchText = [](const QString &text) {
        if (!text.isEmpty())
            __builtin_prefetch(text.constData());
    };
    for (const Conversion *c = begin; c != end; ++c, ++found) {
        *found = EventMembers();
        if (walkCount == walks.size())
            continue;
        prefetchText(c->conversionId);
        prefetchText(c->standardName);
        prefetchText(c->currency);
        if (c->events.empty())
            continue;
        const Event &primary = c->events.back();
        prefetchText(primary.eventId);
        prefetchText(primary.actionSource);
        prefetchText(primary.orderId);
        if (!primary.data.is_object())
            continue;
        const Json::object_t &object = c->events.back().data.get_ref<const Json::object_t &>();
        found->conversion = c;
        walks[walkCount++] = {object.begin(), object.end(), Kind::Event, found};
    }
    for (bool active = true; active;) {
        active = false;
        for (size_t i = 0; i < walkCount; ++i) {
            Walk &walk = walks[i];
            if (walk.member == walk.end)
                continue;
            active = true;
            const std::string &key = walk.member->first;
            const Json &value = walk.member->second;
            bool user = false;
            if (walk.kind == Kind::Event)
                user = walk.found->takeMember(key, value);
            else if (walk.kind == Kind::User)
                walk.found->takeUserField(key, value);
            if (value.is_string()) {
                if (stringCount < strings.size()) {
                    const std::string *s = &value.get_ref<const std::string &>();
                    __builtin_prefetch(s);
                    strings[stringCount++] = s;
                }
            } else if (walk.kind != Kind::Event) {
                // A nested object's own objects and lists: not walked.
            } else if (value.is_object()) {
                if (walkCount < walks.size()) {
                    const Json::object_t &object = value.get_ref<const Json::object_t &>();
                    walks[walkCount++]
                        = {object.begin(), object.end(), user ? Kind::User : Kind::Other, walk.found};
                } else if (user) {
                    walk.found->conversion = nullptr; // its user fields would be missing
                }
            } else if (value.is_array()) {
                // The objects of a list ("items"): each a walk of its own, among the first few.
                const Json::array_t &elements = value.get_ref<const Json::array_t &>();
                for (size_t e = 0; e < std::min<size_t>(elements.size(), 4) && walkCount < walks.size();
                     ++e) {
                    const Json &element = elements[e];
                    if (element.is_object()) {
                        const Json::object_t &object = element.get_ref<const Json::object_t &>();
                        walks[walkCount++] = {object.begin(), object.end(), Kind::Other, walk.found};
                    }
                }
            }
            ++walk.member;
        }
    }
    // The strings' own text, when it is not kept inside the string.
    for (size_t i = 0; i < stringCount; ++i)
        __builtin_prefetch(strings[i]->data());
}

} // namespace ConvStudio
