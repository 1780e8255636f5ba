#pragma once

#include "domain/jsonsupport.h"

#include <QString>

#include <string_view>

namespace ConvStudio {

// Builds one canonical event object (event-format.md) from CSV fields; empty values are left out, so
// presets can set every column they know without checking each one.
class CsvEventObject
{
public:
    Json json = Json::object();

    void set(const char *key, std::string_view value);
    void set(const char *key, const QString &value);
    void setValue(double value, const QString &currency);
    void user(const char *key, std::string_view value);
    void click(const char *key, std::string_view value);
    void attr(const char *key, std::string_view value);
    void attr(const std::string &key, std::string_view value);
    void attr(const char *key, double value);
    void attrFlag(const char *key, bool value);
    void addItem(std::string_view id, std::string_view name, std::optional<double> price,
        std::optional<double> quantity, std::string_view category = {});
    // "Jane Doe" → first_name Jane, last_name Doe; "Doe, Jane" as well.
    void userName(std::string_view fullName);
    bool hasClick(const char *key) const;

    // Click ids and UTM parameters written in free text: "gclid: …" / "utm_source=…" lines (Shopify
    // note attributes) or the query of a landing-page URL. Click ids go to click_ids, utm_* to
    // attributes.
    void takeTrackingFrom(std::string_view text);
};

} // namespace ConvStudio
