#pragma once

#include "domain/jsonsupport.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ConvStudio {

// The operators of rule-format.md, in the order the builder lists them.
enum class RuleOp {
    Equals,
    NotEquals,
    Contains,
    NotContains,
    StartsWith,
    EndsWith,
    Regex,
    In,
    NotIn,
    Gt,
    Gte,
    Lt,
    Lte,
    Between,
    Exists,
    NotExists,
};

// {"field": F, "op": OP, "value": V}
struct RuleCondition
{
    QString field;
    RuleOp op = RuleOp::Equals;
    Json value; // null for exists / not_exists; an array for in / not_in / between

    friend bool operator==(const RuleCondition &, const RuleCondition &) = default;
};

// A condition, or a group {"all"|"any"|"none": [...]}, nested freely.
struct RuleMatch
{
    enum class Kind { Condition, All, Any, None };
    Kind kind = Kind::All;
    RuleCondition condition; // Kind::Condition
    std::vector<RuleMatch> children; // groups

    bool isGroup() const { return kind != Kind::Condition; }
    static RuleMatch group(Kind kind, std::vector<RuleMatch> children = {})
    {
        RuleMatch m;
        m.kind = kind;
        m.children = std::move(children);
        return m;
    }
    static RuleMatch leaf(QString field, RuleOp op, Json value = {})
    {
        RuleMatch m;
        m.kind = Kind::Condition;
        m.condition = {std::move(field), op, std::move(value)};
        return m;
    }

    friend bool operator==(const RuleMatch &, const RuleMatch &) = default;
};

struct RuleStep
{
    RuleMatch match;

    friend bool operator==(const RuleStep &, const RuleStep &) = default;
};

// "value": {"from": "event"} | {"from": "step", "step": N} | {"fixed": X}, plus multiply / add.
struct RuleValue
{
    enum class Source { Event, Step, Fixed };
    Source source = Source::Event;
    int step = 1; // 1-based, Source::Step
    double fixed = 0; // Source::Fixed
    std::optional<double> multiply;
    std::optional<double> add;

    friend bool operator==(const RuleValue &, const RuleValue &) = default;
};

// "dedupe": {"by": "order_id"} | {"by": "customer", "per": "30d"}
struct RuleDedupe
{
    enum class By { Nothing, OrderId, Customer };
    By by = By::Nothing;
    QString per; // duration text, Customer only; empty: one per customer ever

    friend bool operator==(const RuleDedupe &, const RuleDedupe &) = default;
};

enum class RuleJoin { Customer, ClickId, OrderId };

// One conversion rule: what the builder edits and the file format stores. Keys the file leaves
// out stay "unset" (the has* flags / empty values) so that a rule round-trips unchanged.
struct ConversionRule
{
    QString id;
    QString name;
    QString conversion; // the standard conversion it produces, or a custom name
    bool enabled = true;
    std::vector<RuleStep> steps;
    QString within; // duration text ("30d"); empty: no limit
    std::optional<RuleJoin> join; // sequences; unset means customer
    std::optional<RuleValue> value; // unset means {"from": "event"}
    QString currency; // fixed ISO code, or empty: the event's
    RuleDedupe dedupe;
    std::optional<QStringList> platforms; // unset: every connected platform

    bool isSequence() const { return steps.size() > 1; }
    RuleJoin effectiveJoin() const { return join.value_or(RuleJoin::Customer); }
    RuleValue effectiveValue() const { return value.value_or(RuleValue {}); }

    friend bool operator==(const ConversionRule &, const ConversionRule &) = default;
};

namespace RuleText {

QString opName(RuleOp op); // "not_equals"
std::optional<RuleOp> opFromName(const QString &name);
QStringList opNames();
bool opTakesValue(RuleOp op);
bool opTakesList(RuleOp op); // in / not_in / between
QString joinName(RuleJoin join);
std::optional<RuleJoin> joinFromName(const QString &name);
QString kindName(RuleMatch::Kind kind); // "all" / "any" / "none"

// "90m", "48h", "30d", "2w", "45s" → milliseconds; nullopt when not a duration.
std::optional<qint64> parseDuration(const QString &text);
// An id made from a name: "Returning customer, order over 100" → "returning-customer-order-over-100".
QString slug(const QString &name);

} // namespace RuleText

} // namespace ConvStudio

Q_DECLARE_METATYPE(ConvStudio::ConversionRule)
