// cj-commissions: CJ Affiliate commission detail; corrections (original=false or negative) → Refund
// linked to the original action.
#include "csv/presets/builtinpresets.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class CjCommissionsPreset final : public CsvPreset
{
public:
    QString id() const override { return u"cj-commissions"_s; }
    QString displayName() const override { return tr("CJ Affiliate commissions"); }
    QList<QStringList> signature() const override
    {
        return {{u"Commission ID"_s, u"commission_id"_s}, {u"Action Status"_s, u"action_status"_s},
            {u"Sale Amount (USD)"_s, u"sale_amount_usd"_s, u"Sale Amount"_s, u"sale_amount_adv_currency"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"commission_id"_s, u"event_id"_s}, {u"event_date"_s, u"time"_s},
            {u"sale_amount_usd"_s, u"value"_s}, {u"action_status"_s, u"status"_s},
            {u"order_id"_s, u"order_id"_s}, {u"pub_commission_amount_usd"_s, u"attributes.commission"_s},
            {u"advertiser_name"_s, u"attributes.program"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        std::optional<double> sale, commission;
        QString currency = u"USD"_s;
        if (header.contains(u"sale_amount_adv_currency"_s) && header.contains(u"advertiser_currency"_s)) {
            if (!context.amount(row, {"sale_amount_adv_currency"}, &sale))
                return;
            currency = row.text("advertiser_currency");
        } else if (!context.amount(row, {"Sale Amount (USD)", "sale_amount_usd", "Sale Amount"}, &sale)) {
            return;
        }
        if (!context.amount(
                row, {"Publisher Commission (USD)", "pub_commission_amount_usd", "Commission"}, &commission))
            return;
        std::string time;
        if (!context.time(row, {"Event Date", "event_date", "Posting Date", "posting_date"}, &time))
            return;
        const std::string original = statusWord(row({"Original", "original"}));
        const bool correction = original == "false" || original == "0" || (sale && *sale < 0)
            || !row({"Correction Reason", "correction_reason"}).empty();
        const std::string actionType = statusWord(row({"Action Type", "action_type"}));
        const bool lead = actionType.find("lead") != std::string::npos;
        const std::string_view originalId = row({"Original Action ID", "original_action_id"});
        CsvEventObject e;
        e.set("event_id", row({"Commission ID", "commission_id"}));
        e.set("name", std::string_view(correction ? "Refund" : lead ? "Lead" : "Purchase"));
        e.set("time", time);
        if (sale)
            e.setValue(std::fabs(*sale), currency);
        e.set("order_id", row({"Order ID", "order_id"}));
        e.set("status", statusWord(row({"Action Status", "action_status"})));
        e.attr("network", std::string_view("cj"));
        if (commission)
            e.attr("commission", *commission);
        e.attr("program", row({"Advertiser Name", "advertiser_name"}));
        e.attr("publisher", row({"Publisher Name", "publisher_name"}));
        e.attr("website", row({"Website Name", "website_name"}));
        e.attr("action_type", actionType);
        e.attr("action_id", row({"Action ID", "action_id"}));
        e.attr("coupon", row({"Coupon", "coupon"}));
        e.attr("sid", row({"SID", "shopper_id", "sid"}));
        e.attr("correction_reason", row({"Correction Reason", "correction_reason"}));
        if (correction)
            e.attr("refund_of", originalId.empty() ? row({"Order ID", "order_id"}) : originalId);
        e.attr("original_action_id", originalId);
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> cjCommissions()
{
    return std::make_unique<CjCommissionsPreset>();
}

} // namespace ConvStudio::BuiltinPresets
