#include "rules/ruleevaluator.h"

#include "rules/rulefields.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

#include <numeric>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

using Atom = EventSnapshot::Atom;

// The positive form of an operator; not_* operators are their positive form negated, which makes a
// missing field fail every operator except not_exists, not_equals, not_contains and not_in.
enum class Positive { Equals, Contains, StartsWith, EndsWith, Regex, In, Gt, Gte, Lt, Lte, Between, Exists };

struct Expected
{
    struct One
    {
        QString text;
        bool isNumber = false;
        double number = 0;
        bool isBool = false;
        bool boolean = false;
    };
    std::vector<One> values;
    QRegularExpression regex;
};

Expected::One compileOne(const Json &v)
{
    Expected::One one;
    if (v.is_boolean()) {
        one.isBool = true;
        one.boolean = v.get<bool>();
        one.text = one.boolean ? u"true"_s : u"false"_s;
    } else if (v.is_number()) {
        one.isNumber = true;
        one.number = v.get<double>();
        one.text = QString::number(one.number, 'g', 15);
    } else if (v.is_string()) {
        one.text = v.get<QString>();
        bool ok = false;
        const double d = one.text.trimmed().toDouble(&ok);
        if (ok && !one.text.trimmed().isEmpty()) {
            one.isNumber = true;
            one.number = d;
        }
        const QString lower = one.text.trimmed().toLower();
        if (lower == u"true"_s || lower == u"false"_s) {
            one.isBool = true;
            one.boolean = lower == u"true"_s;
        }
    }
    return one;
}

bool atomNumber(const Atom &a, double *out)
{
    if (a.type == Atom::Type::Number) {
        *out = a.number;
        return true;
    }
    if (a.type == Atom::Type::Text) {
        bool ok = false;
        *out = a.text.trimmed().toDouble(&ok);
        return ok && !a.text.trimmed().isEmpty();
    }
    return false;
}

bool equalsOne(const Atom &a, const Expected::One &v)
{
    if (a.type == Atom::Type::Bool)
        return v.isBool && a.boolean == v.boolean;
    double x = 0;
    if (v.isNumber && atomNumber(a, &x))
        return x == v.number;
    return a.text.compare(v.text, Qt::CaseInsensitive) == 0;
}

bool compareOrder(const Atom &a, const Expected::One &v, int *cmp)
{
    double x = 0;
    if (v.isNumber && atomNumber(a, &x)) {
        *cmp = x < v.number ? -1 : (x > v.number ? 1 : 0);
        return true;
    }
    if (a.type == Atom::Type::Text && !v.isNumber && !v.isBool) {
        *cmp = a.text.compare(v.text, Qt::CaseInsensitive);
        return true;
    }
    return false;
}

bool testAtom(const Atom &a, Positive op, const Expected &e)
{
    int cmp = 0;
    switch (op) {
    case Positive::Exists:
        return true;
    case Positive::Equals:
        return equalsOne(a, e.values[0]);
    case Positive::In:
        return std::any_of(
            e.values.begin(), e.values.end(), [&](const Expected::One &v) { return equalsOne(a, v); });
    case Positive::Contains:
        return a.text.contains(e.values[0].text, Qt::CaseInsensitive);
    case Positive::StartsWith:
        return a.text.startsWith(e.values[0].text, Qt::CaseInsensitive);
    case Positive::EndsWith:
        return a.text.endsWith(e.values[0].text, Qt::CaseInsensitive);
    case Positive::Regex:
        return e.regex.isValid() && e.regex.match(a.text).hasMatch();
    case Positive::Gt:
        return compareOrder(a, e.values[0], &cmp) && cmp > 0;
    case Positive::Gte:
        return compareOrder(a, e.values[0], &cmp) && cmp >= 0;
    case Positive::Lt:
        return compareOrder(a, e.values[0], &cmp) && cmp < 0;
    case Positive::Lte:
        return compareOrder(a, e.values[0], &cmp) && cmp <= 0;
    case Positive::Between: {
        int high = 0;
        return compareOrder(a, e.values[0], &cmp) && cmp >= 0 && compareOrder(a, e.values[1], &high)
            && high <= 0;
    }
    }
    return false;
}

Atom numberAtom(double x)
{
    return Atom {Atom::Type::Number, QString::number(x, 'g', 15), x, false};
}

