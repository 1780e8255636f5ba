#include "conversions/rulebuilderwidget.h"

#include "conversions/conditionrowwidget.h"
#include "conversions/matchgroupwidget.h"
#include "conversions/ruleeditcommand.h"
#include "domain/taxonomy.h"
#include "rules/rulefields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ConvStudio {

RuleBuilderWidget::RuleBuilderWidget(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"ruleBuilder"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_layout = new QVBoxLayout(inner);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    for (const QString &field : RuleFields::fixedFields())
        m_choices.push_back({field, {}, 0, RuleFields::type(field) == RuleFields::Type::Number});
    ConversionRule blank;
    blank.steps.push_back({RuleMatch::group(RuleMatch::Kind::All)});
    setRule(blank);
}

void RuleBuilderWidget::normalize(ConversionRule &rule)
{
    if (rule.steps.empty())
        rule.steps.push_back({RuleMatch::group(RuleMatch::Kind::All)});
    for (RuleStep &step : rule.steps) {
        if (!step.match.isGroup())
            step.match = RuleMatch::group(RuleMatch::Kind::All, {step.match});
    }
}

void RuleBuilderWidget::setRule(const ConversionRule &rule)
{
    m_undo->clear();
    m_rule = rule;
    normalize(m_rule);
    rebuild();
}

void RuleBuilderWidget::setPlatformChoices(std::vector<std::pair<QString, QString>> platforms)
{
    m_platforms = std::move(platforms);
    rebuild();
}

void RuleBuilderWidget::setFieldChoices(std::vector<FieldChoice> choices)
{
    // Fixed fields first (with what the workspace says about them), then the others it has.
    std::vector<FieldChoice> merged;
    for (const QString &field : RuleFields::fixedFields()) {
        FieldChoice c {field, {}, 0, RuleFields::type(field) == RuleFields::Type::Number};
        for (const FieldChoice &seen : choices) {
            if (seen.field == field)
                c = seen;
        }
        if (RuleFields::isCustomerField(field) || field.startsWith(u"time."_s)) {
            c.events = 1; // derived: present whenever the event has a customer / a time
            if (field == u"customer.is_returning"_s)
                c.examples = {u"true"_s, u"false"_s};
        }
        if (field == u"standard_name"_s) {
            for (const QString &name : Taxonomy::standardNames()) {
                if (!c.examples.contains(name))
                    c.examples << name;
            }
        }
        merged.push_back(c);
    }
    for (const FieldChoice &seen : choices) {
        if (!RuleFields::fixedFields().contains(seen.field) && RuleFields::isKnown(seen.field))
            merged.push_back(seen);
    }
    m_choices = std::move(merged);
    rebuild();
}

FieldChoice RuleBuilderWidget::fieldChoice(const QString &field) const
{
    for (const FieldChoice &c : m_choices) {
        if (c.field == field)
            return c;
    }
    return {field, {}, 0, false};
}

void RuleBuilderWidget::apply(const ConversionRule &rule)
{
    m_rule = rule;
    rebuild();
    emit ruleEdited(m_rule);
}

void RuleBuilderWidget::edit(
    const QString &text, const ConversionRule &after, bool typing, const QString &mergeKey)
{
    if (after == m_rule)
        return;
    const ConversionRule before = m_rule;
    if (typing) {
        m_rule = after;
        m_undo->push(new RuleEditCommand(
            text, before, after, [this](const ConversionRule &r) { apply(r); }, true, mergeKey));
        emit ruleEdited(m_rule);
    } else {
        m_undo->push(new RuleEditCommand(
            text, before, after, [this](const ConversionRule &r) { apply(r); }, false));
    }
}

void RuleBuilderWidget::setGroupKind(const RuleNodePath &path, RuleMatch::Kind kind)
{
    ConversionRule r = m_rule;
    if (RuleMatch *node = RuleNodePath::resolve(r, path))
        node->kind = kind;
    edit(tr("Change group"), r);
}

void RuleBuilderWidget::addCondition(const RuleNodePath &group)
{
    ConversionRule r = m_rule;
    RuleMatch *node = RuleNodePath::resolve(r, group);
    if (!node)
        return;
    // Start from the most useful condition: the standard event, with the most frequent one.
    const FieldChoice standard = fieldChoice(u"standard_name"_s);
    bool hasStandard = false;
    for (const RuleMatch &c : node->children)
        hasStandard = hasStandard || (!c.isGroup() && c.condition.field == u"standard_name"_s);
    if (!hasStandard)
        node->children.push_back(
            RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, standard.examples.value(0, u"Purchase"_s)));
    else
        node->children.push_back(RuleMatch::leaf(u"value"_s, RuleOp::Gt, 0));
    edit(tr("Add condition"), r);
}

