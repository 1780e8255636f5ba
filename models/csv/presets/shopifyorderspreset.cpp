// shopify-orders: one Purchase per order Name (line items from every row), a Refund for refunded amounts.
#include "csv/presets/builtinpresets.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class ShopifyOrdersPreset final : public CsvPreset
{
public:
    QString id() const override { return u"shopify-orders"_s; }
    QString displayName() const override { return tr("Shopify orders"); }
    QList<QStringList> signature() const override
    {
        return {{u"Name"_s}, {u"Financial Status"_s}, {u"Lineitem name"_s}, {u"Total"_s}, {u"Created at"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Name"_s, u"order_id"_s}, {u"Created at"_s, u"time"_s}, {u"Total"_s, u"value"_s},
            {u"Currency"_s, u"currency"_s}, {u"Financial Status"_s, u"status"_s},
            {u"Email"_s, u"user.email"_s}, {u"Phone"_s, u"user.phone"_s}, {u"Billing City"_s, u"user.city"_s},
            {u"Billing Province"_s, u"user.state"_s}, {u"Billing Zip"_s, u"user.zip"_s},
            {u"Billing Country"_s, u"user.country"_s}, {u"Lineitem sku"_s, u"items.id"_s},
            {u"Lineitem name"_s, u"items.name"_s}, {u"Lineitem price"_s, u"items.price"_s},
            {u"Lineitem quantity"_s, u"items.quantity"_s}, {u"Discount Code"_s, u"attributes.coupon"_s},
            {u"Note Attributes"_s, u"attributes.note_attributes"_s}};
    }
    QString groupColumn() const override { return u"Name"_s; }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        // The first row carrying order-level fields is the order row (normally the first one).
        size_t orderRow = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!CsvRow(rows[i], header)("Financial Status").empty()
                || !CsvRow(rows[i], header)("Total").empty()) {
                orderRow = i;
                break;
            }
        }
        const CsvRow row(rows[orderRow], header);
        const std::string_view name = row("Name");
        CsvEventObject e;
        e.set("event_id", name);
        e.set("name", std::string_view("Purchase"));
        std::string time;
        if (!context.time(row, {"Created at"}, &time))
            return;
        e.set("time", time);
        const QString currency = row.text("Currency");
        std::optional<double> total;
        if (!context.amount(row, {"Total"}, &total))
            return;
        if (total)
            e.setValue(*total, currency);
        else
            e.set("currency", currency);
        e.set("order_id", name);
        e.set("status", row("Financial Status"));
        e.user("email", row("Email"));
        std::string_view phone = row("Phone");
        if (phone.empty())
            phone = row("Billing Phone");
        e.user("phone", phone);
        e.userName(row("Billing Name"));
        e.user("city", row("Billing City"));
        e.user("state", row("Billing Province"));
        e.user("zip", row("Billing Zip"));
        e.user("country", row("Billing Country"));
        e.attr("shopify_id", row("Id"));
        e.attr("fulfillment_status", row("Fulfillment Status"));
        e.attr("payment_method", row("Payment Method"));
        e.attr("coupon", row("Discount Code"));
        e.attr("tags", row("Tags"));
        e.attr("shopify_source", row("Source"));
        e.attr("cancelled_at", row("Cancelled at"));
        e.attr("notes", row("Notes"));
        e.attr("note_attributes", row("Note Attributes"));
        e.takeTrackingFrom(row("Note Attributes"));
        e.takeTrackingFrom(row("Notes"));
        for (const CsvRecord &record : rows) {
            const CsvRow item(record, header);
            std::optional<double> price, quantity;
            if (!context.amount(item, {"Lineitem price"}, &price)
                || !context.amount(item, {"Lineitem quantity"}, &quantity))
                return;
            e.addItem(item("Lineitem sku"), item("Lineitem name"), price, quantity);
        }
        std::optional<double> refunded;
        if (!context.amount(row, {"Refunded Amount"}, &refunded))
            return;
        if (refunded && *refunded > 0)
            e.attr("refunded_amount", *refunded);

        CsvEventObject refund;
        if (refunded && *refunded > 0) {
            refund.set("event_id", std::string(name) + "-refund");
            refund.set("name", std::string_view("Refund"));
            std::string refundTime;
            if (!context.time(row, {"Cancelled at"}, &refundTime, true))
                return;
            refund.set("time", refundTime.empty() ? time : refundTime);
            refund.setValue(*refunded, currency);
            refund.set("order_id", name);
            refund.set("status", row("Financial Status"));
            refund.copyUser(e);
            refund.attr("refund_of", name);
        }
        const qint64 line = rows.front().line;
        context.emitEvent(std::move(e), line);
        if (!refund.empty())
            context.emitEvent(std::move(refund), line);
    }
};

} // namespace

std::unique_ptr<CsvPreset> shopifyOrders()
{
    return std::make_unique<ShopifyOrdersPreset>();
}

} // namespace ConvStudio::BuiltinPresets