// The hot path for numeric columns: no strings unless a text operator asks for them.
bool testNumber(double x, Positive op, const Expected &e)
{
    const Expected::One &v = e.values.empty() ? Expected::One {} : e.values[0];
    switch (op) {
    case Positive::Exists:
        return true;
    case Positive::Equals:
        return v.isNumber ? x == v.number : false;
    case Positive::Gt:
        return v.isNumber && x > v.number;
    case Positive::Gte:
        return v.isNumber && x >= v.number;
    case Positive::Lt:
        return v.isNumber && x < v.number;
    case Positive::Lte:
        return v.isNumber && x <= v.number;
    case Positive::Between:
        return v.isNumber && e.values[1].isNumber && x >= v.number && x <= e.values[1].number;
    default:
        return testAtom(numberAtom(x), op, e);
    }
}

bool testBool(bool b, Positive op, const Expected &e)
{
    switch (op) {
    case Positive::Exists:
        return true;
    case Positive::Equals:
        return e.values[0].isBool && e.values[0].boolean == b;
    default:
        return testAtom(Atom {Atom::Type::Bool, b ? u"true"_s : u"false"_s, 0, b}, op, e);
    }
}

Positive positiveOf(RuleOp op, bool *negate)
{
    *negate = false;
    switch (op) {
    case RuleOp::Equals:
        return Positive::Equals;
    case RuleOp::NotEquals:
        *negate = true;
        return Positive::Equals;
    case RuleOp::Contains:
        return Positive::Contains;
    case RuleOp::NotContains:
        *negate = true;
        return Positive::Contains;
    case RuleOp::StartsWith:
        return Positive::StartsWith;
    case RuleOp::EndsWith:
        return Positive::EndsWith;
    case RuleOp::Regex:
        return Positive::Regex;
    case RuleOp::In:
        return Positive::In;
    case RuleOp::NotIn:
        *negate = true;
        return Positive::In;
    case RuleOp::Gt:
        return Positive::Gt;
    case RuleOp::Gte:
        return Positive::Gte;
    case RuleOp::Lt:
        return Positive::Lt;
    case RuleOp::Lte:
        return Positive::Lte;
    case RuleOp::Between:
        return Positive::Between;
    case RuleOp::Exists:
        return Positive::Exists;
    case RuleOp::NotExists:
        *negate = true;
        return Positive::Exists;
    }
    return Positive::Exists;
}

enum class Src {
    Column,
    Dynamic,
    Value,
    Hour,
    Weekday,
    Returning,
    OrderNumber,
    Ltv,
    DaysSince,
    EventsBefore,
    Nothing
};

struct Cond
{
    Src src = Src::Nothing;
    EventSnapshot::Column column = EventSnapshot::Name;
    int fieldId = -1;
    Positive op = Positive::Exists;
    bool negate = false;
    Expected expected;
    std::vector<uint8_t> pass; // per dictionary entry, for Column and Dynamic
    RuleCondition source;
};

struct Node
{
    RuleMatch::Kind kind = RuleMatch::Kind::All;
    int cond = -1;
    std::vector<Node> children;
};

QString valueText(double v)
{
    return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 2);
}

} // namespace

struct RuleEvaluator::Compiled
{
    std::vector<Cond> conds;
    std::vector<Node> steps;
    qint64 withinMs = -1;
    const EventSnapshot *s = nullptr;

    Node compileNode(const RuleMatch &m)
    {
        Node n;
        n.kind = m.kind;
        if (m.isGroup()) {
            for (const RuleMatch &child : m.children)
                n.children.push_back(compileNode(child));
            return n;
        }
        n.cond = int(conds.size());
        conds.push_back(compileCond(m.condition));
        return n;
    }

