#pragma once

#include "connector/payloadpreview.h"
#include "platforms/connectionsettings.h"
#include "storage/connection.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTextEdit;

namespace ConvStudio {

class PayloadColumn;
class PlatformPayloadView;
class PlatformRegistry;

// The Payloads page: pick a stored conversion (or one of the newest events, taken as a conversion
// of its standard name) and see, side by side, what each connected platform receives: one column
// per connection with the verdict and reasons, the match quality and the exact request (the bytes
// the outbox holds, or would hold); a detail tab per platform (match signals, what was hashed from
// what, the foldable body), and a diff between two. Platforms not connected yet can be previewed
// with placeholder ids. Nothing is sent from here; building is pure and well under a millisecond
// per platform, so it runs on the GUI thread.
class PayloadsPage : public QWidget
{
    Q_OBJECT
public:
    // The outbox row of a (conversion, connection), when it is queued.
    using StoredLookup
        = std::function<std::optional<OutboxItem>(const QString &conversionId, qint64 connectionId)>;

    explicit PayloadsPage(const PlatformRegistry &registry, QWidget *parent = nullptr);
    ~PayloadsPage() override;

    // The stored conversions (newest first) and the newest events as conversions.
    void setConversions(std::vector<Conversion> conversions);
    void setEventConversions(std::vector<Conversion> conversions);
    // The workspace's connections: one column each.
    void setConnections(std::vector<Connection> connections);
    void setStoredLookup(StoredLookup lookup);
    // The workspace file and its rules (id, name): "Export … file" reads a rule's conversions of a
    // period from it. Without a path only the conversion shown can be exported.
    void setWorkspace(const QString &databasePath, std::vector<std::pair<QString, QString>> rules);
    // Settings for the preview of a platform that is not connected (ids, test code, overrides).
    void setSettings(const QString &platformId, const ConnectionSettings &settings);
    // Adds a column previewing a platform that is not connected.
    void addPreviewPlatform(const QString &platformId);
    // "Now" for the age windows; 0 (the default) means the current time.
    void setNow(qint64 utcMs);
    void selectConversion(int index);
    void showEvents(bool events);
    int conversionCount() const;
    // The column and the detail view of the first target of the platform, or null.
    PayloadColumn *column(const QString &platformId) const;
    PlatformPayloadView *view(const QString &platformId) const;
    const std::vector<PayloadColumn *> &columns() const { return m_columns; }
    // The diff of the two platforms picked on the Compare tab, as shown.
    QString diffText() const;

signals:
    void importRequested();
    void rulesRequested();
    void connectRequested();
    // The page is about to be shown: the time to read the workspace again.
    void refreshWanted();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Target
    {
        QString key; // "c<id>" for a connection, "p<platform>" for a preview
        Connection connection; // id 0 for a preview
        bool connected = false;
    };
    void fillPicker();
    void rebuildTargets();
    void rebuild();
    void updateDiff();
    void updateState();
    void exportFile(const QString &platformId);
    void retranslate();
    const std::vector<Conversion> &current() const;

    const PlatformRegistry &m_registry;
    std::vector<Conversion> m_stored;
    std::vector<Conversion> m_events;
    bool m_showEvents = false;
    std::vector<Connection> m_connections;
    QByteArray m_connectionsKey; // what the columns were made from
    QStringList m_previewPlatforms; // chosen by the user
    QHash<QString, ConnectionSettings> m_settings;
    StoredLookup m_lookup;
    qint64 m_nowMs = 0;
    QString m_databasePath;
    std::vector<std::pair<QString, QString>> m_rules;
    std::vector<Target> m_targets;

    QComboBox *m_source;
    QComboBox *m_picker;
    QLabel *m_pickerLabel;
    QLabel *m_summary;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_connectButton;
    QComboBox *m_addPreview;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QSplitter *m_side;
    QComboBox *m_diffLeft;
    QComboBox *m_diffRight;
    QTextEdit *m_diff;
    QLabel *m_diffLabel;
    QWidget *m_compare;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_rulesButton;
    QPushButton *m_eventsButton;
    QPushButton *m_importButton;
    std::vector<PayloadColumn *> m_columns; // same order as m_targets
    std::vector<PlatformPayloadView *> m_views; // same order
};

} // namespace ConvStudio
