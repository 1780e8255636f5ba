#include "payloads/jsonhighlighter.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
    , m_token(uR"("(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\btrue\b|\bfalse\b|\bnull\b)"_s)
{
    m_key.setForeground(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0x88, 0x0e, 0x4f));
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20));
    m_number.setForeground(dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1));
    m_literal.setForeground(dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString token = m.captured(0);
        const QTextCharFormat *format = &m_literal;
        if (token.startsWith(u'"'))
            format = m.capturedLength(1) > 0 ? &m_key : &m_string;
        else if (token.at(0).isDigit() || token.at(0) == u'-')
            format = &m_number;
        setFormat(int(m.capturedStart(0)), int(m.capturedLength(0) - m.capturedLength(1)), *format);
    }
}

} // namespace ConvStudio
