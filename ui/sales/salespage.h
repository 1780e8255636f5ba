#pragma once

#include "storage/deliveryqueue.h"
#include "storage/reconciliation.h"
#include "storage/salesrepository.h"

#include <QDate>
#include <QWidget>

#include <array>
#include <functional>

class QAbstractItemModel;
class QBarSet;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ConvStudio {

class ReconciliationListModel;
class SalesSummaryModel;

// Everything the Sales page shows for one range, computed off the GUI thread.
struct SalesSnapshot
{
    std::vector<SalesGroup> series; // period × stack, every currency
    std::vector<SalesGroup> breakdown; // by the chosen group-by
    std::vector<SalesGroup> offers; // by program or offer
    std::vector<SalesGroup> todayByNetworkStatus; // network × status, today
    ReconciliationReport reconciliation;
    QString error;
};

// The Sales page: credited sales over a date range (charts stacked by status or network, a
// breakdown, top offers), a drill-down to the sales behind any bar or row, CSV/PNG/SVG export,
// and the reconciliation lists with "Queue corrections". All queries run on a pool thread with
// their own connection to the workspace file.
class SalesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SalesPage(QString databasePath, QWidget *parent = nullptr);
    ~SalesPage() override;

    // The builder corrections are queued with; unset: DeliveryQueue::defaultBuilder() at click time.
    void setDeliveryBuilder(DeliveryBuilder builder) { m_builder = std::move(builder); }
    void setRange(QDate from, QDate to); // inclusive local dates
    bool isLoading() const { return m_loading; }

    // Export seams (the buttons ask for a file name, then call these).
    bool exportTable(const QAbstractItemModel &model, const QString &path, QString *error) const;
    bool exportChart(QChartView *view, const QString &path, QString *error) const; // .png or .svg

    // Drill-down: finds the events (sales and corrections) of one key of a dimension (and currency),
    // as a click on a bar or a row does, and emits drillDownReady with them.
    void drillDown(SalesDimension dimension, const QString &key, const QString &currency,
        std::optional<std::pair<SalesDimension, QString>> also = std::nullopt);

public slots:
    void refresh();

signals:
    void loaded();
    // The events behind a clicked bar or row, and what they are ("Credited sales where …"), for
    // the Events page to show.
    void drillDownReady(const std::vector<qint64> &rowIds, const QString &description);
    void correctionsQueued(int deliveries);
    // The count of reconciliation items needing attention, for the sidebar badge.
    void attentionChanged(int items);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    SalesFilter currentFilter() const;
    SalesDimension groupBy() const;
    SalesDimension period() const;
    SalesDimension stackBy() const;
    QString chartCurrency() const;
    bool chartsCommission() const;
    void applySnapshot(const SalesSnapshot &snapshot);
    void rebuildCharts();
    QStringList periodLabels(const QStringList &keys) const;
    void choosePeriodFor(QDate from, QDate to);
    void updateToday();
    void queueCorrections();
    void askExportTable(QTableView *view);
    void askExportChart(QChartView *view);
    QWidget *tableWithExport(QTableView *view, const QString &objectName);
    QWidget *chartWithExport(QChartView *view);
    void applyRangePreset();

    QString m_path;
    DeliveryBuilder m_builder;
    bool m_loading = false;
    int m_generation = 0;
    int m_drillGeneration = 0;
    SalesSnapshot m_snapshot;
    QString m_correctionMessage;

    QComboBox *m_rangeCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QComboBox *m_stackCombo = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QComboBox *m_metricCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_todayLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_timeChart = nullptr;
    QChartView *m_breakdownChart = nullptr;
    SalesSummaryModel *m_breakdownModel = nullptr;
    SalesSummaryModel *m_offersModel = nullptr;
    QTableView *m_breakdownView = nullptr;
    QTableView *m_offersView = nullptr;
    QLabel *m_drillLabel = nullptr;
    QTabWidget *m_reconTabs = nullptr;
    std::array<ReconciliationListModel *, 4> m_reconModels {};
    std::array<QLabel *, 4> m_reconHints {};
    QLabel *m_reconSummary = nullptr;
    QPushButton *m_queueButton = nullptr;
    std::vector<std::pair<QString, QString>> m_timeCategories; // (period key, currency) per bar index
};

} // namespace ConvStudio
