#include "domain/eventstreamreader.h"

#include <QIODevice>

#include <cstring>

namespace ConvStudio {

namespace {
constexpr qint64 ChunkSize = 1 << 20;
}

EventStreamReader::EventStreamReader(QIODevice *device)
    : m_device(device)
{
}

bool EventStreamReader::fill()
{
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    const size_t old = m_buffer.size();
    m_buffer.resize(old + ChunkSize);
    const qint64 n = m_device->read(m_buffer.data() + old, ChunkSize);
    m_buffer.resize(old + size_t(n > 0 ? n : 0));
    if (n > 0)
        m_bytesRead += n;
    return n > 0;
}

int EventStreamReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int EventStreamReader::take()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        if (c == '\n')
            ++m_line;
    }
    return c;
}

bool EventStreamReader::next(Record *record)
{
    record->text.clear();
    record->error.clear();
    if (m_mode == Mode::Done)
        return false;

    auto skipSpace = [this] {
        for (int c = peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = peek())
            take();
    };
    if (m_mode == Mode::Unknown) {
        // A UTF-8 byte order mark is allowed and ignored.
        if (peek() == 0xEF) {
            take();
            if (peek() == 0xBB)
                take();
            if (peek() == 0xBF)
                take();
        }
        skipSpace();
        if (peek() == '[') {
            take();
            m_mode = Mode::Array;
        } else {
            m_mode = Mode::Lines;
        }
    }

    if (m_mode == Mode::Lines) {
        for (;;) {
            const int c = peek();
            if (c < 0) {
                m_mode = Mode::Done;
                return false;
            }
            record->line = m_line;
            // Read one physical line, a buffered chunk at a time.
            while (m_pos < m_buffer.size() || fill()) {
                const char *begin = m_buffer.data() + m_pos;
                const size_t available = m_buffer.size() - m_pos;
                const auto *end = static_cast<const char *>(std::memchr(begin, '\n', available));
                const size_t length = end ? size_t(end - begin) : available;
                record->text.append(begin, length);
                m_pos += length;
                if (end) {
                    ++m_pos;
                    ++m_line;
                    break;
                }
            }
            if (!record->text.empty() && record->text.back() == '\r')
                record->text.pop_back();
            if (record->text.find_first_not_of(" \t") != std::string::npos)
                return true;
            record->text.clear();
        }
    }

    // Array mode: one element per record; track depth and strings to find its end.
    skipSpace();
    int c = peek();
    if (c == ']') {
        take();
        skipSpace();
        m_mode = Mode::Done;
        if (peek() >= 0) {
            record->line = m_line;
            record->error = tr("unexpected text after the closing ']'");
            return true;
        }
        return false;
    }
    if (c < 0) {
        record->line = m_line;
        record->error = tr("the JSON array is not closed: ']' is missing at the end of the file");
        m_mode = Mode::Done;
        return true;
    }
    record->line = m_line;
    int depth = 0;
    bool inString = false;
    bool escape = false;
    for (;;) {
        c = peek();
        if (c < 0) {
            record->error = tr("the JSON array is not closed: ']' is missing at the end of the file");
            record->text.clear();
            m_mode = Mode::Done;
            return true;
        }
        if (!inString && depth == 0 && (c == ',' || c == ']')) {
            if (c == ',')
                take();
            break;
        }
        take();
        record->text.push_back(char(c));
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    while (!record->text.empty() && std::isspace(static_cast<unsigned char>(record->text.back())))
        record->text.pop_back();
    if (record->text.empty())
        record->error = tr("empty element in the JSON array");
    return true;
}

} // namespace ConvStudio
