#pragma once

#include "domain/conversion.h"
#include "platforms/normalizer.h"
#include "platforms/platformadapter.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace ConvStudio {

class IsoCodes;

enum class UserField {
    Email,
    Phone,
    FirstName,
    LastName,
    City,
    State,
    Zip,
    Country,
    Gender,
    DateOfBirth,
    ExternalId,
    Ip,
    UserAgent,
    Count
};

// How one platform wants identity normalized (platforms.md §1.2).
struct IdentityRules
{
    Normalizer::EmailRule email = Normalizer::EmailRule::Plain;
    Normalizer::PhoneFormat phone = Normalizer::PhoneFormat::Digits;
    bool nonBinaryGender = false;
};

// Reads a conversion's user fields (the primary event first, then the earlier steps), normalizes
// them for one platform, hashes what the platform wants hashed, and records in the result what
// was hashed from what and every value left out, with a warning in words.
class IdentityReader
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::IdentityReader)
public:
    IdentityReader(const Conversion &conversion, const ConnectionSettings &settings, const IsoCodes &iso,
        IdentityRules rules, QString platformName, ConversionResult &result);

    QString raw(UserField field) const;
    // The normalized value, or empty (with a warning, once) when it cannot be normalized.
    QString normalized(UserField field);
    // The SHA-256 of the normalized value, or the input itself when it already is a SHA-256.
    QString hashed(UserField field, const char *platformKey);
    // The normalized value, sent in clear (IP, user agent, Google's address fields …).
    QString plain(UserField field, const char *platformKey);
    // Upper-case ISO alpha-2 of the person's country, or empty.
    QString countryAlpha2();

    static QString fieldLabel(UserField field);

private:
    QString computeNormalized(UserField field, const QString &rawValue);

    const Conversion &m_conversion;
    const ConnectionSettings &m_settings;
    const IsoCodes &m_iso;
    IdentityRules m_rules;
    QString m_platform;
    ConversionResult &m_result;
    std::array<std::optional<QString>, size_t(UserField::Count)> m_normalized;
};

} // namespace ConvStudio
