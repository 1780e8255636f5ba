#include <QFloat16>
#include <QTest>

#include "payloadtesting.h"
#include "platforms/adapterkit.h"
#include "platforms/payloadoutput.h"
#include "platforms/platformregistry.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

// One folder per case: tests/data/payloads/<platform>/<case>/{event.json | events.jsonl,
// settings.json (optional), expected.json}. expected.json is the `payload --json` object of that
// platform, unmasked. Adding a case means adding a folder; CS_UPDATE_GOLDEN=1 rewrites expected.json
// (review the diff before committing it).
class TestPayloadGolden : public QObject
{
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void everyPlatformHasCases();

private:
    PlatformRegistry m_registry;
    static QString root() { return QStringLiteral(CS_TEST_DATA_DIR "/payloads"); }
};

void TestPayloadGolden::golden_data()
{
    if (m_registry.adapters().empty())
        m_registry.addBuiltins();
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("folder");
    const QDir base(root());
    for (const QString &platform : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(base.filePath(platform));
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(platform), qPrintable(name)) << platform << dir.filePath(name);
    }
}

void TestPayloadGolden::golden()
{
    QFETCH(QString, platform);
    QFETCH(QString, folder);
    const QDir dir(folder);
    const PlatformAdapter *adapter = m_registry.find(platform);
    QVERIFY2(adapter, qPrintable(u"no adapter called %1"_s.arg(platform)));

    QString error;
    const QString input
        = dir.exists(u"events.jsonl"_s) ? dir.filePath(u"events.jsonl"_s) : dir.filePath(u"event.json"_s);
    const std::vector<Conversion> conversions = readConversions(input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!conversions.empty());
    ConnectionSettings settings;
    if (dir.exists(u"settings.json"_s)) {
        auto s = ConnectionSettings::fromFile(dir.filePath(u"settings.json"_s), &error);
        QVERIFY2(s, qPrintable(error));
        settings = *s;
    }
    const BuildOutput output = adapter->build(conversions, settings, TestNowMs);
    const Json actual = PayloadOutput::platformJson(output, false);

    QFile expectedFile(dir.filePath(u"expected.json"_s));
    if (qEnvironmentVariableIsSet("CS_UPDATE_GOLDEN")) {
        QVERIFY(expectedFile.open(QIODevice::WriteOnly));
        expectedFile.write(QByteArray::fromStdString(actual.dump(2)) + '\n');
        QSKIP("expected.json rewritten");
    }
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
    const QByteArray bytes = expectedFile.readAll();
    const Json expected = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    QVERIFY2(!expected.is_discarded(), "expected.json is not valid JSON");
    QVERIFY2(actual == expected, Json::diff(expected, actual).dump(2).c_str());

    // A JSON body is exactly nlohmann's compact dump of itself (keys in order, numbers as nlohmann
    // writes them): the Meta-style builders write their bodies directly, and these are the bytes
    // platforms and stored outbox items saw before.
    for (const PlatformRequest &r : output.requests) {
        if (r.http.contentType != u"application/json"_s || r.http.body.isEmpty())
            continue;
        const Json parsed = Json::parse(r.http.body.begin(), r.http.body.end(), nullptr, false);
        QVERIFY2(!parsed.is_discarded(), r.http.body.constData());
        QCOMPARE(r.http.body, AdapterKit::dump(parsed));
    }

    // The body bytes are deterministic: building twice gives the same request bytes.
    const BuildOutput again = adapter->build(conversions, settings, TestNowMs);
    QCOMPARE(again.requests.size(), output.requests.size());
    for (size_t i = 0; i < output.requests.size(); ++i)
        QCOMPARE(again.requests[i].http.body, output.requests[i].http.body);
}

void TestPayloadGolden::everyPlatformHasCases()
{
    const QDir base(root());
    for (const QString &id : m_registry.ids())
        QVERIFY2(base.exists(id), qPrintable(u"no golden cases for %1"_s.arg(id)));
}

QTEST_APPLESS_MAIN(TestPayloadGolden)
#include "tst_payloadgolden.moc"
