#include "import/importwizard.h"

#include "csv/csvheaderindex.h"
#include "csv/csvreader.h"
#include "storage/csvimportjob.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

constexpr int PreviewRows = 50;

enum Page { SetupPage, MappingPage, RunPage };

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

} // namespace

ImportWizard::ImportWizard(const QString &workspacePath, const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_filePath(filePath)
    , m_mappingsDir(
          QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"mappings"_s))
    , m_job(new CsvImportJob(workspacePath, this))
{
    setObjectName(u"importWizard"_s);
    resize(900, 600);
    m_pages = new QStackedWidget(this);

    // Setup: file, detected settings, preview.
    auto *setup = new QWidget;
    setup->setObjectName(u"setupPage"_s);
    m_fileLabel = new QLabel;
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_presetCombo = new QComboBox;
    m_presetCombo->setObjectName(u"presetCombo"_s);
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(u"encodingCombo"_s);
    m_encodingCombo->addItem(QString(), QString());
    for (const QString &e : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Windows-1252"_s})
        m_encodingCombo->addItem(e, e);
    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(u"delimiterCombo"_s);
    for (const char d : {'\0', ',', ';', '\t', '|'})
        m_delimiterCombo->addItem(QString(), int(d));
    m_zoneCombo = new QComboBox;
    m_zoneCombo->setObjectName(u"zoneCombo"_s);
    m_zoneCombo->setEditable(true);
    m_zoneCombo->addItem(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    for (const QString &z : {u"UTC"_s, u"America/New_York"_s, u"America/Los_Angeles"_s, u"Europe/London"_s,
             u"Europe/Berlin"_s, u"Asia/Tokyo"_s})
        m_zoneCombo->addItem(z);
    m_infoLabel = new QLabel;
    m_infoLabel->setObjectName(u"infoLabel"_s);
    m_infoLabel->setWordWrap(true);
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView;
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("Preset:"), m_presetCombo);
    form->addRow(tr("Encoding:"), m_encodingCombo);
    form->addRow(tr("Delimiter:"), m_delimiterCombo);
    form->addRow(tr("Time zone of times without one:"), m_zoneCombo);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->addLayout(form);
    setupLayout->addWidget(m_infoLabel);
    setupLayout->addWidget(m_preview, 1);

    // Mapping: column → canonical field, savable as a named preset.
    auto *mapping = new QWidget;
    mapping->setObjectName(u"mappingPage"_s);
    m_mappingTable = new QTableWidget(0, 2);
    m_mappingTable->setObjectName(u"mappingTable"_s);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_eventNameEdit = new QLineEdit(u"Purchase"_s);
    m_eventNameEdit->setObjectName(u"eventNameEdit"_s);
    m_mappingNameEdit = new QLineEdit;
    m_mappingNameEdit->setObjectName(u"mappingNameEdit"_s);
    m_saveMappingButton = new QPushButton;
    m_saveMappingButton->setObjectName(u"saveMappingButton"_s);
    auto *mappingForm = new QFormLayout;
    mappingForm->addRow(tr("Event name (when no column gives one):"), m_eventNameEdit);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_mappingNameEdit, 1);
    saveRow->addWidget(m_saveMappingButton);
    mappingForm->addRow(tr("Save as preset:"), saveRow);
    auto *mappingLayout = new QVBoxLayout(mapping);
    mappingLayout->addWidget(m_mappingTable, 1);
    mappingLayout->addLayout(mappingForm);

    // Run: progress, then the summary.
    auto *run = new QWidget;
    run->setObjectName(u"runPage"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1000);
    m_rateLabel = new QLabel;
    m_rateLabel->setObjectName(u"rateLabel"_s);
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_rejectedTable = new QTableWidget(0, 3);
    m_rejectedTable->setObjectName(u"rejectedTable"_s);
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *runLayout = new QVBoxLayout(run);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_rateLabel);
    runLayout->addWidget(m_summaryLabel);
    runLayout->addWidget(m_rejectedTable, 1);

    m_pages->addWidget(setup);
    m_pages->addWidget(mapping);
    m_pages->addWidget(run);

    m_backButton = new QPushButton;
    m_backButton->setObjectName(u"backButton"_s);
    m_nextButton = new QPushButton;
    m_nextButton->setObjectName(u"nextButton"_s);
    m_importButton = new QPushButton;
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setDefault(true);
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_exportButton = new QPushButton;
    m_exportButton->setObjectName(u"exportRejectedButton"_s);
    m_showEventsButton = new QPushButton;
    m_showEventsButton->setObjectName(u"showEventsButton"_s);
    m_closeButton = new QPushButton;
    m_closeButton->setObjectName(u"closeButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    for (QPushButton *b :
        {m_backButton, m_nextButton, m_importButton, m_cancelButton, m_showEventsButton, m_closeButton})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    retranslate();
    loadSavedMappings();

    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::loadPreview);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::loadPreview);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillMapping();
    });
    connect(m_mappingTable, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            m_mappingEdited = true;
    });
    connect(m_saveMappingButton, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(MappingPage);
        retranslate();
    });
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(SetupPage);
        retranslate();
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job->isRunning())
            m_job->cancel();
        else
            reject();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ImportWizard::exportRejectedAs);
    connect(m_showEventsButton, &QPushButton::clicked, this, [this] {
        emit showEventsRequested();
        accept();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_job, &CsvImportJob::progressed, this, &ImportWizard::showProgress);
    connect(m_job, &CsvImportJob::finished, this, &ImportWizard::showResult);

    loadPreview();
}

