// woocommerce-orders: the "Advanced Order Export" layout (one row per item, order fields repeated) and
// the SkyVerge/WebToffee snake_case layouts. One Purchase per order, a Refund for refunded amounts.
#include "csv/presets/builtinpresets.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

// Status labels (English and German) to WooCommerce's slugs.
std::string wooStatus(std::string_view label)
{
    const std::string w = statusWord(label);
    static const std::pair<const char *, const char *> labels[] = {{"abgeschlossen", "completed"},
        {"fertiggestellt", "completed"}, {"in_bearbeitung", "processing"}, {"zurückerstattet", "refunded"},
        {"rückerstattet", "refunded"}, {"storniert", "cancelled"}, {"wartend", "on_hold"},
        {"zahlung_ausstehend", "pending"}, {"fehlgeschlagen", "failed"}, {"pending_payment", "pending"},
        {"wc_completed", "completed"}, {"wc_processing", "processing"}, {"wc_refunded", "refunded"}};
    for (const auto &[from, to] : labels) {
        if (w == from)
            return to;
    }
    return w;
}

class WooCommerceOrdersPreset final : public CsvPreset
{
public:
    QString id() const override { return u"woocommerce-orders"_s; }
    QString displayName() const override { return tr("WooCommerce orders"); }
    QList<QStringList> signature() const override
    {
        return {{u"Order Number"_s, u"order_number"_s, u"order_id"_s}, {u"Order Status"_s, u"status"_s},
            {u"Order Date"_s, u"order_date"_s, u"date"_s}, {u"Order Total Amount"_s, u"order_total"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Order Number"_s, u"order_id"_s}, {u"Order Date"_s, u"time"_s},
            {u"Order Total Amount"_s, u"value"_s}, {u"Order Currency"_s, u"currency"_s},
            {u"Order Status"_s, u"status"_s}, {u"Email (Billing)"_s, u"user.email"_s},
            {u"Phone (Billing)"_s, u"user.phone"_s}, {u"First Name (Billing)"_s, u"user.first_name"_s},
            {u"Last Name (Billing)"_s, u"user.last_name"_s}, {u"City (Billing)"_s, u"user.city"_s},
            {u"Postcode (Billing)"_s, u"user.zip"_s}, {u"Country Code (Billing)"_s, u"user.country"_s},
            {u"SKU"_s, u"items.id"_s}, {u"Item Name"_s, u"items.name"_s}, {u"Item Cost"_s, u"items.price"_s},
            {u"Quantity"_s, u"items.quantity"_s}, {u"Coupon Code"_s, u"attributes.coupon"_s}};
    }
    QString groupColumn() const override { return u"Order Number"_s; }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        const std::string_view order = row({"Order Number", "order_number", "order_id"});
        CsvEventObject e;
        e.set("event_id", order);
        e.set("name", std::string_view("Purchase"));
        std::string time;
        if (!context.time(row, {"Order Date", "order_date", "date"}, &time))
            return;
        e.set("time", time);
        QString currency = row.text({"Order Currency", "order_currency", "Currency"});
        QString symbolCurrency;
        std::optional<double> total;
        if (!context.amount(row, {"Order Total Amount", "order_total"}, &total, &symbolCurrency))
            return;
        if (currency.isEmpty())
            currency = symbolCurrency;
        if (total)
            e.setValue(*total, currency);
        e.set("order_id", order);
        const std::string status = wooStatus(row({"Order Status", "status"}));
        e.set("status", status);
        e.user("email", row({"Email (Billing)", "billing_email", "customer_email"}));
        e.user("phone", row({"Phone (Billing)", "billing_phone"}));
        e.user("first_name", row({"First Name (Billing)", "billing_first_name"}));
        e.user("last_name", row({"Last Name (Billing)", "billing_last_name"}));
        e.user("city", row({"City (Billing)", "billing_city"}));
        e.user("state", row({"State Code (Billing)", "billing_state"}));
        e.user("zip", row({"Postcode (Billing)", "billing_postcode"}));
        e.user("country", row({"Country Code (Billing)", "billing_country"}));
        e.attr("coupon", row({"Coupon Code", "coupon_items"}));
        e.attr("payment_method", row({"Payment Method Title", "payment_method"}));
        e.attr("customer_note", row({"Customer Note", "customer_note"}));
        e.takeTrackingFrom(row({"Customer Note", "customer_note"}));
        for (const CsvRecord &record : rows) {
            const CsvRow item(record, header);
            std::optional<double> price, quantity;
            if (!context.amount(item, {"Item Cost", "item_cost"}, &price)
                || !context.amount(item, {"Quantity", "quantity"}, &quantity))
                return;
            e.addItem(item({"SKU", "sku"}), item({"Item Name", "Name", "item_name"}), price, quantity);
        }
        std::optional<double> refunded;
        if (!context.amount(row, {"Order Refund Amount", "refunded_total", "order_refund"}, &refunded))
            return;
        CsvEventObject refund;
        if (refunded && *refunded != 0) {
            refund.set("event_id", std::string(order) + "-refund");
            refund.set("name", std::string_view("Refund"));
            refund.set("time", time);
            refund.setValue(std::fabs(*refunded), currency);
            refund.set("order_id", order);
            refund.set("status", std::string_view("refunded"));
            refund.copyUser(e);
            refund.attr("refund_of", order);
            e.attr("refunded_amount", std::fabs(*refunded));
        }
        context.emitEvent(std::move(e), rows.front().line);
        if (!refund.empty())
            context.emitEvent(std::move(refund), rows.front().line);
    }
};

} // namespace

std::unique_ptr<CsvPreset> wooCommerceOrders()
{
    return std::make_unique<WooCommerceOrdersPreset>();
}

} // namespace ConvStudio::BuiltinPresets
