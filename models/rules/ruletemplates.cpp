#include "rules/ruletemplates.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

RuleMatch purchase()
{
    return RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Purchase");
}

} // namespace

QList<RuleTemplates::Template> RuleTemplates::all()
{
    QList<Template> out;
    {
        ConversionRule r;
        r.id = u"purchase-over-value"_s;
        r.name = tr("Purchase over 100");
        r.conversion = u"Purchase"_s;
        r.steps = {{RuleMatch::group(
            RuleMatch::Kind::All, {purchase(), RuleMatch::leaf(u"value"_s, RuleOp::Gt, 100)})}};
        out << Template {u"purchase-over-value"_s, tr("Purchase over a value"),
            tr("Orders above a threshold you choose."), r};
    }
    {
        ConversionRule r;
        r.id = u"returning-customer-purchase"_s;
        r.name = tr("Returning customer purchase");
        r.conversion = u"Purchase"_s;
        r.steps = {{RuleMatch::group(RuleMatch::Kind::All,
            {purchase(), RuleMatch::leaf(u"customer.is_returning"_s, RuleOp::Equals, true),
                RuleMatch::leaf(u"value"_s, RuleOp::Gt, 0)})}};
        out << Template {u"returning-customer-purchase"_s, tr("Returning customer purchase"),
            tr("Orders from customers who bought before."), r};
    }
    {
        ConversionRule r;
        r.id = u"lead-then-purchase-30d"_s;
        r.name = tr("Lead, then Purchase within 30 days");
        r.conversion = u"Purchase"_s;
        r.steps = {{RuleMatch::group(
                       RuleMatch::Kind::All, {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead")})},
            {RuleMatch::group(RuleMatch::Kind::All, {purchase()})}};
        r.within = u"30d"_s;
        r.join = RuleJoin::Customer;
        out << Template {u"lead-then-purchase-30d"_s, tr("Lead, then Purchase within 30 days"),
            tr("Purchases by people who became a lead in the 30 days before."), r};
    }
    {
        ConversionRule r;
        r.id = u"approved-affiliate-sale"_s;
        r.name = tr("Approved affiliate sale");
        r.conversion = u"Purchase"_s;
        r.steps = {{RuleMatch::group(RuleMatch::Kind::All,
            {RuleMatch::group(RuleMatch::Kind::Any,
                 {RuleMatch::leaf(u"source"_s, RuleOp::StartsWith, "postback:"),
                     RuleMatch::leaf(u"attributes.network"_s, RuleOp::Exists)}),
                RuleMatch::leaf(u"status"_s, RuleOp::In, Json::array({"approved", "paid", "confirmed"}))})}};
        r.dedupe.by = RuleDedupe::By::OrderId;
        out << Template {u"approved-affiliate-sale"_s, tr("Approved affiliate sale"),
            tr("Sales an affiliate network approved, once per order."), r};
    }
    {
        ConversionRule r;
        r.id = u"lead-from-paid-click"_s;
        r.name = tr("Lead from a paid click");
        r.conversion = u"Lead"_s;
        std::vector<RuleMatch> clicks;
        for (const char *id : {"gclid", "gbraid", "wbraid", "fbclid", "ttclid", "msclkid", "li_fat_id"})
            clicks.push_back(RuleMatch::leaf(u"click_ids."_s + QString::fromLatin1(id), RuleOp::Exists));
        r.steps = {{RuleMatch::group(RuleMatch::Kind::All,
            {RuleMatch::leaf(u"standard_name"_s, RuleOp::Equals, "Lead"),
                RuleMatch::group(RuleMatch::Kind::Any, clicks)})}};
        out << Template {u"lead-from-paid-click"_s, tr("Lead from a paid click"),
            tr("Leads that arrived with an ad click id (Google, Meta, TikTok, Microsoft, LinkedIn)."), r};
    }
    return out;
}

std::optional<ConversionRule> RuleTemplates::byKey(const QString &key)
{
    for (const Template &t : all()) {
        if (t.key == key)
            return t.rule;
    }
    return std::nullopt;
}

} // namespace ConvStudio
