#pragma once

#include "rules/conversionrule.h"

#include <QList>
#include <QString>

namespace ConvStudio {

// Where a condition or group sits in a rule: the step, then the child index at each level.
struct RuleNodePath
{
    int step = 0;
    QList<int> indexes;

    RuleNodePath child(int i) const
    {
        RuleNodePath p = *this;
        p.indexes << i;
        return p;
    }
    RuleNodePath parent() const
    {
        RuleNodePath p = *this;
        p.indexes.removeLast();
        return p;
    }
    QString key() const
    {
        QStringList parts {QString::number(step)};
        for (int i : indexes)
            parts << QString::number(i);
        return parts.join(u'.');
    }
    // The node at this path, or null.
    static RuleMatch *resolve(ConversionRule &rule, const RuleNodePath &path)
    {
        if (path.step < 0 || path.step >= int(rule.steps.size()))
            return nullptr;
        RuleMatch *node = &rule.steps[size_t(path.step)].match;
        for (int i : path.indexes) {
            if (i < 0 || i >= int(node->children.size()))
                return nullptr;
            node = &node->children[size_t(i)];
        }
        return node;
    }
};

} // namespace ConvStudio
