#include "conversions/ruleeditcommand.h"

namespace ConvStudio {

RuleEditCommand::RuleEditCommand(const QString &text, ConversionRule before, ConversionRule after,
    Apply apply, bool alreadyApplied, QString mergeKey)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
    , m_skipRedo(alreadyApplied)
    , m_mergeKey(std::move(mergeKey))
{
}

void RuleEditCommand::undo()
{
    m_apply(m_before);
}

void RuleEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_apply(m_after);
}

bool RuleEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const RuleEditCommand *>(other);
    if (edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace ConvStudio
