#pragma once

#include "platforms/platformadapter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace ConvStudio {

class JsonView;

// One platform's payload for one conversion: the verdict and its reasons, the match-quality
// estimate, the request (URL, headers, body as a foldable tree or as text for files), and what was
// hashed from what. Shows a build result; builds nothing itself.
class PlatformPayloadView : public QWidget
{
    Q_OBJECT
public:
    explicit PlatformPayloadView(const PlatformAdapter &adapter, QWidget *parent = nullptr);

    void setOutput(const BuildOutput &output);
    const BuildOutput &output() const { return m_output; }
    const PlatformAdapter &adapter() const { return m_adapter; }
    // The JSON or curl text the copy buttons put on the clipboard (secrets masked).
    QString jsonText() const;
    QString curlText() const;

signals:
    void exportRequested(const QString &platformId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copy(const QString &text, const QString &what);

    const PlatformAdapter &m_adapter;
    BuildOutput m_output;
    QLabel *m_verdict;
    QLabel *m_title;
    QLabel *m_messages;
    QProgressBar *m_quality;
    QLabel *m_qualityLabel;
    QTreeWidget *m_signals;
    QLabel *m_request;
    QStackedWidget *m_bodyStack;
    JsonView *m_json;
    QPlainTextEdit *m_text;
    QTableWidget *m_hashed;
    QPushButton *m_copyJson;
    QPushButton *m_copyCurl;
    QPushButton *m_export;
    QLabel *m_copied;
    QLabel *m_requestHeading;
    QLabel *m_hashedHeading;
    QLabel *m_qualityHeading;
};

} // namespace ConvStudio
