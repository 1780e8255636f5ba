#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace ConvStudio {

class Database;
class EventTableModel;
class MainWindow;
class PlatformRegistry;

// One open workspace: its GUI-thread connection, the models over it and the window showing them.
// Opening another workspace replaces the session as a whole.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    WorkspaceSession();
    ~WorkspaceSession() override;

    // False with *error when the workspace cannot be opened (nothing is shown then).
    bool open(const QString &path, QString *error);
    MainWindow *window() const { return m_window.get(); }

    // Creates (or refills) the demo workspace from the events shipped in the resources.
    static bool createDemo(const QString &path, QString *error);
    static QString demoPath();

signals:
    void switchRequested(const QString &path);

private:
    void buildWindow();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<EventTableModel> m_events;
    std::unique_ptr<PlatformRegistry> m_platforms;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ConvStudio
