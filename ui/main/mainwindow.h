#pragma once

#include "main/area.h"

#include <QMainWindow>

#include <array>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ConvStudio {

// Lays out the sidebar, the pages and the menus; the pages themselves are built elsewhere and
// handed in. Areas without a page are shown as "coming" and disabled.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &workspacePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPage(const Page &page);
    void showArea(Area area);
    Area currentArea() const;
    QWidget *page(Area area) const { return m_pages[size_t(area)]; }
    // The sidebar badge of an area ("1,204", "on", …); empty hides it.
    void setBadge(Area area, const QString &badge);
    void setStatusMessage(const QString &text);

    static QString areaTitle(Area area);

signals:
    void newWorkspaceRequested(const QString &path);
    void openWorkspaceRequested(const QString &path);
    void demoWorkspaceRequested();
    void importRequested(const QString &path);
    void refreshRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void updateSidebarItem(Area area);
    void retranslate();
    void newWorkspace();
    void openWorkspace();
    void showAbout();

    QString m_workspacePath;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    std::array<QWidget *, size_t(Area::Count)> m_pages {};
    std::array<QString, size_t(Area::Count)> m_badges {};
};

} // namespace ConvStudio
