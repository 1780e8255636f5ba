#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

class QIODevice;

namespace ConvStudio {

// One data record as parsed: the fields exactly as in the file after decoding and unquoting (UTF-8),
// and where it starts.
struct CsvRecord
{
    std::vector<std::string> fields;
    qint64 line = 0; // physical line (1-based) where the record starts
    qint64 index = 0; // 0-based data record number, header and preamble not counted
};

// A problem with one record (ragged) or with the file (unterminated quote), with the line it is on.
struct CsvIssue
{
    qint64 line = 0;
    QString column;
    QString message;
};

// Streaming CSV reader for what real exports contain: RFC 4180 plus LF/CRLF/CR line ends, no final
// newline, BOMs, UTF-16, Windows-1252 fallback, delimiter sniffing (, ; tab |), preamble lines
// before the header (Google Ads "Parameters:"), footer blocks after the data (Salesforce reports),
// ragged rows. Memory stays bounded by the longest record, whatever the file size. Not thread-safe;
// one reader per thread.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::CsvReader)
public:
    struct Options
    {
        QString encoding; // empty: detect; else "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
        char delimiter = 0; // 0: sniff
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Detects the encoding and the delimiter and reads up to the header. False with *error for a
    // file that is no CSV at all (empty, only a BOM, binary, a ZIP/XLSX workbook).
    bool open(QString *error);

    // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252".
    QString encoding() const { return m_encoding; }
    bool encodingGuessed() const { return m_encodingGuessed; }
    char delimiter() const { return m_delimiter; }
    static QString delimiterText(char delimiter); // "," ";" "\t" "|"
    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    // Lines before the header that are not data ("Parameters:TimeZone=America/New_York").
    const QStringList &preamble() const { return m_preamble; }
    // The zone the preamble declares (IANA name or offset such as "-0500"), or empty.
    QString declaredTimeZone() const { return m_declaredZone; }

    // The next data record. Returns false at the end or on a fatal error (see fatalIssue()). Blank
    // lines are skipped. A record whose field count differs from the header's comes with *issue set
    // (extra trailing empty fields, as from a trailing delimiter, are dropped without an issue).
    bool next(CsvRecord *record, CsvIssue *issue);

    // Set when reading stopped on an error the rest of the file cannot be read past.
    const CsvIssue &fatalIssue() const { return m_fatal; }
    bool hasFatalIssue() const { return !m_fatal.message.isEmpty(); }
    qint64 footerLines() const { return m_footerLines; }
    qint64 bytesRead() const { return m_bytesIn; }
    qint64 recordsRead() const { return m_recordsRead; }

    // Splits one in-memory text (already decoded, UTF-8) the way next() would, for sniffing and tests.
    static char sniffDelimiter(std::string_view sample);

private:
    enum class Parse { Record, NeedMore, End, Fatal };
    bool fill();
    void appendDecoded(const char *data, qsizetype size, bool last);
    Parse parseRecord(CsvRecord *record);
    bool readRaw(CsvRecord *record);
    bool isBlank(const CsvRecord &record) const;
    bool checkBinary(const QByteArray &head, QString *error) const;

    QIODevice *m_device;
    Options m_options;
    QString m_encoding;
    bool m_encodingGuessed = false;
    enum class Codec { Utf8, Other } m_codec = Codec::Utf8;
    std::unique_ptr<QStringDecoder> m_decoder;
    std::string m_pendingUtf8; // incomplete UTF-8 sequence carried between chunks
    bool m_eof = false;
    std::string m_buf;
    size_t m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesIn = 0;
    qint64 m_recordsRead = 0;
    char m_delimiter = ',';
    QStringList m_header;
    size_t m_columns = 0;
    qint64 m_headerLine = 0;
    QStringList m_preamble;
    QString m_declaredZone;
    CsvIssue m_fatal;
    qint64 m_footerLines = 0;
    std::vector<CsvRecord> m_lookahead; // records read ahead while deciding about a footer
    size_t m_lookaheadPos = 0;
    std::vector<CsvRecord> m_headerAhead; // data records read while looking for the header
    qint64 m_nextIndex = 0;
};

} // namespace ConvStudio
