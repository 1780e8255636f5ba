// hubspot-contacts: one Lead per contact record, with the Google and Facebook click ids HubSpot keeps.
#include "csv/presets/builtinpresets.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class HubSpotContactsPreset final : public CsvPreset
{
public:
    QString id() const override { return u"hubspot-contacts"_s; }
    QString displayName() const override { return tr("HubSpot contacts"); }
    QList<QStringList> signature() const override
    {
        return {{u"Record ID"_s}, {u"First Name"_s}, {u"Last Name"_s}, {u"Email"_s},
            {u"Create Date"_s, u"Became a Lead Date"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Record ID"_s, u"event_id"_s}, {u"Create Date"_s, u"time"_s}, {u"Email"_s, u"user.email"_s},
            {u"Phone Number"_s, u"user.phone"_s}, {u"First Name"_s, u"user.first_name"_s},
            {u"Last Name"_s, u"user.last_name"_s}, {u"Lead Status"_s, u"status"_s},
            {u"Google ad click id"_s, u"click_ids.gclid"_s}, {u"Facebook click id"_s, u"click_ids.fbclid"_s},
            {u"Lifecycle Stage"_s, u"attributes.lifecycle_stage"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        std::string time;
        if (!context.time(row, {"Create Date", "Became a Lead Date"}, &time))
            return;
        const std::string_view id = row("Record ID");
        CsvEventObject e;
        e.set("event_id", id);
        e.set("name", std::string_view("Lead"));
        e.set("time", time);
        e.set("status", statusWord(row("Lead Status")));
        e.user("external_id", id);
        e.user("email", row("Email"));
        e.user("phone", row({"Phone Number", "Mobile Phone Number"}));
        e.user("first_name", row("First Name"));
        e.user("last_name", row("Last Name"));
        e.user("city", row("City"));
        e.user("state", row({"State/Region", "State"}));
        e.user("zip", row({"Postal Code", "Zip"}));
        e.user("country", row({"Country/Region", "Country"}));
        e.click("gclid", row({"Google ad click id", "hs_google_click_id"}));
        e.click("fbclid", row({"Facebook click id", "hs_facebook_click_id"}));
        e.attr("company", row("Company Name"));
        e.attr("owner", row("Contact owner"));
        e.attr("lifecycle_stage", row("Lifecycle Stage"));
        e.attr("original_source", row("Original Source"));
        e.attr("original_source_drill_down_1", row("Original Source Drill-Down 1"));
        e.attr("original_source_drill_down_2", row("Original Source Drill-Down 2"));
        e.attr("associated_deal_ids", row("Associated Deal IDs"));
        e.attr("marketing_contact_status", row("Marketing contact status"));
        std::optional<double> deal;
        if (!context.amount(row, {"Recent Deal Amount"}, &deal))
            return;
        if (deal)
            e.attr("recent_deal_amount", *deal);
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> hubSpotContacts()
{
    return std::make_unique<HubSpotContactsPreset>();
}

} // namespace ConvStudio::BuiltinPresets