    Cond compileCond(const RuleCondition &rc)
    {
        Cond c;
        c.source = rc;
        c.op = positiveOf(rc.op, &c.negate);
        if (rc.value.is_array()) {
            for (const Json &v : rc.value)
                c.expected.values.push_back(compileOne(v));
        } else {
            c.expected.values.push_back(compileOne(rc.value));
        }
        while (c.expected.values.size() < 2)
            c.expected.values.push_back({});
        if (c.op == Positive::Regex)
            c.expected.regex = QRegularExpression(c.expected.values[0].text);
        static const QHash<QString, EventSnapshot::Column> columns {{u"name"_s, EventSnapshot::Name},
            {u"standard_name"_s, EventSnapshot::StandardName}, {u"source"_s, EventSnapshot::Source},
            {u"currency"_s, EventSnapshot::Currency}, {u"status"_s, EventSnapshot::Status},
            {u"order_id"_s, EventSnapshot::OrderId}, {u"action_source"_s, EventSnapshot::ActionSource}};
        static const QHash<QString, Src> computed {{u"value"_s, Src::Value}, {u"time.hour"_s, Src::Hour},
            {u"time.weekday"_s, Src::Weekday}, {u"customer.is_returning"_s, Src::Returning},
            {u"customer.order_number"_s, Src::OrderNumber}, {u"customer.lifetime_value"_s, Src::Ltv},
            {u"customer.days_since_first_seen"_s, Src::DaysSince},
            {u"customer.events_before"_s, Src::EventsBefore}};
        const EventSnapshot::Dict *dict = nullptr;
        if (const auto it = columns.constFind(rc.field); it != columns.constEnd()) {
            c.src = Src::Column;
            c.column = it.value();
            dict = &s->dict(c.column);
        } else if (const auto jt = computed.constFind(rc.field); jt != computed.constEnd()) {
            c.src = jt.value();
        } else if (const int id = s->dynamicFieldId(rc.field); id >= 0) {
            c.src = Src::Dynamic;
            c.fieldId = id;
            dict = &s->dynamicDict(id);
        }
        if (dict) {
            c.pass.resize(size_t(dict->size()));
            for (int a = 0; a < dict->size(); ++a)
                c.pass[size_t(a)] = testAtom(dict->at(a), c.op, c.expected) ? 1 : 0;
        }
        return c;
    }

    // Whether the field is present, and whether the positive operator holds.
    bool testPositive(const Cond &c, int i, bool *present) const
    {
        *present = true;
        switch (c.src) {
        case Src::Column: {
            const int a = s->columnData(c.column)[size_t(i)];
            *present = a >= 0;
            return *present && c.pass[size_t(a)];
        }
        case Src::Dynamic: {
            *present = false;
            for (auto p = s->dynamicBegin(i), end = s->dynamicEnd(i); p != end; ++p) {
                if (p->first != c.fieldId)
                    continue;
                *present = true;
                if (c.pass[size_t(p->second)])
                    return true;
            }
            return false;
        }
        case Src::Value:
            *present = s->hasValue(i);
            return *present && testNumber(s->value(i), c.op, c.expected);
        case Src::Hour:
            return testNumber(s->hour(i), c.op, c.expected);
        case Src::Weekday:
            return testNumber(s->weekday(i), c.op, c.expected);
        case Src::Nothing:
            *present = false;
            return false;
        default:
            break;
        }
        *present = s->column(EventSnapshot::Customer, i) >= 0;
        if (!*present)
            return false;
        switch (c.src) {
        case Src::Returning:
            return testBool(s->isReturning(i), c.op, c.expected);
        case Src::OrderNumber:
            return testNumber(s->orderNumber(i), c.op, c.expected);
        case Src::Ltv:
            return testNumber(s->lifetimeValue(i), c.op, c.expected);
        case Src::DaysSince:
            return testNumber(s->daysSinceFirstSeen(i), c.op, c.expected);
        case Src::EventsBefore:
            return testNumber(s->eventsBefore(i), c.op, c.expected);
        default:
            return false;
        }
    }

    bool testCond(const Cond &c, int i) const
    {
        bool present = false;
        const bool r = testPositive(c, i, &present);
        return c.negate ? !r : r;
    }

    bool test(const Node &n, int i) const
    {
        switch (n.kind) {
        case RuleMatch::Kind::Condition:
            return testCond(conds[size_t(n.cond)], i);
        case RuleMatch::Kind::All:
            for (const Node &c : n.children) {
                if (!test(c, i))
                    return false;
            }
            return true;
        case RuleMatch::Kind::Any:
            for (const Node &c : n.children) {
                if (test(c, i))
                    return true;
            }
            return false;
        case RuleMatch::Kind::None:
            for (const Node &c : n.children) {
                if (test(c, i))
                    return false;
            }
            return true;
        }
        return false;
    }

