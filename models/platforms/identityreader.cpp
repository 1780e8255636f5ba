#include "platforms/identityreader.h"

#include "domain/jsontext.h"
#include "platforms/adapterkit.h"
#include "platforms/eventmembers.h"
#include "platforms/isocodes.h"
#include "platforms/normalizationmemo.h"
#include "platforms/normalizerutf8.h"
#include "platforms/sha256.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

// "user.email" ... built once: every hashed or plain value records its canonical field.
const QString &canonicalField(UserField field)
{
    static const auto names = [] {
        std::array<QString, size_t(UserField::Count)> out;
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = u"user."_s + QString::fromLatin1(userFieldKey(UserField(i)));
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

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

} // namespace

IdentityReader::IdentityReader(
    const Conversion &conversion, const BuildContext &context, IdentityRules rules, ConversionResult &result)
    : m_conversion(conversion)
    , m_context(context)
    , m_rules(rules)
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
    // user.<key> of the primary event, else of the earlier steps.
    m_read = true;
    auto it = m_conversion.events.rbegin();
    if (m_context.members && m_context.members->isFor(m_conversion)) {
        // The primary event's user fields, found ahead by the build.
        const EventMembers &found = *m_context.members;
        if (found.user && found.user->is_object()) {
            for (size_t f = 0; f < m_slots.size(); ++f) {
                if (const Json *value = found.userFields[f])
                    m_slots[f].raw = AdapterKit::textView(*value, m_slots[f].rawCopy);
            }
        }
        ++it;
    }
    for (; it != m_conversion.events.rend(); ++it) {
        const auto user = it->data.find("user");
        if (user == it->data.end() || !user->is_object())
            continue;
        for (const auto &[key, value] : user->get_ref<const Json::object_t &>()) {
            const UserField field = userFieldOfKey(key);
            if (field == UserField::Count)
                continue;
            Slot &slot = m_slots[size_t(field)];
            if (slot.raw.empty())
                slot.raw = AdapterKit::textView(value, slot.rawCopy);
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
    const std::string_view raw = read(field).raw;
    return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
}

const std::string &IdentityReader::countryUpper()
{
    if (!m_country) {
        std::string upper(normalizedUtf8(UserField::Country));
        for (char &c : upper) {
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
        }
        m_country = std::move(upper);
    }
    return *m_country;
}

QString IdentityReader::countryAlpha2()
{
    return QString::fromStdString(countryUpper());
}

template<typename Normalize>
void IdentityReader::normalizeMemoized(
    UserField field, std::string_view context, Slot &slot, Normalize normalizeValue)
{
    // Key: the field, the rule or country it depends on, and the raw text. Long values are not
    // the few-distinct kind this is for: computed directly.
    char buffer[96];
    const size_t size = 2 + context.size() + slot.raw.size();
    if (size > sizeof buffer) {
        slot.valueCopy = normalizeValue(slot.raw);
        slot.value = slot.valueCopy;
        return;
    }
    buffer[0] = char('a' + int(field));
    std::copy(context.begin(), context.end(), buffer + 1);
    buffer[1 + context.size()] = '|';
    std::copy(slot.raw.begin(), slot.raw.end(), buffer + 2 + context.size());
    const std::string_view key(buffer, size);
    slot.memo = m_context.memo.find(key);
    if (!slot.memo)
        slot.memo = m_context.memo.insert(key, normalizeValue(slot.raw));
    if (slot.memo) {
        slot.value = slot.memo->value;
    } else {
        slot.valueCopy = normalizeValue(slot.raw);
        slot.value = slot.valueCopy;
    }
}

void IdentityReader::normalize(UserField field, Slot &slot)
{
    using namespace Normalizer;
    auto viaQString = [](std::string_view raw, auto normalizeText) {
        return normalizeText(QString::fromUtf8(raw.data(), qsizetype(raw.size()))).toStdString();
    };
    auto set = [&slot](std::string value) {
        slot.valueCopy = std::move(value);
        slot.value = slot.valueCopy;
    };
    const std::string_view raw = slot.raw;
    switch (field) {
    case UserField::Email:
        return set(emailUtf8(raw, m_rules.email));
    case UserField::Phone: {
        const std::string &country = countryUpper();
        if (!country.empty())
            return set(phoneUtf8(raw, country, m_rules.phone));
        return set(phoneUtf8(raw, m_context.settings.defaultCountry.toStdString(), m_rules.phone));
    }
    case UserField::FirstName:
    case UserField::LastName:
    case UserField::City: {
        // ASCII is cheap to normalize; other text goes through QString's Unicode rules, and the
        // same few names and cities ("Zürich") come back throughout a batch: memoized.
        const auto normalizeText = field == UserField::City ? cityUtf8 : nameUtf8;
        if (isAscii(raw))
            return set(normalizeText(raw));
        return normalizeMemoized(field, {}, slot, normalizeText);
    }
    case UserField::State: {
        const std::string country = countryUpper();
        return normalizeMemoized(field, country, slot, [&](std::string_view v) {
            return viaQString(v, [&](const QString &text) {
                return state(text, QString::fromStdString(country), m_context.iso);
            });
        });
    }
    case UserField::Zip:
        return set(zipUtf8(raw, countryUpper()));
    case UserField::Country:
        return normalizeMemoized(field, {}, slot, [&](std::string_view v) {
            return viaQString(v, [&](const QString &text) { return country(text, m_context.iso); });
        });
    case UserField::Gender:
        return normalizeMemoized(field, m_rules.nonBinaryGender ? "n" : "b", slot, [&](std::string_view v) {
            return viaQString(v, [&](const QString &text) { return gender(text, m_rules.nonBinaryGender); });
        });
    case UserField::DateOfBirth:
        return set(dateOfBirthUtf8(raw));
    case UserField::Ip:
        return set(ipAddressUtf8(raw));
    case UserField::ExternalId:
    case UserField::UserAgent:
        slot.value = raw; // trimmed already: sent as it is
        return;
    case UserField::Count:
        break;
    }
}

std::string_view IdentityReader::normalizedUtf8(UserField field)
{
    Slot &slot = read(field);
    if (slot.normalized)
        return slot.value;
    slot.normalized = true;
    if (slot.raw.empty())
        return slot.value;
    if (slot.passedThrough) {
        // Already hashed: only hashed() can use it.
        slot.valueCopy = asciiLower(slot.raw);
        slot.value = slot.valueCopy;
        return slot.value;
    }
    normalize(field, slot);
    if (slot.value.empty()) {
        if (field == UserField::Phone && countryUpper().empty()
            && m_context.settings.defaultCountry.isEmpty())
            m_result.warn(tr("%1: the phone number has no country code and no default country is set: "
                             "left out")
                              .arg(m_context.adapter.displayName()));
        else
            m_result.warn(tr("%1: the %2 could not be normalized: left out")
                              .arg(m_context.adapter.displayName(), fieldLabel(field)));
    }
    return slot.value;
}

QString IdentityReader::normalized(UserField field)
{
    const std::string_view value = normalizedUtf8(field);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

void IdentityReader::record(
    UserField field, const char *platformKey, const Slot &slot, QString sent, bool hashed)
{
    if (!m_context.options.recordHashed)
        return;
    HashedValue record;
    record.field = canonicalField(field);
    record.key = QString::fromLatin1(platformKey);
    record.raw = QString::fromUtf8(slot.raw.data(), qsizetype(slot.raw.size()));
    record.normalized = QString::fromUtf8(slot.value.data(), qsizetype(slot.value.size()));
    record.sent = std::move(sent);
    record.hashed = hashed;
    record.passedThrough = hashed && slot.passedThrough;
    m_result.hashed.push_back(std::move(record));
}

void IdentityReader::hash(Slot &slot)
{
    slot.hashed = true;
    const std::string_view n = slot.value;
    if (slot.passedThrough) {
        std::copy(n.begin(), n.end(), slot.hex.begin());
    } else if (slot.memo) {
        // A memoized value (country, state, gender …): hashed once per build.
        if (!slot.memo->hashed) {
            Sha256::hexTo(QByteArrayView(n.data(), qsizetype(n.size())), slot.memo->hex.data());
            slot.memo->hashed = true;
        }
        slot.hex = slot.memo->hex;
    } else {
        Sha256::hexTo(QByteArrayView(n.data(), qsizetype(n.size())), slot.hex.data());
    }
}

void IdentityReader::hashAll(std::initializer_list<UserField> fields)
{
    // The values hashed here (not passed through, not memoized) go two at a time.
    Slot *pending = nullptr;
    for (const UserField field : fields) {
        if (normalizedUtf8(field).empty())
            continue;
        Slot &slot = m_slots[size_t(field)];
        if (slot.hashed || &slot == pending)
            continue;
        if (slot.passedThrough || slot.memo) {
            hash(slot);
        } else if (!pending) {
            pending = &slot;
        } else {
            Sha256::hexTo2(QByteArrayView(pending->value.data(), qsizetype(pending->value.size())),
                pending->hex.data(), QByteArrayView(slot.value.data(), qsizetype(slot.value.size())),
                slot.hex.data());
            pending->hashed = slot.hashed = true;
            pending = nullptr;
        }
    }
    if (pending)
        hash(*pending);
}

std::string_view IdentityReader::hashedHex(UserField field, const char *platformKey)
{
    const std::string_view n = normalizedUtf8(field);
    if (n.empty())
        return {};
    Slot &slot = m_slots[size_t(field)];
    if (!slot.hashed)
        hash(slot);
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

QString IdentityReader::plain(UserField field, const char *platformKey)
{
    const std::string_view value = plainUtf8(field, platformKey);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

std::string_view IdentityReader::plainUtf8(UserField field, const char *platformKey)
{
    const Slot &slot = read(field);
    if (slot.raw.empty())
        return {};
    if (slot.passedThrough) {
        m_result.warn(tr("%1: the %2 is already hashed, but %1 takes it in clear: left out")
                          .arg(m_context.adapter.displayName(), fieldLabel(field)));
        return {};
    }
    const std::string_view n = normalizedUtf8(field);
    if (n.empty())
        return {};
    if (m_context.options.recordHashed)
        record(field, platformKey, slot, QString::fromUtf8(n.data(), qsizetype(n.size())), false);
    return n;
}

} // namespace ConvStudio
