#pragma once

#include "connector/backfill.h"

#include <QDialog>

#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ConvStudio {

class BackfillJob;

// "Send past conversions…": pick a connection (or all), a rule (or all) and a date range, see how
// many deliveries that queues before anything is written, then queue them with progress and Cancel.
// The job runs off the GUI thread.
class BackfillDialog : public QDialog
{
    Q_OBJECT
public:
    // rules: (id, name) in list order.
    BackfillDialog(BackfillJob *job, const std::vector<Connection> &connections,
        const std::vector<std::pair<QString, QString>> &rules, qint64 connectionId,
        QWidget *parent = nullptr);

    Backfill::Request request() const;
    void setRange(QDate from, QDate to);

signals:
    void queued(qint64 deliveries); // after a run that queued something, so the pages refresh

protected:
    void reject() override;

private:
    void requestEstimate();
    void showEstimate(const Backfill::Estimate &estimate);
    void start();
    void showProgress(qint64 done, qint64 total);
    void showResult(const Backfill::Result &result, const QString &error);

    BackfillJob *m_job;
    std::vector<Connection> m_connections;
    QComboBox *m_connection;
    QComboBox *m_rule;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_estimate;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_close;
    bool m_running = false;
    bool m_estimating = false;
};

} // namespace ConvStudio
