#pragma once

#include "storage/salesrepository.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

namespace ConvStudio {

// The periods of a sales chart: every day, week (its Monday) or month between two keys as the
// sales repository writes them ("2026-09-01", "2026-09"), so that a quiet day is a zero bar rather
// than a gap, and the short label each is shown with.
class SalesPeriods
{
public:
    // Every key from first to last, both included, in order; at most maxCount (the newest kept).
    // Empty when a key does not parse or last comes before first.
    static QStringList between(
        const QString &first, const QString &last, SalesDimension period, int maxCount = 400);
    // The key of the period a date falls in (a week is keyed by its Monday).
    static QString keyOf(QDate date, SalesDimension period);
    // "1 Sep" for a day or a week, "Sep 2026" for a month, in the given locale's month names.
    static QString label(const QString &key, SalesDimension period, const QLocale &locale = QLocale());
};

} // namespace ConvStudio
