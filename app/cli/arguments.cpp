#include "cli/arguments.h"

#include "domain/timeparse.h"

namespace ConvStudio::Arguments {

std::optional<qint64> parseInstantMs(const QString &text)
{
    const std::string s = text.trimmed().toStdString();
    if (s.size() == 10) {
        if (auto t = TimeParse::parseIso(s + "T00:00:00Z"))
            return t->utcMs;
        return std::nullopt;
    }
    if (auto t = TimeParse::parseIso(s))
        return t->utcMs;
    return std::nullopt;
}

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace ConvStudio::Arguments
