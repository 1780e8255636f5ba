#include "csv/presets/builtinpresets.h"

#include <QCryptographicHash>

#include <cctype>

namespace ConvStudio::BuiltinPresets {

std::string statusWord(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == ' ' || c == '-')
            out.push_back('_');
        else
            out.push_back(char(std::tolower(uchar(c))));
    }
    return out;
}

std::string stableId(std::initializer_list<std::string_view> parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const std::string_view p : parts) {
        hash.addData(QByteArrayView(p.data(), qsizetype(p.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result().toHex().left(20).toStdString();
}

} // namespace ConvStudio::BuiltinPresets
