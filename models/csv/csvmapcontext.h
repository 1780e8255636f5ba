#pragma once

#include "csv/csvrow.h"
#include "csv/csvvalues.h"
#include "domain/event.h"

#include <QCoreApplication>

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ConvStudio {

class EventParser;
class FastEventParser;
class CsvEventObject;

// How the values of one import are read.
struct CsvMapOptions
{
    QString source; // "csv:shopify-orders"
    CsvZone zone; // for times without a zone: the file's declared zone, else --timezone, else the preset's
    DecimalStyle decimal = DecimalStyle::Auto;
    DateOrder dateOrder = DateOrder::Auto;
    QString dateFormat;
};

struct CsvRejection
{
    qint64 line = 0;
    QString column;
    QString error;
};

struct CsvSkip
{
    qint64 line = 0;
    QString reason;
};

struct CsvMappedEvent
{
    Event event;
    qint64 line = 0;
};

// What a preset writes to while mapping rows: the value helpers (which reject the row with the column
// and reason when a value does not parse), and the outputs the mapper collects. Not thread-safe.
class CsvMapContext
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::CsvMapContext)
public:
    CsvMapContext(const CsvMapOptions &options, const EventParser &parser);
    ~CsvMapContext();
    CsvMapContext(const CsvMapContext &) = delete;
    CsvMapContext &operator=(const CsvMapContext &) = delete;

    const CsvMapOptions &options() const { return m_options; }

    // Empty → *out stays nullopt and true. Unparsable → the row is rejected and false.
    bool amount(const CsvRow &row, std::initializer_list<const char *> columns, std::optional<double> *out,
        QString *currency = nullptr);
    // Required unless optional: an empty field rejects the row. *iso gets ISO-8601 with offset.
    bool time(const CsvRow &row, std::initializer_list<const char *> columns, std::string *iso,
        bool optional = false, const CsvZone *zone = nullptr);
    void reject(const CsvRow &row, const QString &column, const QString &error);
    void reject(qint64 line, const QString &column, const QString &error);
    void skip(const CsvRow &row, const QString &reason);
    // Validates through EventParser; a failure becomes a rejection of that line.
    void emitEvent(CsvEventObject &&object, qint64 line);
    // From now on the events carry only what storing them needs, their JSON text and identity keys
    // (Event::dropData()), and are validated by FastEventParser, which leaves to EventParser whatever
    // it would change: the same events, validation and errors, without a Json tree per event.
    void keepOnlyWhatIsStored();

    std::vector<CsvMappedEvent> events;
    std::vector<CsvRejection> rejections;
    std::vector<CsvSkip> skips;

private:
    CsvMapOptions m_options;
    const EventParser &m_parser;
    std::string m_source; // options.source in UTF-8
    std::unique_ptr<FastEventParser> m_fastParser;
    std::string m_text; // the event being emitted, as JSON
};

} // namespace ConvStudio
