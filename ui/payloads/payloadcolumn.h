#pragma once

#include "connector/payloadpreview.h"

#include <QFrame>

class QLabel;

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ConvStudio {

// One platform's payload as a column of the side-by-side view: the verdict (ready, warning,
// skipped) and the reasons, the match-quality bar, and the exact request: method, URL, headers with
// secrets masked, and the body pretty-printed and highlighted (or byte for byte). Shows a preview;
// builds nothing.
class PayloadColumn : public QFrame
{
    Q_OBJECT
public:
    explicit PayloadColumn(const QString &key, QWidget *parent = nullptr);

    void setTarget(const QString &title, const QString &subtitle, bool connected);
    void setPreview(const PayloadPreview &preview);
    const PayloadPreview &preview() const { return m_preview; }
    const QString &key() const { return m_key; }
    // The body as the column shows it (pretty, or the exact bytes when "Exact bytes" is on).
    QString bodyText() const;

    // Shows a platform's verdict on the badge: "Ready" (green), "Ready, with warnings" (amber),
    // "Skipped" (red, also when skipped is true), "No conversion" (grey) without a result. Shared
    // with the detail tab so that both always say the same.
    static void showVerdict(QLabel *badge, const ConversionResult *result, bool skipped, int radius);

signals:
    void detailsRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showBody();
    void copy(const QString &text);

    QString m_key;
    QString m_titleText;
    QString m_subtitleText;
    bool m_connected = false;
    PayloadPreview m_preview;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_verdict;
    QLabel *m_source;
    QLabel *m_messages;
    QProgressBar *m_quality;
    QLabel *m_request;
    QPlainTextEdit *m_body;
    QCheckBox *m_exact;
    QPushButton *m_copyJson;
    QPushButton *m_copyCurl;
    QPushButton *m_details;
    QLabel *m_copied;
};

} // namespace ConvStudio
