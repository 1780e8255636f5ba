#pragma once

#include "conversions/rulepreviewer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ConvStudio {

class SampleMatchModel;

// The builder's live preview: the count of matches over the workspace, matches over time, sample
// matches with their reasons, and "why not" for any event.
class RulePreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RulePreviewPanel(QWidget *parent = nullptr);
    ~RulePreviewPanel() override;

    void setComputing();
    void showPreview(const RulePreview &preview);
    void showExplanation(const QString &eventId, bool matches, const QString &text);
    void setEventsLoading(bool loading);

signals:
    void explainRequested(const QString &eventId);

private:
    QLabel *m_count;
    QLabel *m_scope;
    QWidget *m_chart;
    SampleMatchModel *m_samples;
    QTableView *m_table;
    QLineEdit *m_eventId;
    QPushButton *m_explain;
    QLabel *m_explanation;
    struct ChartParts;
    std::unique_ptr<ChartParts> m_parts;
};

} // namespace ConvStudio
