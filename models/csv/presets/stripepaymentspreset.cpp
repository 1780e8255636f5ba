// stripe-payments: paid charges → Purchase, refunded amounts → Refund, failed ones skipped with the reason.
#include "csv/presets/builtinpresets.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

constexpr std::string_view MetadataSuffix = " (metadata)";

class StripePaymentsPreset final : public CsvPreset
{
public:
    QString id() const override { return u"stripe-payments"_s; }
    QString displayName() const override { return tr("Stripe payments"); }
    QList<QStringList> signature() const override
    {
        return {{u"id"_s}, {u"Amount"_s}, {u"Amount Refunded"_s}, {u"Currency"_s}, {u"Status"_s},
            {u"Created date (UTC)"_s, u"Created (UTC)"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"id"_s, u"event_id"_s}, {u"Created date (UTC)"_s, u"time"_s}, {u"Amount"_s, u"value"_s},
            {u"Currency"_s, u"currency"_s}, {u"Status"_s, u"status"_s},
            {u"Customer Email"_s, u"user.email"_s}, {u"Customer Phone"_s, u"user.phone"_s},
            {u"Customer ID"_s, u"user.external_id"_s}, {u"Card Address Country"_s, u"user.country"_s},
            {u"Card Address Zip"_s, u"user.zip"_s}, {u"Amount Refunded"_s, u"attributes.refunded_amount"_s}};
    }
    QString defaultTimeZone() const override { return u"UTC"_s; }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        const std::string status = statusWord(row("Status"));
        std::string_view id = row("id");
        if (status != "paid" && status != "refunded" && status != "succeeded"
            && status != "partially_refunded") {
            QString reason = row.text("Decline Reason");
            if (reason.isEmpty())
                reason = row.text("Seller Message");
            context.skip(row,
                tr("payment %1 not paid (status %2): %3")
                    .arg(id.empty() ? row.text("PaymentIntent ID")
                                    : QString::fromUtf8(id.data(), qsizetype(id.size())),
                        row.text("Status"), reason));
            return;
        }
        if (id.empty())
            id = row("PaymentIntent ID");
        const QString currency = row.text("Currency").toUpper();
        std::optional<double> amount, refunded;
        if (!context.amount(row, {"Amount"}, &amount) || !context.amount(row, {"Amount Refunded"}, &refunded))
            return;
        std::string time;
        if (!context.time(row, {"Created date (UTC)", "Created (UTC)"}, &time, false, &utc()))
            return;
        CsvEventObject e;
        e.set("event_id", id);
        e.set("name", std::string_view("Purchase"));
        e.set("time", time);
        if (amount)
            e.setValue(*amount, currency);
        e.set("status", status);
        e.user("email", row("Customer Email"));
        e.user("phone", row("Customer Phone"));
        e.user("external_id", row("Customer ID"));
        e.userName(row("Card Name"));
        e.user("city", row("Card Address City"));
        e.user("state", row("Card Address State"));
        e.user("zip", row("Card Address Zip"));
        e.user("country", row("Card Address Country"));
        e.attr("payment_intent", row("PaymentIntent ID"));
        e.attr("description", row("Description"));
        e.attr("invoice_id", row("Invoice ID"));
        e.attr("utm_campaign", row("UTM Campaign"));
        e.attr("utm_content", row("UTM Content"));
        e.attr("utm_medium", row("UTM Medium"));
        e.attr("utm_source", row("UTM Source"));
        e.attr("utm_term", row("UTM Term"));
        e.attr("client_reference_id", row("Client Reference ID"));
        // "<key> (metadata)" columns: click ids to click_ids, order_id to the order, the rest attributes.
        const QStringList &names = header.names();
        for (int i = 0; i < names.size(); ++i) {
            if (!names[i].endsWith(
                    QString::fromUtf8(MetadataSuffix.data(), qsizetype(MetadataSuffix.size()))))
                continue;
            const std::string_view value = row.at(i);
            const std::string key
                = names[i].chopped(qsizetype(MetadataSuffix.size())).trimmed().toStdString();
            if (value.empty())
                continue;
            if (key == "order_id")
                e.set("order_id", value);
            else
                e.takeTrackingFrom(key + ": " + std::string(value));
            if (!e.hasClick(key.c_str()) && key != "order_id")
                e.attr(key, value);
        }
        if (refunded && *refunded > 0)
            e.attr("refunded_amount", *refunded);
        std::string orderId(e.text("order_id"));
        CsvEventObject refund;
        if (refunded && *refunded > 0) {
            std::string refundTime;
            if (!context.time(row, {"Refunded date (UTC)"}, &refundTime, true, &utc()))
                return;
            refund.set("event_id", std::string(id) + "-refund");
            refund.set("name", std::string_view("Refund"));
            refund.set("time", refundTime.empty() ? time : refundTime);
            refund.setValue(*refunded, currency);
            refund.set("order_id", orderId.empty() ? std::string(id) : orderId);
            refund.set("status", std::string_view("refunded"));
            refund.copyUser(e);
            refund.attr("refund_of", id);
        }
        context.emitEvent(std::move(e), row.line());
        if (!refund.empty())
            context.emitEvent(std::move(refund), row.line());
    }

private:
    static const CsvZone &utc()
    {
        static const CsvZone zone = *CsvZone::parse(u"UTC"_s);
        return zone;
    }
};

} // namespace

std::unique_ptr<CsvPreset> stripePayments()
{
    return std::make_unique<StripePaymentsPreset>();
}

} // namespace ConvStudio::BuiltinPresets
