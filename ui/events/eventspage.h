#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace ConvStudio {

class EventDetailView;
class EventTableModel;

// The Events page: filters, the paged table, the details of the selected event, and an empty state
// that offers the ways to get events in.
class EventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(EventTableModel *model, QWidget *parent = nullptr);

    void setSources(const QStringList &sources);
    void setListenerAvailable(bool available);
    void focusFilter();
    // Reloads the table, e.g. after an import.
    void refresh();
    // Shows exactly these events (a drill-down from another page): the other filters are cleared and
    // a chip above the table names the selection until the user clears it.
    void showOnly(const std::vector<qint64> &rowIds, const QString &description);
    void clearShowOnly();

signals:
    void importRequested();
    void demoRequested();
    void listenerRequested();
    void countChanged(qint64 count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateState();
    void showContextMenu(const QPoint &pos);
    void retranslate();

    EventTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_name;
    QComboBox *m_source;
    QLabel *m_count;
    QFrame *m_chip;
    QLabel *m_chipLabel;
    QToolButton *m_chipClear;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EventDetailView *m_detail;
    QTimer *m_debounce;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_importButton;
    QPushButton *m_demoButton;
    QPushButton *m_listenerButton;
};

} // namespace ConvStudio
