#pragma once

#include <cstring>
#include <string>

namespace ConvStudio {

// key == literal, the literal's length known where it is called: compiled to a load or two and a
// compare (std::string's operator== calls memcmp), for the members read for every conversion.
template<size_t N> bool keyIs(const std::string &key, const char (&literal)[N])
{
    return key.size() == N - 1 && std::memcmp(key.data(), literal, N - 1) == 0;
}

} // namespace ConvStudio