    // Column at a time: narrows the candidate indexes to those matching n, keeping their order.
    // For an "all" group the cheapest conditions go first (the result does not depend on the
    // order; only why-not, which uses test(), reports the first failure in the rule's order).
    void filter(const Node &n, std::vector<int32_t> &candidates) const
    {
        if (n.kind == RuleMatch::Kind::Condition) {
            filterCond(conds[size_t(n.cond)], candidates);
            return;
        }
        if (n.kind == RuleMatch::Kind::All) {
            std::vector<const Node *> order;
            for (const Node &child : n.children)
                order.push_back(&child);
            std::stable_sort(order.begin(), order.end(),
                [this](const Node *a, const Node *b) { return cost(*a) < cost(*b); });
            for (const Node *child : order) {
                if (candidates.empty())
                    return;
                filter(*child, candidates);
            }
            return;
        }
        keep(candidates, [this, &n](int32_t i) { return test(n, i); });
    }

    int cost(const Node &n) const
    {
        if (n.kind != RuleMatch::Kind::Condition)
            return 4;
        switch (conds[size_t(n.cond)].src) {
        case Src::Column:
        case Src::Nothing:
            return 0;
        case Src::Value:
        case Src::Returning:
        case Src::OrderNumber:
        case Src::Ltv:
        case Src::DaysSince:
        case Src::EventsBefore:
            return 1;
        case Src::Hour:
        case Src::Weekday:
            return 2;
        case Src::Dynamic:
            return 3;
        }
        return 4;
    }

    template<typename Pred> static void keep(std::vector<int32_t> &candidates, Pred pred)
    {
        size_t out = 0;
        for (const int32_t i : candidates) {
            if (pred(i))
                candidates[out++] = i;
        }
        candidates.resize(out);
    }

    void filterCond(const Cond &c, std::vector<int32_t> &candidates) const
    {
        switch (c.src) {
        case Src::Column: {
            const int32_t *column = s->columnData(c.column).data();
            const uint8_t *pass = c.pass.data();
            if (c.negate)
                keep(candidates, [column, pass](int32_t i) {
                    const int32_t a = column[i];
                    return a < 0 || !pass[a];
                });
            else
                keep(candidates, [column, pass](int32_t i) {
                    const int32_t a = column[i];
                    return a >= 0 && pass[a];
                });
            return;
        }
        case Src::Value:
            if (!c.negate && c.expected.values[0].isNumber) {
                const double v = c.expected.values[0].number;
                const double *values = s->valueData();
                switch (c.op) {
                case Positive::Gt: // NaN (no value) fails every comparison
                    keep(candidates, [values, v](int32_t i) { return values[i] > v; });
                    return;
                case Positive::Gte:
                    keep(candidates, [values, v](int32_t i) { return values[i] >= v; });
                    return;
                case Positive::Lt:
                    keep(candidates, [values, v](int32_t i) { return values[i] < v; });
                    return;
                case Positive::Lte:
                    keep(candidates, [values, v](int32_t i) { return values[i] <= v; });
                    return;
                default:
                    break;
                }
            }
            break;
        case Src::Returning:
            if (c.op == Positive::Equals && c.expected.values[0].isBool) {
                const int32_t *customers = s->columnData(EventSnapshot::Customer).data();
                // present && isReturning == boolean, negated: !(present && ...)
                const bool boolean = c.expected.values[0].boolean;
                if (!c.negate)
                    keep(candidates, [this, customers, boolean](int32_t i) {
                        return customers[i] >= 0 && s->isReturning(i) == boolean;
                    });
                else
                    keep(candidates, [this, customers, boolean](int32_t i) {
                        return !(customers[i] >= 0 && s->isReturning(i) == boolean);
                    });
                return;
            }
            break;
        default:
            break;
        }
        keep(candidates, [this, &c](int32_t i) { return testCond(c, i); });
    }

    QString actual(const Cond &c, int i) const
    {
        switch (c.src) {
        case Src::Column:
            return s->text(c.column, i);
        case Src::Dynamic: {
            QStringList values;
            for (auto p = s->dynamicBegin(i); p != s->dynamicEnd(i); ++p) {
                if (p->first == c.fieldId)
                    values << s->dynamicDict(c.fieldId).at(p->second).text;
            }
            return values.join(u", "_s);
        }
        case Src::Value:
            return s->hasValue(i) ? valueText(s->value(i)) : QString();
        case Src::Hour:
            return QString::number(s->hour(i));
        case Src::Weekday:
            return QString::number(s->weekday(i));
        case Src::Nothing:
            return {};
        default:
            break;
        }
        if (s->column(EventSnapshot::Customer, i) < 0)
            return {};
        switch (c.src) {
        case Src::Returning:
            return s->isReturning(i) ? RuleEvaluator::tr("yes") : RuleEvaluator::tr("no");
        case Src::OrderNumber:
            return QString::number(s->orderNumber(i));
        case Src::Ltv:
            return valueText(s->lifetimeValue(i));
        case Src::DaysSince:
            return QString::number(s->daysSinceFirstSeen(i));
        case Src::EventsBefore:
            return QString::number(s->eventsBefore(i));
        default:
            return {};
        }
    }

