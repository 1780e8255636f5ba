#pragma once

#include "platforms/identityreader.h"

#include <array>
#include <string>
#include <string_view>

namespace ConvStudio {

/**
 * The user_data object the Meta-style Conversions APIs share (Meta §3, Pinterest §8, Snapchat §9):
 * every identity field normalized and hashed into a one-element array under Meta's key ("em", "ph",
 * "fn" …), the IP address and user agent in clear, plus the platform's own click-id members.
 * Written straight into a body (Meta) or as a Json object (Pinterest, Snapchat), with the same bytes.
 */
class MetaUserData
{
public:
    // Reads and hashes the fields in this order: em, ph, fn, ln, ge, db, ct, st, zp, country,
    // external_id, then the IP address and user agent (warnings and records follow this order).
    explicit MetaUserData(IdentityReader &identity);
    // The same, hashing the fields in the order given (a platform's documented order).
    MetaUserData(IdentityReader &identity, std::initializer_list<UserField> hashedOrder);

    bool has(UserField field) const;
    bool hasIp() const { return !m_ip.empty(); }
    bool hasAgent() const { return !m_agent.empty(); }
    bool hasIpAndAgent() const { return hasIp() && hasAgent(); }
    bool hasName() const { return has(UserField::FirstName) || has(UserField::LastName); }
    // A member sent in clear ("fbc", "sc_click_id" …; at most four); empty values are left out.
    void add(const char *key, std::string value);
    // The same, with value read where it is: it must outlive this object.
    void addView(const char *key, std::string_view value);
    bool empty() const;

    // The object, members in key order, appended to out.
    void write(std::string &out) const;
    Json toJson() const;

private:
    struct Member
    {
        std::string_view key;
        std::string_view value;
        bool hashed = false; // a one-element array
    };
    struct Members
    {
        std::array<Member, size_t(UserField::Count) + 4> items;
        size_t count = 0;
    };
    // In key order.
    Members members() const;

    std::array<std::string_view, size_t(UserField::Count)> m_hashed {}; // valid as long as the reader
    std::string_view m_ip; // valid as long as the reader
    std::string_view m_agent;
    struct Extra
    {
        const char *key = nullptr;
        std::string_view value; // in owned, or where addView() found it
        std::string owned;
    };
    std::array<Extra, 4> m_extra {};
    size_t m_extraCount = 0;
};

} // namespace ConvStudio
