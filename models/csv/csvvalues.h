#pragma once

#include "domain/timeparse.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <string>
#include <string_view>

namespace ConvStudio {

// How the value parsers read locale-dependent text. Pure.
enum class DecimalStyle { Auto, Dot, Comma };
enum class DateOrder { Auto, DayFirst, MonthFirst };

// The zone applied to times written without one: an IANA name, "UTC", or a fixed offset such as
// "-0500" / "+01:00". Invalid when empty or unknown.
class CsvZone
{
public:
    CsvZone() = default;
    static std::optional<CsvZone> parse(const QString &text);
    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    // The instant of a wall-clock time in this zone.
    EventTime resolve(int year, int month, int day, int hour, int minute, int second, int millis) const;

private:
    bool m_valid = false;
    bool m_fixed = true;
    int m_offset = 0;
    QTimeZone m_zone;
    QString m_name;
};

namespace CsvValues {

// Trims spaces (also no-break spaces) and the apostrophe spreadsheets put before numbers ("'02139").
std::string_view clean(std::string_view text);

// "1.249,00", "$1,249.00", "(12.00)", "-12", "12.00-", "EUR 5", "1 249,00 €", "¥1,980". Currency symbols
// and ISO codes are taken off; *currency gets the ISO code they name when there is one.
std::optional<double> parseAmount(std::string_view text, DecimalStyle style, QString *currency = nullptr);

// Digits after the decimal point in an ISO-4217 currency (0 for JPY, KRW …, 3 for BHD, KWD …, else 2).
int currencyDigits(QStringView code);
// A value rounded to what the currency can express.
double roundForCurrency(double value, QStringView code);

struct DateOptions
{
    QString format; // Qt date-time format ("dd.MM.yyyy HH:mm"); empty: recognise the usual forms
    DateOrder order = DateOrder::Auto;
    CsvZone zone; // for times written without a zone
};

// ISO-8601 with "Z" or an offset, "2024-03-05 14:22:07 -0500", "yyyy-MM-dd HH:mm[:ss]",
// "dd.mm.yyyy [HH:mm[:ss]]", "M/D/YYYY [h:mm[:ss] [AM|PM]]" (D/M when the day is over 12 or the
// order says so), unix seconds (10 digits) or milliseconds (13). *error is one translated sentence.
std::optional<EventTime> parseDateTime(std::string_view text, const DateOptions &options, QString *error);

// The error texts the parsers produce, in context ConvStudio::CsvValues.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::CsvValues)
public:
    static QString noZone(const QString &text);
    static QString badDate(const QString &text);
    static QString badAmount(const QString &text);
};

} // namespace CsvValues
} // namespace ConvStudio
