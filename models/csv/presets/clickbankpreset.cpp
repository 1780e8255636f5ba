// clickbank: SALE and BILL → Purchase (rebills recurring), RFND/CGBK → Refund, TEST_* flagged as test.
#include "csv/presets/builtinpresets.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class ClickBankPreset final : public CsvPreset
{
public:
    QString id() const override { return u"clickbank"_s; }
    QString displayName() const override { return tr("ClickBank transactions"); }
    QList<QStringList> signature() const override
    {
        return {{u"Receipt"_s}, {u"Transaction Type"_s, u"Txn Type"_s}, {u"Transaction Date"_s},
            {u"Account Amount"_s, u"Customer Amount"_s, u"Amount"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Receipt"_s, u"order_id"_s}, {u"Transaction Type"_s, u"name"_s},
            {u"Transaction Date"_s, u"time"_s}, {u"Customer Amount"_s, u"value"_s},
            {u"Currency"_s, u"currency"_s}, {u"Account Amount"_s, u"attributes.commission"_s},
            {u"Customer Email"_s, u"user.email"_s}, {u"Tracking ID"_s, u"attributes.tracking_id"_s}};
    }
    QString defaultTimeZone() const override { return u"America/Los_Angeles"_s; }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        const std::string type = statusWord(row({"Transaction Type", "Txn Type"}));
        const bool test = type.rfind("test_", 0) == 0;
        const std::string base = test ? type.substr(5) : type;
        const bool purchase = base == "sale" || base == "bill";
        const bool refund = base == "rfnd" || base == "cgbk";
        if (!purchase && !refund) {
            context.skip(row,
                tr("transaction type %1 is neither a sale nor a refund").arg(row.text("Transaction Type")));
            return;
        }
        const std::string_view receipt = row("Receipt");
        const size_t rebill = receipt.find("-B");
        const std::string_view order = rebill == std::string_view::npos ? receipt : receipt.substr(0, rebill);
        // Date and time are two columns, in Pacific time.
        std::string when(row("Transaction Date"));
        if (const std::string_view t = row("Transaction Time"); !t.empty())
            when += ' ' + std::string(t);
        CsvValues::DateOptions options;
        options.zone = context.options().zone;
        options.order = context.options().dateOrder;
        QString error;
        const auto time = CsvValues::parseDateTime(when, options, &error);
        if (!time) {
            context.reject(row, row.columnName({"Transaction Date"}), error);
            return;
        }
        const QString currency = row.text("Currency");
        std::optional<double> customer, account;
        if (!context.amount(row, {"Customer Amount", "Amount"}, &customer)
            || !context.amount(row, {"Account Amount"}, &account))
            return;
        CsvEventObject e;
        e.set("event_id", std::string(receipt) + ':' + type);
        e.set("name", std::string_view(purchase ? "Purchase" : "Refund"));
        e.set("time", TimeParse::formatIso(*time));
        if (customer)
            e.setValue(std::fabs(*customer), currency);
        e.set("order_id", order);
        e.set("status", std::string_view(base == "cgbk" ? "chargeback" : refund ? "refunded" : "approved"));
        e.user("email", row("Customer Email"));
        e.user("first_name", row("Customer First Name"));
        e.user("last_name", row("Customer Last Name"));
        e.user("city", row("Customer City"));
        e.user("state", row("Customer Region"));
        e.user("country", row("Customer Country"));
        e.user("zip", row("Customer Zip"));
        e.attr("network", std::string_view("clickbank"));
        e.attr("transaction_type", row("Transaction Type"));
        e.attr("receipt", receipt);
        if (account)
            e.attr("commission", *account);
        e.attr("role", row("Role"));
        e.attr("vendor", row("Vendor"));
        e.attr("affiliate", row("Affiliate"));
        e.attr("item", row("Item"));
        e.attr("item_title", row("Item Title"));
        e.attr("payment_method", row("Payment Method"));
        e.attr("tracking_id", row("Tracking ID"));
        if (base == "bill" || rebill != std::string_view::npos)
            e.attrFlag("recurring", true);
        if (test)
            e.attrFlag("test", true);
        if (refund)
            e.attr("refund_of", order);
        if (purchase)
            e.addItem(row("Item"), row("Item Title"),
                customer ? std::optional(std::fabs(*customer)) : std::nullopt, 1.0);
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> clickBank()
{
    return std::make_unique<ClickBankPreset>();
}

} // namespace ConvStudio::BuiltinPresets
