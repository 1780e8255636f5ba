#include "platforms/normalizer.h"

#include "domain/timeparse.h"
#include "platforms/isocodes.h"
#include "platforms/nationalnumbercache.h"
#include "platforms/sha256.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::Normalizer {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QString digitsOf(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

// Drops "ext. 12", "x12", "#12", ";ext=12" and what follows.
QStringView withoutExtension(QStringView s)
{
    bool digitSeen = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (digitSeen && (c == u'#' || c == u';' || c == u',' || c.isLetter()))
            return s.left(i);
        digitSeen = digitSeen || (c >= u'0' && c <= u'9');
    }
    return s;
}

} // namespace

bool isSha256Hex(QStringView value)
{
    if (value.size() != 64)
        return false;
    for (const QChar c : value) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

QString sha256Hex(QStringView normalized)
{
    if (normalized.isEmpty())
        return {};
    return Sha256::hexOfUtf8(normalized);
}

QString email(QStringView raw, EmailRule rule)
{
    QString e = raw.trimmed().toString().toLower();
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at != e.lastIndexOf(u'@') || at == e.size() - 1)
        return {};
    for (const QChar c : std::as_const(e)) {
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'(' || c == u')')
            return {};
    }
    const QStringView domain = QStringView(e).mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot <= 0 || dot == domain.size() - 1 || domain.startsWith(u'.') || domain.contains(u".."_s))
        return {};
    const bool gmail = domain == u"gmail.com"_s || domain == u"googlemail.com"_s;
    if (rule == EmailRule::GoogleAllDomains || (rule == EmailRule::GoogleGmail && gmail)) {
        QString local = e.left(at);
        const qsizetype plus = local.indexOf(u'+');
        if (plus >= 0)
            local.truncate(plus);
        local.remove(u'.');
        if (local.isEmpty())
            return {};
        e = local + u'@' + domain;
    }
    return e;
}

QString phone(QStringView raw, const QString &defaultCountry, PhoneFormat format)
{
    QString text = withoutExtension(raw.trimmed()).toString();
    text.remove(u"(0)"_s);
    const QString trimmed = text.trimmed();
    QString digits = digitsOf(trimmed);
    if (digits.isEmpty())
        return {};
    bool international = trimmed.startsWith(u'+');
    if (!international && digits.startsWith(u"00"_s) && trimmed.startsWith(u"00"_s)) {
        digits = digits.mid(2);
        international = true;
    }
    if (!international) {
        if (defaultCountry.size() == 2) {
            // A national number: the number plan of the default country knows its trunk prefix.
            const std::string national
                = NationalNumberCache::digits(trimmed.toStdString(), defaultCountry.toUpper().toStdString());
            if (national.empty())
                return {};
            digits = QString::fromStdString(national);
        } else if (digits.size() <= 10 || digits.startsWith(u'0')) {
            // Without a country this can only be a national number: it would never match.
            return {};
        }
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.size() < 7 || digits.size() > 15)
        return {};
    return format == PhoneFormat::E164 ? u'+' + digits : digits;
}

QString name(QStringView raw)
{
    const QString nfc = raw.toString().normalized(QString::NormalizationForm_C).toLower();
    QString out;
    out.reserve(nfc.size());
    bool space = false;
    for (const QChar c : nfc) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (c.isPunct() || c.isSymbol())
            continue;
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

QString city(QStringView raw)
{
    const QString nfc = raw.toString().normalized(QString::NormalizationForm_C).toLower();
    QString out;
    out.reserve(nfc.size());
    for (const QChar c : nfc) {
        if (c.isLetter() || c.isMark())
            out.append(c);
    }
    return out;
}

QString state(QStringView raw, const QString &countryAlpha2, const IsoCodes &iso)
{
    const QString trimmed = raw.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const QString country = countryAlpha2.isEmpty() ? u"US"_s : countryAlpha2.toUpper();
    const QString code = iso.subdivisionCode(country, trimmed);
    if (!code.isEmpty())
        return code.toLower();
    if (trimmed.size() == 2 && trimmed.at(0).isLetter() && trimmed.at(1).isLetter())
        return trimmed.toLower();
    if (country == u"US"_s)
        return {};
    return city(trimmed);
}

QString country(QStringView raw, const IsoCodes &iso)
{
    return iso.countryCode(raw.trimmed()).toLower();
}

QString zip(QStringView raw, const QString &countryAlpha2)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isSpace() || c == u'-')
            continue;
        if (!c.isLetterOrNumber())
            return {};
        out.append(c.toLower());
    }
    if (out.isEmpty())
        return {};
    const bool allDigits = digitsOf(out).size() == out.size();
    const bool us = countryAlpha2.compare(u"US"_s, Qt::CaseInsensitive) == 0
        || (countryAlpha2.isEmpty() && allDigits && (out.size() == 5 || out.size() == 9));
    if (us) {
        if (!allDigits || out.size() < 5)
            return {};
        out.truncate(5);
    }
    return out;
}

