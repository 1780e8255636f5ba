#include "domain/eventkeys.h"

namespace ConvStudio {

EventKeys EventKeys::of(const Json &data)
{
    EventKeys keys;
    if (!data.is_object())
        return keys;
    if (auto user = data.find("user"); user != data.end() && user->is_object()) {
        keys.email = jsonString(*user, "email").trimmed().toLower();
        keys.phone = jsonString(*user, "phone");
        keys.externalId = jsonString(*user, "external_id");
    }
    if (auto clicks = data.find("click_ids"); clicks != data.end() && clicks->is_object()) {
        for (const char *key : {"clickid", "gclid", "fbclid", "ttclid", "msclkid", "gbraid", "wbraid"}) {
            keys.clickId = jsonString(*clicks, key);
            if (!keys.clickId.isEmpty())
                break;
        }
    }
    return keys;
}

} // namespace ConvStudio