    static QString expectedText(const RuleCondition &c)
    {
        if (!RuleText::opTakesValue(c.op))
            return {};
        auto one = [](const Json &v) {
            if (v.is_boolean())
                return v.get<bool>() ? RuleEvaluator::tr("yes") : RuleEvaluator::tr("no");
            if (v.is_string())
                return u"\"%1\""_s.arg(v.get<QString>());
            return QString::fromStdString(v.dump());
        };
        if (!c.value.is_array())
            return one(c.value);
        QStringList parts;
        for (const Json &v : c.value)
            parts << one(v);
        return c.op == RuleOp::Between ? RuleEvaluator::tr("%1 and %2").arg(parts.value(0), parts.value(1))
                                       : parts.join(u", "_s);
    }

    QString describe(const Cond &c, int i) const
    {
        const QString label = RuleFields::label(c.source.field);
        const QString want
            = QString(RuleFields::opLabel(c.source.op) + u' ' + expectedText(c.source)).trimmed();
        bool present = false;
        testPositive(c, i, &present);
        if (!present) {
            if (RuleFields::isCustomerField(c.source.field))
                return RuleEvaluator::tr(
                    "the event has no customer (no external id, e-mail or phone), so \"%1\" "
                    "is unknown; the rule wants it %2")
                    .arg(label, want);
            return RuleEvaluator::tr("%1 is missing; the rule wants it %2").arg(label, want);
        }
        return RuleEvaluator::tr("%1 is %2; the rule wants it %3").arg(label, actual(c, i), want);
    }

    QString failure(const Node &n, int i) const
    {
        switch (n.kind) {
        case RuleMatch::Kind::Condition:
            return describe(conds[size_t(n.cond)], i);
        case RuleMatch::Kind::All:
            for (const Node &c : n.children) {
                if (!test(c, i))
                    return failure(c, i);
            }
            return {};
        case RuleMatch::Kind::Any: {
            if (n.children.empty())
                return RuleEvaluator::tr("an empty \"any of\" group never matches");
            return RuleEvaluator::tr("none of the alternatives holds, e.g. %1")
                .arg(failure(n.children.front(), i));
        }
        case RuleMatch::Kind::None:
            for (const Node &c : n.children) {
                if (test(c, i))
                    return RuleEvaluator::tr("it matches an exclusion: %1").arg(success(c, i));
            }
            return {};
        }
        return {};
    }

    QString success(const Node &n, int i) const
    {
        if (n.kind != RuleMatch::Kind::Condition)
            return RuleEvaluator::tr("a group of conditions");
        const Cond &c = conds[size_t(n.cond)];
        const QString value = actual(c, i);
        const QString text = RuleEvaluator::tr("%1 %2 %3")
                                 .arg(RuleFields::label(c.source.field), RuleFields::opLabel(c.source.op),
                                     expectedText(c.source))
                                 .trimmed();
        return value.isEmpty() ? text : RuleEvaluator::tr("%1 (it is %2)").arg(text, value);
    }
};

RuleEvaluator::RuleEvaluator(const EventSnapshot &snapshot)
    : m_snapshot(snapshot)
{
}

RuleEvaluator::~RuleEvaluator() = default;

std::unique_ptr<RuleEvaluator::Compiled> RuleEvaluator::compile(const ConversionRule &rule) const
{
    auto c = std::make_unique<Compiled>();
    c->s = &m_snapshot;
    for (const RuleStep &step : rule.steps)
        c->steps.push_back(c->compileNode(step.match));
    if (const auto within = RuleText::parseDuration(rule.within); within && rule.isSequence())
        c->withinMs = *within;
    return c;
}

bool RuleEvaluator::matchesStep(const ConversionRule &rule, int step, int i) const
{
    const auto c = compile(rule);
    return step >= 0 && step < int(c->steps.size()) && c->test(c->steps[size_t(step)], i);
}

