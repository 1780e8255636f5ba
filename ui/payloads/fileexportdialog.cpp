#include "payloads/fileexportdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ConvStudio {

FileExportDialog::FileExportDialog(const PlatformAdapter &adapter, Connection connection,
    QString databasePath, const std::vector<std::pair<QString, QString>> &rules,
    std::optional<Conversion> shown, QWidget *parent)
    : QDialog(parent)
    , m_adapter(adapter)
    , m_connection(std::move(connection))
    , m_databasePath(std::move(databasePath))
    , m_shown(std::move(shown))
    , m_onlyShown(new QRadioButton(this))
    , m_byRule(new QRadioButton(this))
    , m_rule(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"fileExportDialog"_s);
    setWindowTitle(tr("Export %1").arg(adapter.displayName()));
    m_onlyShown->setObjectName(u"exportOnlyShown"_s);
    m_byRule->setObjectName(u"exportByRule"_s);
    m_rule->setObjectName(u"exportRule"_s);
    m_from->setObjectName(u"exportFrom"_s);
    m_to->setObjectName(u"exportTo"_s);
    m_path->setObjectName(u"exportPath"_s);
    m_result->setObjectName(u"exportResult"_s);
    m_export->setObjectName(u"exportStart"_s);

    auto *intro = new QLabel(tr("%1 takes conversions as a file you upload by hand. Export the conversions "
                                "of a rule for a period (last week's, for a weekly upload) or only the "
                                "conversion shown. Conversions the file cannot take are listed with the "
                                "reason.")
                                 .arg(adapter.displayName()),
        this);
    intro->setWordWrap(true);
    m_onlyShown->setText(tr("Only the conversion shown"));
    m_onlyShown->setEnabled(m_shown.has_value());
    m_byRule->setText(tr("The conversions of a rule in a period"));
    m_byRule->setChecked(!m_databasePath.isEmpty() || !m_shown);
    m_onlyShown->setChecked(!m_byRule->isChecked());
    m_rule->addItem(tr("Every rule"), QString());
    for (const auto &[id, name] : rules)
        m_rule->addItem(name, id);
    if (m_shown)
        m_rule->setCurrentIndex(std::max(0, m_rule->findData(m_shown->ruleId)));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(today.addDays(-7));
    m_to->setDate(today);
    QString suggested;
    if (m_shown) {
        const BuildOutput output = [&] {
            const auto settings = ConnectionSettings::fromJson(m_connection.settings, nullptr);
            return settings ? adapter.build({*m_shown}, *settings, QDateTime::currentMSecsSinceEpoch())
                            : BuildOutput {};
        }();
        for (const PlatformRequest &r : output.requests) {
            if (r.isFile && suggested.isEmpty())
                suggested = r.http.url;
        }
    }
    if (suggested.isEmpty())
        suggested = adapter.id() + u".csv"_s;
    const QFileInfo name(suggested);
    QDir folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.exists())
        folder = QDir::home();
    m_path->setText(folder.filePath(
        u"%1-%2.%3"_s.arg(name.completeBaseName(), today.toString(Qt::ISODate), name.suffix())));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *range = new QHBoxLayout;
    range->addWidget(m_rule, 1);
    range->addWidget(new QLabel(tr("from"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_byRule);
    form->addRow(range);
    form->addRow(m_onlyShown);
    form->addRow(tr("Save as"), pathRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    for (QRadioButton *b : {m_onlyShown, m_byRule})
        connect(b, &QRadioButton::toggled, this, &FileExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &FileExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &FileExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &FileExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, &FileExportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<OfflineFileExport::Result>::finished, this,
        &FileExportDialog::showResult);
    updateState();
}

FileExportDialog::~FileExportDialog()
{
    m_watcher.waitForFinished();
}

void FileExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void FileExportDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

StoredConversionFilter FileExportDialog::filter() const
{
    StoredConversionFilter f;
    f.ruleId = m_rule->currentData().toString();
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());
    f.sinceMs = from.startOfDay().toMSecsSinceEpoch();
    f.untilMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    f.newestFirst = false;
    return f;
}

void FileExportDialog::browse()
{
    const QString path
        = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void FileExportDialog::updateState()
{
    const bool running = m_watcher.isRunning();
    const bool byRule = m_byRule->isChecked() && !m_databasePath.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *> {m_rule, m_from, m_to})
        w->setEnabled(byRule && !running);
    for (QWidget *w : std::initializer_list<QWidget *> {m_path, m_browse})
        w->setEnabled(!running);
    m_byRule->setEnabled(!m_databasePath.isEmpty() && !running);
    m_onlyShown->setEnabled(m_shown.has_value() && !running);
    m_export->setEnabled(
        !running && !m_path->text().trimmed().isEmpty() && (byRule || (m_onlyShown->isChecked() && m_shown)));
    m_progress->setVisible(running);
}

void FileExportDialog::start()
{
    if (m_watcher.isRunning())
        return;
    const QString path = m_path->text().trimmed();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_result->clear();
    m_result->setStyleSheet(QString());
    if (m_onlyShown->isChecked() && m_shown) {
        m_watcher.setFuture(QtConcurrent::run(
            [&adapter = m_adapter, conversion = *m_shown, connection = m_connection, now, path] {
                return OfflineFileExport::write(adapter, {conversion}, connection, now, path);
            }));
    } else {
        m_watcher.setFuture(QtConcurrent::run(
            [&adapter = m_adapter, db = m_databasePath, filter = filter(), connection = m_connection, now,
                path] { return OfflineFileExport::run(db, adapter, filter, connection, now, path); }));
    }
    updateState();
}

void FileExportDialog::showResult()
{
    const OfflineFileExport::Result result = m_watcher.result();
    updateState();
    const QLocale locale;
    QStringList lines;
    if (!result.files.isEmpty()) {
        lines << tr("%n conversion(s) written to %1.", nullptr, int(result.written))
                     .arg(QDir::toNativeSeparators(result.files.front()));
        for (qsizetype i = 1; i < result.files.size(); ++i)
            lines << tr("Also written: %1.").arg(QDir::toNativeSeparators(result.files[i]));
    }
    if (!result.error.isEmpty())
        lines << result.error;
    for (auto it = result.skipped.cbegin(); it != result.skipped.cend(); ++it)
        lines << tr("Left out (%1): %2").arg(locale.toString(it.value()), it.key());
    m_result->setText(lines.join(u'\n'));
    m_result->setStyleSheet(result.files.isEmpty() ? u"color: #c62828;"_s : QString());
    emit exported(result);
}

} // namespace ConvStudio
