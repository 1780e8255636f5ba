#include "domain/eventstreamreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestEventStreamReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data();
    void records();
};

void TestEventStreamReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected"); // "line:text" or "line!error-part"
    QTest::newRow("json lines with blank line and CRLF")
        << QByteArray("{\"a\":1}\r\n\r\n{\"b\":2}\n") << QStringList {u"1:{\"a\":1}"_s, u"3:{\"b\":2}"_s};
    QTest::newRow("no final newline")
        << QByteArray("{\"a\":1}\n{\"b\":2}") << QStringList {u"1:{\"a\":1}"_s, u"2:{\"b\":2}"_s};
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF{\"a\":1}\n") << QStringList {u"1:{\"a\":1}"_s};
    QTest::newRow("array on one line") << QByteArray("[{\"a\":1},{\"b\":\"x,]\"}]")
                                       << QStringList {u"1:{\"a\":1}"_s, u"1:{\"b\":\"x,]\"}"_s};
    QTest::newRow("pretty array") << QByteArray("[\n  {\n    \"a\": [1, 2]\n  },\n  {\"b\": \"q\\\"}\"}\n]\n")
                                  << QStringList {
                                         u"2:{\n    \"a\": [1, 2]\n  }"_s, u"5:{\"b\": \"q\\\"}\"}"_s};
    QTest::newRow("empty array") << QByteArray("  [ ]  ") << QStringList {};
    QTest::newRow("unclosed array") << QByteArray("[{\"a\":1},\n{\"b\":2}")
                                    << QStringList {u"1:{\"a\":1}"_s, u"2!not closed"_s};
    QTest::newRow("empty input") << QByteArray() << QStringList {};
}

void TestEventStreamReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    EventStreamReader reader(&buffer);
    EventStreamReader::Record record;
    QStringList actual;
    while (reader.next(&record)) {
        if (record.error.isEmpty())
            actual << u"%1:%2"_s.arg(record.line).arg(QString::fromStdString(record.text));
        else
            actual << u"%1!%2"_s.arg(record.line).arg(record.error);
    }
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        if (expected[i].contains(u'!'))
            QVERIFY2(actual[i].startsWith(expected[i].section(u'!', 0, 0) + u'!')
                    && actual[i].contains(expected[i].section(u'!', 1)),
                qPrintable(actual[i]));
        else
            QCOMPARE(actual[i], expected[i]);
    }
}

QTEST_APPLESS_MAIN(TestEventStreamReader)
#include "tst_eventstreamreader.moc"
