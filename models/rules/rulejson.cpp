#include "rules/rulejson.h"

#include "domain/jsonproblem.h"
#include "rules/rulefields.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

QString typeName(const Json &j)
{
    switch (j.type()) {
    case Json::value_t::null:
        return u"null"_s;
    case Json::value_t::boolean:
        return RuleJson::tr("yes/no");
    case Json::value_t::string:
        return RuleJson::tr("text");
    case Json::value_t::array:
        return RuleJson::tr("a list");
    case Json::value_t::object:
        return RuleJson::tr("an object");
    default:
        return RuleJson::tr("a number");
    }
}

class Parser
{
public:
    explicit Parser(RuleError *error)
        : m_error(error)
    {
    }

    bool fail(const QString &path, const QString &message)
    {
        if (m_error)
            *m_error = {path, message};
        return false;
    }

    bool parseMatch(const Json &j, const QString &path, RuleMatch *out)
    {
        if (!j.is_object())
            return fail(path,
                RuleJson::tr("expected an object: a condition {\"field\", \"op\", \"value\"} or a group "
                             "{\"all\"|\"any\"|\"none\": [...]}, found %1")
                    .arg(typeName(j)));
        for (const auto kind : {RuleMatch::Kind::All, RuleMatch::Kind::Any, RuleMatch::Kind::None}) {
            const std::string key = RuleText::kindName(kind).toStdString();
            const auto it = j.find(key);
            if (it == j.end())
                continue;
            const QString groupPath = path + u'.' + QString::fromStdString(key);
            if (!it->is_array())
                return fail(
                    groupPath, RuleJson::tr("expected a list of conditions, found %1").arg(typeName(*it)));
            out->kind = kind;
            out->children.clear();
            int i = 0;
            for (const Json &child : *it) {
                RuleMatch m;
                if (!parseMatch(child, u"%1[%2]"_s.arg(groupPath).arg(i++), &m))
                    return false;
                out->children.push_back(std::move(m));
            }
            return true;
        }
        out->kind = RuleMatch::Kind::Condition;
        RuleCondition &c = out->condition;
        const auto field = j.find("field");
        if (field == j.end())
            return fail(path,
                RuleJson::tr("expected \"field\" (a condition) or \"all\", \"any\", \"none\" (a group)"));
        if (!field->is_string())
            return fail(path + u".field"_s,
                RuleJson::tr("expected the field name as text, found %1").arg(typeName(*field)));
        c.field = field->get<QString>();
        if (!RuleFields::isKnown(c.field))
            return fail(path + u".field"_s,
                RuleJson::tr("unknown field \"%1\"; expected one of %2")
                    .arg(c.field, RuleFields::patterns().join(u", "_s)));
        const auto op = j.find("op");
        if (op == j.end() || !op->is_string())
            return fail(path + u".op"_s,
                RuleJson::tr("expected an operator, one of %1").arg(RuleText::opNames().join(u", "_s)));
        const auto parsedOp = RuleText::opFromName(op->get<QString>());
        if (!parsedOp)
            return fail(path + u".op"_s,
                RuleJson::tr("unknown operator \"%1\"; expected one of %2")
                    .arg(op->get<QString>(), RuleText::opNames().join(u", "_s)));
        c.op = *parsedOp;
        const auto value = j.find("value");
        const QString valuePath = path + u".value"_s;
        if (!RuleText::opTakesValue(c.op)) {
            c.value = Json();
            return true;
        }
        if (value == j.end() || value->is_null())
            return fail(valuePath, RuleJson::tr("\"%1\" needs a value").arg(RuleText::opName(c.op)));
        if (RuleText::opTakesList(c.op)) {
            if (!value->is_array())
                return fail(valuePath,
                    RuleJson::tr("\"%1\" needs a list, found %2")
                        .arg(RuleText::opName(c.op), typeName(*value)));
            if (c.op == RuleOp::Between && value->size() != 2)
                return fail(valuePath, RuleJson::tr("\"between\" needs a list of two values [low, high]"));
            for (size_t i = 0; i < value->size(); ++i) {
                const Json &v = (*value)[i];
                if (!(v.is_string() || v.is_number() || v.is_boolean()))
                    return fail(u"%1[%2]"_s.arg(valuePath).arg(i),
                        RuleJson::tr("expected text, a number or yes/no, found %1").arg(typeName(v)));
            }
        } else if (!(value->is_string() || value->is_number() || value->is_boolean())) {
            return fail(
                valuePath, RuleJson::tr("expected text, a number or yes/no, found %1").arg(typeName(*value)));
        } else if (c.op == RuleOp::Regex) {
            if (!value->is_string())
                return fail(valuePath, RuleJson::tr("a regular expression must be text"));
            QString regexError;
            if (!RuleFields::checkRegex(value->get<QString>(), &regexError))
                return fail(valuePath, RuleJson::tr("not a valid regular expression: %1").arg(regexError));
        }
        c.value = *value;
        return true;
    }

