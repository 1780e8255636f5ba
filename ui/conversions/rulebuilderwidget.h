#pragma once

#include "conversions/fieldchoice.h"
#include "conversions/rulenodepath.h"

#include <QWidget>

#include <utility>
#include <vector>

class QUndoStack;
class QVBoxLayout;

namespace ConvStudio {

// The conversion builder: edits one rule by clicking. Owns the rule being edited and the undo
// stack; the row and group widgets call back into it. Knows nothing about storage.
class RuleBuilderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RuleBuilderWidget(QWidget *parent = nullptr);

    // Starts editing a rule (clears the undo history).
    void setRule(const ConversionRule &rule);
    const ConversionRule &rule() const { return m_rule; }
    QUndoStack *undoStack() const { return m_undo; }

    // The fields to offer, from what occurs in the workspace.
    void setFieldChoices(std::vector<FieldChoice> choices);
    const std::vector<FieldChoice> &fieldChoices() const { return m_choices; }
    FieldChoice fieldChoice(const QString &field) const;
    // The platforms a rule can be limited to: (id, display name), from the platform registry.
    void setPlatformChoices(std::vector<std::pair<QString, QString>> platforms);

    // Edits, each one undoable.
    void setGroupKind(const RuleNodePath &path, RuleMatch::Kind kind);
    void addCondition(const RuleNodePath &group);
    void addGroup(const RuleNodePath &group);
    void removeNode(const RuleNodePath &path);
    void moveNode(const RuleNodePath &path, int delta);
    void setConditionField(const RuleNodePath &path, const QString &field);
    void setConditionOp(const RuleNodePath &path, RuleOp op);
    void setConditionValue(const RuleNodePath &path, const Json &value);
    void addStep();
    void removeStep(int step);

signals:
    void ruleEdited(const ConvStudio::ConversionRule &rule);

private:
    // Pushes an edit. typing: the widgets show it already (no rebuild), and edits of the same
    // mergeKey in a row become one undo step.
    void edit(
        const QString &text, const ConversionRule &after, bool typing = false, const QString &mergeKey = {});
    void apply(const ConversionRule &rule);
    void rebuild();
    QWidget *buildSettings();
    static void normalize(ConversionRule &rule);

    ConversionRule m_rule;
    std::vector<FieldChoice> m_choices;
    std::vector<std::pair<QString, QString>> m_platforms;
    QUndoStack *m_undo;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout;
};

} // namespace ConvStudio
