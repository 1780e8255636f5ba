#pragma once

#include "domain/jsonsupport.h"

#include <QString>

#include <array>
#include <string_view>

namespace ConvStudio {

// The identity keys of an event that the store keeps in indexed columns: user.email (trimmed,
// lower case), user.phone, user.external_id and the first click id found.
struct EventKeys
{
    QString email;
    QString phone;
    QString externalId;
    QString clickId;

    // The click id keys, in the order the first non-empty one is taken.
    static constexpr std::array<std::string_view, 7> ClickIdKeys {
        "clickid", "gclid", "fbclid", "ttclid", "msclkid", "gbraid", "wbraid"};

    // From the canonical object (Event::data).
    static EventKeys of(const Json &data);
    // The stored form of user.email as written.
    static QString normalEmail(const QString &email) { return email.trimmed().toLower(); }

    friend bool operator==(const EventKeys &, const EventKeys &) = default;
};

} // namespace ConvStudio
