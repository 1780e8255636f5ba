#include "connector/payloadchoices.h"

#include "platforms/platformadapter.h"
#include "storage/connectionrepository.h"
#include "storage/conversionrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/rulerepository.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ConvStudio {

PayloadChoices PayloadChoices::load(const QString &databasePath, int limit)
{
    PayloadChoices choices;
    Database database(databasePath, Database::uniqueConnectionName(u"payloads"_s));
    if (!database.open(&choices.error))
        return choices;
    const QSqlDatabase db = database.connection();
    choices.connections = ConnectionRepository(db).all();
    choices.conversions = ConversionRepository(db).list(StoredConversionFilter {}, 0, limit, &choices.error);
    for (const ConversionRule &rule : RuleRepository(db).all())
        choices.rules.emplace_back(rule.id, rule.name);
    EventFilter newest;
    newest.newestFirst = true;
    for (const Event &e : EventRepository(db).page(newest, 0, limit, &choices.error))
        choices.eventConversions.push_back(conversionFromEvent(e));
    return choices;
}

PayloadChoicesLoader::PayloadChoicesLoader(QString databasePath, int limit, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_limit(limit)
{
}

PayloadChoicesLoader::~PayloadChoicesLoader()
{
    m_future.waitForFinished();
}

void PayloadChoicesLoader::reload()
{
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void PayloadChoicesLoader::start()
{
    m_running = true;
    m_again = false;
    m_future = QtConcurrent::run([this, path = m_path, limit = m_limit] {
        PayloadChoices choices = PayloadChoices::load(path, limit);
        QMetaObject::invokeMethod(
            this,
            [this, choices = std::move(choices)] {
                m_running = false;
                if (m_again)
                    return start(); // newer data was asked for: this result is stale already
                emit loaded(choices);
            },
            Qt::QueuedConnection);
    });
}

} // namespace ConvStudio
