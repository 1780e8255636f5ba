#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace ConvStudio {

// Colours pretty-printed JSON: keys, strings, numbers, booleans and null; follows a dark palette.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    JsonHighlighter(QTextDocument *document, bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QRegularExpression m_token;
};

} // namespace ConvStudio
