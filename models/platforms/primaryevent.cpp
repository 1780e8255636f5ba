#include "platforms/primaryevent.h"

#include "platforms/adapterkit.h"

#include <cstring>

namespace ConvStudio {

PrimaryEvent::PrimaryEvent(const Conversion &conversion, const EventMembers *found)
    : m_conversion(conversion)
{
    if (found && found->isFor(conversion)) {
        m_members = *found;
        return;
    }
    if (conversion.events.empty() || !conversion.primary().data.is_object())
        return;
    for (const auto &[key, value] : conversion.primary().data.get_ref<const Json::object_t &>())
        m_members.takeMember(key, value);
}

std::string_view PrimaryEvent::stringView(std::string_view key, std::string &storage) const
{
    const Json *member = nullptr;
    if (key == "page_url")
        member = m_members.pageUrl;
    else if (key == "referrer_url")
        member = m_members.referrerUrl;
    else if (key == "search_query")
        member = m_members.searchQuery;
    else
        return storage = AdapterKit::eventStringUtf8(m_conversion, std::string(key).c_str());
    return member ? AdapterKit::textView(*member, storage) : std::string_view();
}

std::string_view PrimaryEvent::clickIdView(std::string_view key, std::string &storage) const
{
    if (m_members.clickIds && m_members.clickIds->is_object()) {
        // A handful of members: passed over by length, compared only when the length is the key's.
        for (const auto &[name, value] : m_members.clickIds->get_ref<const Json::object_t &>()) {
            if (name.size() != key.size() || std::memcmp(name.data(), key.data(), key.size()) != 0)
                continue;
            const std::string_view s = AdapterKit::textView(value, storage);
            if (!s.empty())
                return s;
            break;
        }
    }
    if (m_conversion.events.size() < 2)
        return {};
    return storage = AdapterKit::clickIdUtf8(m_conversion, std::string(key).c_str()); // the earlier steps
}

const Json &PrimaryEvent::items() const
{
    return AdapterKit::items(m_members.items);
}

bool PrimaryEvent::limitedDataUse() const
{
    return m_members.consent && AdapterKit::limitedDataUse(*m_members.consent);
}

} // namespace ConvStudio
