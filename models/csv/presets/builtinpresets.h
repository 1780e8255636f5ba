#pragma once

#include "csv/csveventobject.h"
#include "csv/csvpreset.h"

#include <QCoreApplication>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

namespace ConvStudio::BuiltinPresets {

// One factory per preset file; CsvPresetRegistry lists them.
std::unique_ptr<CsvPreset> shopifyOrders();
std::unique_ptr<CsvPreset> wooCommerceOrders();
std::unique_ptr<CsvPreset> stripePayments();
std::unique_ptr<CsvPreset> payPalActivity();
std::unique_ptr<CsvPreset> clickBank();
std::unique_ptr<CsvPreset> impactActions();
std::unique_ptr<CsvPreset> cjCommissions();
std::unique_ptr<CsvPreset> awinTransactions();
std::unique_ptr<CsvPreset> googleAdsOffline();
std::unique_ptr<CsvPreset> metaOfflineEvents();
std::unique_ptr<CsvPreset> hubSpotContacts();
std::unique_ptr<CsvPreset> salesforceLeadsReport();

// Shared by the presets: the translation context of their names and reasons.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("ConvStudio::CsvPresets", text);
}

// Lower case, spaces and '-' as '_': "Partially Refunded" → "partially_refunded".
std::string statusWord(std::string_view text);
// A stable id for a row without one: hex of a hash over the given parts.
std::string stableId(std::initializer_list<std::string_view> parts);

} // namespace ConvStudio::BuiltinPresets