    std::optional<ConversionRule> parse(const Json &j)
    {
        if (!j.is_object()) {
            fail({}, RuleJson::tr("expected a rule object, found %1").arg(typeName(j)));
            return std::nullopt;
        }
        ConversionRule rule;
        auto text = [&](const char *key, bool required, QString *out) {
            const auto it = j.find(key);
            if (it == j.end() || it->is_null()) {
                if (required)
                    return fail(QString::fromLatin1(key), RuleJson::tr("missing; expected text"));
                return true;
            }
            if (!it->is_string())
                return fail(
                    QString::fromLatin1(key), RuleJson::tr("expected text, found %1").arg(typeName(*it)));
            *out = it->get<QString>().trimmed();
            if (required && out->isEmpty())
                return fail(QString::fromLatin1(key), RuleJson::tr("must not be empty"));
            return true;
        };
        if (!text("name", true, &rule.name) || !text("conversion", true, &rule.conversion)
            || !text("id", false, &rule.id))
            return std::nullopt;
        if (rule.id.isEmpty())
            rule.id = RuleText::slug(rule.name);
        if (const auto it = j.find("enabled"); it != j.end()) {
            if (!it->is_boolean()) {
                fail(u"enabled"_s, RuleJson::tr("expected true or false, found %1").arg(typeName(*it)));
                return std::nullopt;
            }
            rule.enabled = it->get<bool>();
        }
        const auto steps = j.find("steps");
        if (steps == j.end()) {
            fail(u"steps"_s, RuleJson::tr("missing; expected a list of steps, each {\"match\": ...}"));
            return std::nullopt;
        }
        if (!steps->is_array() || steps->empty()) {
            fail(u"steps"_s,
                RuleJson::tr("expected a list of at least one step, found %1").arg(typeName(*steps)));
            return std::nullopt;
        }
        for (size_t i = 0; i < steps->size(); ++i) {
            const Json &s = (*steps)[i];
            const QString path = u"steps[%1]"_s.arg(i);
            if (!s.is_object() || !s.contains("match")) {
                fail(path, RuleJson::tr("expected an object with \"match\""));
                return std::nullopt;
            }
            RuleStep step;
            if (!parseMatch(s["match"], path + u".match"_s, &step.match))
                return std::nullopt;
            rule.steps.push_back(std::move(step));
        }
        if (!text("within", false, &rule.within))
            return std::nullopt;
        if (!rule.within.isEmpty() && !RuleText::parseDuration(rule.within)) {
            fail(u"within"_s,
                RuleJson::tr(
                    "\"%1\" is not a duration; expected a number and a unit, such as 90m, 48h or 30d")
                    .arg(rule.within));
            return std::nullopt;
        }
        QString join;
        if (!text("join", false, &join))
            return std::nullopt;
        if (!join.isEmpty()) {
            rule.join = RuleText::joinFromName(join);
            if (!rule.join) {
                fail(u"join"_s,
                    RuleJson::tr("unknown join \"%1\"; expected customer, click_id or order_id").arg(join));
                return std::nullopt;
            }
        }
        if (const auto it = j.find("value"); it != j.end() && !it->is_null()) {
            if (!parseValue(*it, int(rule.steps.size()), &rule.value.emplace()))
                return std::nullopt;
        }
        if (!text("currency", false, &rule.currency))
            return std::nullopt;
        rule.currency = rule.currency.toUpper();
        if (!rule.currency.isEmpty()
            && (rule.currency.size() != 3
                || !std::all_of(rule.currency.begin(), rule.currency.end(),
                    [](QChar c) { return c >= u'A' && c <= u'Z'; }))) {
            fail(u"currency"_s,
                RuleJson::tr("\"%1\" is not an ISO currency code such as USD or EUR").arg(rule.currency));
            return std::nullopt;
        }
        if (const auto it = j.find("dedupe"); it != j.end() && !it->is_null()) {
            if (!it->is_object()) {
                fail(u"dedupe"_s,
                    RuleJson::tr(
                        "expected {\"by\": \"order_id\"} or {\"by\": \"customer\", \"per\": \"30d\"}"));
                return std::nullopt;
            }
            const QString by = jsonString(*it, "by");
            if (by == u"order_id"_s) {
                rule.dedupe.by = RuleDedupe::By::OrderId;
            } else if (by == u"customer"_s) {
                rule.dedupe.by = RuleDedupe::By::Customer;
                if (const auto per = it->find("per"); per != it->end() && !per->is_null()) {
                    rule.dedupe.per = per->is_string() ? per->get<QString>() : QString();
                    if (!RuleText::parseDuration(rule.dedupe.per)) {
                        fail(u"dedupe.per"_s, RuleJson::tr("expected a duration such as 30d"));
                        return std::nullopt;
                    }
                }
            } else {
                fail(u"dedupe.by"_s, RuleJson::tr("expected \"order_id\" or \"customer\""));
                return std::nullopt;
            }
        }
        if (const auto it = j.find("platforms"); it != j.end() && !it->is_null()) {
            if (!it->is_array()) {
                fail(u"platforms"_s,
                    RuleJson::tr("expected a list of platform ids such as [\"meta\", \"google_ads\"]"));
                return std::nullopt;
            }
            QStringList platforms;
            for (size_t i = 0; i < it->size(); ++i) {
                if (!(*it)[i].is_string()) {
                    fail(u"platforms[%1]"_s.arg(i), RuleJson::tr("expected a platform id as text"));
                    return std::nullopt;
                }
                platforms << (*it)[i].get<QString>();
            }
            rule.platforms = platforms;
        }
        return rule;
    }

