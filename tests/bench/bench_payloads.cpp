// bench_payloads [N]: Meta Conversions API payloads for N conversions (default 1,000,000) with full
// normalization and hashing of every identity field, single-threaded. Target (issue 5): at least
// 200,000 conversions/s. Conversions are generated in chunks outside the timed part, as the connector
// reads them from the store (each event's JSON text parsed as EventRepository parses it); only
// MetaAdapter::build() is timed (read, normalize and hash the identity, write the JSON bodies), as
// the connector calls it to send: without the "what was hashed from what" records, which only the
// Payloads page asks for (BuildOptions::recordHashed). The values-per-conversion count comes from
// building the first chunk once more with the records, outside the timed part.
#include "bench/benchutil.h"

#include "platforms/metaadapter.h"
#include "platforms/sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

// One conversion of one Purchase, as the connector gets it from the store: the event's columns, and
// its canonical object parsed from the stored JSON text, as EventRepository reads it (Json::parse).
// national: the phone number without "+1", as CSV imports mostly have them (read with the
// connection's default country, US).
Conversion makeConversion(int i, bool national = false)
{
    static const char *firstNames[] = {"Jane", "John", "Valéry", "Mary Ann", "O'Brien"};
    static const char *cities[] = {"Palo Alto", "New York", "Zürich", "St. Louis", "Berlin"};
    static const char *states[] = {"California", "NY", "ZH", "Missouri", "BE"};
    static const char *countries[] = {"US", "United States", "CH", "us", "Germany"};
    const std::string n = std::to_string(i);
    const int k = i % 5;
    std::string text;
    text.reserve(640);
    auto member = [&text](const char *key, std::string_view value) {
        text += '"';
        text += key;
        text += "\":\"";
        text += value;
        text += "\",";
    };
    text += "{\"click_ids\":{";
    member("fbclid", "IwAR" + n);
    text.back() = '}';
    text += ",\"event_id\":\"e-" + n + "\",\"items\":[{\"id\":\"SKU-1\",\"price\":19.5,\"quantity\":2}],";
    member("name", "Order Completed");
    member("page_url", "https://shop.example.com/thank-you");
    text += "\"user\":{";
    member("city", cities[k]);
    member("country", countries[k]);
    member("date_of_birth", "1990-02-16");
    member("email", " User" + n + ".Name@Example.COM ");
    member("external_id", "cust-" + std::to_string(i % 50000));
    member("first_name", firstNames[k]);
    member("gender", k % 2 ? "female" : "m");
    member("ip", "203.0.113.7");
    member("last_name", "Doe");
    member("phone", (national ? "" : "+1 ") + std::string("(650) 555-") + std::to_string(1000 + i % 9000));
    member("state", states[k]);
    member("user_agent", "Mozilla/5.0 (X11; Linux x86_64)");
    member("zip", "94301-1234");
    text.back() = '}';
    text += '}';
    Event e;
    e.eventId = QString::fromStdString("e-" + n);
    e.name = u"Order Completed"_s;
    e.standardName = u"Purchase"_s;
    e.source = u"bench"_s;
    e.actionSource = u"website"_s;
    e.time = {1795240800000LL - qint64(i % 86400) * 1000, -18000};
    e.value = 10 + (i % 500) * 0.37;
    e.currency = u"USD"_s;
    e.orderId = QString::fromStdString("#" + n);
    e.data = Json::parse(text);
    Conversion c;
    c.conversionId = e.eventId;
    c.standardName = e.standardName;
    c.time = e.time;
    c.value = e.value;
    c.currency = e.currency;
    c.events.push_back(std::move(e));
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int chunk = 10000;
    MetaAdapter meta;
    ConnectionSettings settings;
    settings.raw = Json {{"pixel_id", "123456789012345"}, {"access_token", "EAAB"}};
    const qint64 now = 1795262400000LL;

    qint64 buildNs = 0;
    double buildCpu = 0; // CPU seconds: steadier than the wall time on a loaded machine
    qint64 bodyBytes = 0;
    qint64 hashes = 0;
    size_t requests = 0;
    // A digest of every body byte and every result (status, messages, dedup id, match score, request
    // index), outside the timed part: two builds of the bench that print the same digest built the
    // same payloads.
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (int start = 0; start < count; start += chunk) {
        std::vector<Conversion> conversions;
        const int n = std::min(chunk, count - start);
        conversions.reserve(size_t(n));
        for (int i = 0; i < n; ++i)
            conversions.push_back(makeConversion(start + i));
        QElapsedTimer timer;
        const double cpuBefore = cpuSeconds();
        timer.start();
        const BuildOutput out = meta.build(conversions, settings, now);
        buildNs += timer.nsecsElapsed();
        buildCpu += cpuSeconds() - cpuBefore;
        requests += out.requests.size();
        for (const auto &r : out.requests) {
            bodyBytes += r.http.body.size();
            digest.addData(r.http.body);
        }
        if (start == 0) {
            BuildOptions preview;
            preview.recordHashed = true;
            for (const auto &r : meta.build(conversions, settings, now, preview).results)
                hashes += qint64(r.hashed.size());
        }
        for (const auto &r : out.results) {
            digest.addData(QStringLiteral("%1|%2|%3|%4|%5\n")
                               .arg(resultStatusId(r.status), r.messages.join(u'|'), r.dedupId)
                               .arg(r.quality.score())
                               .arg(r.requestIndex)
                               .toUtf8());
        }
        if (out.results.back().status == ResultStatus::Skipped) {
            std::fprintf(
                stderr, "unexpected skip: %s\n", qPrintable(out.results.back().messages.join(u"; "_s)));
            return 1;
        }
    }
    const double seconds = double(buildNs) / 1e9;
    std::printf("bench_payloads: %d Meta conversions in %.2f s single-threaded: %.0f conversions/s "
                "(target >= 200,000/s); by CPU time %.2f s: %.0f conversions/s\n",
        count, seconds, count / seconds, buildCpu, count / buildCpu);
    std::printf("  %zu requests of <= 1,000 events, %.1f MiB of JSON bodies, %.1f values normalized per "
                "conversion (the first chunk built again with the preview's records), peak RSS %.0f MiB\n",
        requests, double(bodyBytes) / 1048576.0, double(hashes) / std::min(count, chunk), peakRssMiB());
    std::printf("  digest of bodies and results: %s\n", digest.result().toHex().left(16).constData());

    // National numbers ("(650) 555-1234") for the first conversions, read in the person's country
    // (US, CH or DE here), else the connection's default country (US): each distinct number goes
    // through libphonenumber once (9,000 customers here), then is remembered. Not in the digest.
    const int nationalCount = std::min(count, 100000);
    ConnectionSettings nationalSettings = settings;
    nationalSettings.defaultCountry = u"US"_s;
    double nationalCpu = 0, firstChunkCpu = 0;
    for (int start = 0; start < nationalCount; start += chunk) {
        std::vector<Conversion> conversions;
        const int n = std::min(chunk, nationalCount - start);
        conversions.reserve(size_t(n));
        for (int i = 0; i < n; ++i)
            conversions.push_back(makeConversion(start + i, true));
        const double cpuBefore = cpuSeconds();
        const BuildOutput out = meta.build(conversions, nationalSettings, now);
        const double cpu = cpuSeconds() - cpuBefore;
        nationalCpu += cpu;
        if (start == 0)
            firstChunkCpu = cpu;
    }
    std::printf("  national numbers (default country US, 9,000 distinct): %d conversions by CPU time %.2f s: "
                "%.0f conversions/s (the first %d, every number new: %.0f/s)\n",
        nationalCount, nationalCpu, nationalCount / nationalCpu, std::min(chunk, nationalCount),
        std::min(chunk, nationalCount) / firstChunkCpu);

    // Anchor in the same run: SHA-256 alone, ours and Qt's, on a typical normalized e-mail.
    const QByteArray sample = "user123456.name@example.com";
    QElapsedTimer timer;
    timer.start();
    int sink = 0;
    for (int i = 0; i < 1000000; ++i)
        sink += Sha256::hex(sample).at(i % 64).unicode();
    const double ours = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    for (int i = 0; i < 1000000; ++i)
        sink += QCryptographicHash::hash(sample, QCryptographicHash::Sha256).toHex().at(i % 64);
    const double qt = double(timer.nsecsElapsed()) / 1e6;
    std::printf("  anchor: 1,000,000 SHA-256 hex: %.0f ms (ours), %.0f ms (QCryptographicHash) [%d]\n", ours,
        qt, sink & 1);
    return 0;
}
