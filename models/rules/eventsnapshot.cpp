#include "rules/eventsnapshot.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr qint64 DayMs = 86400000;

QString numberText(double d)
{
    return QString::number(d, 'g', 15);
}

} // namespace

int EventSnapshot::Dict::add(Atom atom)
{
    m_atoms.push_back(std::move(atom));
    return int(m_atoms.size()) - 1;
}

int EventSnapshot::Dict::intern(std::string_view utf8)
{
    if (utf8.empty())
        return -1;
    if (m_lastId >= 0 && utf8 == m_lastText)
        return m_lastId;
    int id = -1;
    if (const auto it = m_text.find(utf8); it != m_text.end()) {
        id = it->second;
    } else {
        id = add(Atom {Atom::Type::Text, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())), 0, false});
        m_text.emplace(std::string(utf8), id);
    }
    m_lastText.assign(utf8);
    m_lastId = id;
    return id;
}

int EventSnapshot::Dict::intern(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return intern(std::string_view(utf8.constData(), size_t(utf8.size())));
}

int EventSnapshot::Dict::internNumber(double number)
{
    if (const auto it = m_numbers.find(number); it != m_numbers.end())
        return it->second;
    const int id = add(Atom {Atom::Type::Number, numberText(number), number, false});
    m_numbers.emplace(number, id);
    return id;
}

int EventSnapshot::Dict::internBool(bool boolean)
{
    int &id = m_bools[boolean ? 1 : 0];
    if (id < 0)
        id = add(Atom {Atom::Type::Bool, boolean ? u"true"_s : u"false"_s, 0, boolean});
    return id;
}

EventSnapshot::EventSnapshot()
{
    m_eventIdOffset.push_back(0);
    m_dynOffset.push_back(0);
}

void EventSnapshot::reserve(size_t n, size_t eventIdBytes)
{
    m_rowId.reserve(n);
    m_timeMs.reserve(n);
    m_offset.reserve(n);
    m_value.reserve(n);
    for (auto &c : m_columns)
        c.reserve(n);
    m_eventIdOffset.reserve(n + 1);
    m_dynOffset.reserve(n + 1);
    m_eventIds.reserve(eventIdBytes);
}

int EventSnapshot::dynamicFieldId(const QString &field) const
{
    const QByteArray utf8 = field.toUtf8();
    const auto it = m_dynIndex.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    return it == m_dynIndex.end() ? -1 : it->second;
}

void EventSnapshot::addDynamic(const EventDataScanner::Value &value)
{
    int fieldId = -1;
    if (const auto it = m_dynIndex.find(std::string_view(value.field)); it != m_dynIndex.end()) {
        fieldId = it->second;
    } else {
        fieldId = int(m_dynNames.size());
        m_dynNames.push_back(QString::fromStdString(value.field));
        m_dynDicts.emplace_back();
        m_dynIndex.emplace(value.field, fieldId);
    }
    Dict &dict = m_dynDicts[size_t(fieldId)];
    int atom = -1;
    switch (value.type) {
    case EventDataScanner::Value::Type::Text:
        atom = dict.intern(std::string_view(value.text));
        break;
    case EventDataScanner::Value::Type::Number:
        atom = dict.internNumber(value.number);
        break;
    case EventDataScanner::Value::Type::Bool:
        atom = dict.internBool(value.boolean);
        break;
    case EventDataScanner::Value::Type::Other:
        break;
    }
    if (atom >= 0)
        m_eventDyn.emplace_back(fieldId, atom);
}

