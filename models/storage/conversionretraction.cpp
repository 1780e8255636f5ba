#include "storage/conversionretraction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ConvStudio {

bool ConversionRetraction::retract(QSqlDatabase db, const QSet<QString> &conversionIds, QString *error)
{
    if (conversionIds.isEmpty())
        return true;
    QSqlQuery cancel(db);
    cancel.prepare(u"UPDATE outbox SET status = 'cancelled', finished_ms = ?, last_error = ? "
                   "WHERE conversion_id = ? AND status IN ('pending', 'retrying')"_s);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM conversions WHERE id = ?"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString why = tr("Retracted: the rule no longer produces this conversion.");
    for (const QString &id : conversionIds) {
        cancel.bindValue(0, now);
        cancel.bindValue(1, why);
        cancel.bindValue(2, id);
        remove.bindValue(0, id);
        for (QSqlQuery *q : {&cancel, &remove}) {
            if (!q->exec()) {
                if (error)
                    *error = q->lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace ConvStudio
