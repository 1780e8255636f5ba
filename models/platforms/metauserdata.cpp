#include "platforms/metauserdata.h"

#include "platforms/jsonobjectwriter.h"

#include <algorithm>
#include <cstring>

namespace ConvStudio {

namespace {

const char *metaKey(UserField field)
{
    switch (field) {
    case UserField::Email:
        return "em";
    case UserField::Phone:
        return "ph";
    case UserField::FirstName:
        return "fn";
    case UserField::LastName:
        return "ln";
    case UserField::Gender:
        return "ge";
    case UserField::DateOfBirth:
        return "db";
    case UserField::City:
        return "ct";
    case UserField::State:
        return "st";
    case UserField::Zip:
        return "zp";
    case UserField::Country:
        return "country";
    case UserField::ExternalId:
        return "external_id";
    case UserField::Ip:
        return "client_ip_address";
    case UserField::UserAgent:
        return "client_user_agent";
    case UserField::Count:
        break;
    }
    return "";
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
    Q_ASSERT(m_extraCount < m_extra.size());
    m_extra[m_extraCount++] = {key, std::move(value)};
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
        std::sort(fields.begin(), fields.end(), [](UserField a, UserField b) {
            return std::string_view(metaKey(a)) < std::string_view(metaKey(b));
        });
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
            out.items[out.count++] = {metaKey(field), value, hashed};
    }
    for (size_t e = 0; e < m_extraCount; ++e) {
        // Insertion in key order: at most four.
        const Member member {m_extra[e].first, m_extra[e].second};
        size_t i = out.count++;
        for (; i > 0 && keyLess(member.key, out.items[i - 1].key); --i)
            out.items[i] = out.items[i - 1];
        out.items[i] = member;
    }
    return out;
}

void MetaUserData::write(std::string &out) const
{
    // Each member written in one piece (members() gives them in key order, as JsonObjectWriter
    // wants them): the keys are plain ASCII, and a hashed value, 64 hex digits, needs no escaping.
    out += '{';
    const Members list = members();
    for (size_t i = 0; i < list.count; ++i) {
        const Member &m = list.items[i];
        Q_ASSERT(m.key.size() < 48); // the builders' own short keys
        char buffer[128];
        char *p = buffer;
        if (i > 0)
            *p++ = ',';
        *p++ = '"';
        p = std::copy(m.key.begin(), m.key.end(), p);
        if (!m.hashed) {
            std::memcpy(p, "\":", 2);
            out.append(buffer, size_t(p + 2 - buffer));
            JsonObjectWriter::appendString(out, m.value);
            continue;
        }
        Q_ASSERT(m.value.size() == 64);
        std::memcpy(p, "\":[\"", 4);
        std::memcpy(p + 4, m.value.data(), 64);
        std::memcpy(p + 68, "\"]", 2);
        out.append(buffer, size_t(p + 70 - buffer));
    }
    out += '}';
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