RuleMatches RuleEvaluator::evaluate(const ConversionRule &rule, const std::atomic<bool> *cancel) const
{
    RuleMatches out;
    const int stepCount = int(rule.steps.size());
    if (stepCount == 0)
        return out;
    out.stride = stepCount;
    const auto c = compile(rule);
    const int n = m_snapshot.size();
    auto cancelled = [&](int i) {
        if ((i & 0xffff) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            out.cancelled = true;
            return true;
        }
        return false;
    };
    // Conditions are tested a chunk of events and a column at a time (Compiled::filter).
    constexpr int Chunk = 1 << 16;
    std::vector<int32_t> candidates;
    auto matchChunk = [&](const Node &step, int begin, int end) {
        candidates.resize(size_t(end - begin));
        std::iota(candidates.begin(), candidates.end(), begin);
        c->filter(step, candidates);
    };
    if (stepCount == 1) {
        for (int begin = 0; begin < n; begin += Chunk) {
            if (cancelled(begin))
                return out;
            matchChunk(c->steps.front(), begin, std::min(n, begin + Chunk));
            out.events.insert(out.events.end(), candidates.begin(), candidates.end());
        }
    } else {
        EventSnapshot::Column keyColumn = EventSnapshot::Customer;
        switch (rule.effectiveJoin()) {
        case RuleJoin::Customer:
            break;
        case RuleJoin::ClickId:
            keyColumn = EventSnapshot::ClickId;
            break;
        case RuleJoin::OrderId:
            keyColumn = EventSnapshot::OrderId;
            break;
        }
        const auto &keys = m_snapshot.columnData(keyColumn);
        // Per join key, for each earlier step k: the chain (steps 0..k) ending at the most recent
        // event matching step k, or empty when that event completes no chain.
        const size_t partials = size_t(stepCount - 1);
        std::vector<int32_t> slot(size_t(m_snapshot.dict(keyColumn).size()), -1);
        std::vector<std::vector<int32_t>> chains; // slot * partials + k
        std::vector<int32_t> fresh;
        // Per chunk, which events match each step: matched[k * Chunk + i - begin], and whether any.
        std::vector<uint8_t> matched(size_t(stepCount) * Chunk);
        std::vector<uint8_t> matchedAny(Chunk);
        for (int i = 0; i < n; ++i) {
            const size_t offset = size_t(i & (Chunk - 1));
            if (offset == 0) {
                if (cancelled(i))
                    return out;
                const int end = std::min(n, i + Chunk);
                std::fill(matched.begin(), matched.end(), uint8_t(0));
                std::fill(matchedAny.begin(), matchedAny.end(), uint8_t(0));
                for (int k = 0; k < stepCount; ++k) {
                    matchChunk(c->steps[size_t(k)], i, end);
                    for (const int32_t j : candidates) {
                        matched[size_t(k) * Chunk + size_t(j - i)] = 1;
                        matchedAny[size_t(j - i)] = 1;
                    }
                }
            }
            if (!matchedAny[offset])
                continue;
            const int key = keys[size_t(i)];
            if (key < 0)
                continue;
            for (int k = stepCount - 1; k >= 0; --k) {
                if (!matched[size_t(k) * Chunk + offset])
                    continue;
                int32_t &s = slot[size_t(key)];
                if (k == 0) {
                    if (s < 0) {
                        s = int32_t(chains.size() / partials);
                        chains.resize(chains.size() + partials);
                    }
                    chains[size_t(s) * partials] = {i};
                    continue;
                }
                if (s < 0)
                    continue;
                const std::vector<int32_t> &previous = chains[size_t(s) * partials + size_t(k - 1)];
                if (k == stepCount - 1) {
                    if (previous.empty())
                        continue;
                    if (c->withinMs >= 0
                        && m_snapshot.timeMs(i) - m_snapshot.timeMs(previous.front()) > c->withinMs)
                        continue;
                    out.events.insert(out.events.end(), previous.begin(), previous.end());
                    out.events.push_back(i);
                } else {
                    fresh = previous;
                    if (!fresh.empty())
                        fresh.push_back(i);
                    chains[size_t(s) * partials + size_t(k)] = fresh;
                }
            }
        }
    }

    // Dedupe: per order id the earliest; per customer the earliest and each one at least `per`
    // after the last one kept. Conversions without the key are all kept.
    if (rule.dedupe.by != RuleDedupe::By::Nothing) {
        const bool byOrder = rule.dedupe.by == RuleDedupe::By::OrderId;
        const auto &keys = m_snapshot.columnData(byOrder ? EventSnapshot::OrderId : EventSnapshot::Customer);
        const qint64 per = byOrder ? -1 : RuleText::parseDuration(rule.dedupe.per).value_or(-1);
        std::unordered_map<int32_t, qint64> lastKept;
        std::vector<int32_t> kept;
        kept.reserve(out.events.size());
        for (qint64 m = 0; m < out.count(); ++m) {
            const int primary = out.primary(m);
            const int key = keys[size_t(primary)];
            bool keep = key < 0;
            if (!keep) {
                const auto it = lastKept.find(key);
                const qint64 t = m_snapshot.timeMs(primary);
                if (it == lastKept.end()) {
                    keep = true;
                    lastKept.emplace(key, t);
                } else if (per >= 0 && t - it->second >= per) {
                    keep = true;
                    it->second = t;
                }
            }
            if (keep)
                kept.insert(
                    kept.end(), out.events.begin() + m * stepCount, out.events.begin() + (m + 1) * stepCount);
        }
        out.events = std::move(kept);
    }
    return out;
}

