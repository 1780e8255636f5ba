#include "rules/rulefields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ConvStudio {

const QStringList &RuleFields::fixedFields()
{
    static const QStringList fields {u"standard_name"_s, u"name"_s, u"value"_s, u"currency"_s, u"status"_s,
        u"order_id"_s, u"source"_s, u"action_source"_s, u"page_url"_s, u"time.hour"_s, u"time.weekday"_s,
        u"items.count"_s, u"items.quantity"_s, u"customer.is_returning"_s, u"customer.order_number"_s,
        u"customer.lifetime_value"_s, u"customer.days_since_first_seen"_s, u"customer.events_before"_s};
    return fields;
}

QStringList RuleFields::patterns()
{
    QStringList out = fixedFields();
    out << u"user.<field>"_s << u"click_ids.<id>"_s << u"attributes.<key>"_s
        << u"items.any.<id|name|category|brand>"_s;
    return out;
}

bool RuleFields::isKnown(const QString &field)
{
    if (fixedFields().contains(field))
        return true;
    for (const QString &prefix : {u"user."_s, u"click_ids."_s, u"attributes."_s}) {
        if (field.startsWith(prefix) && field.size() > prefix.size())
            return true;
    }
    for (const QString &item :
        {u"items.any.id"_s, u"items.any.name"_s, u"items.any.category"_s, u"items.any.brand"_s}) {
        if (field == item)
            return true;
    }
    return false;
}

bool RuleFields::isCustomerField(const QString &field)
{
    return field.startsWith(u"customer."_s);
}

RuleFields::Type RuleFields::type(const QString &field)
{
    static const QStringList numbers {u"value"_s, u"time.hour"_s, u"time.weekday"_s, u"items.count"_s,
        u"items.quantity"_s, u"customer.order_number"_s, u"customer.lifetime_value"_s,
        u"customer.days_since_first_seen"_s, u"customer.events_before"_s};
    if (numbers.contains(field))
        return Type::Number;
    if (field == u"customer.is_returning"_s)
        return Type::YesNo;
    if (field.startsWith(u"items.any."_s))
        return Type::List;
    return Type::Text;
}

QList<RuleOp> RuleFields::operators(Type type)
{
    switch (type) {
    case Type::Number:
        return {RuleOp::Equals, RuleOp::NotEquals, RuleOp::Gt, RuleOp::Gte, RuleOp::Lt, RuleOp::Lte,
            RuleOp::Between, RuleOp::In, RuleOp::NotIn, RuleOp::Exists, RuleOp::NotExists};
    case Type::YesNo:
        return {RuleOp::Equals, RuleOp::NotEquals, RuleOp::Exists, RuleOp::NotExists};
    case Type::Text:
    case Type::List:
        break;
    }
    return {RuleOp::Equals, RuleOp::NotEquals, RuleOp::Contains, RuleOp::NotContains, RuleOp::StartsWith,
        RuleOp::EndsWith, RuleOp::In, RuleOp::NotIn, RuleOp::Regex, RuleOp::Exists, RuleOp::NotExists};
}

QString RuleFields::label(const QString &field)
{
    static const QHash<QString, const char *> labels {
        {u"name"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Event name (as captured)")},
        {u"standard_name"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Standard event")},
        {u"source"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Source")},
        {u"value"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Value")},
        {u"currency"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Currency")},
        {u"status"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Status")},
        {u"order_id"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Order ID")},
        {u"action_source"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Where it happened")},
        {u"page_url"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Page URL")},
        {u"time.hour"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Hour of the day")},
        {u"time.weekday"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Weekday (1 = Monday)")},
        {u"items.count"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Number of line items")},
        {u"items.quantity"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Total quantity")},
        {u"customer.is_returning"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Customer is returning")},
        {u"customer.order_number"_s, QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Customer's order number")},
        {u"customer.lifetime_value"_s,
            QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Customer's earlier spend")},
        {u"customer.days_since_first_seen"_s,
            QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Days since first seen")},
        {u"customer.events_before"_s,
            QT_TRANSLATE_NOOP("ConvStudio::RuleFields", "Customer's earlier events")},
    };
    if (const auto it = labels.constFind(field); it != labels.constEnd())
        return tr(it.value());
    if (field.startsWith(u"user."_s))
        return tr("Customer %1").arg(field.mid(5));
    if (field.startsWith(u"click_ids."_s))
        return tr("Click ID %1").arg(field.mid(10));
    if (field.startsWith(u"attributes."_s))
        return tr("Attribute %1").arg(field.mid(11));
    if (field.startsWith(u"items.any."_s))
        return tr("Any item's %1").arg(field.mid(10));
    return field;
}

QString RuleFields::opLabel(RuleOp op)
{
    switch (op) {
    case RuleOp::Equals:
        return tr("is");
    case RuleOp::NotEquals:
        return tr("is not");
    case RuleOp::Contains:
        return tr("contains");
    case RuleOp::NotContains:
        return tr("does not contain");
    case RuleOp::StartsWith:
        return tr("starts with");
    case RuleOp::EndsWith:
        return tr("ends with");
    case RuleOp::Regex:
        return tr("matches pattern");
    case RuleOp::In:
        return tr("is one of");
    case RuleOp::NotIn:
        return tr("is none of");
    case RuleOp::Gt:
        return tr("is greater than");
    case RuleOp::Gte:
        return tr("is at least");
    case RuleOp::Lt:
        return tr("is less than");
    case RuleOp::Lte:
        return tr("is at most");
    case RuleOp::Between:
        return tr("is between");
    case RuleOp::Exists:
        return tr("is present");
    case RuleOp::NotExists:
        return tr("is missing");
    }
    return {};
}

bool RuleFields::checkRegex(const QString &pattern, QString *error)
{
    const QRegularExpression re(pattern);
    if (re.isValid())
        return true;
    if (error)
        *error = re.errorString();
    return false;
}

} // namespace ConvStudio
