#pragma once

#include "domain/jsonsupport.h"

#include <QString>

namespace ConvStudio {

// The customer an event belongs to (rule-format.md, "Derived customer fields"): user.external_id,
// else the e-mail trimmed and lower-cased, else the phone reduced to its digits. Prefixed by kind
// ("x:", "e:", "p:") so that an external id never collides with a phone number. Empty: no customer.
QString customerKey(const Json &user);
// The same from the strings of user.external_id, user.email and user.phone (empty when absent).
QString customerKey(const QString &externalId, const QString &email, const QString &phone);

} // namespace ConvStudio
