// convstudio import FILE [--preset NAME|auto] [--mapping FILE] [--source LABEL] [--timezone TZ] [--dry-run]
//                        [--json] | FILE --inspect [--limit N] [--json]
#include "cli/arguments.h"
#include "cli/command.h"

#include "csv/csvheaderindex.h"
#include "csv/csvpresetregistry.h"
#include "csv/csvreader.h"
#include "storage/csvimport.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ImportCommand)
public:
    static int run(CliContext &context, const QStringList &args);
    static int inspect(
        CliContext &context, const QString &path, int limit, bool json, const CsvReader::Options &options);
};

Json toJsonString(const std::string &s)
{
    return Json(s);
}

int ImportCommand::inspect(
    CliContext &context, const QString &path, int limit, bool json, const CsvReader::Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.error(tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return ExitUsage;
    }
    CsvReader reader(&file, options);
    QString error;
    if (!reader.open(&error)) {
        context.error(tr("%1: %2").arg(path, error));
        return ExitUsage;
    }
    const CsvPresetRegistry registry;
    const CsvPreset *preset = registry.detect(CsvHeaderIndex(reader.header()));
    Json out = Json::object();
    out["encoding"] = reader.encoding();
    out["delimiter"] = CsvReader::delimiterText(reader.delimiter());
    out["preset"] = preset ? Json(preset->id()) : Json();
    out["header"] = Json::array();
    for (const QString &h : reader.header())
        out["header"].push_back(h);
    out["rows"] = Json::array();
    out["errors"] = Json::array();
    CsvRecord record;
    CsvIssue issue;
    qint64 count = 0;
    while (reader.next(&record, &issue)) {
        ++count;
        if (!issue.message.isEmpty())
            out["errors"].push_back(
                {{"line", issue.line}, {"column", issue.column}, {"error", issue.message}});
        if (limit < 0 || count <= limit) {
            Json row = Json::array();
            for (const std::string &f : record.fields)
                row.push_back(toJsonString(f));
            out["rows"].push_back(std::move(row));
        }
    }
    if (reader.hasFatalIssue()) {
        const CsvIssue &fatal = reader.fatalIssue();
        out["errors"].push_back({{"line", fatal.line}, {"column", fatal.column}, {"error", fatal.message}});
    }
    out["preamble"] = Json::array();
    for (const QString &p : reader.preamble())
        out["preamble"].push_back(p);
    out["header_line"] = reader.headerLine();
    out["records"] = count;
    out["footer_lines"] = reader.footerLines();
    if (!reader.declaredTimeZone().isEmpty())
        out["timezone"] = reader.declaredTimeZone();
    if (json) {
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
    } else {
        context.outLine(tr("Encoding: %1%2")
                            .arg(reader.encoding(),
                                reader.encodingGuessed() ? tr(" (the bytes are not UTF-8)") : QString()));
        context.outLine(
            tr("Delimiter: %1")
                .arg(reader.delimiter() == '\t' ? u"tab"_s : CsvReader::delimiterText(reader.delimiter())));
        context.outLine(tr("Preset: %1").arg(preset ? preset->id() : tr("none recognised")));
        context.outLine(
            tr("Header (line %1): %2").arg(reader.headerLine()).arg(reader.header().join(u" | "_s)));
        context.outLine(tr("Records: %1").arg(count));
        for (const Json &row : out["rows"]) {
            QStringList fields;
            for (const Json &f : row)
                fields << f.get<QString>();
            context.outLine(u"  "_s + fields.join(u" | "_s));
        }
        for (const Json &e : out["errors"])
            context.outLine(tr("  line %1: %2").arg(e["line"].get<qint64>()).arg(e["error"].get<QString>()));
    }
    return ExitOk;
}

