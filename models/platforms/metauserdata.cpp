#include "platforms/metauserdata.h"

#include "domain/jsontext.h"
#include "platforms/jsonobjectwriter.h"

#include <algorithm>
#include <cstring>

namespace ConvStudio {

namespace {

// Meta's key for each field, in UserField order (string literals: data() ends with a zero).
constexpr std::array<std::string_view, size_t(UserField::Count)> metaKeys {"em", "ph", "fn", "ln", "ct", "st",
    "zp", "country", "ge", "db", "external_id", "client_ip_address", "client_user_agent"};

const char *metaKey(UserField field)
{
    return metaKeys[size_t(field)].data();
}

// a < b for the short keys here, compared in place (string_view's operator< calls memcmp).
bool keyLess(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    }
    return a.size() < b.size();
}

} // namespace

MetaUserData::MetaUserData(IdentityReader &identity)
    : MetaUserData(identity,
        {UserField::Email, UserField::Phone, UserField::FirstName, UserField::LastName, UserField::Gender,
            UserField::DateOfBirth, UserField::City, UserField::State, UserField::Zip, UserField::Country,
            UserField::ExternalId})
{
}

MetaUserData::MetaUserData(IdentityReader &identity, std::initializer_list<UserField> hashedOrder)
{
    identity.hashAll(hashedOrder);
    for (const UserField field : hashedOrder)
        m_hashed[size_t(field)] = identity.hashedHex(field, metaKey(field));
    m_ip = identity.plainUtf8(UserField::Ip, metaKey(UserField::Ip));
    m_agent = identity.plainUtf8(UserField::UserAgent, metaKey(UserField::UserAgent));
}

bool MetaUserData::has(UserField field) const
{
    return !m_hashed[size_t(field)].empty();
}

void MetaUserData::add(const char *key, std::string value)
{
    if (value.empty())
        return;
    addView(key, value);
    // Then kept by this object, and read from its own copy.
    Extra &extra = m_extra[m_extraCount - 1];
    extra.owned = std::move(value);
    extra.value = extra.owned;
}

void MetaUserData::addView(const char *key, std::string_view value)
{
    if (value.empty())
        return;
    Q_ASSERT(m_extraCount < m_extra.size());
    Extra &extra = m_extra[m_extraCount++];
    extra.key = key;
    extra.value = value;
}

bool MetaUserData::empty() const
{
    return std::all_of(m_hashed.begin(), m_hashed.end(), [](std::string_view h) { return h.empty(); })
        && m_ip.empty() && m_agent.empty() && m_extraCount == 0;
}

MetaUserData::Members MetaUserData::members() const
{
    // The fields in the order of their keys, sorted once; the few extra members merged in.
    static const auto byKey = [] {
        std::array<UserField, size_t(UserField::Count)> fields {};
        for (size_t i = 0; i < fields.size(); ++i)
            fields[i] = UserField(i);
        std::sort(fields.begin(), fields.end(),
            [](UserField a, UserField b) { return metaKeys[size_t(a)] < metaKeys[size_t(b)]; });
        return fields;
    }();
    Members out;
    for (const UserField field : byKey) {
        std::string_view value;
        bool hashed = false;
        if (field == UserField::Ip) {
            value = m_ip;
        } else if (field == UserField::UserAgent) {
            value = m_agent;
        } else {
            value = m_hashed[size_t(field)];
            hashed = true;
        }
        if (!value.empty())
            out.items[out.count++] = {metaKeys[size_t(field)], value, hashed};
    }
    for (size_t e = 0; e < m_extraCount; ++e) {
        // Insertion in key order: at most four.
        const Member member {m_extra[e].key, m_extra[e].value};
        size_t i = out.count++;
        for (; i > 0 && keyLess(member.key, out.items[i - 1].key); --i)
            out.items[i] = out.items[i - 1];
        out.items[i] = member;
    }
    return out;
}

void MetaUserData::write(std::string &out) const
{
    // Written into a buffer on the stack, then appended at once (the object is about a kilobyte,
    // some fifteen members): the keys are plain ASCII, a hashed value is 64 hex digits, and a value
    // in clear is copied as it is when it needs no escaping. Any other member, or one that does not
    // fit, is written to out directly.
    const Members list = members();
    char buffer[2048];
    char *p = buffer;
    *p++ = '{';
    for (size_t i = 0; i < list.count; ++i) {
        const Member &m = list.items[i];
        Q_ASSERT(m.key.size() < 48); // the builders' own short keys
        const bool plain = m.hashed || isPlainJsonText(m.value);
        if (!plain || size_t(buffer + sizeof buffer - p) < m.key.size() + m.value.size() + 16) {
            out.append(buffer, size_t(p - buffer));
            p = buffer;
            if (i > 0)
                out += ',';
            out += '"';
            out += m.key;
            if (m.hashed) {
                out += "\":[\"";
                out += m.value;
                out += "\"]";
            } else {
                out += "\":";
                JsonObjectWriter::appendString(out, m.value);
            }
            continue;
        }
        if (i > 0)
            *p++ = ',';
        *p++ = '"';
        p = copyText(p, m.key);
        if (!m.hashed) {
            std::memcpy(p, "\":\"", 3);
            p = copyText(p + 3, m.value);
            *p++ = '"';
            continue;
        }
        Q_ASSERT(m.value.size() == 64);
        std::memcpy(p, "\":[\"", 4);
        std::memcpy(p + 4, m.value.data(), 64);
        std::memcpy(p + 68, "\"]", 2);
        p += 70;
    }
    *p++ = '}';
    out.append(buffer, size_t(p - buffer));
}

Json MetaUserData::toJson() const
{
    Json object = Json::object();
    const Members list = members();
    for (size_t i = 0; i < list.count; ++i) {
        const Member &m = list.items[i];
        const std::string value(m.value);
        object[std::string(m.key)] = m.hashed ? Json::array({value}) : Json(value);
    }
    return object;
}

} // namespace ConvStudio
