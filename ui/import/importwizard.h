#pragma once

#include "csv/csvmapping.h"
#include "csv/csvpresetregistry.h"
#include "storage/csvimport.h"

#include <QDialog>
#include <QElapsedTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace ConvStudio {

class CsvImportJob;

// Imports one CSV file: a preview of the rows as parsed with the detected preset, encoding and
// delimiter (all changeable), the column mapping the preset fills in (editable, savable as a named
// preset), then the import off the GUI thread with progress and Cancel, and a summary whose rejected
// rows can be exported. Knows no SQL: the import runs in CsvImportJob.
class ImportWizard : public QDialog
{
    Q_OBJECT
public:
    ImportWizard(const QString &workspacePath, const QString &filePath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Where named mappings are saved (one JSON file each); tests point it elsewhere.
    void setMappingsDirectory(const QString &dir);
    bool exportRejected(const QString &path, QString *error) const;
    const CsvImportSummary &summary() const { return m_summary; }

signals:
    // After an import that stored something; the Events page reloads.
    void eventsImported(qint64 added);
    void showEventsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void loadPreview();
    void fillMapping();
    void loadSavedMappings();
    void saveMapping();
    void startImport();
    void showProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void showResult(const CsvImportSummary &summary, int result, const QString &error);
    void exportRejectedAs();
    void retranslate();
    std::optional<CsvMapping> editedMapping() const;

    QString m_workspacePath;
    QString m_filePath;
    QString m_mappingsDir;
    CsvPresetRegistry m_registry;
    QList<CsvMapping> m_saved;
    QStringList m_header;
    QString m_detected;
    bool m_mappingEdited = false;
    bool m_filling = false;
    CsvImportSummary m_summary;
    CsvImportJob *m_job;
    QElapsedTimer m_clock;

    QStackedWidget *m_pages;
    QLabel *m_fileLabel;
    QLabel *m_infoLabel;
    QComboBox *m_presetCombo;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QComboBox *m_zoneCombo;
    QTableView *m_preview;
    QStandardItemModel *m_previewModel;
    QTableWidget *m_mappingTable;
    QLineEdit *m_eventNameEdit;
    QLineEdit *m_mappingNameEdit;
    QPushButton *m_saveMappingButton;
    QProgressBar *m_progress;
    QLabel *m_rateLabel;
    QLabel *m_summaryLabel;
    QTableWidget *m_rejectedTable;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QPushButton *m_showEventsButton;
    QPushButton *m_closeButton;
};

} // namespace ConvStudio
