#include "domain/eventkeys.h"

namespace ConvStudio {

EventKeys EventKeys::of(const Json &data)
{
    EventKeys keys;
    if (!data.is_object())
        return keys;
    if (auto user = data.find("user"); user != data.end() && user->is_object()) {
        keys.email = normalEmail(jsonString(*user, "email"));
        keys.phone = jsonString(*user, "phone");
        keys.externalId = jsonString(*user, "external_id");
    }
    if (auto clicks = data.find("click_ids"); clicks != data.end() && clicks->is_object()) {
        for (const std::string_view key : ClickIdKeys) {
            keys.clickId = jsonString(*clicks, key.data());
            if (!keys.clickId.isEmpty())
                break;
        }
    }
    return keys;
}

} // namespace ConvStudio
