#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ConvStudio {

// Reads, from an event's canonical JSON text (its `data`), the values the rules can test and that
// have no column of their own: user.*, click_ids.*, attributes.*, page_url, items.count,
// items.quantity and items.any.<id|name|category|brand>, plus the click id a sequence joins on.
// One pass over the text without building a JSON tree: other values are skipped undecoded,
// strings without escapes are not copied, and buffers are reused from event to event.
class EventDataScanner
{
public:
    struct Value
    {
        enum class Type {
            Text,
            Number,
            Bool,
            Other
        }; // Other: null, object or array (field present, no value)
        std::string field; // e.g. "user.email"
        Type type = Type::Other;
        std::string text;
        double number = 0;
        bool boolean = false;
    };

    // Scans one JSON text. False when it is not valid JSON (then nothing is reported); a valid text
    // that is not an object reports nothing.
    bool scan(std::string_view json);

    // The values of the last scan, in document order; a field may occur more than once (items).
    const Value *begin() const { return m_values.data(); }
    const Value *end() const { return m_values.data() + m_used; }
    // The network's own click id first, then the ad platforms' (clickid, gclid, fbclid, ttclid,
    // msclkid, gbraid, wbraid): the first non-empty text among click_ids; empty if none.
    const std::string &clickId() const { return m_clickId; }

    // Used by the parser's callbacks (see the .cpp).
    Value &add(std::string_view prefix, std::string_view key, Value::Type type);
    void setClickIdCandidate(int rank, const std::string &text);
    void reset();

private:
    std::vector<Value> m_values;
    size_t m_used = 0;
    std::string m_clickId;
    int m_clickRank = 1 << 30;
};

} // namespace ConvStudio
