#pragma once

#include "domain/conversion.h"
#include "platforms/connectionsettings.h"
#include "platforms/memberkey.h"
#include "platforms/platformadapter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ConvStudio {

class IsoCodes;
class NormalizationMemo;
struct EventMembers;

// What every builder gets for one build() call.
struct BuildContext
{
    const PlatformAdapter &adapter; // the one building
    const ConnectionSettings &settings;
    qint64 nowMs;
    const IsoCodes &iso;
    BuildOptions options;
    NormalizationMemo &memo; // this build's, for country, state and gender
    // The members of the conversion being built's primary event, when buildOutput() found them
    // ahead (EventMembers::isFor() tells), else nullptr.
    const EventMembers *members = nullptr;
};

// Small pure helpers the adapters share.
namespace AdapterKit {

// The platform URL with the connection's "endpoint" (scheme and host) in place of defaultBase's.
QString url(const ConnectionSettings &settings, const QString &defaultBase, const QString &path);
// user.<key> of the primary event, else of the earlier steps; trimmed-insensitive raw text.
QString userValue(const Conversion &conversion, const char *key);
QString clickId(const Conversion &conversion, const char *key);
// A top-level string field of the primary event (page_url, order_id, search_query …).
QString eventString(const Conversion &conversion, const char *key);
// The same three as UTF-8, for builders that write their bodies directly.
// The trimmed UTF-8 text of a JSON string or number (as the QString accessors read it), else empty.
std::string text(const Json &value);
// The same text, in value itself when it needs no conversion (ASCII), else in storage.
std::string_view textView(const Json &value, std::string &storage);
// The same without trimming (as lineItems() reads an item's id).
std::string untrimmedText(const Json &value);
// The same, read in place when it is ASCII text, else written to storage.
std::string_view untrimmedTextView(const Json &value, std::string &storage);
// view as a string of its own: storage itself when view is in it (moved), else a copy.
std::string ownedText(std::string_view view, std::string &storage);
std::string userValueUtf8(const Conversion &conversion, const char *key);
std::string clickIdUtf8(const Conversion &conversion, const char *key);
std::string eventStringUtf8(const Conversion &conversion, const char *key);
const Json &items(const Conversion &conversion);
// The same, from the event's "items" member (nullptr when absent): an empty value unless an array.
const Json &items(const Json *member);
// consent.<key> as "granted" / "denied" / "" and consent.limited_data_use.
QString consent(const Conversion &conversion, const char *key);
bool limitedDataUse(const Conversion &conversion);
// The same, from the event's "consent" member (any JSON value).
bool limitedDataUse(const Json &consent);
QString actionSource(const Conversion &conversion);
// The platform's dedup key: the order id, else the primary event's event_id.
QString dedupId(const Conversion &conversion);
QString orderId(const Conversion &conversion);
// The platform event name: the connection's override, else the platform's table, else fallback.
QString mappedName(const Conversion &conversion, const ConnectionSettings &settings,
    const std::initializer_list<std::pair<const char *, const char *>> &table, const QString &fallback);
bool isRefund(const Conversion &conversion);

qint64 ageMs(const Conversion &conversion, qint64 nowMs);
constexpr qint64 Day = 24 * 3600 * 1000LL;
// "2026-01-15T13:03:00Z"
QString isoUtc(qint64 utcMs);
// "2026-01-15 14:03:00+01:00": the event's own offset (Google Ads API)
QString googleDateTime(const EventTime &time);
// "49.90"
QString money(double value);
// Compact JSON bytes, UTF-8.
QByteArray dump(const Json &json);
// The items of the primary event as {id, quantity, price, name, category} objects.
struct Item
{
    QString id;
    QString name;
    QString category;
    QString brand;
    std::optional<double> price;
    std::optional<double> quantity;
};
std::vector<Item> lineItems(const Conversion &conversion);
// A JSON number for a quantity: an integer when whole.
Json quantityJson(double q);
// The integer quantityJson() writes for q, when q is whole.
std::optional<qint64> wholeQuantity(double q);

} // namespace AdapterKit

// The common loop of most adapters: one item per conversion, grouped by kind, split into batches
// of at most maxBatchSize(), each batch wrapped into one request.
class BatchAdapter : public PlatformAdapter
{
protected:
    BuildOutput buildOutput(const std::vector<Conversion> &conversions, const ConnectionSettings &settings,
        qint64 nowMs, const BuildOptions &options) const override;

    struct Item
    {
        QString group; // items of one group share a request: conversions vs adjustments, one GA4 client …
        Json json;
        // Or the item's JSON already written (the Meta Conversions API): buildOutput() joins it into
        // its batch's body at once and hands the buffer (emptied, capacity kept) to the next item.
        std::string jsonText;
        QString text; // a row of a file format
        QString dedupId;
        QString conversionId;
    };
    // Fills item (and result.dedupId) or calls result.skip() and returns false.
    virtual bool buildItem(const Conversion &conversion, const BuildContext &context,
        ConversionResult &result, Item &item) const = 0;
    virtual PlatformRequest wrap(
        const QString &group, const std::vector<Item> &items, const BuildContext &context) const = 0;
    // The same for items written as JSON text: body holds joinedPrefix(), then their texts joined by
    // commas, in item order (the items' own jsonText is empty then); the adapter ends it and sends it
    // as the request's body, without copying it again. The default ignores it and calls wrap().
    virtual PlatformRequest wrapJoined(const QString &group, const std::vector<Item> &items, QByteArray body,
        const BuildContext &context) const;
    // What a batch's body starts with before its items' JSON text (see wrapJoined()).
    virtual std::string_view joinedPrefix(const BuildContext &context) const;
    // False (and the conversion skipped) when it is older than days, or more than an hour ahead.
    bool withinWindow(
        const Conversion &conversion, const BuildContext &context, ConversionResult &result, int days) const;
    // A file-format request (method "FILE", url = the suggested file name).
    static PlatformRequest fileRequest(
        const QString &fileName, const QString &text, const QString &contentType);
};

} // namespace ConvStudio
