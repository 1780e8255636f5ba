#pragma once

#include "domain/conversion.h"
#include "rules/conversionrule.h"
#include "rules/eventsnapshot.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace ConvStudio {

// What the live preview shows for one version of a rule.
struct RulePreview
{
    quint64 generation = 0;
    qint64 matches = 0;
    qint64 events = 0;
    std::vector<Conversion> samples;
    std::vector<std::pair<qint64, int>> perDay; // UTC day start (ms), matches that day
};

// Computes the Conversions page's previews off the GUI thread: loads the workspace's events once
// into a snapshot (its own connection, on a pool thread), then evaluates each new version of the
// rule there. A newer request cancels the running one; stale results are dropped.
class RulePreviewer : public QObject
{
    Q_OBJECT
public:
    explicit RulePreviewer(QString dbPath, QObject *parent = nullptr);
    ~RulePreviewer() override;

    void reloadEvents();
    bool isReady() const { return bool(m_snapshot); }
    std::shared_ptr<const EventSnapshot> snapshot() const { return m_snapshot; }

    void preview(const ConversionRule &rule);
    // Why the event (by event_id) does or does not match; answered by explained().
    void explain(const ConversionRule &rule, const QString &eventId);
    // Evaluates the rule over the workspace and stores its conversions (after Save or a toggle).
    void storeConversions(const ConversionRule &rule);

signals:
    void eventsLoaded(qint64 count);
    void previewReady(const ConvStudio::RulePreview &preview);
    void explained(const QString &eventId, bool matches, const QString &text);
    void conversionsStored(const QString &ruleId, qint64 matches, const QString &error);

private:
    void startPreview();

    QString m_dbPath;
    std::shared_ptr<const EventSnapshot> m_snapshot;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    std::optional<ConversionRule> m_pending;
    int m_loads = 0;
};

} // namespace ConvStudio

Q_DECLARE_METATYPE(ConvStudio::RulePreview)