ImportWizard::~ImportWizard()
{
    // The job's destructor cancels and waits: only whole batches are committed.
    delete m_job;
}

void ImportWizard::setMappingsDirectory(const QString &dir)
{
    m_mappingsDir = dir;
    loadSavedMappings();
    loadPreview();
}

void ImportWizard::loadSavedMappings()
{
    m_saved.clear();
    const QDir dir(m_mappingsDir);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        if (auto mapping = CsvMapping::load(dir.filePath(name), nullptr)) {
            if (mapping->name.isEmpty())
                mapping->name = QFileInfo(name).completeBaseName();
            m_saved << *mapping;
        }
    }
}

void ImportWizard::loadPreview()
{
    QFile file(m_filePath);
    m_fileLabel->setText(QDir::toNativeSeparators(m_filePath));
    m_previewModel->clear();
    m_header.clear();
    m_detected.clear();
    if (!file.open(QIODevice::ReadOnly)) {
        m_infoLabel->setText(tr("Cannot read %1: %2.").arg(m_filePath, file.errorString()));
        m_importButton->setEnabled(false);
        return;
    }
    CsvReader::Options options;
    options.encoding = m_encodingCombo->currentData().toString();
    options.delimiter = char(m_delimiterCombo->currentData().toInt());
    CsvReader reader(&file, options);
    QString error;
    if (!reader.open(&error)) {
        m_infoLabel->setText(error);
        m_importButton->setEnabled(false);
        m_nextButton->setEnabled(false);
        return;
    }
    m_header = reader.header();
    m_previewModel->setHorizontalHeaderLabels(m_header);
    CsvRecord record;
    CsvIssue issue;
    QStringList problems;
    while (m_previewModel->rowCount() < PreviewRows && reader.next(&record, &issue)) {
        QList<QStandardItem *> items;
        for (const std::string &f : record.fields)
            items << new QStandardItem(QString::fromStdString(f));
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(
            m_previewModel->rowCount() - 1, new QStandardItem(QString::number(record.line)));
        if (!issue.message.isEmpty())
            problems << tr("line %1: %2").arg(issue.line).arg(issue.message);
    }
    if (reader.hasFatalIssue())
        problems << tr("line %1: %2").arg(reader.fatalIssue().line).arg(reader.fatalIssue().message);
    const CsvPreset *preset = m_registry.detect(CsvHeaderIndex(m_header));
    m_detected = preset ? preset->id() : QString();

    // Presets: detected first, then the built-ins, then the saved mappings.
    m_filling = true;
    const QString previous = m_presetCombo->currentData().toString();
    m_presetCombo->clear();
    for (const CsvPreset *p : m_registry.all()) {
        const QString label
            = p->id() == m_detected ? tr("%1 (detected)").arg(p->displayName()) : p->displayName();
        m_presetCombo->addItem(label, p->id());
    }
    for (int i = 0; i < m_saved.size(); ++i)
        m_presetCombo->addItem(tr("%1 (saved)").arg(m_saved[i].name), u"saved:%1"_s.arg(i));
    m_presetCombo->addItem(tr("Custom mapping"), u"generic"_s);
    int index = m_presetCombo->findData(previous.isEmpty() ? m_detected : previous);
    if (index < 0)
        index = m_presetCombo->findData(m_detected.isEmpty() ? u"generic"_s : m_detected);
    m_presetCombo->setCurrentIndex(std::max(0, index));
    m_filling = false;
    fillMapping();

    m_encodingCombo->setItemText(0, tr("Detected: %1").arg(reader.encoding()));
    const char d = reader.delimiter();
    m_delimiterCombo->setItemText(0, tr("Detected: %1").arg(d == '\t' ? tr("tab") : QString(QLatin1Char(d))));
    QString info = preset ? tr("Recognised as %1.").arg(preset->displayName())
                          : tr("No preset recognises these columns: map them on the next page.");
    if (reader.encodingGuessed())
        info += u' ' + tr("The file is not UTF-8; it is read as %1.").arg(reader.encoding());
    if (!reader.declaredTimeZone().isEmpty())
        info += u' ' + tr("The file declares the time zone %1.").arg(reader.declaredTimeZone());
    if (!problems.isEmpty())
        info += u'\n' + problems.join(u'\n');
    m_infoLabel->setText(info);
    m_importButton->setEnabled(true);
    m_nextButton->setEnabled(true);
}

