#include "jsonproblem.h"

#include "jsonsupport.h"

namespace ConvStudio {

namespace {

// A SAX handler that builds nothing and only remembers the first error.
class ProblemFinder final : public nlohmann::json_sax<Json>
{
public:
    std::optional<JsonProblem> problem;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e) override
    {
        problem = JsonProblem {position, QString::fromUtf8(e.what())};
        return false;
    }
};

} // namespace

std::optional<JsonProblem> jsonProblem(std::string_view text)
{
    ProblemFinder finder;
    Json::sax_parse(text.begin(), text.end(), &finder);
    return finder.problem;
}

} // namespace ConvStudio
