#pragma once

#include "rules/conversionrule.h"

#include <QCoreApplication>

namespace ConvStudio {

// Where a rule file is wrong: the JSON path ("steps[0].match.all[2].op") and what was expected.
struct RuleError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// Reads and writes the rule file format (rule-format.md). Every rule the builder can make
// round-trips: parse(toJson(rule)) == rule.
class RuleJson
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RuleJson)
public:
    static std::optional<ConversionRule> parse(const Json &json, RuleError *error);
    static std::optional<ConversionRule> parseText(const QByteArray &text, RuleError *error);
    // A file holding one rule object or an array of rules.
    static std::optional<std::vector<ConversionRule>> parseMany(const QByteArray &text, RuleError *error);

    static Json toJson(const ConversionRule &rule);
    static Json matchToJson(const RuleMatch &match);
    static QByteArray toText(const ConversionRule &rule); // indented, for files and export
};

} // namespace ConvStudio