void ImportWizard::fillMapping()
{
    m_filling = true;
    const QString id = m_presetCombo->currentData().toString();
    QList<CsvFieldMapping> fields;
    if (id.startsWith(u"saved:"_s)) {
        const CsvMapping &saved = m_saved.value(id.mid(6).toInt());
        for (const CsvMapping::Column &c : saved.columns)
            fields << CsvFieldMapping {c.column, c.field};
        if (!saved.eventName.isEmpty())
            m_eventNameEdit->setText(saved.eventName);
    } else if (const CsvPreset *preset = m_registry.find(id)) {
        fields = preset->fieldMappings();
    }
    const CsvHeaderIndex index(m_header);
    m_mappingTable->setRowCount(int(m_header.size()));
    for (int row = 0; row < m_header.size(); ++row) {
        auto *column = new QTableWidgetItem(m_header[row]);
        column->setFlags(column->flags() & ~Qt::ItemIsEditable);
        QString field;
        for (const CsvFieldMapping &f : std::as_const(fields)) {
            if (index.find(f.column) == row)
                field = f.field;
        }
        m_mappingTable->setItem(row, 0, column);
        m_mappingTable->setItem(row, 1, new QTableWidgetItem(field));
    }
    m_mappingEdited = id == u"generic"_s || id.startsWith(u"saved:"_s);
    m_filling = false;
}

std::optional<CsvMapping> ImportWizard::editedMapping() const
{
    Json json = Json::object();
    json["name"] = m_mappingNameEdit->text().trimmed();
    json["preset"] = m_presetCombo->currentData().toString();
    json["event_name"] = m_eventNameEdit->text().trimmed();
    json["timezone"] = m_zoneCombo->currentText().trimmed();
    Json columns = Json::array();
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const QString field
            = m_mappingTable->item(row, 1) ? m_mappingTable->item(row, 1)->text().trimmed() : QString();
        if (!field.isEmpty())
            columns.push_back({{"column", m_mappingTable->item(row, 0)->text()}, {"field", field}});
    }
    json["columns"] = columns;
    QString error;
    auto mapping = CsvMapping::fromJson(json, &error);
    if (!mapping)
        m_infoLabel->setText(error);
    return mapping;
}

void ImportWizard::saveMapping()
{
    const QString name = m_mappingNameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_mappingNameEdit->setFocus();
        return;
    }
    auto mapping = editedMapping();
    if (!mapping) {
        m_pages->setCurrentIndex(SetupPage);
        return;
    }
    QDir().mkpath(m_mappingsDir);
    QString fileName = name;
    fileName.replace(QRegularExpression(u"[^A-Za-z0-9_-]+"_s), u"-"_s);
    QString error;
    if (!mapping->save(QDir(m_mappingsDir).filePath(fileName + u".json"_s), &error)) {
        m_infoLabel->setText(error);
        return;
    }
    loadSavedMappings();
    loadPreview();
    const int index = m_presetCombo->findText(tr("%1 (saved)").arg(name));
    if (index >= 0)
        m_presetCombo->setCurrentIndex(index);
}

void ImportWizard::startImport()
{
    CsvImportRequest request;
    request.path = m_filePath;
    request.encoding = m_encodingCombo->currentData().toString();
    request.delimiter = char(m_delimiterCombo->currentData().toInt());
    request.timeZone = m_zoneCombo->currentText().trimmed();
    const QString id = m_presetCombo->currentData().toString();
    if (m_mappingEdited) {
        request.mapping = editedMapping();
        if (!request.mapping) {
            m_pages->setCurrentIndex(SetupPage);
            retranslate();
            return;
        }
    } else {
        request.preset = id;
    }
    m_summary = {};
    m_rejectedTable->setRowCount(0);
    m_summaryLabel->clear();
    m_progress->setValue(0);
    m_rateLabel->setText(tr("Starting…"));
    m_pages->setCurrentIndex(RunPage);
    m_clock.start();
    m_job->start(request);
    retranslate();
}

