#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

class QIODevice;

namespace ConvStudio {

// Splits a file of canonical events into one JSON text per event, streaming: JSON Lines (one object
// per line) or one JSON array of objects, told apart by the first non-blank character. Each record
// carries the line it starts on, so that errors name it. Memory stays bounded by the largest event.
class EventStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::EventStreamReader)
public:
    struct Record
    {
        int line = 0;
        std::string text; // one JSON value, when error is empty
        QString error; // a structural error at this line (the rest may still follow)
    };

    explicit EventStreamReader(QIODevice *device);

    // False at the end of input.
    bool next(Record *record);
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    int peek();
    int take();

    QIODevice *m_device;
    std::string m_buffer;
    size_t m_pos = 0;
    qint64 m_bytesRead = 0;
    int m_line = 1;
    enum class Mode { Unknown, Lines, Array, Done } m_mode = Mode::Unknown;
};

} // namespace ConvStudio
