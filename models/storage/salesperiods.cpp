#include "storage/salesperiods.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

QDate parse(const QString &key, SalesDimension period)
{
    if (period == SalesDimension::Month)
        return QDate::fromString(key + u"-01"_s, Qt::ISODate);
    return QDate::fromString(key, Qt::ISODate);
}

QString key(QDate date, SalesDimension period)
{
    return date.toString(period == SalesDimension::Month ? u"yyyy-MM"_s : u"yyyy-MM-dd"_s);
}

QDate next(QDate date, SalesDimension period)
{
    switch (period) {
    case SalesDimension::Week:
        return date.addDays(7);
    case SalesDimension::Month:
        return date.addMonths(1);
    default:
        return date.addDays(1);
    }
}

} // namespace

QStringList SalesPeriods::between(
    const QString &first, const QString &last, SalesDimension period, int maxCount)
{
    const QDate from = parse(first, period);
    const QDate to = parse(last, period);
    if (!from.isValid() || !to.isValid() || to < from || !isPeriod(period))
        return {};
    QStringList keys;
    for (QDate d = from; d <= to; d = next(d, period))
        keys << key(d, period);
    if (keys.size() > maxCount)
        keys = keys.mid(keys.size() - maxCount);
    return keys;
}

QString SalesPeriods::keyOf(QDate date, SalesDimension period)
{
    if (period == SalesDimension::Week)
        date = date.addDays(1 - date.dayOfWeek());
    return key(date, period);
}

QString SalesPeriods::label(const QString &key, SalesDimension period, const QLocale &locale)
{
    const QDate date = parse(key, period);
    if (!date.isValid())
        return key;
    if (period == SalesDimension::Month)
        return locale.monthName(date.month(), QLocale::ShortFormat) + u' ' + QString::number(date.year());
    return QString::number(date.day()) + u' ' + locale.monthName(date.month(), QLocale::ShortFormat);
}

} // namespace ConvStudio
