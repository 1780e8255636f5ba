#include "platforms/identityreader.h"

#include "platforms/adapterkit.h"
#include "platforms/isocodes.h"
#include "platforms/normalizationmemo.h"
#include "platforms/normalizerutf8.h"
#include "platforms/sha256.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr std::array<std::string_view, size_t(UserField::Count)> userKeys {"email", "phone", "first_name",
    "last_name", "city", "state", "zip", "country", "gender", "date_of_birth", "external_id", "ip",
    "user_agent"};

// "user.email" ... built once: every hashed or plain value records its canonical field.
const QString &canonicalField(UserField field)
{
    static const auto names = [] {
        std::array<QString, size_t(UserField::Count)> out;
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = u"user."_s + QString::fromLatin1(userKeys[i].data(), qsizetype(userKeys[i].size()));
        return out;
    }();
    return names[size_t(field)];
}

// 64 hex digits (either case): a value that already is a SHA-256 hash.
bool isSha256Hex(std::string_view s)
{
    if (s.size() != 64)
        return false;
    for (const char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

std::string asciiLower(std::string s)
{
    for (char &c : s) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return s;
}

} // namespace

IdentityReader::IdentityReader(const Conversion &conversion, const BuildContext &context, IdentityRules rules,
    QString platformName, ConversionResult &result)
    : m_conversion(conversion)
    , m_context(context)
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

void IdentityReader::readAll()
{
    // user.<key> of the primary event, else of the earlier steps: one pass over each event's user
    // object (keys in order) against the field keys in the same order.
    static const auto byKey = [] {
        std::array<UserField, size_t(UserField::Count)> fields {};
        for (size_t i = 0; i < fields.size(); ++i)
            fields[i] = UserField(i);
        std::sort(fields.begin(), fields.end(),
            [](UserField a, UserField b) { return userKeys[size_t(a)] < userKeys[size_t(b)]; });
        return fields;
    }();
    m_read = true;
    for (auto it = m_conversion.events.rbegin(); it != m_conversion.events.rend(); ++it) {
        const auto user = it->data.find("user");
        if (user == it->data.end() || !user->is_object())
            continue;
        const Json::object_t &object = user->get_ref<const Json::object_t &>();
        auto member = object.begin();
        size_t k = 0;
        while (member != object.end() && k < byKey.size()) {
            const UserField field = byKey[k];
            const int order = member->first.compare(userKeys[size_t(field)]);
            if (order < 0) {
                ++member;
                continue;
            }
            if (order == 0) {
                Slot &slot = m_slots[size_t(field)];
                if (slot.raw.empty())
                    slot.raw = AdapterKit::text(member->second);
                ++member;
            }
            ++k;
        }
    }
    for (Slot &slot : m_slots)
        slot.passedThrough = isSha256Hex(slot.raw);
}

IdentityReader::Slot &IdentityReader::read(UserField field)
{
    if (!m_read)
        readAll();
    return m_slots[size_t(field)];
}

QString IdentityReader::raw(UserField field)
{
    return QString::fromStdString(read(field).raw);
}

QString IdentityReader::countryAlpha2()
{
    if (!m_country)
        m_country = QString::fromStdString(normalizedUtf8(UserField::Country)).toUpper();
    return *m_country;
}

std::string IdentityReader::computeNormalized(UserField field, const std::string &rawValue)
{
    using namespace Normalizer;
    // Country, state and gender have few distinct values and cost table lookups: memoized for the
    // build, keyed by field, rule and country.
    auto memoized
        = [&](const std::string &context, const std::function<QString(const QString &)> &normalize) {
              return m_context.memo.value(std::string(1, char('a' + int(field))) + context + '|' + rawValue,
                  [&] { return normalize(QString::fromStdString(rawValue)).toStdString(); });
          };
    switch (field) {
    case UserField::Email:
        return emailUtf8(rawValue, m_rules.email);
    case UserField::Phone: {
        QString country = countryAlpha2();
        if (country.isEmpty())
            country = m_context.settings.defaultCountry;
        return phoneUtf8(rawValue, country, m_rules.phone);
    }
    case UserField::FirstName:
    case UserField::LastName:
        return nameUtf8(rawValue);
    case UserField::City:
        return cityUtf8(rawValue);
    case UserField::State: {
        const QString country = countryAlpha2();
        return memoized(
            country.toStdString(), [&](const QString &v) { return state(v, country, m_context.iso); });
    }
    case UserField::Zip:
        return zipUtf8(rawValue, countryAlpha2());
    case UserField::Country:
        return memoized({}, [&](const QString &v) { return country(v, m_context.iso); });
    case UserField::Gender:
        return memoized(m_rules.nonBinaryGender ? "n" : "b",
            [&](const QString &v) { return gender(v, m_rules.nonBinaryGender); });
    case UserField::DateOfBirth:
        return dateOfBirthUtf8(rawValue);
    case UserField::Ip:
        return ipAddressUtf8(rawValue);
    case UserField::ExternalId:
    case UserField::UserAgent:
        return rawValue; // trimmed already: sent as it is
    case UserField::Count:
        break;
    }
    return {};
}

const std::string &IdentityReader::normalizedUtf8(UserField field)
{
    Slot &slot = read(field);
    if (slot.normalized)
        return slot.value;
    slot.normalized = true;
    if (slot.raw.empty())
        return slot.value;
    if (slot.passedThrough) {
        // Already hashed: only hashed() can use it.
        slot.value = asciiLower(slot.raw);
        return slot.value;
    }
    std::string n = computeNormalized(field, slot.raw);
    if (n.empty()) {
        if (field == UserField::Phone && countryAlpha2().isEmpty()
            && m_context.settings.defaultCountry.isEmpty())
            m_result.warn(tr("%1: the phone number has no country code and no default country is set: "
                             "left out")
                              .arg(m_platform));
        else
            m_result.warn(
                tr("%1: the %2 could not be normalized: left out").arg(m_platform, fieldLabel(field)));
    }
    slot.value = std::move(n);
    return slot.value;
}

void IdentityReader::record(
    UserField field, const char *platformKey, const Slot &slot, QString sent, bool hashed)
{
    if (!m_context.options.recordHashed)
        return;
    HashedValue record;
    record.field = canonicalField(field);
    record.key = QString::fromLatin1(platformKey);
    record.raw = QString::fromStdString(slot.raw);
    record.normalized = QString::fromStdString(slot.value);
    record.sent = std::move(sent);
    record.hashed = hashed;
    record.passedThrough = hashed && slot.passedThrough;
    m_result.hashed.push_back(std::move(record));
}

std::string_view IdentityReader::hashedHex(UserField field, const char *platformKey)
{
    const std::string &n = normalizedUtf8(field);
    if (n.empty())
        return {};
    Slot &slot = m_slots[size_t(field)];
    if (!slot.hashed) {
        slot.hashed = true;
        if (slot.passedThrough)
            std::copy(n.begin(), n.end(), slot.hex.begin());
        else
            Sha256::hexTo(QByteArrayView(n.data(), qsizetype(n.size())), slot.hex.data());
    }
    const std::string_view hex(slot.hex.data(), slot.hex.size());
    if (m_context.options.recordHashed)
        record(field, platformKey, slot, QString::fromLatin1(hex.data(), qsizetype(hex.size())), true);
    return hex;
}

QString IdentityReader::hashed(UserField field, const char *platformKey)
{
    const std::string_view hex = hashedHex(field, platformKey);
    return QString::fromLatin1(hex.data(), qsizetype(hex.size()));
}

std::string IdentityReader::plainUtf8(UserField field, const char *platformKey)
{
    const Slot &slot = read(field);
    if (slot.raw.empty())
        return {};
    if (slot.passedThrough) {
        m_result.warn(tr("%1: the %2 is already hashed, but %1 takes it in clear: left out")
                          .arg(m_platform, fieldLabel(field)));
        return {};
    }
    const std::string &n = normalizedUtf8(field);
    if (n.empty())
        return {};
    if (m_context.options.recordHashed)
        record(field, platformKey, slot, QString::fromStdString(n), false);
    return n;
}

} // namespace ConvStudio
