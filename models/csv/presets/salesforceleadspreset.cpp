// salesforce-leads-report: report "Export Details" (labels) or Data Loader (API names); one Lead each.
#include "csv/presets/builtinpresets.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class SalesforceLeadsPreset final : public CsvPreset
{
public:
    QString id() const override { return u"salesforce-leads-report"_s; }
    QString displayName() const override { return tr("Salesforce leads report"); }
    QList<QStringList> signature() const override
    {
        return {{u"Lead ID"_s, u"LeadId"_s, u"Id"_s}, {u"Lead Status"_s, u"Status"_s},
            {u"Lead Source"_s, u"LeadSource"_s}, {u"Create Date"_s, u"CreatedDate"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Lead ID"_s, u"event_id"_s}, {u"Create Date"_s, u"time"_s}, {u"Email"_s, u"user.email"_s},
            {u"Phone"_s, u"user.phone"_s}, {u"First Name"_s, u"user.first_name"_s},
            {u"Last Name"_s, u"user.last_name"_s}, {u"Lead Status"_s, u"status"_s},
            {u"GCLID"_s, u"click_ids.gclid"_s}, {u"Lead Source"_s, u"attributes.lead_source"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        std::string time;
        if (!context.time(row, {"Create Date", "CreatedDate"}, &time))
            return;
        const std::string_view id = row({"Lead ID", "LeadId", "Id"});
        CsvEventObject e;
        e.set("event_id", id);
        e.set("name", std::string_view("Lead"));
        e.set("time", time);
        e.set("status", row({"Lead Status", "Status"}));
        e.user("external_id", id);
        e.user("email", row("Email"));
        e.user("phone", row({"Phone", "Mobile", "MobilePhone"}));
        e.user("first_name", row({"First Name", "FirstName"}));
        e.user("last_name", row({"Last Name", "LastName"}));
        e.user("city", row("City"));
        e.user("state", row({"State/Province", "State"}));
        e.user("zip", row({"Zip/Postal Code", "PostalCode"}));
        e.user("country", row("Country"));
        e.click("gclid", row({"GCLID", "GCLID__c", "Google Click ID"}));
        e.attr("company", row({"Company / Account", "Company"}));
        e.attr("lead_source", row({"Lead Source", "LeadSource"}));
        e.attr("converted", row({"Converted", "IsConverted"}));
        e.attr("converted_date", row({"Converted Date", "ConvertedDate"}));
        e.attr("street", row({"Street"}));
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> salesforceLeadsReport()
{
    return std::make_unique<SalesforceLeadsPreset>();
}

} // namespace ConvStudio::BuiltinPresets
