#pragma once

#include "domain/jsonsupport.h"

#include <QString>

#include <string>
#include <string_view>

namespace ConvStudio {

/**
 * Writes one JSON object straight into a text buffer, in exactly the bytes nlohmann's compact dump
 * (AdapterKit::dump) gives for the same object. Json keeps an object's members in key order, so
 * members must be written in ascending key order (checked in debug builds). Strings that need
 * escaping and every float are formatted by nlohmann itself. For builders that write thousands of
 * events without building a Json tree first.
 */
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(std::string &out);

    // Writes the member's key; its value must be written to the returned buffer next (one of the
    // append functions below, or a nested JsonObjectWriter).
    std::string &key(std::string_view name);
    void string(std::string_view name, std::string_view utf8);
    void string(std::string_view name, const QString &text);
    void integer(std::string_view name, qint64 value);
    void number(std::string_view name, double value) { appendNumber(key(name), value); }
    void value(std::string_view name, const Json &json) { append(key(name), json); }
    // Writes the closing brace; nothing may be written to this object afterwards.
    void close();

    static void appendString(std::string &out, std::string_view utf8);
    static void appendString(std::string &out, const QString &text);
    static void appendInteger(std::string &out, qint64 value);
    static void appendNumber(std::string &out, double value);
    static void append(std::string &out, const Json &json);

private:
    // Writes ,"name": (the comma unless first) at p; returns the end.
    char *writeKey(char *p, std::string_view name);

    std::string &m_out;
    bool m_first = true;
#ifndef NDEBUG
    std::string m_lastKey;
    bool m_closed = false;
#endif
};

} // namespace ConvStudio
