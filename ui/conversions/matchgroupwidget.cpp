#include "conversions/matchgroupwidget.h"

#include "conversions/conditionrowwidget.h"
#include "conversions/rulebuilderwidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

MatchGroupWidget::MatchGroupWidget(
    const RuleMatch &group, RuleNodePath path, RuleBuilderWidget *builder, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"groupWidget"_s);
    const bool nested = !path.indexes.isEmpty();
    setFrameShape(nested ? QFrame::StyledPanel : QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(nested ? 8 : 0, nested ? 6 : 0, nested ? 6 : 0, nested ? 6 : 0);

    auto *header = new QHBoxLayout;
    auto *kind = new QComboBox(this);
    kind->setObjectName(u"groupKindCombo"_s);
    kind->addItem(tr("All of these are true"), int(RuleMatch::Kind::All));
    kind->addItem(tr("Any of these is true"), int(RuleMatch::Kind::Any));
    kind->addItem(tr("None of these is true"), int(RuleMatch::Kind::None));
    kind->setCurrentIndex(kind->findData(int(group.kind)));
    header->addWidget(kind);
    header->addStretch();
    connect(kind, &QComboBox::activated, this,
        [builder, path, kind] { builder->setGroupKind(path, RuleMatch::Kind(kind->currentData().toInt())); });
    if (nested) {
        for (const auto &[text, tip, name, delta] :
            {std::tuple {u"↑"_s, tr("Move the group up"), u"moveGroupUpButton"_s, -1},
                std::tuple {u"↓"_s, tr("Move the group down"), u"moveGroupDownButton"_s, 1}}) {
            auto *b = new QToolButton(this);
            b->setText(text);
            b->setToolTip(tip);
            b->setObjectName(name);
            b->setAutoRaise(true);
            connect(
                b, &QToolButton::clicked, this, [builder, path, d = delta] { builder->moveNode(path, d); });
            header->addWidget(b);
        }
        auto *remove = new QToolButton(this);
        remove->setText(u"✕"_s);
        remove->setToolTip(tr("Remove this group and its conditions"));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [builder, path] { builder->removeNode(path); });
        header->addWidget(remove);
    }
    layout->addLayout(header);

    for (size_t i = 0; i < group.children.size(); ++i) {
        const RuleMatch &child = group.children[i];
        if (child.isGroup())
            layout->addWidget(new MatchGroupWidget(child, path.child(int(i)), builder, this));
        else
            layout->addWidget(new ConditionRowWidget(child.condition, path.child(int(i)), builder, this));
    }
    if (group.children.empty()) {
        auto *empty = new QLabel(group.kind == RuleMatch::Kind::Any
                ? tr("An empty \"any of\" group matches nothing. Add a condition.")
                : tr("No conditions yet: every event matches. Add a condition."),
            this);
        empty->setObjectName(u"emptyGroupLabel"_s);
        empty->setEnabled(false);
        layout->addWidget(empty);
    }
    auto *footer = new QHBoxLayout;
    auto *addCondition = new QPushButton(tr("+ Condition"), this);
    addCondition->setObjectName(u"addConditionButton"_s);
    addCondition->setToolTip(tr("Add a condition on a field of the event or of its customer"));
    connect(addCondition, &QPushButton::clicked, this, [builder, path] { builder->addCondition(path); });
    auto *addGroup = new QPushButton(tr("+ Group"), this);
    addGroup->setObjectName(u"addGroupButton"_s);
    addGroup->setToolTip(tr("Add a nested group, e.g. \"any of\" several alternatives"));
    connect(addGroup, &QPushButton::clicked, this, [builder, path] { builder->addGroup(path); });
    footer->addWidget(addCondition);
    footer->addWidget(addGroup);
    footer->addStretch();
    layout->addLayout(footer);
}

} // namespace ConvStudio