    bool parseValue(const Json &j, int stepCount, RuleValue *v)
    {
        if (!j.is_object())
            return fail(u"value"_s,
                RuleJson::tr(
                    "expected {\"from\": \"event\"}, {\"from\": \"step\", \"step\": 1} or {\"fixed\": 25}"));
        if (const auto fixed = j.find("fixed"); fixed != j.end()) {
            if (!fixed->is_number())
                return fail(
                    u"value.fixed"_s, RuleJson::tr("expected a number, found %1").arg(typeName(*fixed)));
            v->source = RuleValue::Source::Fixed;
            v->fixed = fixed->get<double>();
        } else {
            const QString from = jsonString(j, "from");
            if (from == u"event"_s || from.isEmpty()) {
                v->source = RuleValue::Source::Event;
            } else if (from == u"step"_s) {
                v->source = RuleValue::Source::Step;
                const auto step = j.find("step");
                if (step == j.end() || !step->is_number_integer() || step->get<int>() < 1
                    || step->get<int>() > stepCount)
                    return fail(
                        u"value.step"_s, RuleJson::tr("expected a step number from 1 to %1").arg(stepCount));
                v->step = step->get<int>();
            } else {
                return fail(u"value.from"_s, RuleJson::tr("expected \"event\" or \"step\""));
            }
        }
        for (const auto &[key, target] : {std::pair {"multiply", &v->multiply}, std::pair {"add", &v->add}}) {
            const auto it = j.find(key);
            if (it == j.end() || it->is_null())
                continue;
            if (!it->is_number())
                return fail(u"value."_s + QString::fromLatin1(key),
                    RuleJson::tr("expected a number, found %1").arg(typeName(*it)));
            *target = it->get<double>();
        }
        return true;
    }

private:
    RuleError *m_error;
};

} // namespace

