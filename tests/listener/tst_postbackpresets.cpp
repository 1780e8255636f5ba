#include <QFloat16>

#include "listener/postbackpresets.h"

#include <QTest>

using namespace ConvStudio;
using namespace Qt::StringLiterals;

using Params = QList<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(Params)

class TestPostbackPresets : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void problems_data();
    void problems();
    void status_data();
    void status();
    void urlsCarryTheTokenAndMacros();
};

void TestPostbackPresets::parse_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("clickId");
    QTest::addColumn<QString>("transaction");
    QTest::addColumn<double>("payout");
    QTest::addColumn<double>("amount"); // -1: none
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("saleKey");

    QTest::newRow("generic clickid/txid/payout")
        << u"generic"_s
        << Params {{u"token"_s, u"t"_s}, {u"clickid"_s, u"c1"_s}, {u"txid"_s, u"T1"_s},
               {u"payout"_s, u"12.5"_s}}
        << u"c1"_s << u"T1"_s << 12.5 << -1.0 << u"approved"_s << u"T1"_s;
    QTest::newRow("voluum cid, payout, no txid")
        << u"voluum"_s << Params {{u"cid"_s, u"abc"_s}, {u"payout"_s, u"3"_s}} << u"abc"_s << QString() << 3.0
        << -1.0 << u"approved"_s << u"abc"_s;
    QTest::newRow("redtrack sum and declined")
        << u"redtrack"_s
        << Params {{u"clickid"_s, u"r1"_s}, {u"sum"_s, u"7.10"_s}, {u"status"_s, u"declined"_s}} << u"r1"_s
        << QString() << 7.1 << -1.0 << u"declined"_s << u"r1"_s;
    QTest::newRow("everflow amount is the sale, comma decimal")
        << u"everflow"_s
        << Params {{u"sub1"_s, u"e1"_s}, {u"transaction_id"_s, u"ef9"_s}, {u"amount"_s, u"120,50"_s},
               {u"payout"_s, u"12"_s}}
        << u"e1"_s << u"ef9"_s << 12.0 << 120.5 << u"approved"_s << u"ef9"_s;
    QTest::newRow("impact PascalCase, REVERSED")
        << u"impact"_s
        << Params {{u"SubId1"_s, u"i1"_s}, {u"ActionId"_s, u"A-77"_s}, {u"Payout"_s, u"4.2"_s},
               {u"Status"_s, u"REVERSED"_s}}
        << u"i1"_s << u"A-77"_s << 4.2 << -1.0 << u"reversed"_s << u"A-77"_s;
    QTest::newRow("tune aff_sub, commission, pending")
        << u"tune"_s
        << Params {{u"aff_sub"_s, u"t1"_s}, {u"oid"_s, u"O-1"_s}, {u"commission"_s, u"1"_s},
               {u"status"_s, u"pending"_s}}
        << u"t1"_s << u"O-1"_s << 1.0 << -1.0 << u"pending"_s << u"O-1"_s;
    QTest::newRow("event type is part of the sale key")
        << u"generic"_s << Params {{u"subid"_s, u"s1"_s}, {u"txid"_s, u"T2"_s}, {u"et"_s, u"Lead"_s}}
        << u"s1"_s << u"T2"_s << -1.0 << -1.0 << u"approved"_s << u"T2:lead"_s;
    QTest::newRow("unfilled macros are ignored")
        << u"generic"_s
        << Params {{u"clickid"_s, u"c9"_s}, {u"txid"_s, u"{txid}"_s}, {u"payout"_s, u"{payout}"_s}} << u"c9"_s
        << QString() << -1.0 << -1.0 << u"approved"_s << u"c9"_s;
}

void TestPostbackPresets::parse()
{
    QFETCH(QString, network);
    QFETCH(Params, params);
    QFETCH(QString, clickId);
    QFETCH(QString, transaction);
    QFETCH(double, payout);
    QFETCH(double, amount);
    QFETCH(QString, status);
    QFETCH(QString, saleKey);
    const PostbackPreset *preset = PostbackPresets::find(network);
    QVERIFY(preset);
    QString problem;
    QString message;
    const auto p = PostbackPresets::parse(*preset, params, &problem, &message);
    QVERIFY2(p, qPrintable(message));
    QCOMPARE(p->clickId, clickId);
    QCOMPARE(p->transactionId, transaction);
    QCOMPARE(p->payout.value_or(-1.0), payout);
    QCOMPARE(p->amount.value_or(-1.0), amount);
    QCOMPARE(p->status, status);
    QCOMPARE(p->saleKey(), saleKey);
    QVERIFY(!p->attributes.contains("token"));
}

void TestPostbackPresets::problems_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("named"); // the message names this
    QTest::newRow("no ids") << Params {{u"payout"_s, u"1"_s}} << u"missing_parameter"_s << u"txid"_s;
    QTest::newRow("bad payout") << Params {{u"clickid"_s, u"c"_s}, {u"payout"_s, u"ten"_s}}
                                << u"invalid_number"_s << u"payout"_s;
    QTest::newRow("bad time") << Params {{u"clickid"_s, u"c"_s}, {u"time"_s, u"yesterday"_s}}
                              << u"invalid_time"_s << u"time"_s;
}

void TestPostbackPresets::problems()
{
    QFETCH(Params, params);
    QFETCH(QString, problem);
    QFETCH(QString, named);
    QString gotProblem;
    QString message;
    QVERIFY(!PostbackPresets::parse(*PostbackPresets::find(u"generic"_s), params, &gotProblem, &message));
    QCOMPARE(gotProblem, problem);
    QVERIFY2(message.contains(named), qPrintable(message));
}

void TestPostbackPresets::status_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("status");
    QTest::newRow("empty means credited") << QString() << u"approved"_s;
    QTest::newRow("APPROVED") << u"APPROVED"_s << u"approved"_s;
    QTest::newRow("pending") << u"pending"_s << u"pending"_s;
    QTest::newRow("redtrack other") << u"other"_s << u"pending"_s;
    QTest::newRow("rejected") << u"rejected"_s << u"declined"_s;
    QTest::newRow("chargeback") << u"chargeback"_s << u"reversed"_s;
    QTest::newRow("unknown word credits nothing yet") << u"weird"_s << u"pending"_s;
}

void TestPostbackPresets::status()
{
    QFETCH(QString, word);
    QFETCH(QString, status);
    QCOMPARE(PostbackPresets::normalizeStatus(word), status);
}

void TestPostbackPresets::urlsCarryTheTokenAndMacros()
{
    for (const PostbackPreset &preset : PostbackPresets::all()) {
        const QString url = PostbackPresets::url(preset, u"http://127.0.0.1:8787"_s, u"tok+/="_s);
        QVERIFY2(url.startsWith(u"http://127.0.0.1:8787/postback/"_s + preset.id + u"?token=tok%2B%2F%3D&"_s),
            qPrintable(url));
        QVERIFY(url.contains(u'{'));
        QVERIFY(!PostbackPresets::whereText(preset).isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestPostbackPresets)
#include "tst_postbackpresets.moc"
