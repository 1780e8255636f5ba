// libFuzzer target: any bytes through the fast event parser and, as the reference, EventParser. What the
// fast path takes must be what EventParser takes, to the last field (the text the store keeps included);
// anything else it must leave to EventParser. The sanitizers catch what either does wrong.
#include "domain/eventparser.h"
#include "domain/fasteventparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Taxonomy taxonomy = [] {
        Taxonomy t;
        t.add(u"purchase"_s, u"Purchase"_s);
        return t;
    }();
    static const EventParser parser(taxonomy);
    static FastEventParser fast(parser);
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    QString error;
    std::optional<Event> reference = parser.parseText(text, &error);
    if (reference)
        reference->dropData();
    const std::optional<Event> quick = fast.parseFast(text);
    if (quick && !(reference && *quick == *reference)) {
        std::fprintf(stderr, "the fast path took an event EventParser %s\n",
            reference ? "reads differently" : qPrintable(u"refuses: "_s + error));
        std::abort();
    }
    QString fastError;
    const std::optional<Event> either = fast.parse(text, &fastError);
    if (either.has_value() != reference.has_value() || fastError != error) {
        std::fprintf(stderr, "FastEventParser::parse differs from EventParser\n");
        std::abort();
    }
    return 0;
}
