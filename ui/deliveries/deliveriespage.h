#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ConvStudio {

class ConnectionListModel;
class OutboxTableModel;

// The Deliveries page: health per platform on top, then every delivery with filters, Retry now and
// Cancel. Emits what the user asked for; the connector does it.
class DeliveriesPage : public QWidget
{
    Q_OBJECT
public:
    DeliveriesPage(OutboxTableModel *deliveries, ConnectionListModel *connections, QWidget *parent = nullptr);

    void refresh();
    void focusFilter();

signals:
    void retryRequested(const QList<qint64> &ids);
    void cancelRequested(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<qint64> selectedIds() const;
    void applyFilter();
    void updateHealth();
    void updateButtons();
    void retranslate();

    OutboxTableModel *m_deliveries;
    ConnectionListModel *m_connections;
    QLabel *m_health = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace ConvStudio
