#include "platforms/adapterkit.h"

#include "domain/jsontext.h"
#include "platforms/eventprefetch.h"
#include "platforms/isocodes.h"
#include "platforms/normalizationmemo.h"

#include <QDateTime>
#include <QHash>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class AdapterKitText
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::AdapterKit)
};

const Json &emptyJson()
{
    static const Json empty;
    return empty;
}

QString stringOf(const Json &v)
{
    if (v.is_string())
        return toQString(v.get_ref<const std::string &>());
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_number_unsigned())
        return QString::number(v.get<quint64>());
    if (v.is_number_float())
        return QString::number(v.get<double>(), 'g', 15);
    return {};
}

// Spaces as QString::trimmed() sees them in ASCII text.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

} // namespace

std::string_view AdapterKit::textView(const Json &v, std::string &storage)
{
    if (const std::string *string = v.get_ptr<const std::string *>()) {
        const std::string &s = *string;
        if (isAscii(s)) {
            // Most values have nothing to trim: the two ends are tested first.
            if (!s.empty() && !isAsciiSpace(s.front()) && !isAsciiSpace(s.back()))
                return s;
            size_t begin = 0, end = s.size();
            while (begin < end && isAsciiSpace(s[begin]))
                ++begin;
            while (end > begin && isAsciiSpace(s[end - 1]))
                --end;
            return std::string_view(s).substr(begin, end - begin);
        }
        // Valid UTF-8 that starts and ends with a printable ASCII character ("Zürich"): trimming
        // and the round trip through QString leave it as it is.
        const auto printable = [](char c) { return c > ' ' && c < 0x7f; };
        if (printable(s.front()) && printable(s.back())
            && QByteArrayView(s.data(), qsizetype(s.size())).isValidUtf8())
            return s;
    }
    storage = stringOf(v).trimmed().toStdString();
    return storage;
}

std::string AdapterKit::ownedText(std::string_view view, std::string &storage)
{
    return view.data() == storage.data() ? std::move(storage) : std::string(view);
}

std::string AdapterKit::text(const Json &v)
{
    std::string storage;
    return ownedText(textView(v, storage), storage);
}

std::string_view AdapterKit::untrimmedTextView(const Json &v, std::string &storage)
{
    if (v.is_string() && isAscii(v.get_ref<const std::string &>()))
        return v.get_ref<const std::string &>();
    return storage = stringOf(v).toStdString();
}

std::string AdapterKit::untrimmedText(const Json &v)
{
    std::string storage;
    return ownedText(untrimmedTextView(v, storage), storage);
}

namespace {

std::string nested(const Conversion &conversion, std::string_view group, std::string_view key)
{
    // Keys as string views: the map compares them without measuring them again at every node.
    for (auto it = conversion.events.rbegin(); it != conversion.events.rend(); ++it) {
        const auto g = it->data.find(group);
        if (g == it->data.end() || !g->is_object())
            continue;
        const auto v = g->find(key);
        if (v == g->end())
            continue;
        std::string s = AdapterKit::text(*v);
        if (!s.empty())
            return s;
    }
    return {};
}

} // namespace

