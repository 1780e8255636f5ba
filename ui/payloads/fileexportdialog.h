#pragma once

#include "connector/offlinefileexport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace ConvStudio {

// "Export Google Ads offline file…" (or any platform taking a file uploaded by hand): the file for
// the conversion shown, or for the conversions of a rule in a date range (last week's leads for
// the weekly upload). The file is built and written off the GUI thread; the summary says how many
// conversions went in and why the others did not.
class FileExportDialog : public QDialog
{
    Q_OBJECT
public:
    // rules: (id, name) in list order; shown: the conversion on the page, if any.
    FileExportDialog(const PlatformAdapter &adapter, Connection connection, QString databasePath,
        const std::vector<std::pair<QString, QString>> &rules, std::optional<Conversion> shown,
        QWidget *parent = nullptr);
    ~FileExportDialog() override;

    void setPath(const QString &path);
    void setRange(QDate from, QDate to);
    // The conversions exported when "a rule and a range" is chosen.
    StoredConversionFilter filter() const;

signals:
    void exported(const ConvStudio::OfflineFileExport::Result &result);

private:
    void browse();
    void start();
    void showResult();
    void updateState();

    const PlatformAdapter &m_adapter;
    Connection m_connection;
    QString m_databasePath;
    std::optional<Conversion> m_shown;
    QRadioButton *m_onlyShown;
    QRadioButton *m_byRule;
    QComboBox *m_rule;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_export;
    QPushButton *m_close;
    QFutureWatcher<OfflineFileExport::Result> m_watcher;
};

} // namespace ConvStudio
