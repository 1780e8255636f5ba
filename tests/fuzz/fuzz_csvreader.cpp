// libFuzzer target: any bytes through the CSV reader, the value parsers and the preset mappers. The
// sanitizers catch what the reader does wrong; the reader itself must never crash or hang.
#include "csv/csvmapper.h"
#include "csv/csvpresetregistry.h"
#include "csv/csvreader.h"
#include "domain/eventparser.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QString error;
    if (!reader.open(&error))
        return 0;

    static const CsvPresetRegistry registry;
    static const Taxonomy taxonomy;
    static const EventParser parser(taxonomy);
    const CsvPreset *preset = registry.detect(CsvHeaderIndex(reader.header()));
    if (!preset)
        preset = registry.find(u"google-ads-offline"_s);
    CsvMapOptions options;
    options.source = u"csv:fuzz"_s;
    options.zone = *CsvZone::parse(u"UTC"_s);
    CsvMapContext context(options, parser);
    CsvMapper mapper(*preset, reader.header(), context);
    CsvValues::DateOptions dates;
    dates.zone = options.zone;

    CsvRecord record;
    CsvIssue issue;
    while (reader.next(&record, &issue)) {
        for (const std::string &field : record.fields) {
            CsvValues::parseAmount(field, DecimalStyle::Auto);
            CsvValues::parseDateTime(field, dates, &error);
        }
        if (issue.message.isEmpty())
            mapper.add(std::move(record));
        context.events.clear();
        context.rejections.clear();
        context.skips.clear();
    }
    mapper.finish();
    return 0;
}
