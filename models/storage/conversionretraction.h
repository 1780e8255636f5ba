#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace ConvStudio {

// Takes back stored conversions that a re-evaluation no longer produces (a late event changed
// which conversion dedupe keeps, which event a sequence chains to, or a customer field): deletes
// them with their event links and cancels their deliveries that were not sent yet, so a platform
// never receives both the old and the new conversion. Runs inside the caller's transaction.
class ConversionRetraction
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ConversionRetraction)
public:
    static bool retract(QSqlDatabase db, const QSet<QString> &conversionIds, QString *error);
};

} // namespace ConvStudio
