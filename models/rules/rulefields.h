#pragma once

#include "rules/conversionrule.h"

#include <QCoreApplication>

namespace ConvStudio {

// The fields a condition can test (rule-format.md "Fields"), their types and the operators that
// fit each type. The builder offers these; the parser refuses names outside them.
class RuleFields
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::RuleFields)
public:
    enum class Type { Text, Number, YesNo, List }; // List: a text field of an event's items

    // The fixed fields in builder order (name, standard_name, …, customer.*).
    static const QStringList &fixedFields();
    // "user.", "click_ids.", "attributes.", "items.any." plus fixed fields, for messages.
    static QStringList patterns();
    static bool isKnown(const QString &field);
    static bool isCustomerField(const QString &field);
    // The type a field has; attributes are Text unless the workspace says otherwise.
    static Type type(const QString &field);
    static QList<RuleOp> operators(Type type);
    // Words for the builder and the reasons: "Standard event", "Customer is returning" …
    static QString label(const QString &field);
    static QString opLabel(RuleOp op);
    static bool checkRegex(const QString &pattern, QString *error);
};

} // namespace ConvStudio
