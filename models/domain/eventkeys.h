#pragma once

#include "domain/jsonsupport.h"

#include <QString>

namespace ConvStudio {

// The identity keys of an event that the store keeps in indexed columns: user.email (trimmed,
// lower case), user.phone, user.external_id and the first click id found.
struct EventKeys
{
    QString email;
    QString phone;
    QString externalId;
    QString clickId;

    // From the canonical object (Event::data).
    static EventKeys of(const Json &data);
};

} // namespace ConvStudio