void EventSnapshot::append(const Row &row)
{
    if (!m_timeMs.empty()
        && (row.timeMs < m_timeMs.back() || (row.timeMs == m_timeMs.back() && row.rowId < m_rowId.back())))
        m_sorted = false;
    m_rowId.push_back(row.rowId);
    m_maxRowId = std::max(m_maxRowId, row.rowId);
    m_timeMs.push_back(row.timeMs);
    m_offset.push_back(row.offsetSeconds);
    m_value.push_back(row.value ? *row.value : std::numeric_limits<double>::quiet_NaN());
    const std::string_view texts[] = {row.name, row.standardName, row.source, row.currency, row.status,
        row.orderId, row.actionSource, {}, row.customerKey};
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != ClickId)
            m_columns[c].push_back(m_dicts[c].intern(texts[c]));
    }
    // user.*, click_ids.*, attributes.*, page_url, items.*: kept per event grouped by field, so
    // that the values of one field are next to each other.
    m_eventDyn.clear();
    m_scanner.scan(row.data);
    for (const EventDataScanner::Value &value : m_scanner)
        addDynamic(value);
    std::stable_sort(
        m_eventDyn.begin(), m_eventDyn.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_dyn.insert(m_dyn.end(), m_eventDyn.begin(), m_eventDyn.end());
    m_columns[ClickId].push_back(m_dicts[ClickId].intern(std::string_view(m_scanner.clickId())));
    m_dynOffset.push_back(uint32_t(m_dyn.size()));
    m_eventIds.append(row.eventId);
    m_eventIdOffset.push_back(uint32_t(m_eventIds.size()));
}

void EventSnapshot::append(const Event &e)
{
    QByteArray texts[9];
    const QString *sources[] = {&e.eventId, &e.name, &e.standardName, &e.source, &e.currency, &e.status,
        &e.orderId, &e.actionSource, &e.customerKey};
    for (int k = 0; k < 9; ++k)
        texts[k] = sources[k]->toUtf8();
    const auto view
        = [&texts](int k) { return std::string_view(texts[k].constData(), size_t(texts[k].size())); };
    std::string dumped;
    if (e.text.empty() && !e.data.is_null())
        dumped = e.data.dump();
    Row row;
    row.rowId = e.rowId;
    row.eventId = view(0);
    row.name = view(1);
    row.standardName = view(2);
    row.source = view(3);
    row.currency = view(4);
    row.status = view(5);
    row.orderId = view(6);
    row.actionSource = view(7);
    row.customerKey = view(8);
    row.timeMs = e.time.utcMs;
    row.offsetSeconds = e.time.offsetSeconds;
    row.value = e.value;
    row.data = e.text.empty() ? std::string_view(dumped) : std::string_view(e.text);
    append(row);
}

template<typename T> void EventSnapshot::permute(std::vector<T> &v, const std::vector<int> &order)
{
    std::vector<T> out;
    out.reserve(v.size());
    for (int i : order)
        out.push_back(std::move(v[size_t(i)]));
    v = std::move(out);
}