QString RuleEvaluator::conversionId(const QString &ruleId, const std::vector<Event> &events)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(ruleId.toUtf8());
    for (const Event &e : events) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(e.source.toUtf8());
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(e.eventId.toUtf8());
    }
    return u"cv-"_s + QString::fromLatin1(hash.result().toHex().left(24));
}

QString RuleEvaluator::conversionId(
    const ConversionRule &rule, const RuleMatches &matches, qint64 match) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(rule.id.toUtf8());
    for (int k = 0; k < matches.stride; ++k) {
        const int i = matches.at(match, k);
        const std::string_view eventId = m_snapshot.eventIdUtf8(i);
        hash.addData(QByteArrayView("\n"));
        hash.addData(m_snapshot.text(EventSnapshot::Source, i).toUtf8());
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(QByteArrayView(eventId.data(), qsizetype(eventId.size())));
    }
    return u"cv-"_s + QString::fromLatin1(hash.result().toHex().left(24));
}

Conversion RuleEvaluator::conversion(
    const ConversionRule &rule, const RuleMatches &matches, qint64 match) const
{
    Conversion conv;
    conv.ruleId = rule.id;
    conv.ruleName = rule.name;
    conv.standardName = rule.conversion;
    conv.platforms = rule.platforms.value_or(QStringList {});
    for (int k = 0; k < matches.stride; ++k)
        conv.events.push_back(m_snapshot.event(matches.at(match, k)));
    const Event &last = conv.events.back();
    conv.time = last.time;
    const RuleValue v = rule.effectiveValue();
    std::optional<double> base;
    QString currency = last.currency;
    switch (v.source) {
    case RuleValue::Source::Event:
        base = last.value;
        break;
    case RuleValue::Source::Step: {
        const Event &e = conv.events[size_t(std::clamp(v.step, 1, int(conv.events.size())) - 1)];
        base = e.value;
        currency = e.currency;
        break;
    }
    case RuleValue::Source::Fixed:
        base = v.fixed;
        break;
    }
    if (base)
        conv.value = *base * v.multiply.value_or(1.0) + v.add.value_or(0.0);
    conv.currency = rule.currency.isEmpty() ? currency : rule.currency;
    conv.conversionId = conversionId(rule.id, conv.events);
    conv.reason = reason(rule, matches, match);
    return conv;
}

QString RuleEvaluator::reason(const ConversionRule &rule, const RuleMatches &matches, qint64 match) const
{
    QStringList parts;
    for (int k = 0; k < matches.stride; ++k) {
        const int i = matches.at(match, k);
        QString what = m_snapshot.text(EventSnapshot::StandardName, i);
        if (what.isEmpty())
            what = m_snapshot.text(EventSnapshot::Name, i);
        const QString order = m_snapshot.text(EventSnapshot::OrderId, i);
        if (!order.isEmpty())
            what += u' ' + order;
        if (m_snapshot.hasValue(i))
            what = tr("%1, %2 %3")
                       .arg(what, valueText(m_snapshot.value(i)), m_snapshot.text(EventSnapshot::Currency, i))
                       .trimmed();
        parts << tr("step %1: %2").arg(k + 1).arg(what);
    }
    bool usesCustomer = false;
    std::function<void(const RuleMatch &)> scan = [&](const RuleMatch &m) {
        if (!m.isGroup())
            usesCustomer = usesCustomer || RuleFields::isCustomerField(m.condition.field);
        for (const RuleMatch &c : m.children)
            scan(c);
    };
    for (const RuleStep &s : rule.steps)
        scan(s.match);
    const int primary = matches.primary(match);
    if (usesCustomer && m_snapshot.column(EventSnapshot::Customer, primary) >= 0) {
        if (m_snapshot.isReturning(primary))
            parts << tr("customer returning, order %1").arg(m_snapshot.orderNumber(primary));
        else
            parts << tr("new customer");
    }
    if (matches.stride > 1) {
        const qint64 spanMs = m_snapshot.timeMs(primary) - m_snapshot.timeMs(matches.at(match, 0));
        const qint64 hours = spanMs / 3600000;
        parts << (hours >= 48 ? tr("%n day(s) apart", nullptr, int(hours / 24))
                              : tr("%n hour(s) apart", nullptr, int(hours)));
    }
    return parts.join(u"; "_s);
}

