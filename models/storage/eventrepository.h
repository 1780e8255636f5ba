#pragma once

#include "domain/event.h"
#include "storage/eventfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace ConvStudio {

// All SQL about events. Works on the connection it is given (one per thread).
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::EventRepository)
public:
    explicit EventRepository(QSqlDatabase db);

    struct InsertResult
    {
        int added = 0;
        int duplicates = 0;
    };
    // Inserts in one transaction; an event whose (source, event_id) is stored already is skipped.
    // Stored events get their rowId. All or nothing: on error nothing of the batch is stored.
    bool insert(std::vector<Event> &events, InsertResult *result, QString *error);

    std::vector<Event> page(
        const EventFilter &filter, qint64 offset, int limit, QString *error = nullptr) const;
    qint64 count(const EventFilter &filter, QString *error = nullptr) const;
    std::optional<Event> byRowId(qint64 rowId) const;
    // Events that carry only the indexed fields (as the rule snapshot makes them) are replaced by
    // their stored rows, JSON included (one statement, prepared once per repository).
    void completeEvents(std::vector<Event> &events) const;
    // Visits every matching event in order without holding them all; stop by returning false.
    bool forEach(
        const EventFilter &filter, const std::function<bool(const Event &)> &visit, QString *error) const;

    QStringList distinctSources() const;

private:
    QSqlDatabase m_db;
    mutable std::unique_ptr<QSqlQuery> m_byRowId; // prepared on first use: keep one repository for many
};

} // namespace ConvStudio
