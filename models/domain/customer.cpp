#include "domain/customer.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

QString customerKey(const Json &user)
{
    if (!user.is_object())
        return {};
    return customerKey(jsonString(user, "external_id"), jsonString(user, "email"), jsonString(user, "phone"));
}

QString customerKey(const QString &externalId, const QString &email, const QString &phone)
{
    const QString external = externalId.trimmed();
    if (!external.isEmpty())
        return u"x:"_s + external;
    const QString normalEmail = email.trimmed().toLower();
    if (!normalEmail.isEmpty())
        return u"e:"_s + normalEmail;
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
