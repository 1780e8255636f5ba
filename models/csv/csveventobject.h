#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ConvStudio {

/**
 * Builds one canonical event object (event-format.md) from CSV fields and writes it as JSON text: the
 * bytes nlohmann::json::dump() gives for the same object (members in key order; a key set twice keeps
 * its last value), without building a Json tree. The set/user/click/attr helpers leave empty values
 * out, so presets can set every column they know without checking each one; put() keeps them.
 */
class CsvEventObject
{
public:
    // Where a member goes: the top level or one of the objects of string values.
    enum class Part : quint8 { Top, User, ClickIds, Attributes };

    void set(const char *key, std::string_view value);
    void set(const char *key, const QString &value);
    void setValue(double value, const QString &currency);
    void user(const char *key, std::string_view value);
    void click(const char *key, std::string_view value);
    void attr(std::string_view key, std::string_view value);
    void attr(const char *key, double value);
    void attrFlag(const char *key, bool value);
    // A string member, even an empty one.
    void put(Part part, std::string_view key, std::string_view value);
    void addItem(std::string_view id, std::string_view name, std::optional<double> price,
        std::optional<double> quantity, std::string_view category = {});
    // An item member by member: beginItem(), itemText() / itemNumber(), endItem(), which leaves out an
    // item without members.
    void beginItem();
    void itemText(std::string_view key, std::string_view value);
    void itemNumber(std::string_view key, double value);
    void endItem();
    // "Jane Doe" → first_name Jane, last_name Doe; "Doe, Jane" as well.
    void userName(std::string_view fullName);
    // Replaces the user object with a copy of other's.
    void copyUser(const CsvEventObject &other);

    bool empty() const { return m_members.empty(); }
    bool has(std::string_view key) const; // a top-level member
    // A top-level string member, empty when there is none; valid until the object changes.
    std::string_view text(std::string_view key) const;
    bool hasClick(std::string_view key) const;

    // Click ids and UTM parameters written in free text: "gclid: …" / "utm_source=…" lines (Shopify
    // note attributes) or the query of a landing-page URL. Click ids go to click_ids, utm_* to
    // attributes.
    void takeTrackingFrom(std::string_view text);

    // Appends the object as JSON text.
    void write(std::string &out) const;

private:
    enum class Kind : quint8 { Text, Number, Flag };
    // group: a Part, or FirstItem + the item's index.
    static constexpr quint32 FirstItem = 4;
    struct Member
    {
        quint32 group;
        Kind kind;
        quint32 keyAt;
        quint32 keyLength;
        quint32 valueAt; // Text
        quint32 valueLength;
        double number; // Number, Flag (0 or 1)
    };

    void add(quint32 group, std::string_view key, Kind kind, std::string_view text, double number);
    std::string_view keyOf(const Member &m) const { return {m_bytes.data() + m.keyAt, m.keyLength}; }
    std::string_view textOf(const Member &m) const { return {m_bytes.data() + m.valueAt, m.valueLength}; }
    const Member *find(quint32 group, std::string_view key) const;
    void writeValue(std::string &out, const Member &m) const;
    void writeGroup(std::string &out, const quint32 *begin, const quint32 *end) const;

    std::vector<Member> m_members;
    std::string m_bytes; // the keys and string values
    quint32 m_items = 0;
    quint32 m_openItem = 0;
    bool m_openItemUsed = false;
};

} // namespace ConvStudio
