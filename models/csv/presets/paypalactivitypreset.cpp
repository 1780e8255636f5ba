// paypal-activity: completed incoming payments → Purchase, refunds (negative, linked by Reference Txn
// ID) → Refund; fees, holds, conversions and withdrawals are skipped. English and German headers.
#include "csv/presets/builtinpresets.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class PayPalActivityPreset final : public CsvPreset
{
public:
    QString id() const override { return u"paypal-activity"_s; }
    QString displayName() const override { return tr("PayPal activity"); }
    QList<QStringList> signature() const override
    {
        return {{u"Date"_s, u"Datum"_s}, {u"Time"_s, u"Uhrzeit"_s}, {u"TimeZone"_s, u"Zeitzone"_s},
            {u"Gross"_s, u"Brutto"_s}, {u"Transaction ID"_s, u"Transaktionscode"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"Transaction ID"_s, u"event_id"_s}, {u"Date"_s, u"time"_s}, {u"Gross"_s, u"value"_s},
            {u"Currency"_s, u"currency"_s}, {u"Status"_s, u"status"_s},
            {u"From Email Address"_s, u"user.email"_s}, {u"Name"_s, u"user.first_name"_s},
            {u"Invoice Number"_s, u"order_id"_s}, {u"Reference Txn ID"_s, u"attributes.refund_of"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        const bool german = header.contains(u"Datum"_s);
        const std::string status = statusWord(row({"Status"}));
        const std::string type = statusWord(row({"Type", "Typ"}));
        std::optional<double> gross;
        QString symbolCurrency;
        if (!context.amount(row, {"Gross", "Brutto"}, &gross, &symbolCurrency))
            return;
        const bool refund = gross && *gross < 0
            && (type.find("refund") != std::string::npos || type.find("rückzahlung") != std::string::npos
                || type.find("erstattung") != std::string::npos
                || type.find("reversal") != std::string::npos);
        const bool payment = gross && *gross > 0
            && (type.find("payment") != std::string::npos || type.find("zahlung") != std::string::npos)
            && type.find("hold") == std::string::npos && type.find("release") == std::string::npos;
        const bool completed = status == "completed" || status == "abgeschlossen" || status.empty();
        if ((!payment && !refund) || !completed) {
            context.skip(row,
                tr("%1 (%2) is not an incoming payment or a refund")
                    .arg(row.text({"Type", "Typ"}), row.text({"Status"})));
            return;
        }
        std::string when(row({"Date", "Datum"}));
        when += ' ';
        when += row({"Time", "Uhrzeit"});
        const QString zoneText = row.text({"TimeZone", "Time Zone", "Zeitzone"});
        CsvValues::DateOptions options;
        options.order = german ? DateOrder::DayFirst : context.options().dateOrder;
        options.zone = context.options().zone;
        if (const auto zone = CsvZone::parse(zoneText))
            options.zone = *zone;
        QString error;
        const auto time = CsvValues::parseDateTime(when, options, &error);
        if (!time) {
            context.reject(row, row.columnName({"Date", "Datum"}), error);
            return;
        }
        QString currency = row.text({"Currency", "Währung"});
        if (currency.isEmpty())
            currency = symbolCurrency;
        const std::string_view txn = row({"Transaction ID", "Transaktionscode"});
        const std::string_view reference = row({"Reference Txn ID", "Zugehöriger Transaktionscode"});
        const std::string_view invoice = row({"Invoice Number", "Rechnungsnummer"});
        CsvEventObject e;
        e.set("event_id", txn);
        e.set("name", std::string_view(refund ? "Refund" : "Purchase"));
        e.set("time", TimeParse::formatIso(*time));
        e.setValue(std::fabs(*gross), currency);
        e.set("order_id", !invoice.empty() ? invoice : refund && !reference.empty() ? reference : txn);
        e.set("status", std::string_view(refund ? "refunded" : "completed"));
        e.user("email",
            row({refund ? "To Email Address" : "From Email Address",
                refund ? "Empfänger E-Mail-Adresse" : "Absender E-Mail-Adresse"}));
        e.userName(row("Name"));
        e.user("phone", row({"Contact Phone Number"}));
        e.user("zip", row({"Zip/Postal Code"}));
        e.user("city", row({"Town/City"}));
        e.user("country", row({"Country Code"}));
        e.attr("type", row({"Type", "Typ"}));
        e.attr("item_title", row({"Item Title", "Artikelbezeichnung"}));
        e.attr("custom", row({"Custom Number"}));
        std::optional<double> fee;
        if (!context.amount(row, {"Fee", "Gebühr"}, &fee))
            return;
        if (fee)
            e.attr("fee", std::fabs(*fee));
        if (refund)
            e.attr("refund_of", reference);
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> payPalActivity()
{
    return std::make_unique<PayPalActivityPreset>();
}

} // namespace ConvStudio::BuiltinPresets
