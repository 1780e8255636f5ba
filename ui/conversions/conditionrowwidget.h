#pragma once

#include "conversions/fieldchoice.h"
#include "conversions/rulenodepath.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ConvStudio {

class RuleBuilderWidget;

// One condition of the builder: field, operator and a value editor that fits the field's type.
// It owns no state: every edit goes to the builder, which owns the rule and the undo stack.
class ConditionRowWidget : public QWidget
{
    Q_OBJECT
public:
    ConditionRowWidget(const RuleCondition &condition, RuleNodePath path, RuleBuilderWidget *builder,
        QWidget *parent = nullptr);

    static Json parseValue(const QString &text, bool numeric);
    static QString valueText(const Json &value);

private:
    void commitValue();

    RuleCondition m_condition;
    RuleNodePath m_path;
    RuleBuilderWidget *m_builder;
    QComboBox *m_field = nullptr;
    QComboBox *m_op = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_value2 = nullptr;
    QComboBox *m_yesNo = nullptr;
    bool m_numeric = false;
};

} // namespace ConvStudio
