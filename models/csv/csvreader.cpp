#include "csv/csvreader.h"

#include <QIODevice>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr size_t MaxRecordBytes = size_t(64) << 20;
constexpr int SniffRecords = 50;
constexpr size_t FooterLookahead = 64;

// Windows-1252 bytes 0x80–0x9F; the rest of the range is Latin-1.
constexpr char16_t Cp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void appendCodePoint(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Length of the UTF-8 sequence starting at p if it is valid and complete, 0 if invalid, -1 if it is
// cut off by end (and could still become valid).
int utf8Sequence(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int length = 0;
    char32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    char32_t cp = c & (0x3F >> (length - 1));
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

bool isValidUtf8(const QByteArray &bytes, bool allowCutEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8Sequence(p, end);
        if (n == -1)
            return allowCutEnd;
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

// Field counts per record of a sample, quote-aware, for sniffing.
std::vector<int> fieldCounts(std::string_view s, char d, int maxRecords)
{
    std::vector<int> counts;
    size_t i = 0;
    int fields = 1;
    bool inQuotes = false;
    bool fieldStart = true;
    while (i < s.size() && int(counts.size()) < maxRecords) {
        const char c = s[i++];
        if (inQuotes) {
            if (c == '"') {
                if (i < s.size() && s[i] == '"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
        } else if (c == d) {
            ++fields;
            fieldStart = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i < s.size() && s[i] == '\n')
                ++i;
            counts.push_back(fields);
            fields = 1;
            fieldStart = true;
        } else {
            fieldStart = false;
        }
    }
    return counts; // a last record without line end is left out: the sample may have cut it
}

qint64 countLineEnds(const char *p, const char *end)
{
    qint64 n = 0;
    for (; p < end; ++p) {
        if (*p == '\n')
            ++n;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++n;
    }
    return n;
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options {})
{
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
}

CsvReader::~CsvReader() = default;

QString CsvReader::delimiterText(char delimiter)
{
    if (delimiter == '\t')
        return u"\t"_s;
    return QString(QLatin1Char(delimiter));
}

char CsvReader::sniffDelimiter(std::string_view sample)
{
    char best = ',';
    int bestScore = -1;
    int bestFields = 0;
    for (const char d : {',', ';', '\t', '|'}) {
        const std::vector<int> counts = fieldCounts(sample, d, SniffRecords);
        if (counts.empty()) {
            // One line only: the delimiter that splits it most.
            const int n = int(std::count(sample.begin(), sample.end(), d));
            if (n + 1 > bestFields && bestScore <= 0) {
                best = d;
                bestFields = n + 1;
                bestScore = 0;
            }
            continue;
        }
        // The header is the first record the candidate splits; data records should match it.
        size_t h = 0;
        while (h < counts.size() && counts[h] < 2)
            ++h;
        if (h == counts.size())
            continue;
        const int k = counts[h];
        int score = 1;
        for (size_t i = h + 1; i < counts.size(); ++i)
            score += (counts[i] == k || counts[i] == k + 1) ? 1 : 0;
        if (score > bestScore || (score == bestScore && k > bestFields)) {
            best = d;
            bestScore = score;
            bestFields = k;
        }
    }
    return best;
}

bool CsvReader::checkBinary(const QByteArray &head, QString *error) const
{
    if (head.startsWith("PK\x03\x04")) {
        *error = tr("This is a ZIP archive (such as an Excel .xlsx workbook), not a CSV file. Save it as "
                    "CSV (comma-separated values) and import that file.");
        return false;
    }
    int control = 0;
    for (const char c : head) {
        if (c == '\0') {
            *error = tr("This is a binary file (it contains NUL bytes), not a CSV text file.");
            return false;
        }
        if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    if (control > 8 && control * 100 > head.size()) {
        *error = tr("This is a binary file (it is full of control characters), not a CSV text file.");
        return false;
    }
    return true;
}

bool CsvReader::open(QString *error)
{
    QByteArray head = m_device->read(ChunkSize);
    m_bytesIn = head.size();
    if (head.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    QString encoding = m_options.encoding;
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
        if (encoding.isEmpty())
            encoding = u"UTF-8 (BOM)"_s;
    } else if (head.startsWith("\xFF\xFE")) {
        head.remove(0, 2);
        if (encoding.isEmpty())
            encoding = u"UTF-16LE"_s;
    } else if (head.startsWith("\xFE\xFF")) {
        head.remove(0, 2);
        if (encoding.isEmpty())
            encoding = u"UTF-16BE"_s;
    }
    if (head.isEmpty() && m_device->atEnd()) {
        *error = tr("The file holds only a byte-order mark and no data.");
        return false;
    }
    if (encoding.isEmpty()) {
        // UTF-16 without a BOM shows as NUL bytes in every other position.
        int evenZero = 0, oddZero = 0;
        const int probe = int(std::min<qsizetype>(head.size(), 4096)) & ~1;
        for (int i = 0; i < probe; i += 2) {
            evenZero += head[i] == '\0';
            oddZero += head[i + 1] == '\0';
        }
        if (probe >= 4 && oddZero * 10 > probe * 4 && evenZero == 0)
            encoding = u"UTF-16LE"_s;
        else if (probe >= 4 && evenZero * 10 > probe * 4 && oddZero == 0)
            encoding = u"UTF-16BE"_s;
    }
    if (encoding.isEmpty() || encoding.startsWith(u"UTF-8"_s) || encoding == u"Windows-1252"_s) {
        if (!checkBinary(head, error))
            return false;
    }
    if (encoding.isEmpty()) {
        const bool atEnd = m_device->atEnd();
        if (isValidUtf8(head, !atEnd)) {
            encoding = u"UTF-8"_s;
        } else {
            encoding = u"Windows-1252"_s;
            m_encodingGuessed = true;
        }
    }
    m_encoding = encoding;
    if (encoding.startsWith(u"UTF-8"_s)) {
        m_codec = Codec::Utf8;
    } else if (encoding == u"Windows-1252"_s || encoding == u"ISO-8859-1"_s) {
        m_codec = Codec::Other;
    } else if (encoding == u"UTF-16LE"_s || encoding == u"UTF-16BE"_s) {
        m_codec = Codec::Other;
        m_decoder = std::make_unique<QStringDecoder>(
            encoding == u"UTF-16LE"_s ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    } else {
        *error = tr("Unknown encoding '%1'; use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.").arg(encoding);
        return false;
    }
    appendDecoded(head.constData(), head.size(), false);

    m_delimiter = m_options.delimiter ? m_options.delimiter
                                      : sniffDelimiter(std::string_view(m_buf).substr(0, 256 * 1024));

    // The header is the first record with two or more non-empty fields; single-field lines before it
    // are a preamble (Google Ads "Parameters:TimeZone=…", report titles).
    std::vector<CsvRecord> window;
    CsvRecord record;
    int headerAt = -1;
    while (window.size() < 20 && readRaw(&record)) {
        int nonEmpty = 0;
        for (const std::string &f : record.fields)
            nonEmpty += f.find_first_not_of(" \t") != std::string::npos ? 1 : 0;
        window.push_back(record);
        if (nonEmpty >= 2) {
            headerAt = int(window.size()) - 1;
            break;
        }
    }
    if (headerAt < 0) {
        // A one-column file: the first non-blank record is the header.
        for (size_t i = 0; i < window.size(); ++i) {
            if (!isBlank(window[i])
                && !QByteArray::fromStdString(window[i].fields[0])
                        .trimmed()
                        .toLower()
                        .startsWith("parameters:")) {
                headerAt = int(i);
                break;
            }
        }
    }
    if (headerAt < 0 && hasFatalIssue()) {
        *error = tr("line %1: %2").arg(m_fatal.line).arg(m_fatal.message);
        return false;
    }
    if (headerAt < 0) {
        *error = tr("The file has no header line.");
        return false;
    }
    for (int i = 0; i < headerAt; ++i) {
        if (isBlank(window[size_t(i)]))
            continue;
        QStringList parts;
        for (const std::string &f : window[size_t(i)].fields) {
            if (!f.empty())
                parts << QString::fromStdString(f);
        }
        const QString text = parts.join(QLatin1Char(m_delimiter));
        m_preamble << text;
        static const QString key = u"parameters:timezone="_s;
        if (text.trimmed().toLower().startsWith(key))
            m_declaredZone = text.trimmed().mid(key.size()).trimmed();
    }
    const CsvRecord &header = window[size_t(headerAt)];
    m_headerLine = header.line;
    for (const std::string &f : header.fields)
        m_header << QString::fromStdString(f);
    m_columns = header.fields.size();
    // A trailing delimiter after the header makes an empty last column: drop it.
    while (m_columns > 1 && m_header.constLast().trimmed().isEmpty()) {
        m_header.removeLast();
        --m_columns;
    }
    for (size_t i = size_t(headerAt) + 1; i < window.size(); ++i)
        m_headerAhead.push_back(std::move(window[i]));
    return true;
}

void CsvReader::appendDecoded(const char *data, qsizetype size, bool last)
{
    if (m_codec == Codec::Other) {
        if (m_decoder) {
            const QString text = (*m_decoder)(QByteArrayView(data, size));
            m_buf += text.toStdString();
            return;
        }
        m_buf.reserve(m_buf.size() + size_t(size) + size_t(size) / 8);
        for (qsizetype i = 0; i < size; ++i) {
            const auto c = uchar(data[i]);
            if (c < 0x80)
                m_buf.push_back(char(c));
            else
                appendCodePoint(m_buf, c < 0xA0 ? Cp1252High[c - 0x80] : char32_t(c));
        }
        return;
    }
    // UTF-8: copied as is, an invalid sequence becomes U+FFFD so that everything after stays valid.
    const unsigned char *p;
    const unsigned char *end;
    std::string joined;
    if (!m_pendingUtf8.empty()) {
        joined = std::move(m_pendingUtf8);
        m_pendingUtf8.clear();
        joined.append(data, size_t(size));
        p = reinterpret_cast<const unsigned char *>(joined.data());
        end = p + joined.size();
    } else {
        p = reinterpret_cast<const unsigned char *>(data);
        end = p + size;
    }
    m_buf.reserve(m_buf.size() + size_t(end - p));
    while (p < end) {
        const unsigned char *run = p;
        while (p < end && *p < 0x80)
            ++p;
        m_buf.append(reinterpret_cast<const char *>(run), size_t(p - run));
        while (p < end && *p >= 0x80) {
            const int n = utf8Sequence(p, end);
            if (n > 0) {
                m_buf.append(reinterpret_cast<const char *>(p), size_t(n));
                p += n;
            } else if (n < 0 && !last) {
                m_pendingUtf8.assign(reinterpret_cast<const char *>(p), size_t(end - p));
                return;
            } else {
                m_buf.append("\xEF\xBF\xBD");
                ++p;
            }
        }
    }
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.erase(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(ChunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        appendDecoded(nullptr, 0, true);
        return true;
    }
    m_bytesIn += chunk.size();
    appendDecoded(chunk.constData(), chunk.size(), false);
    return true;
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord *record)
{
    const char *const begin = m_buf.data();
    const char *const end = begin + m_buf.size();
    const char *p = begin + m_pos;
    if (p == end)
        return m_eof ? Parse::End : Parse::NeedMore;
    const char d = m_delimiter;
    qint64 line = m_line;
    std::vector<std::string> &fields = record->fields;
    size_t n = 0;
    for (;;) {
        if (n == fields.size())
            fields.emplace_back();
        std::string &f = fields[n++];
        f.clear();
        if (p < end && *p == '"') {
            const qint64 openLine = line;
            ++p;
            for (;;) {
                const auto *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!q) {
                    if (!m_eof) {
                        if (m_buf.size() - m_pos > MaxRecordBytes) {
                            m_fatal = {openLine, {},
                                tr("a quoted field opened on this line is not closed within %1 MB")
                                    .arg(MaxRecordBytes >> 20)};
                            return Parse::Fatal;
                        }
                        return Parse::NeedMore;
                    }
                    m_fatal = {openLine, {},
                        tr("a quoted field opened on this line is never closed (the file ends inside it)")};
                    return Parse::Fatal;
                }
                line += countLineEnds(p, q);
                f.append(p, q);
                p = q + 1;
                if (p == end && !m_eof)
                    return Parse::NeedMore;
                if (p < end && *p == '"') {
                    f.push_back('"');
                    ++p;
                    continue;
                }
                break;
            }
            // Text after the closing quote ("abc"def) is kept, as spreadsheet programs do.
            while (p < end && *p != d && *p != '\n' && *p != '\r')
                f.push_back(*p++);
        } else {
            const char *s = p;
            while (p < end && *p != d && *p != '\n' && *p != '\r')
                ++p;
            f.append(s, p);
        }
        if (p == end) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (*p == d) {
            ++p;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            ++p;
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        ++line;
        break;
    }
    fields.resize(n);
    record->line = m_line;
    m_pos = size_t(p - begin);
    m_line = line;
    return Parse::Record;
}

bool CsvReader::readRaw(CsvRecord *record)
{
    if (hasFatalIssue())
        return false;
    for (;;) {
        switch (parseRecord(record)) {
        case Parse::Record:
            return true;
        case Parse::NeedMore:
            fill();
            break;
        case Parse::End:
        case Parse::Fatal:
            return false;
        }
    }
}

bool CsvReader::isBlank(const CsvRecord &record) const
{
    for (const std::string &f : record.fields) {
        if (f.find_first_not_of(" \t") != std::string::npos)
            return false;
    }
    return true;
}

bool CsvReader::next(CsvRecord *record, CsvIssue *issue)
{
    issue->message.clear();
    issue->column.clear();
    for (;;) {
        if (!m_headerAhead.empty()) {
            *record = std::move(m_headerAhead.front());
            m_headerAhead.erase(m_headerAhead.begin());
        } else if (m_lookaheadPos < m_lookahead.size()) {
            *record = std::move(m_lookahead[m_lookaheadPos++]);
            if (m_lookaheadPos == m_lookahead.size()) {
                m_lookahead.clear();
                m_lookaheadPos = 0;
            }
        } else if (!readRaw(record)) {
            return false;
        }
        if (isBlank(*record)) {
            if (m_columns < 2 || !m_lookahead.empty() || !m_headerAhead.empty())
                continue;
            // A blank record may open a footer (report title, copyright): single-field lines up to
            // the end of the file. Read ahead to decide.
            const qint64 blankLine = record->line;
            CsvRecord ahead;
            bool footer = true;
            while (m_lookahead.size() < FooterLookahead) {
                if (!readRaw(&ahead)) {
                    if (hasFatalIssue())
                        footer = false;
                    break;
                }
                const bool single = ahead.fields.size() == 1 || isBlank(ahead);
                m_lookahead.push_back(std::move(ahead));
                if (!single) {
                    footer = false;
                    break;
                }
            }
            if (m_lookahead.size() >= FooterLookahead)
                footer = false;
            if (footer && !hasFatalIssue()) {
                m_footerLines = qint64(m_lookahead.size()) + 1;
                Q_UNUSED(blankLine)
                m_lookahead.clear();
                return false;
            }
            continue;
        }
        ++m_recordsRead;
        record->index = m_nextIndex++;
        const size_t count = record->fields.size();
        if (count > m_columns) {
            bool extraEmpty = true;
            for (size_t i = m_columns; i < count && extraEmpty; ++i)
                extraEmpty = record->fields[i].empty();
            if (extraEmpty) {
                record->fields.resize(m_columns);
                return true;
            }
        }
        if (count != m_columns) {
            issue->line = record->line;
            issue->message = tr("%1 fields, but the header has %2 columns").arg(count).arg(m_columns);
        }
        return true;
    }
}

} // namespace ConvStudio