void RuleBuilderWidget::addGroup(const RuleNodePath &group)
{
    ConversionRule r = m_rule;
    RuleMatch *node = RuleNodePath::resolve(r, group);
    if (!node)
        return;
    node->children.push_back(RuleMatch::group(RuleMatch::Kind::Any));
    edit(tr("Add group"), r);
}

void RuleBuilderWidget::removeNode(const RuleNodePath &path)
{
    if (path.indexes.isEmpty())
        return;
    ConversionRule r = m_rule;
    RuleMatch *parent = RuleNodePath::resolve(r, path.parent());
    const int i = path.indexes.last();
    if (!parent || i < 0 || i >= int(parent->children.size()))
        return;
    parent->children.erase(parent->children.begin() + i);
    edit(tr("Remove condition"), r);
}

void RuleBuilderWidget::moveNode(const RuleNodePath &path, int delta)
{
    if (path.indexes.isEmpty())
        return;
    ConversionRule r = m_rule;
    RuleMatch *parent = RuleNodePath::resolve(r, path.parent());
    const int i = path.indexes.last();
    const int j = i + delta;
    if (!parent || j < 0 || j >= int(parent->children.size()))
        return;
    std::swap(parent->children[size_t(i)], parent->children[size_t(j)]);
    edit(tr("Move condition"), r);
}

void RuleBuilderWidget::setConditionField(const RuleNodePath &path, const QString &field)
{
    ConversionRule r = m_rule;
    RuleMatch *node = RuleNodePath::resolve(r, path);
    if (!node || node->isGroup() || node->condition.field == field)
        return;
    node->condition.field = field;
    const FieldChoice choice = fieldChoice(field);
    RuleFields::Type type = RuleFields::type(field);
    if (field.startsWith(u"attributes."_s) && choice.numeric)
        type = RuleFields::Type::Number;
    if (!RuleFields::operators(type).contains(node->condition.op))
        node->condition.op = RuleOp::Equals;
    // A value that fits the new field: yes for yes/no, the most frequent example otherwise.
    if (type == RuleFields::Type::YesNo)
        node->condition.value = true;
    else if (type == RuleFields::Type::Number)
        node->condition.value = ConditionRowWidget::parseValue(choice.examples.value(0, u"0"_s), true);
    else
        node->condition.value = choice.examples.value(0);
    if (!RuleText::opTakesValue(node->condition.op))
        node->condition.value = Json();
    edit(tr("Change field"), r);
}

void RuleBuilderWidget::setConditionOp(const RuleNodePath &path, RuleOp op)
{
    ConversionRule r = m_rule;
    RuleMatch *node = RuleNodePath::resolve(r, path);
    if (!node || node->isGroup())
        return;
    Json &value = node->condition.value;
    const bool wasList = RuleText::opTakesList(node->condition.op);
    node->condition.op = op;
    if (!RuleText::opTakesValue(op)) {
        value = Json();
    } else if (op == RuleOp::Between) {
        const Json low
            = value.is_array() ? (value.empty() ? Json(0) : value[0]) : (value.is_null() ? Json(0) : value);
        value = Json::array({low, low});
    } else if (RuleText::opTakesList(op)) {
        if (!value.is_array())
            value = value.is_null() ? Json::array() : Json::array({value});
    } else if (wasList || value.is_array()) {
        value = value.is_array() && !value.empty() ? value[0] : Json("");
    } else if (value.is_null()) {
        value = "";
    }
    edit(tr("Change operator"), r);
}

void RuleBuilderWidget::setConditionValue(const RuleNodePath &path, const Json &value)
{
    ConversionRule r = m_rule;
    RuleMatch *node = RuleNodePath::resolve(r, path);
    if (!node || node->isGroup())
        return;
    node->condition.value = value;
    edit(tr("Change value"), r, true, u"value:"_s + path.key());
}

