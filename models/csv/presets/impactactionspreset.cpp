// impact-actions: one event per action; sales → Purchase, leads → Lead, negative adjustments → Refund.
#include "csv/presets/builtinpresets.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class ImpactActionsPreset final : public CsvPreset
{
public:
    QString id() const override { return u"impact-actions"_s; }
    QString displayName() const override { return tr("impact.com actions"); }
    QList<QStringList> signature() const override
    {
        return {{u"Action Id"_s, u"Id"_s}, {u"Campaign Id"_s, u"Campaign Name"_s, u"CampaignId"_s},
            {u"Sale Amount"_s, u"Amount"_s}, {u"Payout"_s}, {u"Status"_s, u"State"_s},
            {u"Action Date"_s, u"Event Date"_s, u"EventDate"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Action Id"_s, u"event_id"_s}, {u"Action Date"_s, u"time"_s},
            {u"Sale Amount"_s, u"value"_s}, {u"Currency"_s, u"currency"_s}, {u"Status"_s, u"status"_s},
            {u"Oid"_s, u"order_id"_s}, {u"Customer Id"_s, u"user.external_id"_s},
            {u"Click Id"_s, u"click_ids.clickid"_s}, {u"Payout"_s, u"attributes.payout"_s},
            {u"Partner"_s, u"attributes.partner"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        const QString currency = row.text("Currency");
        std::optional<double> sale, payout;
        if (!context.amount(row, {"Sale Amount", "Amount"}, &sale)
            || !context.amount(row, {"Payout"}, &payout))
            return;
        std::string time;
        if (!context.time(row, {"Action Date", "Event Date", "EventDate", "CreationDate"}, &time))
            return;
        const std::string tracker = statusWord(row({"Action Tracker", "ActionTrackerName"}));
        const bool negative = (sale && *sale < 0) || (payout && *payout < 0);
        const bool lead = !negative && tracker.find("lead") != std::string::npos;
        const std::string_view order = row({"Oid", "Order Id"});
        CsvEventObject e;
        e.set("event_id", row({"Action Id", "Id"}));
        e.set("name", std::string_view(negative ? "Refund" : lead ? "Lead" : "Purchase"));
        e.set("time", time);
        if (sale && (*sale != 0 || !lead))
            e.setValue(std::fabs(*sale), currency);
        else
            e.set("currency", currency);
        e.set("order_id", order);
        e.set("status", statusWord(row({"Status", "State"})));
        e.user("external_id", row({"Customer Id", "CustomerId"}));
        e.click("clickid", row({"Click Id", "ClickId"}));
        e.attr("network", std::string_view("impact"));
        if (payout)
            e.attr("payout", negative ? std::fabs(*payout) : *payout);
        e.attr("partner", row({"Partner", "MediaPartnerName"}));
        e.attr("partner_id", row({"Partner Id", "MediaPartnerId"}));
        e.attr("campaign", row({"Campaign Name", "CampaignName"}));
        e.attr("campaign_id", row({"Campaign Id", "CampaignId"}));
        e.attr("action_tracker", row({"Action Tracker", "ActionTrackerName"}));
        e.attr("status_detail", row("Status Detail"));
        e.attr("customer_type", statusWord(row("Customer Status")));
        e.attr("coupon", row({"Promo Code", "PromoCode"}));
        e.attr("sub_id_1", row({"Sub Id 1", "SubId1"}));
        e.attr("sub_id_2", row({"Sub Id 2", "SubId2"}));
        e.attr("sub_id_3", row({"Sub Id 3", "SubId3"}));
        e.attr("shared_id", row({"Shared Id", "SharedId"}));
        e.attr("ad_id", row({"Ad Id", "AdId"}));
        e.attr("referring_domain", row({"Referring Domain", "ReferringDomain"}));
        if (negative)
            e.attr("refund_of", order);
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> impactActions()
{
    return std::make_unique<ImpactActionsPreset>();
}

} // namespace ConvStudio::BuiltinPresets
