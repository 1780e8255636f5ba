#include "conversions/conditionrowwidget.h"

#include "conversions/rulebuilderwidget.h"
#include "rules/rulefields.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ConvStudio {

ConditionRowWidget::ConditionRowWidget(
    const RuleCondition &condition, RuleNodePath path, RuleBuilderWidget *builder, QWidget *parent)
    : QWidget(parent)
    , m_condition(condition)
    , m_path(std::move(path))
    , m_builder(builder)
{
    setObjectName(u"conditionRow"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const FieldChoice choice = builder->fieldChoice(condition.field);
    RuleFields::Type type = RuleFields::type(condition.field);
    if (condition.field.startsWith(u"attributes."_s) && choice.numeric)
        type = RuleFields::Type::Number;
    m_numeric = type == RuleFields::Type::Number;

    m_field = new QComboBox(this);
    m_field->setObjectName(u"fieldCombo"_s);
    m_field->setMinimumContentsLength(18);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const FieldChoice &f : builder->fieldChoices()) {
        m_field->addItem(RuleFields::label(f.field), f.field);
        const QString examples = f.examples.mid(0, 5).join(u", "_s);
        m_field->setItemData(m_field->count() - 1,
            f.events > 0
                ? tr("%1\n%n event(s) have it, e.g. %2", nullptr, int(f.events)).arg(f.field, examples)
                : tr("%1\nNot seen in this workspace yet").arg(f.field),
            Qt::ToolTipRole);
    }
    int fieldIndex = m_field->findData(condition.field);
    if (fieldIndex < 0) {
        m_field->addItem(RuleFields::label(condition.field), condition.field);
        fieldIndex = m_field->count() - 1;
    }
    m_field->setCurrentIndex(fieldIndex);
    layout->addWidget(m_field, 3);
    connect(m_field, &QComboBox::activated, this,
        [this] { m_builder->setConditionField(m_path, m_field->currentData().toString()); });

    m_op = new QComboBox(this);
    m_op->setObjectName(u"opCombo"_s);
    for (RuleOp op : RuleFields::operators(type))
        m_op->addItem(RuleFields::opLabel(op), RuleText::opName(op));
    int opIndex = m_op->findData(RuleText::opName(condition.op));
    if (opIndex < 0) {
        m_op->addItem(RuleFields::opLabel(condition.op), RuleText::opName(condition.op));
        opIndex = m_op->count() - 1;
    }
    m_op->setCurrentIndex(opIndex);
    layout->addWidget(m_op, 2);
    connect(m_op, &QComboBox::activated, this,
        [this] { m_builder->setConditionOp(m_path, *RuleText::opFromName(m_op->currentData().toString())); });

    auto *completer = new QCompleter(choice.examples, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    if (!RuleText::opTakesValue(condition.op)) {
        layout->addStretch(3);
    } else if (type == RuleFields::Type::YesNo && !RuleText::opTakesList(condition.op)) {
        m_yesNo = new QComboBox(this);
        m_yesNo->setObjectName(u"valueCombo"_s);
        m_yesNo->addItem(tr("yes"), true);
        m_yesNo->addItem(tr("no"), false);
        m_yesNo->setCurrentIndex(condition.value.is_boolean() && !condition.value.get<bool>() ? 1 : 0);
        layout->addWidget(m_yesNo, 3);
        connect(m_yesNo, &QComboBox::activated, this, [this] { commitValue(); });
    } else if (condition.op == RuleOp::Between) {
        m_value = new QLineEdit(
            valueText(condition.value.is_array() && !condition.value.empty() ? condition.value[0] : Json()),
            this);
        m_value->setObjectName(u"valueEdit"_s);
        m_value->setPlaceholderText(tr("from"));
        m_value2 = new QLineEdit(
            valueText(condition.value.is_array() && condition.value.size() > 1 ? condition.value[1] : Json()),
            this);
        m_value2->setObjectName(u"valueEdit2"_s);
        m_value2->setPlaceholderText(tr("to"));
        layout->addWidget(m_value, 1);
        layout->addWidget(new QLabel(tr("and"), this));
        layout->addWidget(m_value2, 1);
        connect(m_value2, &QLineEdit::textEdited, this, [this] { commitValue(); });
    } else {
        m_value = new QLineEdit(valueText(condition.value), this);
        m_value->setObjectName(u"valueEdit"_s);
        m_value->setClearButtonEnabled(true);
        if (RuleText::opTakesList(condition.op))
            m_value->setPlaceholderText(tr("values, separated by commas"));
        else if (!choice.examples.isEmpty())
            m_value->setPlaceholderText(tr("e.g. %1").arg(choice.examples.constFirst()));
        if (!RuleText::opTakesList(condition.op))
            m_value->setCompleter(completer);
        layout->addWidget(m_value, 3);
    }
    if (m_value) {
        connect(m_value, &QLineEdit::textEdited, this, [this] { commitValue(); });
        // Picking a completion does not emit textEdited.
        connect(
            completer, qOverload<const QString &>(&QCompleter::activated), this, [this] { commitValue(); });
    }

    if (choice.events == 0 && !RuleFields::isCustomerField(condition.field)) {
        auto *warning = new QLabel(u"⚠"_s, this);
        warning->setObjectName(u"unseenFieldWarning"_s);
        warning->setToolTip(
            tr("No event in this workspace has this field yet: the condition matches nothing for now."));
        layout->addWidget(warning);
    }
    auto button = [this, layout](const QString &text, const QString &tip, const QString &name, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        layout->addWidget(b);
    };
    button(u"↑"_s, tr("Move up"), u"moveUpButton"_s, [this] { m_builder->moveNode(m_path, -1); });
    button(u"↓"_s, tr("Move down"), u"moveDownButton"_s, [this] { m_builder->moveNode(m_path, 1); });
    button(u"✕"_s, tr("Remove this condition"), u"removeButton"_s, [this] { m_builder->removeNode(m_path); });
}

Json ConditionRowWidget::parseValue(const QString &text, bool numeric)
{
    const QString t = text.trimmed();
    if (numeric) {
        bool ok = false;
        const double d = QLocale().toDouble(t, &ok);
        if (ok)
            return d;
        const double c = t.toDouble(&ok);
        if (ok)
            return c;
    }
    return t;
}

QString ConditionRowWidget::valueText(const Json &value)
{
    if (value.is_string())
        return value.get<QString>();
    if (value.is_boolean())
        return value.get<bool>() ? u"true"_s : u"false"_s;
    if (value.is_number())
        return QString::number(value.get<double>(), 'g', 15);
    if (value.is_array()) {
        QStringList parts;
        for (const Json &v : value)
            parts << valueText(v);
        return parts.join(u", "_s);
    }
    return {};
}

void ConditionRowWidget::commitValue()
{
    Json value;
    if (m_yesNo) {
        value = m_yesNo->currentData().toBool();
    } else if (m_condition.op == RuleOp::Between) {
        value
            = Json::array({parseValue(m_value->text(), m_numeric), parseValue(m_value2->text(), m_numeric)});
    } else if (RuleText::opTakesList(m_condition.op)) {
        value = Json::array();
        for (const QString &part : m_value->text().split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                value.push_back(parseValue(part, m_numeric));
        }
    } else {
        value = parseValue(m_value->text(), m_numeric);
    }
    m_builder->setConditionValue(m_path, value);
}

} // namespace ConvStudio
