// bench_payloads [N]: Meta Conversions API payloads for N conversions (default 1,000,000) with full
// normalization and hashing of every identity field, single-threaded. Target (issue 5): at least
// 200,000 conversions/s. Conversions are generated in chunks outside the timed part; only
// MetaAdapter::build() is timed (normalize, hash, build the JSON, serialize the request bodies).
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

Conversion makeConversion(int i)
{
    static const char *firstNames[] = {"Jane", "John", "Valéry", "Mary Ann", "O'Brien"};
    static const char *cities[] = {"Palo Alto", "New York", "Zürich", "St. Louis", "Berlin"};
    static const char *states[] = {"California", "NY", "ZH", "Missouri", "BE"};
    static const char *countries[] = {"US", "United States", "CH", "us", "Germany"};
    Event e;
    e.eventId = u"e-%1"_s.arg(i);
    e.name = u"Order Completed"_s;
    e.standardName = u"Purchase"_s;
    e.source = u"bench"_s;
    e.actionSource = u"website"_s;
    e.time = {1795240800000LL - qint64(i % 86400) * 1000, -18000};
    e.value = 10 + (i % 500) * 0.37;
    e.currency = u"USD"_s;
    e.orderId = u"#%1"_s.arg(i);
    const int k = i % 5;
    e.data = Json {{"event_id", e.eventId.toStdString()}, {"name", "Order Completed"},
        {"user",
            {{"email", QStringLiteral(" User%1.Name@Example.COM ").arg(i).toStdString()},
                {"phone", QStringLiteral("+1 (650) 555-%1").arg(1000 + i % 9000).toStdString()},
                {"first_name", firstNames[k]}, {"last_name", "Doe"}, {"city", cities[k]},
                {"state", states[k]}, {"zip", "94301-1234"}, {"country", countries[k]},
                {"gender", k % 2 ? "female" : "m"}, {"date_of_birth", "1990-02-16"},
                {"external_id", QStringLiteral("cust-%1").arg(i % 50000).toStdString()},
                {"ip", "203.0.113.7"}, {"user_agent", "Mozilla/5.0 (X11; Linux x86_64)"}}},
        {"click_ids", {{"fbclid", QStringLiteral("IwAR%1").arg(i).toStdString()}}},
        {"page_url", "https://shop.example.com/thank-you"},
        {"items", Json::array({{{"id", "SKU-1"}, {"price", 19.5}, {"quantity", 2}}})}};
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
    qint64 bodyBytes = 0;
    qint64 hashes = 0;
    size_t requests = 0;
    for (int start = 0; start < count; start += chunk) {
        std::vector<Conversion> conversions;
        const int n = std::min(chunk, count - start);
        conversions.reserve(size_t(n));
        for (int i = 0; i < n; ++i)
            conversions.push_back(makeConversion(start + i));
        QElapsedTimer timer;
        timer.start();
        const BuildOutput out = meta.build(conversions, settings, now);
        buildNs += timer.nsecsElapsed();
        requests += out.requests.size();
        for (const auto &r : out.requests)
            bodyBytes += r.http.body.size();
        for (const auto &r : out.results)
            hashes += qint64(r.hashed.size());
        if (out.results.back().status == ResultStatus::Skipped) {
            std::fprintf(
                stderr, "unexpected skip: %s\n", qPrintable(out.results.back().messages.join(u"; "_s)));
            return 1;
        }
    }
    const double seconds = double(buildNs) / 1e9;
    std::printf("bench_payloads: %d Meta conversions in %.2f s single-threaded: %.0f conversions/s "
                "(target >= 200,000/s)\n",
        count, seconds, count / seconds);
    std::printf("  %zu requests of <= 1,000 events, %.1f MiB of JSON bodies, %lld values normalized "
                "(%.1f per conversion), peak RSS %.0f MiB\n",
        requests, double(bodyBytes) / 1048576.0, static_cast<long long>(hashes), double(hashes) / count,
        peakRssMiB());

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