QString resultStatusId(ResultStatus status)
{
    switch (status) {
    case ResultStatus::Ok:
        return u"ok"_s;
    case ResultStatus::Warning:
        return u"warning"_s;
    case ResultStatus::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString MatchSignal::label() const
{
    return QCoreApplication::translate(context, source);
}

int MatchQuality::score() const
{
    int total = 0;
    for (const MatchSignal &s : items) {
        if (s.present)
            total += s.weight;
    }
    return std::min(total, 100);
}

QString MatchQuality::label() const
{
    const int s = score();
    if (s == 0)
        return AdapterKitText::tr("None");
    if (s < 30)
        return AdapterKitText::tr("Poor");
    if (s < 55)
        return AdapterKitText::tr("Fair");
    if (s < 80)
        return AdapterKitText::tr("Good");
    return AdapterKitText::tr("Great");
}

void ConversionResult::warn(const QString &message)
{
    messages << message;
    if (status == ResultStatus::Ok)
        status = ResultStatus::Warning;
}

void ConversionResult::skip(const QString &message)
{
    messages << message;
    status = ResultStatus::Skipped;
    requestIndex = -1;
}

Conversion conversionFromEvent(const Event &event)
{
    Conversion c;
    c.conversionId = event.source.isEmpty() ? event.eventId : event.source + u':' + event.eventId;
    c.standardName = event.standardName.isEmpty() ? event.name : event.standardName;
    c.time = event.time;
    c.value = event.value;
    c.currency = event.currency;
    c.events.push_back(event);
    return c;
}

namespace AdapterKit {

QString url(const ConnectionSettings &settings, const QString &defaultBase, const QString &path)
{
    return (settings.endpoint.isEmpty() ? defaultBase : settings.endpoint) + path;
}

QString userValue(const Conversion &conversion, const char *key)
{
    return QString::fromStdString(nested(conversion, "user", key));
}

std::string userValueUtf8(const Conversion &conversion, const char *key)
{
    return nested(conversion, "user", key);
}

QString clickId(const Conversion &conversion, const char *key)
{
    return QString::fromStdString(nested(conversion, "click_ids", key));
}

std::string clickIdUtf8(const Conversion &conversion, const char *key)
{
    return nested(conversion, "click_ids", key);
}

QString eventString(const Conversion &conversion, const char *key)
{
    return QString::fromStdString(eventStringUtf8(conversion, key));
}

std::string eventStringUtf8(const Conversion &conversion, const char *key)
{
    if (conversion.events.empty())
        return {};
    const auto it = conversion.primary().data.find(std::string_view(key));
    return it == conversion.primary().data.end() ? std::string() : text(*it);
}

const Json &items(const Conversion &conversion)
{
    if (conversion.events.empty())
        return emptyJson();
    const auto it = conversion.primary().data.find(std::string_view("items"));
    return items(it != conversion.primary().data.end() ? &*it : nullptr);
}

const Json &items(const Json *member)
{
    return member && member->is_array() ? *member : emptyJson();
}

QString consent(const Conversion &conversion, const char *key)
{
    return QString::fromStdString(nested(conversion, "consent", key)).toLower();
}

bool limitedDataUse(const Conversion &conversion)
{
    if (conversion.events.empty())
        return false;
    const auto c = conversion.primary().data.find(std::string_view("consent"));
    return c != conversion.primary().data.end() && limitedDataUse(*c);
}

bool limitedDataUse(const Json &consent)
{
    if (!consent.is_object())
        return false;
    const auto l = consent.find(std::string_view("limited_data_use"));
    return l != consent.end() && l->is_boolean() && l->get<bool>();
}

QString actionSource(const Conversion &conversion)
{
    if (conversion.events.empty() || conversion.primary().actionSource.isEmpty())
        return u"website"_s;
    return conversion.primary().actionSource;
}

QString orderId(const Conversion &conversion)
{
    if (conversion.events.empty())
        return {};
    return conversion.primary().orderId.trimmed();
}

QString dedupId(const Conversion &conversion)
{
    const QString order = orderId(conversion);
    if (!order.isEmpty())
        return order;
    return conversion.events.empty() ? conversion.conversionId : conversion.primary().eventId;
}

QString mappedName(const Conversion &conversion, const ConnectionSettings &settings,
    const std::initializer_list<std::pair<const char *, const char *>> &table, const QString &fallback)
{
    const QString standard = conversion.standardName;
    if (const auto it = settings.eventNames.constFind(standard); it != settings.eventNames.constEnd())
        return *it;
    for (const auto &[from, to] : table) {
        if (standard == QLatin1StringView(from))
            return to ? QString::fromLatin1(to) : fallback;
    }
    return fallback;
}

bool isRefund(const Conversion &conversion)
{
    return conversion.standardName == u"Refund"_s;
}

qint64 ageMs(const Conversion &conversion, qint64 nowMs)
{
    return nowMs - conversion.time.utcMs;
}

QString isoUtc(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString googleDateTime(const EventTime &time)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(time.utcMs + time.offsetSeconds * 1000LL, Qt::UTC);
    const int offset = std::abs(time.offsetSeconds) / 60;
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s)
        + u"%1%2:%3"_s.arg(QString(QChar(time.offsetSeconds < 0 ? u'-' : u'+')))
              .arg(offset / 60, 2, 10, QChar(u'0'))
              .arg(offset % 60, 2, 10, QChar(u'0'));
}

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

QByteArray dump(const Json &json)
{
    return QByteArray::fromStdString(json.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::vector<Item> lineItems(const Conversion &conversion)
{
    std::vector<Item> out;
    for (const Json &i : items(conversion)) {
        if (!i.is_object())
            continue;
        Item item;
        item.id = stringOf(i.value("id", Json()));
        item.name = stringOf(i.value("name", Json()));
        item.category = stringOf(i.value("category", Json()));
        item.brand = stringOf(i.value("brand", Json()));
        if (const auto p = i.find("price"); p != i.end() && p->is_number())
            item.price = p->get<double>();
        if (const auto q = i.find("quantity"); q != i.end() && q->is_number())
            item.quantity = q->get<double>();
        out.push_back(item);
    }
    return out;
}

std::optional<qint64> wholeQuantity(double q)
{
    if (std::floor(q) == q && std::abs(q) < 1e15)
        return qint64(q);
    return std::nullopt;
}

Json quantityJson(double q)
{
    if (const auto whole = wholeQuantity(q))
        return Json(*whole);
    return Json(q);
}

} // namespace AdapterKit

bool BatchAdapter::withinWindow(
    const Conversion &conversion, const BuildContext &context, ConversionResult &result, int days) const
{
    const qint64 age = AdapterKit::ageMs(conversion, context.nowMs);
    if (age < -3600 * 1000LL) {
        result.skip(AdapterKitText::tr("%1: the event is in the future: skipped").arg(displayName()));
        return false;
    }
    if (days > 0 && age > days * AdapterKit::Day) {
        result.skip(AdapterKitText::tr("%1: event older than %2 days: skipped").arg(displayName()).arg(days));
        return false;
    }
    return true;
}

PlatformRequest BatchAdapter::fileRequest(
    const QString &fileName, const QString &text, const QString &contentType)
{
    PlatformRequest request;
    request.isFile = true;
    request.http.method = u"FILE"_s;
    request.http.url = fileName;
    request.http.contentType = contentType;
    request.http.body = text.toUtf8();
    return request;
}

PlatformRequest BatchAdapter::wrapJoined(
    const QString &group, const std::vector<Item> &items, QByteArray, const BuildContext &context) const
{
    return wrap(group, items, context);
}

std::string_view BatchAdapter::joinedPrefix(const BuildContext &) const
{
    return {};
}

BuildOutput BatchAdapter::buildOutput(const std::vector<Conversion> &conversions,
    const ConnectionSettings &settings, qint64 nowMs, const BuildOptions &options) const
{
    NormalizationMemo memo;
    BuildContext context {*this, settings, nowMs, IsoCodes::system(), options, memo};
    BuildOutput out;
    out.platform = id();
    out.results.reserve(conversions.size());
    const size_t batch = size_t(std::max(1, maxBatchSize()));
    // Per group (in the order of their first item), its batches: a batch is wrapped as soon as it
    // is full, and items written as JSON text are joined into the batch's body as they come (a
    // thousand events' text is written once more, not twice).
    struct Group
    {
        QString name;
        std::vector<Item> items; // of the open batch
        std::vector<size_t> resultIndexes; // the same order
        QByteArray body; // joinedPrefix(), then the open batch's items' jsonText, joined by commas
        bool joined = false; // body has an item's text
        std::vector<std::pair<PlatformRequest, std::vector<size_t>>> requests; // wrapped batches
    };
    std::vector<Group> groups;
    QHash<QString, size_t> groupIndex;
    const auto wrapBatch = [&](Group &group) {
        PlatformRequest request = wrapJoined(group.name, group.items, std::move(group.body), context);
        request.conversionIds.reserve(request.conversionIds.size() + qsizetype(group.items.size()));
        request.dedupIds.reserve(request.dedupIds.size() + qsizetype(group.items.size()));
        // Moved: the items go with this batch (copying would touch each conversion's string again).
        for (Item &item : group.items) {
            request.conversionIds << std::move(item.conversionId);
            request.dedupIds << std::move(item.dedupId);
        }
        group.requests.emplace_back(std::move(request), std::move(group.resultIndexes));
        group.items.clear();
        group.resultIndexes.clear();
        group.body = QByteArray();
        group.joined = false;
    };
    const std::string_view prefix = joinedPrefix(context);
    std::string textBuffer; // the last item's jsonText, emptied, for the next one
    size_t lastGroup = 0; // index in groups of the last item's group
    // The events' trees are brought into the cache a few conversions ahead, several at once, and
    // the members the builders read are noted on the way (found[c % 16] for conversion c).
    constexpr size_t prefetchGroup = 8;
    std::array<EventMembers, 2 * prefetchGroup> found;
    const Conversion *const all = conversions.data();
    prefetchEventTrees(all, all + std::min(prefetchGroup, conversions.size()), found.data());
    for (size_t c = 0; c < conversions.size(); ++c) {
        if (c % prefetchGroup == 0 && c + prefetchGroup < conversions.size())
            prefetchEventTrees(all + c + prefetchGroup,
                all + std::min(c + 2 * prefetchGroup, conversions.size()),
                found.data() + (c + prefetchGroup) % found.size());
        const Conversion &conversion = conversions[c];
        context.members = &found[c % found.size()];
        // In place: out.results has room for every conversion.
        ConversionResult &result = out.results.emplace_back();
        result.conversionId = conversion.conversionId;
        result.eventId = conversion.events.empty() ? QString() : conversion.primary().eventId;
        Item item;
        item.conversionId = conversion.conversionId;
        item.jsonText = std::move(textBuffer);
        item.jsonText.clear();
        if (buildItem(conversion, context, result, item) && result.status != ResultStatus::Skipped) {
            if (item.dedupId.isEmpty())
                item.dedupId = result.dedupId;
            // Most adapters have one group, and the others' come in runs: the last one first.
            if (lastGroup >= groups.size() || groups[lastGroup].name != item.group) {
                auto index = groupIndex.constFind(item.group);
                if (index == groupIndex.constEnd()) {
                    index = groupIndex.insert(item.group, groups.size());
                    groups.push_back({item.group, {}, {}, {}, false, {}});
                }
                lastGroup = *index;
            }
            Group &group = groups[lastGroup];
            if (!item.jsonText.empty()) {
                if (!group.joined) {
                    // Room for a batch at this item's size, and a little more.
                    const size_t left = std::min(batch, conversions.size() - c);
                    group.body.reserve(
                        qsizetype(prefix.size() + left * (item.jsonText.size() + 1) * 9 / 8 + 64));
                    group.body.append(prefix.data(), qsizetype(prefix.size()));
                } else {
                    group.body += ',';
                }
                group.joined = true;
                group.body.append(item.jsonText.data(), qsizetype(item.jsonText.size()));
                textBuffer = std::move(item.jsonText);
                item.jsonText = std::string();
            }
            group.items.push_back(std::move(item));
            group.resultIndexes.push_back(c);
            if (group.items.size() == batch)
                wrapBatch(group);
        } else {
            if (result.status != ResultStatus::Skipped)
                result.status = ResultStatus::Skipped;
            textBuffer = std::move(item.jsonText);
        }
    }
    for (Group &group : groups) {
        if (!group.items.empty())
            wrapBatch(group);
        for (auto &[request, resultIndexes] : group.requests) {
            for (const size_t r : resultIndexes)
                out.results[r].requestIndex = int(out.requests.size());
            out.requests.push_back(std::move(request));
        }
    }
    return out;
}

} // namespace ConvStudio
