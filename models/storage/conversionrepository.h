#pragma once

#include "domain/conversion.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace ConvStudio {

// All SQL about stored conversions. Works on the connection it is given (one per thread).
class ConversionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::ConversionRepository)
public:
    explicit ConversionRepository(QSqlDatabase db);
    ~ConversionRepository();

    // THE place a conversion enters the store: inserts it and its events unless a conversion with
    // its id is stored already (*inserted false then). Runs inside the caller's transaction.
    // Whatever must happen atomically with a new conversion (the connector's outbox rows) belongs
    // here, after the insert, when *inserted is true.
    bool insertConversion(const Conversion &conversion, bool *inserted, QString *error);

    // Stores conversions idempotently in one transaction; *added counts the new ones.
    bool store(const std::vector<Conversion> &conversions, int *added, QString *error);
    // Makes the stored conversions of a rule exactly these: inserts the new, deletes the others.
    bool replaceForRule(const QString &ruleId, const std::vector<Conversion> &conversions, int *added,
        int *removed, QString *error);

    qint64 count(const QString &ruleId = {}) const;
    QHash<QString, qint64> countsByRule() const;
    QSet<QString> idsForRule(const QString &ruleId) const;
    // Row ids of the events of a stored conversion, in step order.
    std::vector<qint64> eventRowIds(const QString &conversionId) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_insertEvent;
};

} // namespace ConvStudio
