#pragma once

#include "domain/conversion.h"
#include "storage/connection.h"

#include <QFuture>
#include <QObject>

#include <utility>
#include <vector>

namespace ConvStudio {

// What the Payloads page offers: the connections, the newest stored conversions, and the newest
// events each taken as a conversion of its own.
struct PayloadChoices
{
    std::vector<Connection> connections;
    std::vector<Conversion> conversions;
    std::vector<Conversion> eventConversions;
    std::vector<std::pair<QString, QString>> rules; // (id, name) in list order
    QString error; // empty when the workspace was read

    // Reads them on the calling thread, through a connection of its own.
    static PayloadChoices load(const QString &databasePath, int limit);
};

// Loads PayloadChoices on a pool thread and reports them on the thread it lives on. Reloads asked
// for while one runs are folded into one more run after it, so the last report is always current.
// The destructor waits for a running load.
class PayloadChoicesLoader : public QObject
{
    Q_OBJECT
public:
    explicit PayloadChoicesLoader(QString databasePath, int limit = 200, QObject *parent = nullptr);
    ~PayloadChoicesLoader() override;
    Q_DISABLE_COPY_MOVE(PayloadChoicesLoader)

    void reload();
    bool isLoading() const { return m_running; }

signals:
    void loaded(const ConvStudio::PayloadChoices &choices);

private:
    void start();

    QString m_path;
    int m_limit;
    bool m_running = false;
    bool m_again = false;
    QFuture<void> m_future;
};

} // namespace ConvStudio
