#pragma once

#include "conversions/rulenodepath.h"

#include <QFrame>

namespace ConvStudio {

class RuleBuilderWidget;

// A group of conditions (all / any / none of), with its children and buttons to add more;
// nested groups are drawn inside, indented. Edits go to the builder.
class MatchGroupWidget : public QFrame
{
    Q_OBJECT
public:
    MatchGroupWidget(
        const RuleMatch &group, RuleNodePath path, RuleBuilderWidget *builder, QWidget *parent = nullptr);
};

} // namespace ConvStudio
