#pragma once

#include "rules/conversionrule.h"

#include <QCoreApplication>

namespace ConvStudio {

// The rules a user starts from (issue 4): each a complete, valid rule.
class RuleTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RuleTemplates)
public:
    struct Template
    {
        QString key; // stable: "purchase-over-value" …
        QString title; // translated
        QString description; // translated
        ConversionRule rule;
    };
    static QList<Template> all();
    static std::optional<ConversionRule> byKey(const QString &key);
};

} // namespace ConvStudio
