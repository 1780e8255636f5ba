#pragma once

#include "platforms/memberkey.h"

#include <string>
#include <string_view>

namespace ConvStudio {

// The identity fields of a canonical event's user object (event-format.md), as the builders read,
// normalize and hash them.
enum class UserField {
    Email,
    Phone,
    FirstName,
    LastName,
    City,
    State,
    Zip,
    Country,
    Gender,
    DateOfBirth,
    ExternalId,
    Ip,
    UserAgent,
    Count
};

// The user object's key of field ("email", "first_name" …).
std::string_view userFieldKey(UserField field);
// The field a user object's member holds, or UserField::Count (inline: read for every member of
// every conversion's user object).
inline UserField userFieldOfKey(const std::string &key)
{
    // By the key's length (and first letter), then one compare.
    switch (key.size()) {
    case 2:
        return keyIs(key, "ip") ? UserField::Ip : UserField::Count;
    case 3:
        return keyIs(key, "zip") ? UserField::Zip : UserField::Count;
    case 4:
        return keyIs(key, "city") ? UserField::City : UserField::Count;
    case 5:
        if (keyIs(key, "email"))
            return UserField::Email;
        if (keyIs(key, "phone"))
            return UserField::Phone;
        return keyIs(key, "state") ? UserField::State : UserField::Count;
    case 6:
        return keyIs(key, "gender") ? UserField::Gender : UserField::Count;
    case 7:
        return keyIs(key, "country") ? UserField::Country : UserField::Count;
    case 9:
        return keyIs(key, "last_name") ? UserField::LastName : UserField::Count;
    case 10:
        if (keyIs(key, "first_name"))
            return UserField::FirstName;
        return keyIs(key, "user_agent") ? UserField::UserAgent : UserField::Count;
    case 11:
        return keyIs(key, "external_id") ? UserField::ExternalId : UserField::Count;
    case 13:
        return keyIs(key, "date_of_birth") ? UserField::DateOfBirth : UserField::Count;
    default:
        return UserField::Count;
    }
}

} // namespace ConvStudio
