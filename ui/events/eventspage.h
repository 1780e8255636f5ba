#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

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
