#include "domain/customer.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

QString customerKey(const Json &user)
{
    if (!user.is_object())
        return {};
    const QString external = jsonString(user, "external_id").trimmed();
    if (!external.isEmpty())
        return u"x:"_s + external;
    const QString email = jsonString(user, "email").trimmed().toLower();
    if (!email.isEmpty())
        return u"e:"_s + email;
    const QString phone = jsonString(user, "phone");
    QString digitsOnly;
    digitsOnly.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit())
            digitsOnly.append(c);
    }
    if (!digitsOnly.isEmpty())
        return u"p:"_s + digitsOnly;
    return {};
}

} // namespace ConvStudio
