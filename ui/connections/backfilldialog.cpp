#include "connections/backfilldialog.h"

#include "connections/platformfields.h"
#include "connector/backfilljob.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

BackfillDialog::BackfillDialog(BackfillJob *job, const std::vector<Connection> &connections,
    const std::vector<std::pair<QString, QString>> &rules, qint64 connectionId, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_connections(connections)
    , m_connection(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_estimate(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"backfillDialog"_s);
    setWindowTitle(tr("Send past conversions"));
    m_connection->setObjectName(u"backfillConnection"_s);
    m_rule->setObjectName(u"backfillRule"_s);
    m_from->setObjectName(u"backfillFrom"_s);
    m_to->setObjectName(u"backfillTo"_s);
    m_estimate->setObjectName(u"backfillEstimate"_s);
    m_progress->setObjectName(u"backfillProgress"_s);
    m_result->setObjectName(u"backfillResult"_s);
    m_start->setObjectName(u"backfillStart"_s);
    m_close->setObjectName(u"backfillClose"_s);

    m_connection->addItem(tr("Every connected platform"), 0);
    for (const Connection &c : connections)
        m_connection->addItem(tr("%1 (%2)").arg(c.name, PlatformFields::of(c.platform).name), c.id);
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(connectionId)));
    m_rule->addItem(tr("Every rule"), QString());
    for (const auto &[id, name] : rules)
        m_rule->addItem(name, id);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_estimate->setWordWrap(true);
    m_estimate->setMinimumHeight(m_estimate->fontMetrics().lineSpacing() * 3);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);

    auto *intro = new QLabel(tr("Conversions stored before a platform was connected (or while it could not "
                                "take them) are queued now, as if they had just happened. Each goes to a "
                                "platform once; conversions older than a platform accepts are recorded as "
                                "skipped, with the reason."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Send to"), m_connection);
    form->addRow(tr("Conversions of"), m_rule);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To (inclusive)"), m_to);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_start->setDefault(true);
    m_start->setEnabled(false);
    m_close->setText(tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_estimate);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_connection, &QComboBox::currentIndexChanged, this, &BackfillDialog::requestEstimate);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &BackfillDialog::requestEstimate);
    connect(m_from, &QDateEdit::dateChanged, this, &BackfillDialog::requestEstimate);
    connect(m_to, &QDateEdit::dateChanged, this, &BackfillDialog::requestEstimate);
    connect(m_start, &QPushButton::clicked, this, &BackfillDialog::start);
    connect(m_close, &QPushButton::clicked, this, &BackfillDialog::reject);
    connect(m_job, &BackfillJob::estimated, this, &BackfillDialog::showEstimate);
    connect(m_job, &BackfillJob::progressed, this, &BackfillDialog::showProgress);
    connect(m_job, &BackfillJob::finished, this, &BackfillDialog::showResult);
    requestEstimate();
}

void BackfillDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

Backfill::Request BackfillDialog::request() const
{
    Backfill::Request r;
    r.connectionId = m_connection->currentData().toLongLong();
    r.conversions.ruleId = m_rule->currentData().toString();
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());
    r.conversions.sinceMs = from.startOfDay().toMSecsSinceEpoch();
    r.conversions.untilMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    return r;
}

void BackfillDialog::requestEstimate()
{
    if (m_running)
        return;
    m_estimating = true;
    m_start->setEnabled(false);
    m_estimate->setText(tr("Counting…"));
    m_job->estimate(request());
}

void BackfillDialog::showEstimate(const Backfill::Estimate &estimate)
{
    m_estimating = false;
    const QLocale locale;
    QStringList lines;
    lines << tr("%n past conversion(s) in this range.", nullptr, int(estimate.conversions));
    if (estimate.toQueue() > 0)
        lines << tr("%1 will be queued.").arg(locale.toString(estimate.toQueue()));
    else if (estimate.conversions > 0)
        lines << tr("Nothing new to queue.");
    if (estimate.alreadyQueued() > 0)
        lines << tr("%1 were queued already and stay as they are.")
                     .arg(locale.toString(estimate.alreadyQueued()));
    QStringList tooOld;
    for (const auto &row : estimate.rows) {
        if (row.counts.outsideWindow > 0)
            tooOld << tr("%1 for %2").arg(locale.toString(row.counts.outsideWindow), row.connection.name);
    }
    if (!tooOld.isEmpty())
        lines << tr("Too old for the platform, recorded as skipped: %1.").arg(tooOld.join(u", "_s));
    m_estimate->setText(lines.join(u'\n'));
    const qint64 n = estimate.toQueue() + estimate.outsideWindow();
    m_start->setText(n > 0 ? tr("Queue %1").arg(locale.toString(estimate.toQueue())) : tr("Queue"));
    m_start->setEnabled(estimate.toQueue() > 0);
}

void BackfillDialog::start()
{
    if (m_running || !m_job->start(request()))
        return;
    m_running = true;
    m_result->clear();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    for (QWidget *w : std::initializer_list<QWidget *> {m_connection, m_rule, m_from, m_to, m_start})
        w->setEnabled(false);
    m_close->setText(tr("Cancel"));
}

void BackfillDialog::showProgress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    m_progress->setRange(0, int(std::max<qint64>(total, 1)));
    m_progress->setValue(int(done));
    m_progress->setFormat(
        tr("%1 of %2 conversions").arg(QLocale().toString(done), QLocale().toString(total)));
}

void BackfillDialog::showResult(const Backfill::Result &result, const QString &error)
{
    m_running = false;
    m_close->setText(tr("Close"));
    for (QWidget *w : std::initializer_list<QWidget *> {m_connection, m_rule, m_from, m_to})
        w->setEnabled(true);
    const QLocale locale;
    const DeliveryQueue::Summary sum = result.sum();
    if (!error.isEmpty()) {
        m_result->setText(tr("The backfill stopped: %1").arg(error));
        m_result->setStyleSheet(u"color: #c62828;"_s);
    } else {
        QStringList lines;
        lines << (result.cancelled
                ? tr("Cancelled after %1 of %2 conversions. What was queued stays queued.")
                      .arg(locale.toString(result.conversions), locale.toString(result.total))
                : tr("Done: %n conversion(s) read.", nullptr, int(result.conversions)));
        lines << tr("%1 queued, %2 skipped, %3 queued already.")
                     .arg(locale.toString(sum.queued), locale.toString(sum.skipped),
                         locale.toString(sum.duplicates));
        for (const auto &[reason, n] : sum.skipReasons)
            lines << tr("Skipped %1×: %2").arg(locale.toString(n), reason);
        m_result->setText(lines.join(u'\n'));
        m_result->setStyleSheet(QString());
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setVisible(!result.cancelled && error.isEmpty());
    if (sum.queued + sum.skipped > 0)
        emit queued(sum.queued);
    requestEstimate();
}

void BackfillDialog::reject()
{
    if (m_running) {
        m_job->cancel();
        m_close->setEnabled(true);
        return; // the dialog stays until the job has stopped, to show what was queued
    }
    QDialog::reject();
}

} // namespace ConvStudio
