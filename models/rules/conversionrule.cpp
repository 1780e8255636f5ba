#include "rules/conversionrule.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ConvStudio::RuleText {

namespace {

constexpr std::array OpNames {"equals", "not_equals", "contains", "not_contains", "starts_with", "ends_with",
    "regex", "in", "not_in", "gt", "gte", "lt", "lte", "between", "exists", "not_exists"};

} // namespace

QString opName(RuleOp op)
{
    return QString::fromLatin1(OpNames[size_t(op)]);
}

std::optional<RuleOp> opFromName(const QString &name)
{
    for (size_t i = 0; i < OpNames.size(); ++i) {
        if (name == QLatin1StringView(OpNames[i]))
            return RuleOp(i);
    }
    return std::nullopt;
}

QStringList opNames()
{
    QStringList out;
    for (const char *name : OpNames)
        out << QString::fromLatin1(name);
    return out;
}

bool opTakesValue(RuleOp op)
{
    return op != RuleOp::Exists && op != RuleOp::NotExists;
}

bool opTakesList(RuleOp op)
{
    return op == RuleOp::In || op == RuleOp::NotIn || op == RuleOp::Between;
}

QString joinName(RuleJoin join)
{
    switch (join) {
    case RuleJoin::Customer:
        return u"customer"_s;
    case RuleJoin::ClickId:
        return u"click_id"_s;
    case RuleJoin::OrderId:
        return u"order_id"_s;
    }
    return {};
}

std::optional<RuleJoin> joinFromName(const QString &name)
{
    for (RuleJoin j : {RuleJoin::Customer, RuleJoin::ClickId, RuleJoin::OrderId}) {
        if (joinName(j) == name)
            return j;
    }
    return std::nullopt;
}

QString kindName(RuleMatch::Kind kind)
{
    switch (kind) {
    case RuleMatch::Kind::All:
        return u"all"_s;
    case RuleMatch::Kind::Any:
        return u"any"_s;
    case RuleMatch::Kind::None:
        return u"none"_s;
    case RuleMatch::Kind::Condition:
        break;
    }
    return {};
}

std::optional<qint64> parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = t.first(t.size() - 1).toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    switch (t.back().unicode()) {
    case 's':
        return n * 1000;
    case 'm':
        return n * 60 * 1000;
    case 'h':
        return n * 3600 * 1000;
    case 'd':
        return n * 86400 * 1000;
    case 'w':
        return n * 7 * 86400 * 1000;
    default:
        return std::nullopt;
    }
}

QString slug(const QString &name)
{
    QString out;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else if (!c.isMark()) {
            dash = true;
        }
    }
    return out.isEmpty() ? u"rule"_s : out;
}

} // namespace ConvStudio::RuleText
