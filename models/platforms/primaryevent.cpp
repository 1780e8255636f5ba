#include "platforms/primaryevent.h"

#include "platforms/adapterkit.h"

namespace ConvStudio {

PrimaryEvent::PrimaryEvent(const Conversion &conversion)
    : m_conversion(conversion)
{
    if (conversion.events.empty() || !conversion.primary().data.is_object())
        return;
    for (const auto &[key, value] : conversion.primary().data.get_ref<const Json::object_t &>()) {
        // By length first: most members are none of these, and are passed over without a compare.
        using AdapterKit::keyIs;
        switch (key.size()) {
        case 5:
            if (keyIs(key, "items"))
                m_items = &value;
            break;
        case 7:
            if (keyIs(key, "consent"))
                m_consent = &value;
            break;
        case 8:
            if (keyIs(key, "page_url"))
                m_pageUrl = &value;
            break;
        case 9:
            if (keyIs(key, "click_ids"))
                m_clickIds = &value;
            break;
        case 12:
            if (keyIs(key, "referrer_url"))
                m_referrerUrl = &value;
            else if (keyIs(key, "search_query"))
                m_searchQuery = &value;
            break;
        default:
            break;
        }
    }
}

std::string_view PrimaryEvent::stringView(std::string_view key, std::string &storage) const
{
    const Json *member = nullptr;
    if (key == "page_url")
        member = m_pageUrl;
    else if (key == "referrer_url")
        member = m_referrerUrl;
    else if (key == "search_query")
        member = m_searchQuery;
    else
        return storage = AdapterKit::eventStringUtf8(m_conversion, std::string(key).c_str());
    return member ? AdapterKit::textView(*member, storage) : std::string_view();
}

std::string_view PrimaryEvent::clickIdView(std::string_view key, std::string &storage) const
{
    if (m_clickIds && m_clickIds->is_object()) {
        if (const auto v = m_clickIds->find(key); v != m_clickIds->end()) {
            const std::string_view s = AdapterKit::textView(*v, storage);
            if (!s.empty())
                return s;
        }
    }
    if (m_conversion.events.size() < 2)
        return {};
    return storage = AdapterKit::clickIdUtf8(m_conversion, std::string(key).c_str()); // the earlier steps
}

std::string PrimaryEvent::clickId(std::string_view key) const
{
    std::string storage;
    return AdapterKit::ownedText(clickIdView(key, storage), storage);
}

const Json &PrimaryEvent::items() const
{
    return AdapterKit::items(m_items);
}

bool PrimaryEvent::limitedDataUse() const
{
    return m_consent && AdapterKit::limitedDataUse(*m_consent);
}

} // namespace ConvStudio
