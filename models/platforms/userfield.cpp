#include "platforms/userfield.h"

#include <array>

namespace ConvStudio {

namespace {

constexpr std::array<std::string_view, size_t(UserField::Count)> userKeys {"email", "phone", "first_name",
    "last_name", "city", "state", "zip", "country", "gender", "date_of_birth", "external_id", "ip",
    "user_agent"};

} // namespace

std::string_view userFieldKey(UserField field)
{
    return field == UserField::Count ? std::string_view() : userKeys[size_t(field)];
}

} // namespace ConvStudio