RuleEvaluator::Explanation RuleEvaluator::explain(const ConversionRule &rule, int i) const
{
    Explanation out;
    if (i < 0 || i >= m_snapshot.size() || rule.steps.empty()) {
        out.text = tr("No such event.");
        return out;
    }
    const auto c = compile(rule);
    const int last = int(rule.steps.size()) - 1;
    if (!c->test(c->steps.back(), i)) {
        const QString why = c->failure(c->steps.back(), i);
        out.text = rule.isSequence()
            ? tr("It cannot complete the sequence (step %1): %2").arg(last + 1).arg(why)
            : tr("It does not match: %1").arg(why);
        return out;
    }
    const RuleMatches matches = evaluate(rule);
    for (qint64 m = 0; m < matches.count(); ++m) {
        if (matches.primary(m) == i) {
            out.matches = true;
            out.text = tr("It matches: %1").arg(reason(rule, matches, m));
            return out;
        }
    }
    if (rule.isSequence()) {
        EventSnapshot::Column keyColumn = rule.effectiveJoin() == RuleJoin::Customer
            ? EventSnapshot::Customer
            : (rule.effectiveJoin() == RuleJoin::ClickId ? EventSnapshot::ClickId : EventSnapshot::OrderId);
        const QString joinLabel = rule.effectiveJoin() == RuleJoin::Customer
            ? tr("customer")
            : (rule.effectiveJoin() == RuleJoin::ClickId ? tr("click id") : tr("order id"));
        const int key = m_snapshot.column(keyColumn, i);
        if (key < 0) {
            out.text = tr("It matches the last step, but it has no %1 to join the earlier steps on.")
                           .arg(joinLabel);
            return out;
        }
        // Walk back greedily as the evaluator does, to say which step is missing or too early.
        int next = i;
        for (int k = last - 1; k >= 0; --k) {
            int found = -1;
            for (int j = next - 1; j >= 0; --j) {
                if (m_snapshot.column(keyColumn, j) == key && c->test(c->steps[size_t(k)], j)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                out.text = tr("It matches step %1, but no earlier event of the same %2 matches step %3.")
                               .arg(last + 1)
                               .arg(joinLabel)
                               .arg(k + 1);
                return out;
            }
            next = found;
        }
        if (c->withinMs >= 0 && m_snapshot.timeMs(i) - m_snapshot.timeMs(next) > c->withinMs) {
            out.text = tr(
                "It completes the sequence, but step 1 (%1) is %n day(s) earlier, more than the %2 allowed.",
                nullptr, int((m_snapshot.timeMs(i) - m_snapshot.timeMs(next)) / 86400000))
                           .arg(TimeParse::formatIso(
                                    EventTime {m_snapshot.timeMs(next), m_snapshot.offsetSeconds(next)}),
                               rule.within);
            return out;
        }
    }
    if (rule.dedupe.by == RuleDedupe::By::OrderId)
        out.text = tr("It matches, but an earlier conversion for order %1 was counted (dedupe by order).")
                       .arg(m_snapshot.text(EventSnapshot::OrderId, i));
    else if (rule.dedupe.by == RuleDedupe::By::Customer)
        out.text = rule.dedupe.per.isEmpty()
            ? tr("It matches, but this customer already has an earlier conversion (dedupe by customer).")
            : tr("It matches, but this customer had a conversion less than %1 before (dedupe by customer).")
                  .arg(rule.dedupe.per);
    else
        out.text = tr("It matches the conditions but produces no conversion.");
    return out;
}

} // namespace ConvStudio
