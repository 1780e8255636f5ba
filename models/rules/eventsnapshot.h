#pragma once

#include "domain/event.h"
#include "rules/eventdatascanner.h"

#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ConvStudio {

// A compact, columnar, time-ordered copy of a workspace's events, made for evaluating rules fast:
// strings are dictionary-encoded per field (so a condition is tested once per distinct value), and
// the derived customer fields of rule-format.md are computed once for every event.
// Loaded once (see storage/ruleservice.h), then kept up to date with append() + finalize().
// Not thread-safe for writing; a finalized snapshot can be read from any number of threads.
class EventSnapshot
{
public:
    // One distinct value of a field: text, number or yes/no.
    struct Atom
    {
        enum class Type { Text, Number, Bool };
        Type type = Type::Text;
        QString text; // as shown; numbers in the shortest form, booleans "true"/"false"
        double number = 0;
        bool boolean = false;
    };
    // Hashes UTF-8 keys so that maps keyed by std::string can be searched with a string_view.
    struct TextHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    using TextIndex = std::unordered_map<std::string, int, TextHash, std::equal_to<>>;

    // The distinct values of one field, each with a small id.
    class Dict
    {
    public:
        int intern(std::string_view utf8); // -1 for the empty text
        int intern(const QString &text);
        int internNumber(double number);
        int internBool(bool boolean);
        const Atom &at(int id) const { return m_atoms[size_t(id)]; }
        int size() const { return int(m_atoms.size()); }

    private:
        int add(Atom atom);

        std::vector<Atom> m_atoms;
        TextIndex m_text;
        std::string m_lastText; // the last text looked up and its id: consecutive events often repeat
        int m_lastId = -1;
        std::unordered_map<double, int> m_numbers;
        int m_bools[2] = {-1, -1};
    };

    // One stored event as the loader reads it: UTF-8 texts (empty when absent) and the canonical
    // JSON text of its data; the views need to live only for the append() call.
    struct Row
    {
        qint64 rowId = 0;
        std::string_view eventId, name, standardName, source, currency, status, orderId, actionSource,
            customerKey;
        qint64 timeMs = 0;
        int offsetSeconds = 0;
        std::optional<double> value;
        std::string_view data;
    };

    // The fields with their own column.
    enum Column {
        Name,
        StandardName,
        Source,
        Currency,
        Status,
        OrderId,
        ActionSource,
        ClickId,
        Customer,
        ColumnCount
    };

    EventSnapshot();

    // Adds events in any order; call finalize() before reading.
    void append(const Row &row);
    void append(const Event &event);
    void reserve(size_t n, size_t eventIdBytes = 0);
    // Sorts by (time, rowId) when needed and recomputes the customer fields.
    void finalize();

    int size() const { return int(m_rowId.size()); }
    qint64 maxRowId() const { return m_maxRowId; }
    bool contains(qint64 rowId) const;

    qint64 rowId(int i) const { return m_rowId[size_t(i)]; }
    qint64 timeMs(int i) const { return m_timeMs[size_t(i)]; }
    int offsetSeconds(int i) const { return m_offset[size_t(i)]; }
    bool hasValue(int i) const { return !std::isnan(m_value[size_t(i)]); }
    double value(int i) const { return m_value[size_t(i)]; }
    const double *valueData() const { return m_value.data(); } // NaN where an event has no value
    int column(Column c, int i) const { return m_columns[c][size_t(i)]; }
    const std::vector<int32_t> &columnData(Column c) const { return m_columns[c]; }
    const Dict &dict(Column c) const { return m_dicts[c]; }
    QString text(Column c, int i) const; // empty when absent
    QString eventId(int i) const;
    std::string_view eventIdUtf8(int i) const
    {
        return std::string_view(m_eventIds)
            .substr(m_eventIdOffset[size_t(i)], m_eventIdOffset[size_t(i) + 1] - m_eventIdOffset[size_t(i)]);
    }

    // Other fields (user.*, click_ids.*, attributes.*, page_url, items.*), sparse.
    int dynamicFieldId(const QString &field) const;
    const QString &dynamicFieldName(int fieldId) const { return m_dynNames[size_t(fieldId)]; }
    int dynamicFieldCount() const { return int(m_dynNames.size()); }
    const Dict &dynamicDict(int fieldId) const { return m_dynDicts[size_t(fieldId)]; }
    // The (fieldId, atomId) pairs of event i.
    const std::pair<int32_t, int32_t> *dynamicBegin(int i) const
    {
        return m_dyn.data() + m_dynOffset[size_t(i)];
    }
    const std::pair<int32_t, int32_t> *dynamicEnd(int i) const
    {
        return m_dyn.data() + m_dynOffset[size_t(i) + 1];
    }

    // Derived customer fields at the time of event i (valid when column(Customer, i) >= 0).
    bool isReturning(int i) const { return m_orderNumber[size_t(i)] > 1; }
    int orderNumber(int i) const { return m_orderNumber[size_t(i)]; }
    double lifetimeValue(int i) const { return m_lifetimeValue[size_t(i)]; }
    int daysSinceFirstSeen(int i) const { return m_daysSinceFirst[size_t(i)]; }
    int eventsBefore(int i) const { return m_eventsBefore[size_t(i)]; }
    int hour(int i) const;
    int weekday(int i) const; // 1 = Monday

    // The indexed fields of event i as an Event (without the raw JSON).
    Event event(int i) const;
    int indexOfRowId(qint64 rowId) const;
    int indexOfEventId(const QString &eventId) const; // first match, -1 if none

    // The fields that occur, with how many events have them and their most frequent values.
    struct FieldSummary
    {
        QString field;
        qint64 events = 0;
        bool numeric = false; // every value is a number
        QStringList examples;
    };
    std::vector<FieldSummary> summarize(int maxExamples = 20) const;

private:
    void addDynamic(const EventDataScanner::Value &value);
    template<typename T> static void permute(std::vector<T> &v, const std::vector<int> &order);

    std::vector<qint64> m_rowId;
    std::vector<qint64> m_timeMs;
    std::vector<int32_t> m_offset;
    std::vector<double> m_value;
    std::vector<int32_t> m_columns[ColumnCount];
    Dict m_dicts[ColumnCount];
    std::string m_eventIds; // UTF-8, concatenated
    std::vector<uint32_t> m_eventIdOffset; // size() + 1 entries
    std::vector<std::pair<int32_t, int32_t>> m_dyn;
    std::vector<uint32_t> m_dynOffset; // size() + 1 entries
    std::vector<Dict> m_dynDicts;
    std::vector<QString> m_dynNames;
    TextIndex m_dynIndex;
    EventDataScanner m_scanner; // scratch for append()
    std::vector<std::pair<int32_t, int32_t>> m_eventDyn; // scratch for append()
    std::vector<int32_t> m_orderNumber;
    std::vector<double> m_lifetimeValue;
    std::vector<int32_t> m_daysSinceFirst;
    std::vector<int32_t> m_eventsBefore;
    qint64 m_maxRowId = 0;
    bool m_sorted = true;
    std::vector<int32_t> m_byRowId; // indexes sorted by rowId
};

} // namespace ConvStudio
