#include "csv/csvmapcontext.h"

#include "csv/csveventobject.h"
#include "domain/eventparser.h"
#include "domain/fasteventparser.h"

namespace ConvStudio {

CsvMapContext::CsvMapContext(const CsvMapOptions &options, const EventParser &parser)
    : m_options(options)
    , m_parser(parser)
    , m_source(options.source.toStdString())
{
}

CsvMapContext::~CsvMapContext() = default;

bool CsvMapContext::amount(const CsvRow &row, std::initializer_list<const char *> columns,
    std::optional<double> *out, QString *currency)
{
    const std::string_view text = row(columns);
    *out = std::nullopt;
    if (text.empty())
        return true;
    *out = CsvValues::parseAmount(text, m_options.decimal, currency);
    if (*out)
        return true;
    reject(row, row.columnName(columns),
        CsvValues::Messages::badAmount(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    return false;
}

bool CsvMapContext::time(const CsvRow &row, std::initializer_list<const char *> columns, std::string *iso,
    bool optional, const CsvZone *zone)
{
    const std::string_view text = row(columns);
    iso->clear();
    if (text.empty()) {
        if (optional)
            return true;
        reject(row, row.columnName(columns), tr("the time is empty"));
        return false;
    }
    CsvValues::DateOptions options;
    options.format = m_options.dateFormat;
    options.order = m_options.dateOrder;
    options.zone = zone ? *zone : m_options.zone;
    QString error;
    const auto t = CsvValues::parseDateTime(text, options, &error);
    if (!t) {
        reject(row, row.columnName(columns), error);
        return false;
    }
    *iso = TimeParse::formatIso(*t).toStdString();
    return true;
}

void CsvMapContext::reject(const CsvRow &row, const QString &column, const QString &error)
{
    reject(row.line(), column, error);
}

void CsvMapContext::reject(qint64 line, const QString &column, const QString &error)
{
    rejections.push_back({line, column, error});
}

void CsvMapContext::skip(const CsvRow &row, const QString &reason)
{
    skips.push_back({row.line(), reason});
}

void CsvMapContext::keepOnlyWhatIsStored()
{
    m_fastParser = std::make_unique<FastEventParser>(m_parser);
}

void CsvMapContext::emitEvent(CsvEventObject &&object, qint64 line)
{
    if (!object.has("source") && !m_source.empty())
        object.put(CsvEventObject::Part::Top, "source", m_source);
    m_text.clear();
    object.write(m_text);
    QString error;
    std::optional<Event> event
        = m_fastParser ? m_fastParser->parse(m_text, &error) : m_parser.parseText(m_text, &error);
    if (!event) {
        rejections.push_back({line, QString(), error});
        return;
    }
    events.push_back({std::move(*event), line});
}

} // namespace ConvStudio
