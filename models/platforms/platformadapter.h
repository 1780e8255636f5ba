#pragma once

#include "domain/conversion.h"
#include "domain/httprequest.h"
#include "platforms/connectionsettings.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace ConvStudio {

enum class ResultStatus { Ok, Warning, Skipped };

QString resultStatusId(ResultStatus status); // "ok", "warning", "skipped"

// One identity value as the user gave it, as it was normalized, and as it was sent. Shown to the
// user only ("what was hashed from what"); never stored or logged. Only recorded when the caller
// asks for it (BuildOptions::recordHashed).
struct HashedValue
{
    QString field; // canonical field, "user.email"
    QString key; // the platform's key, "em"
    QString raw;
    QString normalized;
    QString sent; // the SHA-256 hex, or the plain value for fields sent in clear
    bool hashed = true;
    bool passedThrough = false; // the input already was a SHA-256 hash
};

// One identifier a platform matches on, its weight in the estimate, and whether it is present.
// The label is kept untranslated (a builder makes one per conversion, the page shows a few) and
// translated when shown.
struct MatchSignal
{
    const char *context = ""; // the label's tr() context: "ConvStudio::MetaAdapter"
    const char *source = ""; // its source text, marked with QT_TR_NOOP: "E-mail"
    int weight = 0;
    bool present = false;

    QString label() const; // translated: "E-mail", "Click id (fbc)"
};

struct MatchQuality
{
    // Inline: every platform names at most ten signals, and a build has one of these per
    // conversion (no allocation each).
    QVarLengthArray<MatchSignal, 10> items;
    int score() const; // 0 … 100: the present weights, capped
    QString label() const; // translated: "None", "Poor", "Fair", "Good", "Great"
    // context and source must outlive the result: string literals.
    void add(const char *context, const char *source, int weight, bool present)
    {
        items.push_back({context, source, weight, present});
    }
};

// What became of one conversion on one platform.
struct ConversionResult
{
    QString eventId; // the primary event's event_id
    QString conversionId;
    QString dedupId; // the platform's dedup key for it (event_id, orderId, transaction id …)
    ResultStatus status = ResultStatus::Ok;
    QStringList messages; // translated sentences, "Meta: event older than 7 days: skipped"
    std::vector<HashedValue> hashed;
    MatchQuality quality;
    int requestIndex = -1; // which request carries it; -1 when skipped

    void warn(const QString &message);
    void skip(const QString &message);
};

// One request plus what the outbox needs to track it.
struct PlatformRequest
{
    HttpRequest http;
    QStringList conversionIds; // in body order
    QStringList dedupIds; // same order
    bool isFile = false; // a file to upload by hand (method "FILE", url = suggested file name)
};

// What a caller wants from a build beyond the requests and the verdicts.
struct BuildOptions
{
    // Fill ConversionResult::hashed, which only the Payloads page shows; sending leaves it empty.
    bool recordHashed = false;
};

struct BuildOutput
{
    QString platform;
    std::vector<PlatformRequest> requests;
    std::vector<ConversionResult> results; // one per input conversion, in input order
};

/**
 * One ad platform's payload builder (platforms.md). Pure and deterministic: the same conversions,
 * settings and "now" always give the same bytes, which the connector stores in the outbox and
 * sends as stored. Never touches the network, the clock or the disk. Thread-safe (const).
 */
class PlatformAdapter
{
public:
    virtual ~PlatformAdapter() = default;

    // Stable key used in rules, connections and the command line: "meta", "google_ads" …
    virtual QString id() const = 0;
    // Translated, for the UI and messages: "Meta", "Google Ads".
    virtual QString displayName() const = 0;
    // Most conversions one request may carry (1,000 on Meta); requests are split beyond that.
    virtual int maxBatchSize() const = 0;
    // True for formats that produce a file to upload by hand (Google Ads CSV, Microsoft bulk).
    virtual bool isFileFormat() const { return false; }

    /**
     * Builds the requests for conversions (batched up to maxBatchSize()) and one result per
     * conversion. nowMs is "now" (UTC ms) for the platform's event-age window.
     */
    BuildOutput build(const std::vector<Conversion> &conversions, const ConnectionSettings &settings,
        qint64 nowMs, const BuildOptions &options = {}) const
    {
        return buildOutput(conversions, settings, nowMs, options);
    }

protected:
    virtual BuildOutput buildOutput(const std::vector<Conversion> &conversions,
        const ConnectionSettings &settings, qint64 nowMs, const BuildOptions &options) const = 0;
};

// A conversion made of one event, as `payload --input` and the Payloads page's event picker use:
// its standard name, or the raw name for a custom event.
Conversion conversionFromEvent(const Event &event);

} // namespace ConvStudio
