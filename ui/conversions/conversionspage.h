#pragma once

#include "rules/conversionrule.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QListView;
class QPushButton;
class QTimer;
class QToolButton;

namespace ConvStudio {

class RuleBuilderWidget;
class RuleListModel;
class RulePreviewPanel;
class RulePreviewer;

// The Conversions page: the rule list (left), the builder (centre), the live preview (right).
class ConversionsPage : public QWidget
{
    Q_OBJECT
public:
    ConversionsPage(RuleListModel *rules, const QString &dbPath, QWidget *parent = nullptr);
    ~ConversionsPage() override;

    // The platforms a rule can be limited to: (id, display name).
    void setPlatformChoices(std::vector<std::pair<QString, QString>> platforms);

    // After an import: reload the events for the preview and the stored counts.
    void refresh();
    // The workspace now holds storedEvents events: refresh when the preview has another number.
    void eventsChanged(qint64 storedEvents);
    RuleBuilderWidget *builder() const { return m_builder; }
    // The sidebar badge: "3 rules · 1,204".
    QString badgeText() const;

    void newFromTemplate(const QString &key); // empty key: a blank rule
    bool save();

signals:
    void badgeChanged(const QString &text);

private:
    void selectRule(int row);
    void duplicateRule();
    void deleteRule();
    void importRules();
    void exportRules();
    void schedulePreview();
    void updateState();
    bool confirmDiscard();

    RuleListModel *m_rules;
    RulePreviewer *m_previewer;
    QListView *m_list;
    RuleBuilderWidget *m_builder;
    RulePreviewPanel *m_preview;
    QPushButton *m_save;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_export;
    QToolButton *m_undo;
    QToolButton *m_redo;
    QLabel *m_status;
    QTimer *m_debounce;
    ConversionRule m_saved; // the stored version of the rule in the builder
    bool m_isNew = true;
};

} // namespace ConvStudio