void EventSnapshot::finalize()
{
    const size_t n = m_rowId.size();
    if (!m_sorted) {
        std::vector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_timeMs[size_t(a)] != m_timeMs[size_t(b)] ? m_timeMs[size_t(a)] < m_timeMs[size_t(b)]
                                                              : m_rowId[size_t(a)] < m_rowId[size_t(b)];
        });
        permute(m_rowId, order);
        permute(m_timeMs, order);
        permute(m_offset, order);
        permute(m_value, order);
        for (auto &c : m_columns)
            permute(c, order);
        std::string ids;
        std::vector<uint32_t> idOffsets {0};
        std::vector<std::pair<int32_t, int32_t>> dyn;
        std::vector<uint32_t> dynOffsets {0};
        ids.reserve(m_eventIds.size());
        dyn.reserve(m_dyn.size());
        for (int i : order) {
            ids.append(m_eventIds, m_eventIdOffset[size_t(i)],
                m_eventIdOffset[size_t(i) + 1] - m_eventIdOffset[size_t(i)]);
            idOffsets.push_back(uint32_t(ids.size()));
            dyn.insert(dyn.end(), m_dyn.begin() + m_dynOffset[size_t(i)],
                m_dyn.begin() + m_dynOffset[size_t(i) + 1]);
            dynOffsets.push_back(uint32_t(dyn.size()));
        }
        m_eventIds = std::move(ids);
        m_eventIdOffset = std::move(idOffsets);
        m_dyn = std::move(dyn);
        m_dynOffset = std::move(dynOffsets);
        m_sorted = true;
    }

    // Customer fields: "strictly earlier" events. Events of one customer at the same instant do not
    // see each other, so each customer's counters move on only when its time moves on.
    struct State
    {
        qint64 firstMs = 0;
        qint64 pendingMs = 0;
        int events = 0, purchases = 0;
        double spend = 0;
        int pendingEvents = 0, pendingPurchases = 0;
        double pendingSpend = 0;
    };
    const int purchase = [this] {
        const Dict &d = m_dicts[StandardName];
        for (int i = 0; i < d.size(); ++i) {
            if (d.at(i).text == u"Purchase"_s)
                return i;
        }
        return -2;
    }();
    std::vector<State> states(size_t(m_dicts[Customer].size()));
    std::vector<bool> seen(states.size(), false);
    m_orderNumber.assign(n, 0);
    m_lifetimeValue.assign(n, 0);
    m_daysSinceFirst.assign(n, 0);
    m_eventsBefore.assign(n, 0);
    const auto &customers = m_columns[Customer];
    const auto &standard = m_columns[StandardName];
    for (size_t i = 0; i < n; ++i) {
        const int c = customers[i];
        if (c < 0)
            continue;
        State &s = states[size_t(c)];
        const qint64 t = m_timeMs[i];
        if (!seen[size_t(c)]) {
            seen[size_t(c)] = true;
            s.firstMs = t;
            s.pendingMs = t;
        }
        if (t > s.pendingMs) {
            s.events += s.pendingEvents;
            s.purchases += s.pendingPurchases;
            s.spend += s.pendingSpend;
            s.pendingEvents = s.pendingPurchases = 0;
            s.pendingSpend = 0;
            s.pendingMs = t;
        }
        m_orderNumber[i] = 1 + s.purchases;
        m_lifetimeValue[i] = s.spend;
        m_daysSinceFirst[i] = int((t - s.firstMs) / DayMs);
        m_eventsBefore[i] = s.events;
        ++s.pendingEvents;
        if (standard[i] == purchase) {
            ++s.pendingPurchases;
            if (!std::isnan(m_value[i]))
                s.pendingSpend += m_value[i];
        }
    }

    m_byRowId.resize(n);
    std::iota(m_byRowId.begin(), m_byRowId.end(), 0);
    const auto byRow = [this](int a, int b) { return m_rowId[size_t(a)] < m_rowId[size_t(b)]; };
    if (!std::is_sorted(m_byRowId.begin(), m_byRowId.end(), byRow))
        std::sort(m_byRowId.begin(), m_byRowId.end(), byRow);
}

bool EventSnapshot::contains(qint64 rowId) const
{
    return indexOfRowId(rowId) >= 0;
}

int EventSnapshot::indexOfRowId(qint64 rowId) const
{
    const auto it = std::lower_bound(m_byRowId.begin(), m_byRowId.end(), rowId,
        [this](int idx, qint64 id) { return m_rowId[size_t(idx)] < id; });
    if (it == m_byRowId.end() || m_rowId[size_t(*it)] != rowId)
        return -1;
    return *it;
}

int EventSnapshot::indexOfEventId(const QString &eventId) const
{
    const QByteArray needle = eventId.toUtf8();
    const std::string_view n(needle.constData(), size_t(needle.size()));
    for (int i = 0; i < size(); ++i) {
        const std::string_view id(m_eventIds.data() + m_eventIdOffset[size_t(i)],
            m_eventIdOffset[size_t(i) + 1] - m_eventIdOffset[size_t(i)]);
        if (id == n)
            return i;
    }
    return -1;
}

QString EventSnapshot::text(Column c, int i) const
{
    const int id = m_columns[c][size_t(i)];
    return id < 0 ? QString() : m_dicts[c].at(id).text;
}

QString EventSnapshot::eventId(int i) const
{
    return QString::fromUtf8(m_eventIds.data() + m_eventIdOffset[size_t(i)],
        qsizetype(m_eventIdOffset[size_t(i) + 1] - m_eventIdOffset[size_t(i)]));
}

int EventSnapshot::hour(int i) const
{
    const qint64 local = m_timeMs[size_t(i)] + qint64(m_offset[size_t(i)]) * 1000;
    const qint64 msOfDay = ((local % DayMs) + DayMs) % DayMs;
    return int(msOfDay / 3600000);
}

