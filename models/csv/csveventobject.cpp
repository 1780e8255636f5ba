#include "csv/csveventobject.h"

#include "csv/csvvalues.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ConvStudio {

namespace {

constexpr std::array ClickKeys {"gclid", "gbraid", "wbraid", "fbclid", "fbc", "fbp", "ttclid", "msclkid",
    "epik", "sc_click_id", "rdt_cid", "li_fat_id", "ga_client_id", "clickid"};

std::string lowerKey(std::string_view key)
{
    std::string out;
    for (const char c : key) {
        if (c == ' ' || c == '-')
            out.push_back('_');
        else
            out.push_back(char(std::tolower(uchar(c))));
    }
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(uchar(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(uchar(s.back())))
        s.remove_suffix(1);
    return s;
}

} // namespace

void CsvEventObject::set(const char *key, std::string_view value)
{
    if (!value.empty())
        json[key] = std::string(value);
}

void CsvEventObject::set(const char *key, const QString &value)
{
    if (!value.isEmpty())
        json[key] = value.toStdString();
}

void CsvEventObject::setValue(double value, const QString &currency)
{
    json["value"] = CsvValues::roundForCurrency(value, currency);
    if (!currency.isEmpty())
        json["currency"] = currency.toUpper().toStdString();
}

void CsvEventObject::user(const char *key, std::string_view value)
{
    if (!value.empty())
        json["user"][key] = std::string(value);
}

void CsvEventObject::click(const char *key, std::string_view value)
{
    if (!value.empty())
        json["click_ids"][key] = std::string(value);
}

bool CsvEventObject::hasClick(const char *key) const
{
    const auto it = json.find("click_ids");
    return it != json.end() && it->contains(key);
}

void CsvEventObject::attr(const char *key, std::string_view value)
{
    if (!value.empty())
        json["attributes"][key] = std::string(value);
}

void CsvEventObject::attr(const std::string &key, std::string_view value)
{
    if (!value.empty())
        json["attributes"][key] = std::string(value);
}

void CsvEventObject::attr(const char *key, double value)
{
    json["attributes"][key] = value;
}

void CsvEventObject::attrFlag(const char *key, bool value)
{
    json["attributes"][key] = value;
}

void CsvEventObject::addItem(std::string_view id, std::string_view name, std::optional<double> price,
    std::optional<double> quantity, std::string_view category)
{
    Json item = Json::object();
    if (!id.empty())
        item["id"] = std::string(id);
    if (!name.empty())
        item["name"] = std::string(name);
    if (!category.empty())
        item["category"] = std::string(category);
    if (price)
        item["price"] = *price;
    if (quantity)
        item["quantity"] = *quantity;
    if (!item.empty())
        json["items"].push_back(std::move(item));
}

void CsvEventObject::userName(std::string_view fullName)
{
    fullName = trim(fullName);
    if (fullName.empty())
        return;
    if (const size_t comma = fullName.find(','); comma != std::string_view::npos) {
        user("last_name", trim(fullName.substr(0, comma)));
        user("first_name", trim(fullName.substr(comma + 1)));
        return;
    }
    const size_t space = fullName.find(' ');
    if (space == std::string_view::npos) {
        user("first_name", fullName);
        return;
    }
    user("first_name", trim(fullName.substr(0, space)));
    user("last_name", trim(fullName.substr(space + 1)));
}

void CsvEventObject::takeTrackingFrom(std::string_view text)
{
    if (text.empty())
        return;
    auto take = [this](std::string_view key, std::string_view value) {
        const std::string k = lowerKey(trim(key));
        value = trim(value);
        if (value.empty())
            return;
        for (const char *click : ClickKeys) {
            if (k == click) {
                if (!hasClick(click))
                    json["click_ids"][click] = std::string(value);
                return;
            }
        }
        if (k.rfind("utm_", 0) == 0)
            json["attributes"][k] = std::string(value);
    };
    // Split on line ends, '&', '?' and ';' so that both "key: value" lines and URL queries are read.
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find_first_of("\n\r&?;", start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view part = text.substr(start, end - start);
        const size_t sep = part.find_first_of(":=");
        if (sep != std::string_view::npos)
            take(part.substr(0, sep), part.substr(sep + 1));
        start = end + 1;
    }
}

} // namespace ConvStudio
