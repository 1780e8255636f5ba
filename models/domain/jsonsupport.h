#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// nlohmann/json meets Qt: QString converts to and from UTF-8 JSON strings.
template<> struct nlohmann::adl_serializer<QString>
{
    static void to_json(json &j, const QString &s) { j = s.toStdString(); }
    static void from_json(const json &j, QString &s) { s = QString::fromStdString(j.get<std::string>()); }
};

namespace ConvStudio {

using Json = nlohmann::json;

// The string at key, or an empty QString when absent or not a string.
inline QString jsonString(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get_ref<const std::string &>());
}

inline QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace ConvStudio
