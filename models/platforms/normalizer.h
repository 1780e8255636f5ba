#pragma once

#include <QString>

namespace ConvStudio {

class IsoCodes;

// Identity normalization before hashing (platforms.md §1), one free function per field. Pure and
// thread-safe. Each returns the normalized value, or an empty string when the input cannot be
// normalized (not an e-mail, an impossible date, a phone without a country): such a value is left
// out with a warning, never hashed as garbage. Values that already are SHA-256 hashes are handled
// by the caller (isSha256Hex) before any of these run.
namespace Normalizer {

enum class PhoneFormat {
    Digits, // country code and number, no '+', no leading zeros: 16505551212 (Meta, Snap, Pinterest)
    E164, // '+' then the digits: +16505551212 (Google, TikTok, Reddit)
};

enum class EmailRule {
    Plain, // trim, lower case
    GoogleGmail, // and for gmail.com / googlemail.com: no dots and no "+suffix" in the local part
    GoogleAllDomains, // the same for every domain (the current Google Ads docs, §1.3)
};

bool isSha256Hex(QStringView value);
QString sha256Hex(QStringView normalized);

QString email(QStringView raw, EmailRule rule = EmailRule::Plain);
// defaultCountry (ISO alpha-2) completes a national number; a number written with '+' or '00'
// needs none. Extensions ("ext 12", "x12", "#12") and a trunk "(0)" are dropped.
QString phone(QStringView raw, const QString &defaultCountry, PhoneFormat format);
// Lower case, no punctuation or symbols, single inner spaces, Unicode NFC ("Valéry" → "valéry").
QString name(QStringView raw);
// Lower case letters only: "New York" → "newyork".
QString city(QStringView raw);
// Lower-case ISO 3166-2 subdivision code ("California" → "ca" in the US); letters only otherwise.
QString state(QStringView raw, const QString &countryAlpha2, const IsoCodes &iso);
// Lower-case ISO alpha-2 from a code or a name ("Germany", "DEU", "de" → "de").
QString country(QStringView raw, const IsoCodes &iso);
// Lower case without spaces or dashes; US codes keep their first five digits.
QString zip(QStringView raw, const QString &countryAlpha2);
// "f" or "m" (and "n" for non-binary where a platform takes it).
QString gender(QStringView raw, bool allowNonBinary = false);
// YYYYMMDD from 1990-02-16, 19900216, 16.02.1990 or 02/16/1990; empty for an impossible date.
QString dateOfBirth(QStringView raw);
QString externalId(QStringView raw);
// An IPv4 or IPv6 address, trimmed (and lower case for IPv6); empty when it is neither.
QString ipAddress(QStringView raw);

} // namespace Normalizer
} // namespace ConvStudio
