// google-ads-offline: the offline click conversion upload template (gclid / gbraid / wbraid).
#include "csv/presets/builtinpresets.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class GoogleAdsOfflinePreset final : public CsvPreset
{
public:
    QString id() const override { return u"google-ads-offline"_s; }
    QString displayName() const override { return tr("Google Ads offline conversions"); }
    QList<QStringList> signature() const override
    {
        return {
            {u"Google Click ID"_s, u"GBRAID"_s, u"WBRAID"_s}, {u"Conversion Name"_s}, {u"Conversion Time"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Google Click ID"_s, u"click_ids.gclid"_s}, {u"GBRAID"_s, u"click_ids.gbraid"_s},
            {u"WBRAID"_s, u"click_ids.wbraid"_s}, {u"Conversion Name"_s, u"name"_s},
            {u"Conversion Time"_s, u"time"_s}, {u"Conversion Value"_s, u"value"_s},
            {u"Conversion Currency"_s, u"currency"_s}, {u"Order ID"_s, u"order_id"_s},
            {u"Email"_s, u"user.email"_s}, {u"Phone Number"_s, u"user.phone"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        const std::string_view gclid = row("Google Click ID");
        const std::string_view gbraid = row("GBRAID");
        const std::string_view wbraid = row("WBRAID");
        const int ids = int(!gclid.empty()) + int(!gbraid.empty()) + int(!wbraid.empty());
        if (ids != 1) {
            context.reject(row, row.columnName({"Google Click ID"}),
                ids == 0 ? tr("the row has no Google Click ID, GBRAID or WBRAID")
                         : tr("the row has more than one of Google Click ID, GBRAID and WBRAID"));
            return;
        }
        const std::string_view name = row("Conversion Name");
        if (name.empty()) {
            context.reject(row, row.columnName({"Conversion Name"}), tr("the conversion name is empty"));
            return;
        }
        std::string time;
        if (!context.time(row, {"Conversion Time"}, &time))
            return;
        std::optional<double> value;
        QString symbolCurrency;
        if (!context.amount(row, {"Conversion Value"}, &value, &symbolCurrency))
            return;
        QString currency = row.text("Conversion Currency");
        if (currency.isEmpty())
            currency = symbolCurrency;
        const std::string_view order = row("Order ID");
        const std::string_view clickId = !gclid.empty() ? gclid : !gbraid.empty() ? gbraid : wbraid;
        CsvEventObject e;
        e.set("event_id", order.empty() ? stableId({clickId, name, time}) : std::string(order));
        e.set("name", name);
        e.set("time", time);
        if (value)
            e.setValue(*value, currency);
        else
            e.set("currency", currency);
        e.set("order_id", order);
        e.click("gclid", gclid);
        e.click("gbraid", gbraid);
        e.click("wbraid", wbraid);
        e.user("email", row("Email"));
        e.user("phone", row("Phone Number"));
        e.attr("ad_user_data", row("Ad user data"));
        e.attr("ad_personalization", row("Ad personalization"));
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> googleAdsOffline()
{
    return std::make_unique<GoogleAdsOfflinePreset>();
}

} // namespace ConvStudio::BuiltinPresets