void RuleBuilderWidget::addStep()
{
    ConversionRule r = m_rule;
    r.steps.push_back({RuleMatch::group(
        RuleMatch::Kind::All, {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase")})});
    if (r.steps.size() == 2 && r.within.isEmpty())
        r.within = u"30d"_s;
    edit(tr("Add step"), r);
}

void RuleBuilderWidget::removeStep(int step)
{
    if (m_rule.steps.size() <= 1 || step < 0 || step >= int(m_rule.steps.size()))
        return;
    ConversionRule r = m_rule;
    r.steps.erase(r.steps.begin() + step);
    if (!r.isSequence()) {
        r.within.clear();
        r.join.reset();
    }
    if (r.value && r.value->source == RuleValue::Source::Step && r.value->step > int(r.steps.size()))
        r.value->step = int(r.steps.size());
    edit(tr("Remove step"), r);
}

void RuleBuilderWidget::rebuild()
{
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QFormLayout;
    auto *name = new QLineEdit(m_rule.name, m_content);
    name->setObjectName(u"ruleNameEdit"_s);
    name->setPlaceholderText(tr("e.g. Returning customer, order over 100"));
    connect(name, &QLineEdit::textEdited, this, [this](const QString &text) {
        ConversionRule r = m_rule;
        r.name = text;
        edit(tr("Rename"), r, true, u"name"_s);
    });
    header->addRow(tr("Name"), name);
    auto *conversion = new QComboBox(m_content);
    conversion->setObjectName(u"conversionCombo"_s);
    conversion->setEditable(true);
    conversion->addItems(Taxonomy::standardNames());
    conversion->setCurrentText(m_rule.conversion);
    conversion->setToolTip(
        tr("The standard conversion the platforms receive (Purchase, Lead …), or a name of your own"));
    connect(conversion, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        ConversionRule r = m_rule;
        r.conversion = text.trimmed();
        edit(tr("Change conversion"), r, true, u"conversion"_s);
    });
    header->addRow(tr("Counts as"), conversion);
    layout->addLayout(header);

    for (size_t s = 0; s < m_rule.steps.size(); ++s) {
        const QString title = m_rule.isSequence()
            ? (s == 0 ? tr("Step 1: an event where")
                      : tr("Step %1: then a later event of the same person where").arg(s + 1))
            : tr("Count an event as a conversion when");
        auto *box = new QGroupBox(title, m_content);
        box->setObjectName(u"stepBox%1"_s.arg(s));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(
            new MatchGroupWidget(m_rule.steps[s].match, RuleNodePath {int(s), {}}, this, box));
        if (m_rule.isSequence()) {
            auto *remove = new QPushButton(tr("Remove step %1").arg(s + 1), box);
            remove->setObjectName(u"removeStepButton"_s);
            connect(remove, &QPushButton::clicked, this, [this, s] { removeStep(int(s)); });
            boxLayout->addWidget(remove, 0, Qt::AlignRight);
        }
        layout->addWidget(box);
    }
    auto *addStepButton = new QPushButton(tr("+ Then another event (sequence)"), m_content);
    addStepButton->setObjectName(u"addStepButton"_s);
    addStepButton->setToolTip(tr("E.g. a Lead, then a Purchase by the same customer within 30 days"));
    connect(addStepButton, &QPushButton::clicked, this, &RuleBuilderWidget::addStep);
    layout->addWidget(addStepButton, 0, Qt::AlignLeft);
    layout->addWidget(buildSettings());
    layout->addStretch();
    m_layout->addWidget(m_content);
}

QWidget *RuleBuilderWidget::buildSettings()
{
    auto *box = new QGroupBox(tr("What is sent"), m_content);
    auto *form = new QFormLayout(box);

    if (m_rule.isSequence()) {
        auto *withinRow = new QHBoxLayout;
        auto *within = new QSpinBox(box);
        within->setObjectName(u"withinSpin"_s);
        within->setRange(0, 100000);
        within->setSpecialValueText(tr("no limit"));
        auto *unit = new QComboBox(box);
        unit->setObjectName(u"withinUnitCombo"_s);
        unit->addItem(tr("minutes"), u"m"_s);
        unit->addItem(tr("hours"), u"h"_s);
        unit->addItem(tr("days"), u"d"_s);
        const QString w = m_rule.within;
        unit->setCurrentIndex(w.isEmpty() ? 2 : std::max(0, unit->findData(w.right(1))));
        within->setValue(w.isEmpty() ? 0 : w.chopped(1).toInt());
        auto commit = [this, within, unit] {
            ConversionRule r = m_rule;
            r.within = within->value() == 0
                ? QString()
                : QString::number(within->value()) + unit->currentData().toString();
            edit(tr("Change window"), r, true, u"within"_s);
        };
        connect(within, &QSpinBox::valueChanged, this, commit);
        connect(unit, &QComboBox::activated, this, commit);
        withinRow->addWidget(within);
        withinRow->addWidget(unit);
        form->addRow(tr("All steps within"), withinRow);
        auto *join = new QComboBox(box);
        join->setObjectName(u"joinCombo"_s);
        join->addItem(tr("the same customer"), int(RuleJoin::Customer));
        join->addItem(tr("the same click id"), int(RuleJoin::ClickId));
        join->addItem(tr("the same order id"), int(RuleJoin::OrderId));
        join->setCurrentIndex(join->findData(int(m_rule.effectiveJoin())));
        connect(join, &QComboBox::activated, this, [this, join] {
            ConversionRule r = m_rule;
            r.join = RuleJoin(join->currentData().toInt());
            edit(tr("Change join"), r);
        });
        form->addRow(tr("Steps belong together by"), join);
    }

    const RuleValue value = m_rule.effectiveValue();
    auto *valueRow = new QHBoxLayout;
    auto *source = new QComboBox(box);
    source->setObjectName(u"valueSourceCombo"_s);
    source->addItem(tr("the event's value"), u"event"_s);
    for (size_t s = 0; m_rule.isSequence() && s < m_rule.steps.size(); ++s)
        source->addItem(tr("step %1's value").arg(s + 1), u"step:%1"_s.arg(s + 1));
    source->addItem(tr("a fixed value"), u"fixed"_s);
    const QString current = value.source == RuleValue::Source::Fixed
        ? u"fixed"_s
        : (value.source == RuleValue::Source::Step ? u"step:%1"_s.arg(value.step) : u"event"_s);
    source->setCurrentIndex(std::max(0, source->findData(current)));
    valueRow->addWidget(source);
    auto *fixed = new QDoubleSpinBox(box);
    fixed->setObjectName(u"fixedValueSpin"_s);
    fixed->setRange(0, 1e9);
    fixed->setDecimals(2);
    fixed->setValue(value.fixed);
    fixed->setVisible(value.source == RuleValue::Source::Fixed);
    valueRow->addWidget(fixed);
    auto *multiply = new QDoubleSpinBox(box);
    multiply->setObjectName(u"multiplySpin"_s);
    multiply->setRange(0, 1000);
    multiply->setDecimals(3);
    multiply->setPrefix(u"× "_s);
    multiply->setValue(value.multiply.value_or(1.0));
    multiply->setToolTip(tr("Multiply, e.g. 0.3 to send a margin instead of revenue"));
    valueRow->addWidget(multiply);
    auto *add = new QDoubleSpinBox(box);
    add->setObjectName(u"addSpin"_s);
    add->setRange(-1e9, 1e9);
    add->setDecimals(2);
    add->setPrefix(u"+ "_s);
    add->setValue(value.add.value_or(0.0));
    valueRow->addWidget(add);
    auto commitValue = [this, source, fixed, multiply, add] {
        ConversionRule r = m_rule;
        RuleValue v;
        const QString s = source->currentData().toString();
        if (s == u"fixed"_s) {
            v.source = RuleValue::Source::Fixed;
            v.fixed = fixed->value();
        } else if (s.startsWith(u"step:"_s)) {
            v.source = RuleValue::Source::Step;
            v.step = s.mid(5).toInt();
        }
        if (multiply->value() != 1.0)
            v.multiply = multiply->value();
        if (add->value() != 0.0)
            v.add = add->value();
        r.value = v == RuleValue {} && !m_rule.value ? std::nullopt : std::optional<RuleValue>(v);
        fixed->setVisible(v.source == RuleValue::Source::Fixed);
        edit(tr("Change value rule"), r, true, u"valuerule"_s);
    };
    connect(source, &QComboBox::activated, this, commitValue);
    connect(fixed, &QDoubleSpinBox::valueChanged, this, commitValue);
    connect(multiply, &QDoubleSpinBox::valueChanged, this, commitValue);
    connect(add, &QDoubleSpinBox::valueChanged, this, commitValue);
    form->addRow(tr("Value"), valueRow);

    auto *currency = new QLineEdit(m_rule.currency, box);
    currency->setObjectName(u"currencyEdit"_s);
    currency->setPlaceholderText(tr("the event's currency"));
    currency->setMaxLength(3);
    connect(currency, &QLineEdit::textEdited, this, [this](const QString &text) {
        ConversionRule r = m_rule;
        r.currency = text.trimmed().toUpper();
        edit(tr("Change currency"), r, true, u"currency"_s);
    });
    form->addRow(tr("Currency"), currency);

    auto *dedupeRow = new QHBoxLayout;
    auto *dedupe = new QComboBox(box);
    dedupe->setObjectName(u"dedupeCombo"_s);
    dedupe->addItem(tr("every match counts"), int(RuleDedupe::By::Nothing));
    dedupe->addItem(tr("once per order"), int(RuleDedupe::By::OrderId));
    dedupe->addItem(tr("once per customer per"), int(RuleDedupe::By::Customer));
    dedupe->setCurrentIndex(dedupe->findData(int(m_rule.dedupe.by)));
    auto *per = new QSpinBox(box);
    per->setObjectName(u"dedupeDaysSpin"_s);
    per->setRange(0, 3650);
    per->setSuffix(tr(" days"));
    per->setSpecialValueText(tr("ever"));
    per->setValue(m_rule.dedupe.per.isEmpty()
            ? 0
            : int(RuleText::parseDuration(m_rule.dedupe.per).value_or(0) / 86400000));
    per->setVisible(m_rule.dedupe.by == RuleDedupe::By::Customer);
    connect(dedupe, &QComboBox::activated, this, [this, dedupe] {
        ConversionRule r = m_rule;
        r.dedupe.by = RuleDedupe::By(dedupe->currentData().toInt());
        r.dedupe.per = r.dedupe.by == RuleDedupe::By::Customer ? u"30d"_s : QString();
        edit(tr("Change dedupe"), r);
    });
    connect(per, &QSpinBox::valueChanged, this, [this](int days) {
        ConversionRule r = m_rule;
        r.dedupe.per = days == 0 ? QString() : u"%1d"_s.arg(days);
        edit(tr("Change dedupe"), r, true, u"dedupe"_s);
    });
    dedupeRow->addWidget(dedupe);
    dedupeRow->addWidget(per);
    dedupeRow->addStretch();
    form->addRow(tr("Count"), dedupeRow);

    // "Every connected platform", or some of them: a grid, so that a dozen platforms never make
    // the builder wider than its column.
    auto *platformRows = new QVBoxLayout;
    auto *all = new QCheckBox(tr("every connected platform"), box);
    all->setObjectName(u"allPlatformsCheck"_s);
    all->setChecked(!m_rule.platforms);
    platformRows->addWidget(all);
    std::vector<std::pair<QString, QString>> platforms = m_platforms;
    if (m_rule.platforms) { // ids the registry does not list stay visible, so they are not lost
        for (const QString &id : *m_rule.platforms) {
            if (std::none_of(
                    platforms.begin(), platforms.end(), [&id](const auto &p) { return p.first == id; }))
                platforms.emplace_back(id, id);
        }
    }
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int Columns = 3;
    QList<QCheckBox *> boxes;
    for (const auto &[id, label] : platforms) {
        auto *check = new QCheckBox(label, box);
        check->setObjectName(u"platform_"_s + id);
        check->setProperty("platformId", id);
        check->setChecked(m_rule.platforms && m_rule.platforms->contains(id));
        check->setEnabled(bool(m_rule.platforms));
        grid->addWidget(check, int(boxes.size()) / Columns, int(boxes.size()) % Columns);
        boxes << check;
    }
    grid->setColumnStretch(Columns, 1);
    platformRows->addLayout(grid);
    auto commitPlatforms = [this, all, boxes] {
        ConversionRule r = m_rule;
        if (all->isChecked()) {
            r.platforms.reset();
        } else {
            QStringList ids;
            for (QCheckBox *b : boxes) {
                if (b->isChecked())
                    ids << b->property("platformId").toString();
            }
            r.platforms = ids;
        }
        edit(tr("Change platforms"), r);
    };
    connect(all, &QCheckBox::clicked, this, commitPlatforms);
    for (QCheckBox *b : boxes)
        connect(b, &QCheckBox::clicked, this, commitPlatforms);
    form->addRow(tr("Send to"), platformRows);
    return box;
}

} // namespace ConvStudio
