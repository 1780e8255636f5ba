#pragma once

#include "rules/conversionrule.h"

#include <QUndoCommand>

#include <functional>

namespace ConvStudio {

// One edit of the rule in the builder: the whole rule before and after (rules are small).
// Typing into one field merges into one command, so Ctrl+Z undoes the word, not each letter.
class RuleEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const ConversionRule &)>;
    // alreadyApplied: the widget shows the new state already, so the first redo() does nothing.
    RuleEditCommand(const QString &text, ConversionRule before, ConversionRule after, Apply apply,
        bool alreadyApplied, QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ConversionRule m_before;
    ConversionRule m_after;
    Apply m_apply;
    bool m_skipRedo;
    QString m_mergeKey;
};

} // namespace ConvStudio
