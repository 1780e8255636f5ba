// awin-transactions: credited sales with network, program, status (approved / pending / reversed),
// commission and sale amount; correction rows (negative or naming an original) → Refund linked to it.
#include "csv/presets/builtinpresets.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class AwinTransactionsPreset final : public CsvPreset
{
public:
    QString id() const override { return u"awin-transactions"_s; }
    QString displayName() const override { return tr("Awin transactions"); }
    QList<QStringList> signature() const override
    {
        return {{u"Transaction ID"_s, u"transactionId"_s}, {u"Sale Amount"_s, u"saleAmount"_s},
            {u"Commission"_s, u"Commission Amount"_s, u"commissionAmount"_s},
            {u"Commission Status"_s, u"commissionStatus"_s, u"Status"_s},
            {u"Advertiser Name"_s, u"Advertiser ID"_s, u"advertiserId"_s, u"Merchant"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Transaction ID"_s, u"event_id"_s}, {u"Transaction Date"_s, u"time"_s},
            {u"Sale Amount"_s, u"value"_s}, {u"Currency"_s, u"currency"_s},
            {u"Commission Status"_s, u"status"_s}, {u"Order Ref"_s, u"order_id"_s},
            {u"Commission"_s, u"attributes.commission"_s}, {u"Advertiser Name"_s, u"attributes.program"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        std::optional<double> sale, commission;
        QString symbolCurrency;
        if (!context.amount(row, {"Sale Amount", "saleAmount"}, &sale, &symbolCurrency)
            || !context.amount(row, {"Commission", "Commission Amount", "commissionAmount"}, &commission))
            return;
        std::string time;
        if (!context.time(row, {"Transaction Date", "transactionDate", "Date"}, &time))
            return;
        QString currency = row.text({"Currency", "Sale Currency", "currency"});
        if (currency.isEmpty())
            currency = symbolCurrency;
        std::string status = statusWord(row({"Commission Status", "commissionStatus", "Status"}));
        if (status == "declined" || status == "deleted" || status == "rejected")
            status = "reversed";
        const std::string_view original
            = row({"Original Transaction ID", "originalTransactionId", "Corrected Transaction ID"});
        const std::string type = statusWord(row({"Type", "Transaction Type", "type"}));
        const bool correction
            = !original.empty() || (sale && *sale < 0) || type.find("correction") != std::string::npos;
        const std::string_view orderRef = row({"Order Ref", "orderRef", "Order Reference"});
        CsvEventObject e;
        e.set("event_id", row({"Transaction ID", "transactionId", "id"}));
        e.set("name", std::string_view(correction ? "Refund" : "Purchase"));
        e.set("time", time);
        if (sale)
            e.setValue(std::fabs(*sale), currency);
        e.set("order_id", orderRef);
        e.set("status", status);
        e.attr("network", std::string_view("awin"));
        e.attr("program", row({"Advertiser Name", "advertiserName", "Merchant"}));
        e.attr("program_id", row({"Advertiser ID", "advertiserId"}));
        e.attr("publisher_id", row({"Publisher ID", "publisherId"}));
        e.attr("site", row({"Site Name", "siteName"}));
        if (commission)
            e.attr("commission", correction ? std::fabs(*commission) : *commission);
        e.attr("click_ref", row({"Click Ref", "clickRef"}));
        e.attr("coupon", row({"Voucher Code", "voucherCodeUsed"}));
        e.attr("decline_reason", row({"Decline Reason", "declineReason"}));
        e.attr("amend_reason", row({"Amend Reason", "amendReason"}));
        e.attr("old_sale_amount", row({"Old Sale Amount", "oldSaleAmount"}));
        e.click("clickid", row({"Click ID", "clickId"}));
        if (correction)
            e.attr("refund_of", original.empty() ? orderRef : original);
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> awinTransactions()
{
    return std::make_unique<AwinTransactionsPreset>();
}

} // namespace ConvStudio::BuiltinPresets