QString gender(QStringView raw, bool allowNonBinary)
{
    const QString g = raw.trimmed().toString().toLower();
    static const QStringList female {u"f"_s, u"female"_s, u"w"_s, u"woman"_s, u"frau"_s, u"weiblich"_s,
        u"femme"_s, u"mujer"_s, u"femenino"_s};
    static const QStringList male {
        u"m"_s, u"male"_s, u"man"_s, u"herr"_s, u"männlich"_s, u"homme"_s, u"hombre"_s, u"masculino"_s};
    static const QStringList other {u"n"_s, u"nonbinary"_s, u"non-binary"_s, u"non binary"_s, u"diverse"_s,
        u"divers"_s, u"other"_s, u"x"_s};
    if (female.contains(g))
        return u"f"_s;
    if (male.contains(g))
        return u"m"_s;
    if (allowNonBinary && other.contains(g))
        return u"n"_s;
    return {};
}

QString dateOfBirth(QStringView raw)
{
    QStringView s = raw.trimmed();
    if (s.size() > 10 && (s.at(10) == u'T' || s.at(10) == u' '))
        s = s.left(10);
    int year = 0, month = 0, day = 0;
    auto number = [](QStringView part, int *out) {
        if (part.isEmpty() || part.size() > 4)
            return false;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        *out = part.toInt();
        return true;
    };
    bool ok = false;
    if (s.size() == 8 && number(s.left(4), &year) && number(s.mid(4, 2), &month)
        && number(s.mid(6, 2), &day)) {
        ok = true;
    } else {
        for (const QChar sep : {u'-', u'/', u'.'}) {
            const auto parts = s.split(sep);
            if (parts.size() != 3)
                continue;
            int a = 0, b = 0, c = 0;
            if (!number(parts[0], &a) || !number(parts[1], &b) || !number(parts[2], &c))
                return {};
            if (parts[0].size() == 4) { // year first: 1990-02-16
                year = a, month = b, day = c;
            } else if (parts[2].size() == 4 && sep == u'/') { // US: 02/16/1990
                month = a, day = b, year = c;
            } else if (parts[2].size() == 4) { // day first: 16.02.1990, 16-02-1990
                day = a, month = b, year = c;
            } else {
                return {};
            }
            ok = true;
            break;
        }
    }
    if (!ok || year < 1900 || year > 2100 || !TimeParse::isValidDate(year, month, day))
        return {};
    // YYYYMMDD (year is 1900..2100 here), written directly instead of three QString::arg passes.
    const int digits[] = {
        year / 1000, year / 100 % 10, year / 10 % 10, year % 10, month / 10, month % 10, day / 10, day % 10};
    QString out(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        out[i] = QChar(u'0' + digits[i]);
    return out;
}

QString externalId(QStringView raw)
{
    return raw.trimmed().toString();
}

QString ipAddress(QStringView raw)
{
    const QString ip = raw.trimmed().toString();
    if (ip.isEmpty())
        return {};
    if (ip.contains(u':')) {
        for (const QChar c : ip) {
            if (!isHexDigit(c) && c != u':' && c != u'.')
                return {};
        }
        return ip.toLower();
    }
    const auto parts = QStringView(ip).split(u'.');
    if (parts.size() != 4)
        return {};
    for (const QStringView part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || n < 0 || n > 255 || part.startsWith(u'+'))
            return {};
    }
    return ip;
}

} // namespace ConvStudio::Normalizer