int EventSnapshot::weekday(int i) const
{
    const qint64 local = m_timeMs[size_t(i)] + qint64(m_offset[size_t(i)]) * 1000;
    const qint64 day = local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs;
    // 1970-01-01 was a Thursday (4).
    return int((((day + 3) % 7) + 7) % 7) + 1;
}

Event EventSnapshot::event(int i) const
{
    Event e;
    e.rowId = rowId(i);
    e.eventId = eventId(i);
    e.name = text(Name, i);
    e.standardName = text(StandardName, i);
    e.source = text(Source, i);
    e.actionSource = text(ActionSource, i);
    e.time = EventTime {timeMs(i), offsetSeconds(i)};
    if (hasValue(i))
        e.value = value(i);
    e.currency = text(Currency, i);
    e.orderId = text(OrderId, i);
    e.status = text(Status, i);
    e.customerKey = text(Customer, i);
    return e;
}

std::vector<EventSnapshot::FieldSummary> EventSnapshot::summarize(int maxExamples) const
{
    std::vector<FieldSummary> out;
    auto examples = [maxExamples](const Dict &dict, const std::vector<int> &counts, FieldSummary *summary) {
        std::vector<int> ids(size_t(dict.size()));
        std::iota(ids.begin(), ids.end(), 0);
        std::stable_sort(
            ids.begin(), ids.end(), [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
        summary->numeric = dict.size() > 0;
        for (int id : ids) {
            if (counts[size_t(id)] == 0)
                continue;
            if (dict.at(id).type != Atom::Type::Number)
                summary->numeric = false;
            if (summary->examples.size() < maxExamples)
                summary->examples << dict.at(id).text;
        }
    };
    const std::pair<Column, const char *> columns[]
        = {{StandardName, "standard_name"}, {Name, "name"}, {Currency, "currency"}, {Status, "status"},
            {OrderId, "order_id"}, {Source, "source"}, {ActionSource, "action_source"}};
    for (const auto &[column, field] : columns) {
        std::vector<int> counts(size_t(m_dicts[column].size()), 0);
        FieldSummary s;
        s.field = QString::fromLatin1(field);
        for (int id : m_columns[column]) {
            if (id >= 0) {
                ++counts[size_t(id)];
                ++s.events;
            }
        }
        if (s.events == 0)
            continue;
        examples(m_dicts[column], counts, &s);
        s.numeric = false;
        out.push_back(std::move(s));
    }
    FieldSummary value {u"value"_s, 0, true, {}};
    for (double v : m_value) {
        if (!std::isnan(v)) {
            ++value.events;
            if (value.examples.size() < maxExamples && !value.examples.contains(numberText(v)))
                value.examples << numberText(v);
        }
    }
    if (value.events)
        out.push_back(value);
    std::vector<std::vector<int>> counts(m_dynDicts.size());
    std::vector<qint64> events(m_dynDicts.size(), 0);
    for (size_t f = 0; f < m_dynDicts.size(); ++f)
        counts[f].assign(size_t(m_dynDicts[f].size()), 0);
    for (int i = 0; i < size(); ++i) {
        int last = -1;
        for (auto p = dynamicBegin(i); p != dynamicEnd(i); ++p) {
            ++counts[size_t(p->first)][size_t(p->second)];
            if (p->first != last)
                ++events[size_t(p->first)];
            last = p->first;
        }
    }
    std::vector<FieldSummary> dynamic;
    for (size_t f = 0; f < m_dynDicts.size(); ++f) {
        FieldSummary s;
        s.field = m_dynNames[f];
        s.events = events[f];
        examples(m_dynDicts[f], counts[f], &s);
        dynamic.push_back(std::move(s));
    }
    std::sort(dynamic.begin(), dynamic.end(),
        [](const FieldSummary &a, const FieldSummary &b) { return a.field < b.field; });
    out.insert(out.end(), dynamic.begin(), dynamic.end());
    return out;
}

} // namespace ConvStudio