void ImportWizard::showProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal)
{
    if (bytesTotal > 0)
        m_progress->setValue(int(std::min<qint64>(1000, bytesRead * 1000 / bytesTotal)));
    const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
    m_rateLabel->setText(tr("%1 rows read, %2 rows per second")
                             .arg(QLocale().toString(rows), QLocale().toString(qint64(rows / seconds))));
}

void ImportWizard::showResult(const CsvImportSummary &summary, int result, const QString &error)
{
    m_summary = summary;
    m_progress->setValue(1000);
    const auto r = CsvImport::Result(result);
    QString text;
    if (r == CsvImport::Result::BadInput || r == CsvImport::Result::Failed) {
        text = tr("The import failed: %1").arg(error);
    } else {
        text = tr("%1 rows read: %2 events added, %3 duplicates skipped, %4 rows rejected, %5 skipped.")
                   .arg(QLocale().toString(summary.rows), QLocale().toString(summary.eventsAdded),
                       QLocale().toString(summary.duplicates), QLocale().toString(summary.rejectedCount),
                       QLocale().toString(summary.skippedCount));
        if (r == CsvImport::Result::Cancelled)
            text = tr("Cancelled. Whole batches stay stored; importing the file again continues where it "
                      "stopped.")
                + u'\n' + text;
        if (summary.encodingGuessed)
            text += u'\n' + tr("The file is not UTF-8; it was read as %1.").arg(summary.encoding);
    }
    m_summaryLabel->setText(text);
    m_rateLabel->setText(tr("%1 rows in %2 s")
                             .arg(QLocale().toString(summary.rows))
                             .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1));
    m_rejectedTable->setRowCount(int(summary.rejected.size() + summary.skipped.size()));
    int row = 0;
    for (const CsvRejection &rejection : summary.rejected) {
        m_rejectedTable->setItem(row, 0, new QTableWidgetItem(QString::number(rejection.line)));
        m_rejectedTable->setItem(row, 1, new QTableWidgetItem(rejection.column));
        m_rejectedTable->setItem(row++, 2, new QTableWidgetItem(rejection.error));
    }
    for (const CsvSkip &skip : summary.skipped) {
        m_rejectedTable->setItem(row, 0, new QTableWidgetItem(QString::number(skip.line)));
        m_rejectedTable->setItem(row, 1, new QTableWidgetItem(tr("(skipped)")));
        m_rejectedTable->setItem(row++, 2, new QTableWidgetItem(skip.reason));
    }
    retranslate();
    if (summary.eventsAdded > 0)
        emit eventsImported(summary.eventsAdded);
}

bool ImportWizard::exportRejected(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QString text = u"line,column,error\n"_s;
    for (const CsvRejection &r : m_summary.rejected)
        text += QString::number(r.line) + u',' + csvField(r.column) + u',' + csvField(r.error) + u'\n';
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ImportWizard::exportRejectedAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"),
        QFileInfo(m_filePath).completeBaseName() + u"-rejected.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportRejected(path, &error))
        m_summaryLabel->setText(tr("Cannot write %1: %2").arg(path, error));
}

void ImportWizard::closeEvent(QCloseEvent *event)
{
    if (m_job->isRunning())
        m_job->cancel();
    QDialog::closeEvent(event);
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_filePath).fileName()));
    m_delimiterCombo->setItemText(1, tr("Comma"));
    m_delimiterCombo->setItemText(2, tr("Semicolon"));
    m_delimiterCombo->setItemText(3, tr("Tab"));
    m_delimiterCombo->setItemText(4, tr("Pipe"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Event field")});
    m_rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Error")});
    m_saveMappingButton->setText(tr("Save"));
    m_mappingNameEdit->setPlaceholderText(tr("Name of the preset"));
    m_backButton->setText(tr("Back"));
    m_nextButton->setText(tr("Edit Mapping…"));
    m_importButton->setText(tr("Import"));
    m_cancelButton->setText(tr("Cancel"));
    m_exportButton->setText(tr("Export Rejected Rows…"));
    m_showEventsButton->setText(tr("Show the New Events"));
    m_closeButton->setText(tr("Close"));
    const int page = m_pages->currentIndex();
    const bool running = m_job->isRunning();
    const bool done = page == RunPage && !running;
    m_backButton->setVisible(page == MappingPage);
    m_nextButton->setVisible(page == SetupPage);
    m_importButton->setVisible(page != RunPage);
    m_cancelButton->setVisible(!done);
    m_exportButton->setVisible(done);
    m_exportButton->setEnabled(!m_summary.rejected.isEmpty());
    m_showEventsButton->setVisible(done);
    m_showEventsButton->setEnabled(m_summary.eventsAdded > 0 || m_summary.duplicates > 0);
    m_closeButton->setVisible(done);
}

} // namespace ConvStudio
