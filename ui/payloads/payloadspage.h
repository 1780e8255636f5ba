#pragma once

#include "domain/conversion.h"
#include "platforms/connectionsettings.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextEdit;

namespace ConvStudio {

class PlatformPayloadView;
class PlatformRegistry;

// The Payloads page: pick a conversion and see what every platform would receive: an overview of
// the verdicts and match quality, one tab per platform with the request, and a diff between two
// platforms' payloads. Nothing is sent from here. The builders are pure and take well under a
// millisecond per platform, so building on the GUI thread never stalls the window.
class PayloadsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadsPage(const PlatformRegistry &registry, QWidget *parent = nullptr);
    ~PayloadsPage() override;

    // The conversions to pick from (stored conversions, or events taken as conversions).
    void setConversions(std::vector<Conversion> conversions);
    // A connection's settings for one platform (ids, test code, event-name overrides).
    void setSettings(const QString &platformId, const ConnectionSettings &settings);
    // "Now" for the age windows; 0 (the default) means the current time.
    void setNow(qint64 utcMs);
    void selectConversion(int index);
    int conversionCount() const { return int(m_conversions.size()); }
    PlatformPayloadView *view(const QString &platformId) const;
    // The diff of the two platforms picked on the Compare tab, as shown.
    QString diffText() const;

signals:
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateOverview();
    void updateDiff();
    void exportFile(const QString &platformId);
    void retranslate();

    const PlatformRegistry &m_registry;
    std::vector<Conversion> m_conversions;
    QHash<QString, ConnectionSettings> m_settings;
    qint64 m_nowMs = 0;
    QComboBox *m_picker;
    QLabel *m_pickerLabel;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QTableWidget *m_overview;
    QComboBox *m_diffLeft;
    QComboBox *m_diffRight;
    QTextEdit *m_diff;
    QLabel *m_diffLabel;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_importButton;
    std::vector<PlatformPayloadView *> m_views;
};

} // namespace ConvStudio
