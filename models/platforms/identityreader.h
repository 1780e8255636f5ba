#pragma once

#include "domain/conversion.h"
#include "platforms/normalizationmemo.h"
#include "platforms/normalizer.h"
#include "platforms/platformadapter.h"
#include "platforms/userfield.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ConvStudio {

class IsoCodes;

// How one platform wants identity normalized (platforms.md §1.2).
struct IdentityRules
{
    Normalizer::EmailRule email = Normalizer::EmailRule::Plain;
    Normalizer::PhoneFormat phone = Normalizer::PhoneFormat::Digits;
    bool nonBinaryGender = false;
};

struct BuildContext;

// Reads a conversion's user fields (the primary event first, then the earlier steps), normalizes
// them for one platform, hashes what the platform wants hashed, and records every value left out,
// with a warning in words, and (when the build asks for it) what was hashed from what. Each field is
// read, normalized and hashed once, in UTF-8 (normalizerutf8.h): printable ASCII, almost every
// value, needs no QString, and a value that needs no trimming is read in place, without a copy;
// country, state and gender are memoized for the build with their hashes.
class IdentityReader
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::IdentityReader)
public:
    // Warnings name the platform as context.adapter.displayName() does.
    IdentityReader(const Conversion &conversion, const BuildContext &context, IdentityRules rules,
        ConversionResult &result);

    QString raw(UserField field);
    // The normalized value, or empty (with a warning, once) when it cannot be normalized.
    QString normalized(UserField field);
    // The same as UTF-8, valid as long as this reader.
    std::string_view normalizedUtf8(UserField field);
    // The SHA-256 of the normalized value, or the input itself when it already is a SHA-256.
    QString hashed(UserField field, const char *platformKey);
    // The same 64 hex digits, valid as long as this reader; empty when there is no value.
    std::string_view hashedHex(UserField field, const char *platformKey);
    // Normalizes the fields in this order and hashes them, two at a time where it is faster
    // (Sha256::hexTo2); hashedHex() then returns (and records) what was computed here.
    void hashAll(std::initializer_list<UserField> fields);
    // The normalized value, sent in clear (IP, user agent, Google's address fields …).
    QString plain(UserField field, const char *platformKey);
    // The same as UTF-8, valid as long as this reader.
    std::string_view plainUtf8(UserField field, const char *platformKey);
    // Upper-case ISO alpha-2 of the person's country, or empty.
    QString countryAlpha2();

    static QString fieldLabel(UserField field);

private:
    struct Slot
    {
        bool normalized = false;
        bool hashed = false;
        bool passedThrough = false; // the input already is a SHA-256 hash
        std::string_view raw; // trimmed: in the event's JSON, or in rawCopy
        std::string rawCopy; // when the JSON value is not trimmed printable ASCII text
        std::string_view value; // normalized: in valueCopy, or in memo's entry
        std::string valueCopy;
        NormalizationMemo::Entry *memo = nullptr; // the build's entry for this value, if memoized
        std::array<char, 64> hex; // written when hashed is set
    };
    void readAll();
    Slot &read(UserField field);
    void normalize(UserField field, Slot &slot);
    // Country, state, gender, and names and cities outside ASCII: through the build's memo (with
    // the entry kept in the slot).
    template<typename Normalize>
    void normalizeMemoized(UserField field, std::string_view context, Slot &slot, Normalize normalizeValue);
    const std::string &countryUpper();
    // Sets slot.hex from slot.value: copied when it already is a hash, once per build when memoized.
    void hash(Slot &slot);
    void record(UserField field, const char *platformKey, const Slot &slot, QString sent, bool hashed);

    const Conversion &m_conversion;
    const BuildContext &m_context;
    IdentityRules m_rules;
    ConversionResult &m_result;
    std::optional<std::string> m_country; // upper-case alpha-2, or empty
    bool m_read = false;
    std::array<Slot, size_t(UserField::Count)> m_slots;
};

} // namespace ConvStudio