int ImportCommand::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption presetOption(u"preset"_s,
        tr("The export's layout: auto (detect from the header), %1.")
            .arg(CsvPresetRegistry().ids().join(u", "_s)),
        tr("NAME"), u"auto"_s);
    const QCommandLineOption mappingOption(u"mapping"_s,
        tr("A mapping file: which column feeds which event field (the generic preset)."), tr("FILE"));
    const QCommandLineOption sourceOption(
        u"source"_s, tr("Label of the events' source (csv:LABEL); defaults to the preset."), tr("LABEL"));
    const QCommandLineOption zoneOption(u"timezone"_s,
        tr("Zone of times the file writes without one, when the file does not declare it (Europe/Berlin, "
           "UTC, -0500)."),
        tr("TZ"));
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("Parse and map, but store nothing."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption inspectOption(
        u"inspect"_s, tr("Show what the reader sees: encoding, delimiter, header, rows, errors."));
    const QCommandLineOption limitOption(
        u"limit"_s, tr("With --inspect: show at most N rows (default 20)."), tr("N"));
    const QCommandLineOption encodingOption(
        u"encoding"_s, tr("Force the encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252."), tr("NAME"));
    const QCommandLineOption delimiterOption(
        u"delimiter"_s, tr("Force the delimiter: , ; tab or |."), tr("CHAR"));
    parser.addOptions({presetOption, mappingOption, sourceOption, zoneOption, dryRunOption, jsonOption,
        inspectOption, limitOption, encodingOption, delimiterOption});
    parser.addPositionalArgument(u"FILE"_s, tr("The CSV file."));
    const QString usage = u"convstudio import FILE [--preset NAME|auto] [--mapping FILE] [--source LABEL] "
                          "[--timezone TZ] [--dry-run] [--json] | FILE --inspect [--limit N] [--json]"_s;
    if (const int code = context.parse(parser, args, usage,
            tr("Imports a CSV export (Shopify, WooCommerce, Stripe, PayPal, affiliate networks, Google Ads, "
               "Meta, HubSpot, Salesforce, or any file with a mapping) as canonical events. Re-importing "
               "a file adds nothing; an interrupted import resumes where it stopped."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.error(tr("import needs exactly one FILE. Try 'convstudio import --help'."));
        return ExitUsage;
    }
    const QString path = positional.constFirst();
    CsvReader::Options readerOptions;
    if (parser.isSet(encodingOption)) {
        const QString e = parser.value(encodingOption).toUpper();
        static const QStringList known {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"WINDOWS-1252"_s};
        if (!known.contains(e)) {
            context.error(tr("--encoding '%1' is not one of UTF-8, UTF-16LE, UTF-16BE, Windows-1252.")
                              .arg(parser.value(encodingOption)));
            return ExitUsage;
        }
        readerOptions.encoding = e == u"WINDOWS-1252"_s ? u"Windows-1252"_s : e;
    }
    if (parser.isSet(delimiterOption)) {
        const QString d = parser.value(delimiterOption);
        if (d == u"tab"_s || d == u"\\t"_s || d == u"\t"_s)
            readerOptions.delimiter = '\t';
        else if (d == u","_s || d == u";"_s || d == u"|"_s)
            readerOptions.delimiter = char(d[0].unicode());
        else {
            context.error(tr("--delimiter '%1' is not one of , ; tab |.").arg(d));
            return ExitUsage;
        }
    }
    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(inspectOption)) {
        int limit = 20;
        if (parser.isSet(limitOption)) {
            const auto n = Arguments::parseCount(parser.value(limitOption));
            if (!n) {
                context.error(tr("--limit '%1' is not a whole number.").arg(parser.value(limitOption)));
                return ExitUsage;
            }
            limit = *n;
        }
        return inspect(context, path, limit, json, readerOptions);
    }

    CsvImportRequest request;
    request.path = path;
    request.preset = parser.value(presetOption);
    request.sourceLabel = parser.value(sourceOption);
    request.timeZone = parser.value(zoneOption);
    request.dryRun = parser.isSet(dryRunOption);
    request.encoding = readerOptions.encoding;
    request.delimiter = readerOptions.delimiter;
    if (parser.isSet(mappingOption)) {
        QString error;
        request.mapping = CsvMapping::load(parser.value(mappingOption), &error);
        if (!request.mapping) {
            context.error(error);
            return ExitUsage;
        }
    }
    if (!QFile::exists(path)) {
        context.error(tr("Cannot read %1: no such file.").arg(path));
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitFailure;
    CsvImport import(db->connection());
    CsvImportSummary summary;
    QString error;
    const CsvImport::Result result = import.run(request, &summary, &error);
    if (result == CsvImport::Result::BadInput) {
        context.error(tr("%1: %2").arg(path, error));
        return ExitUsage;
    }
    if (json) {
        Json out {{"preset", summary.preset}, {"encoding", summary.encoding},
            {"delimiter", summary.delimiter}, {"rows", summary.rows}, {"events_added", summary.eventsAdded},
            {"duplicates", summary.duplicates}, {"rejected", Json::array()}, {"skipped", Json::array()},
            {"source", summary.source}, {"dry_run", request.dryRun}};
        for (const CsvRejection &r : std::as_const(summary.rejected))
            out["rejected"].push_back({{"line", r.line}, {"column", r.column}, {"error", r.error}});
        for (const CsvSkip &s : std::as_const(summary.skipped))
            out["skipped"].push_back({{"line", s.line}, {"reason", s.reason}});
        if (summary.rejectedCount > summary.rejected.size())
            out["rejected_count"] = summary.rejectedCount;
        if (summary.resumedAt > 0)
            out["resumed_at_row"] = summary.resumedAt;
        context.outBytes(QByteArray::fromStdString(out.dump()) + '\n');
    } else {
        context.outLine(tr("%1: %2 (%3, delimiter %4)")
                            .arg(path, summary.presetName, summary.encoding,
                                summary.delimiter == u"\t"_s ? tr("tab") : summary.delimiter));
        if (summary.encodingGuessed)
            context.outLine(tr("The file is not UTF-8; it was read as %1.").arg(summary.encoding));
        if (summary.resumedAt > 0)
            context.outLine(tr("Resumed an earlier import of this file at row %1.").arg(summary.resumedAt));
        context.outLine(
            (request.dryRun ? tr("Dry run: %1 rows, %2 events would be added, %3 duplicates, %4 "
                                 "rejected, %5 skipped.")
                            : tr("%1 rows: %2 events added, %3 duplicates skipped, %4 rejected, %5 "
                                 "skipped."))
                .arg(summary.rows)
                .arg(summary.eventsAdded)
                .arg(summary.duplicates)
                .arg(summary.rejectedCount)
                .arg(summary.skippedCount));
        for (const CsvRejection &r : std::as_const(summary.rejected)) {
            context.outLine(r.column.isEmpty()
                    ? tr("  line %1: %2").arg(r.line).arg(r.error)
                    : tr("  line %1, column \"%2\": %3").arg(r.line).arg(r.column, r.error));
        }
        for (const CsvSkip &s : std::as_const(summary.skipped))
            context.outLine(tr("  line %1 skipped: %2").arg(s.line).arg(s.reason));
    }
    if (result == CsvImport::Result::Failed) {
        context.error(tr("Importing %1 failed: %2").arg(path, error));
        return ExitFailure;
    }
    if (result == CsvImport::Result::Cancelled)
        return ExitFailure;
    return ExitOk;
}

const CommandRegistrar registrar("import",
    QT_TRANSLATE_NOOP("ConvStudio::Cli", "Import a CSV export as canonical events"), &ImportCommand::run);

} // namespace
} // namespace ConvStudio