std::optional<ConversionRule> RuleJson::parse(const Json &json, RuleError *error)
{
    return Parser(error).parse(json);
}

std::optional<ConversionRule> RuleJson::parseText(const QByteArray &text, RuleError *error)
{
    Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        const auto problem = jsonProblem(std::string_view(text.constData(), std::size_t(text.size())));
        if (error)
            *error = {{}, tr("not valid JSON (byte %1)").arg(problem ? problem->byte : 0)};
        return std::nullopt;
    }
    return parse(j, error);
}

std::optional<std::vector<ConversionRule>> RuleJson::parseMany(const QByteArray &text, RuleError *error)
{
    const Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        parseText(text, error);
        return std::nullopt;
    }
    std::vector<ConversionRule> out;
    if (!j.is_array()) {
        auto rule = parse(j, error);
        if (!rule)
            return std::nullopt;
        out.push_back(std::move(*rule));
        return out;
    }
    for (size_t i = 0; i < j.size(); ++i) {
        RuleError inner;
        auto rule = parse(j[i], &inner);
        if (!rule) {
            if (error)
                *error = {inner.path.isEmpty() ? u"[%1]"_s.arg(i) : u"[%1].%2"_s.arg(i).arg(inner.path),
                    inner.message};
            return std::nullopt;
        }
        out.push_back(std::move(*rule));
    }
    return out;
}

Json RuleJson::matchToJson(const RuleMatch &match)
{
    if (match.isGroup()) {
        Json children = Json::array();
        for (const RuleMatch &child : match.children)
            children.push_back(matchToJson(child));
        return Json {{RuleText::kindName(match.kind).toStdString(), children}};
    }
    Json out {{"field", match.condition.field}, {"op", RuleText::opName(match.condition.op)}};
    if (RuleText::opTakesValue(match.condition.op))
        out["value"] = match.condition.value;
    return out;
}

Json RuleJson::toJson(const ConversionRule &rule)
{
    Json out = Json::object();
    out["id"] = rule.id;
    out["name"] = rule.name;
    out["conversion"] = rule.conversion;
    out["enabled"] = rule.enabled;
    Json steps = Json::array();
    for (const RuleStep &step : rule.steps)
        steps.push_back({{"match", matchToJson(step.match)}});
    out["steps"] = steps;
    if (!rule.within.isEmpty())
        out["within"] = rule.within;
    if (rule.join)
        out["join"] = RuleText::joinName(*rule.join);
    if (rule.value) {
        Json v = Json::object();
        switch (rule.value->source) {
        case RuleValue::Source::Event:
            v["from"] = "event";
            break;
        case RuleValue::Source::Step:
            v["from"] = "step";
            v["step"] = rule.value->step;
            break;
        case RuleValue::Source::Fixed:
            v["fixed"] = rule.value->fixed;
            break;
        }
        if (rule.value->multiply)
            v["multiply"] = *rule.value->multiply;
        if (rule.value->add)
            v["add"] = *rule.value->add;
        out["value"] = v;
    }
    if (!rule.currency.isEmpty())
        out["currency"] = rule.currency;
    if (rule.dedupe.by == RuleDedupe::By::OrderId) {
        out["dedupe"] = {{"by", "order_id"}};
    } else if (rule.dedupe.by == RuleDedupe::By::Customer) {
        out["dedupe"] = {{"by", "customer"}};
        if (!rule.dedupe.per.isEmpty())
            out["dedupe"]["per"] = rule.dedupe.per;
    }
    if (rule.platforms) {
        Json p = Json::array();
        for (const QString &id : *rule.platforms)
            p.push_back(id);
        out["platforms"] = p;
    }
    return out;
}

QByteArray RuleJson::toText(const ConversionRule &rule)
{
    return QByteArray::fromStdString(toJson(rule).dump(2)) + '\n';
}

} // namespace ConvStudio
