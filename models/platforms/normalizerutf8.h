#pragma once

#include "platforms/normalizer.h"

#include <string>
#include <string_view>

namespace ConvStudio::Normalizer {

// UTF-8 forms of the normalizers in normalizer.h, for the payload builders: the same results (the
// tests compare both on every row and on random text), computed on the bytes for the common case,
// printable ASCII, and by the QString functions for anything else. The payload builders normalize
// millions of values, most of them plain ASCII, where the QString round trips dominated.
std::string emailUtf8(std::string_view raw, EmailRule rule = EmailRule::Plain);
// The countries are ISO alpha-2 codes in ASCII (either case), as in phone() and zip().
std::string phoneUtf8(std::string_view raw, std::string_view defaultCountry, PhoneFormat format);
std::string nameUtf8(std::string_view raw);
std::string cityUtf8(std::string_view raw);
std::string zipUtf8(std::string_view raw, std::string_view countryAlpha2);
std::string dateOfBirthUtf8(std::string_view raw);
std::string ipAddressUtf8(std::string_view raw);

} // namespace ConvStudio::Normalizer
