#include "platforms/identityreader.h"

#include "platforms/adapterkit.h"
#include "platforms/isocodes.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr std::array<const char *, size_t(UserField::Count)> userKeys {"email", "phone", "first_name",
    "last_name", "city", "state", "zip", "country", "gender", "date_of_birth", "external_id", "ip",
    "user_agent"};

// "user.email" ... built once: every hashed or plain value records its canonical field.
const QString &canonicalField(UserField field)
{
    static const auto names = [] {
        std::array<QString, size_t(UserField::Count)> out;
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = u"user."_s + QString::fromLatin1(userKeys[i]);
        return out;
    }();
    return names[size_t(field)];
}

} // namespace

IdentityReader::IdentityReader(const Conversion &conversion, const ConnectionSettings &settings,
    const IsoCodes &iso, IdentityRules rules, QString platformName, ConversionResult &result)
    : m_conversion(conversion)
    , m_settings(settings)
    , m_iso(iso)
    , m_rules(rules)
    , m_platform(std::move(platformName))
    , m_result(result)
{
}

QString IdentityReader::fieldLabel(UserField field)
{
    switch (field) {
    case UserField::Email:
        return tr("e-mail address");
    case UserField::Phone:
        return tr("phone number");
    case UserField::FirstName:
        return tr("first name");
    case UserField::LastName:
        return tr("last name");
    case UserField::City:
        return tr("city");
    case UserField::State:
        return tr("state");
    case UserField::Zip:
        return tr("postal code");
    case UserField::Country:
        return tr("country");
    case UserField::Gender:
        return tr("gender");
    case UserField::DateOfBirth:
        return tr("date of birth");
    case UserField::ExternalId:
        return tr("external id");
    case UserField::Ip:
        return tr("IP address");
    case UserField::UserAgent:
        return tr("user agent");
    case UserField::Count:
        break;
    }
    return {};
}

QString IdentityReader::raw(UserField field) const
{
    return AdapterKit::userValue(m_conversion, userKeys[size_t(field)]);
}

QString IdentityReader::countryAlpha2()
{
    return normalized(UserField::Country).toUpper();
}

QString IdentityReader::computeNormalized(UserField field, const QString &value)
{
    using namespace Normalizer;
    switch (field) {
    case UserField::Email:
        return email(value, m_rules.email);
    case UserField::Phone: {
        QString country = countryAlpha2();
        if (country.isEmpty())
            country = m_settings.defaultCountry;
        return phone(value, country, m_rules.phone);
    }
    case UserField::FirstName:
    case UserField::LastName:
        return name(value);
    case UserField::City:
        return city(value);
    case UserField::State:
        return state(value, countryAlpha2(), m_iso);
    case UserField::Zip:
        return zip(value, countryAlpha2());
    case UserField::Country:
        return country(value, m_iso);
    case UserField::Gender:
        return gender(value, m_rules.nonBinaryGender);
    case UserField::DateOfBirth:
        return dateOfBirth(value);
    case UserField::ExternalId:
        return externalId(value);
    case UserField::Ip:
        return ipAddress(value);
    case UserField::UserAgent:
        return value.trimmed();
    case UserField::Count:
        break;
    }
    return {};
}

QString IdentityReader::normalized(UserField field)
{
    auto &slot = m_normalized[size_t(field)];
    if (slot)
        return *slot;
    const QString value = raw(field);
    slot = QString();
    if (value.trimmed().isEmpty())
        return {};
    if (Normalizer::isSha256Hex(value.trimmed())) {
        // Already hashed: only hashed() can use it.
        slot = value.trimmed().toLower();
        return *slot;
    }
    const QString n = computeNormalized(field, value);
    if (n.isEmpty()) {
        if (field == UserField::Phone && countryAlpha2().isEmpty() && m_settings.defaultCountry.isEmpty())
            m_result.warn(tr("%1: the phone number has no country code and no default country is set: "
                             "left out")
                              .arg(m_platform));
        else
            m_result.warn(
                tr("%1: the %2 could not be normalized: left out").arg(m_platform, fieldLabel(field)));
    }
    slot = n;
    return n;
}

QString IdentityReader::hashed(UserField field, const char *platformKey)
{
    const QString n = normalized(field);
    if (n.isEmpty())
        return {};
    const QString value = raw(field).trimmed();
    HashedValue record;
    record.field = canonicalField(field);
    record.key = QString::fromLatin1(platformKey);
    record.raw = value;
    if (Normalizer::isSha256Hex(value)) {
        record.passedThrough = true;
        record.normalized = n;
        record.sent = n;
    } else {
        record.normalized = n;
        record.sent = Normalizer::sha256Hex(n);
    }
    QString sent = record.sent;
    m_result.hashed.push_back(std::move(record));
    return sent;
}

QString IdentityReader::plain(UserField field, const char *platformKey)
{
    const QString value = raw(field).trimmed();
    if (value.isEmpty())
        return {};
    if (Normalizer::isSha256Hex(value)) {
        m_result.warn(tr("%1: the %2 is already hashed, but %1 takes it in clear: left out")
                          .arg(m_platform, fieldLabel(field)));
        return {};
    }
    const QString n = normalized(field);
    if (n.isEmpty())
        return {};
    HashedValue record;
    record.field = canonicalField(field);
    record.key = QString::fromLatin1(platformKey);
    record.raw = value;
    record.normalized = n;
    record.sent = n;
    record.hashed = false;
    m_result.hashed.push_back(std::move(record));
    return n;
}

} // namespace ConvStudio
