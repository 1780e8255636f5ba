#include <QFloat16>
#include <QTest>

#include "platforms/isocodes.h"
#include "platforms/normalizer.h"
#include "platforms/normalizerutf8.h"
#include "platforms/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

QString utf8(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void sha256Vectors_data();
    void sha256Vectors();
    void sha256MatchesQt_data();
    void sha256MatchesQt();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void names_data();
    void names();
    void city_data();
    void city();
    void stateAndCountry_data();
    void stateAndCountry();
    void zip_data();
    void zip();
    void gender_data();
    void gender();
    void dateOfBirth_data();
    void dateOfBirth();
    void ipAddress_data();
    void ipAddress();
    void utf8MatchesQString_data();
    void utf8MatchesQString();
    void isoCodesFallback();
    void sha256Detection();
};

void TestNormalizer::sha256Vectors_data()
{
    // platforms.md §1.1, the values Meta and Snap publish.
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("hash");
    QTest::newRow("meta email") << u"john_smith@gmail.com"_s
                                << u"62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"_s;
    QTest::newRow("meta phone") << u"16505551212"_s
                                << u"e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176"_s;
    QTest::newRow("meta first name") << u"mary"_s
                                     << u"6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec"_s;
    QTest::newRow("meta utf-8 name") << u"valéry"_s
                                     << u"08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c"_s;
    QTest::newRow("meta birth date") << u"19970216"_s
                                     << u"01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c"_s;
    QTest::newRow("meta country") << u"us"_s
                                  << u"79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621"_s;
    QTest::newRow("snap email") << u"person@example.com"_s
                                << u"542d240129883c019e106e3b1b2d3f3cb3537c43c425364de8e951d5a3083345"_s;
    QTest::newRow("snap phone") << u"448444124653"_s
                                << u"dc008fda46e2e64002cf2f82a4906236282d431c4f75e5b60bfe79fc48546383"_s;
    QTest::newRow("snap first name") << u"john"_s
                                     << u"96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a"_s;
    QTest::newRow("e164 phone") << u"+16505551212"_s
                                << u"1e231c66011e7a2d867a9cfae267a6aff103cf4913640b6e71a99850fc0ffbc8"_s;
}

void TestNormalizer::sha256Vectors()
{
    QFETCH(QString, normalized);
    QFETCH(QString, hash);
    QCOMPARE(Normalizer::sha256Hex(normalized), hash);
}

void TestNormalizer::sha256MatchesQt_data()
{
    QTest::addColumn<int>("length");
    // Around the padding boundaries of one and two blocks.
    for (int n : {0, 1, 27, 54, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000})
        QTest::addRow("%d bytes", n) << n;
}

void TestNormalizer::sha256MatchesQt()
{
    QFETCH(int, length);
    QByteArray data(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        data[i] = char((i * 131 + 7) & 0xff);
    const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    QCOMPARE(Sha256::hex(data), QString::fromLatin1(expected));
    // Two at a time (Sha256::hexTo2), paired with a shorter value, in both places: both up to 55
    // bytes take the two-block lockstep path where the CPU has the SHA extensions.
    const QByteArray other = data.left(length / 2) + "x";
    const QByteArray otherExpected = QCryptographicHash::hash(other, QCryptographicHash::Sha256).toHex();
    char first[64], second[64];
    Sha256::hexTo2(data, first, other, second);
    QCOMPARE(QByteArray(first, 64), expected);
    QCOMPARE(QByteArray(second, 64), otherExpected);
    Sha256::hexTo2(other, first, data, second);
    QCOMPARE(QByteArray(first, 64), otherExpected);
    QCOMPARE(QByteArray(second, 64), expected);
}

void TestNormalizer::email_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("expected");
    const int plain = int(Normalizer::EmailRule::Plain);
    const int gmail = int(Normalizer::EmailRule::GoogleGmail);
    const int all = int(Normalizer::EmailRule::GoogleAllDomains);
    QTest::newRow("case and spaces") << u"  John_Smith@Gmail.COM "_s << plain << u"john_smith@gmail.com"_s;
    QTest::newRow("plain keeps dots and plus")
        << u"jane.doe+shop@gmail.com"_s << plain << u"jane.doe+shop@gmail.com"_s;
    QTest::newRow("google gmail drops dots and plus")
        << u"Jane.Doe+shop@gmail.com"_s << gmail << u"janedoe@gmail.com"_s;
    QTest::newRow("google googlemail too")
        << u"jane.doe@googlemail.com"_s << gmail << u"janedoe@googlemail.com"_s;
    QTest::newRow("google other domain untouched")
        << u"jane.doe+x@example.com"_s << gmail << u"jane.doe+x@example.com"_s;
    QTest::newRow("google all domains") << u"jane.doe+x@example.com"_s << all << u"janedoe@example.com"_s;
    QTest::newRow("two at signs") << u"a@b@example.com"_s << plain << QString();
    QTest::newRow("no domain dot") << u"jane@localhost"_s << plain << QString();
    QTest::newRow("not an email") << u"jane at example dot com"_s << plain << QString();
    QTest::newRow("empty local") << u"@example.com"_s << plain << QString();
}

void TestNormalizer::email()
{
    QFETCH(QString, raw);
    QFETCH(int, rule);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::email(raw, Normalizer::EmailRule(rule)), expected);
    QCOMPARE(utf8(Normalizer::emailUtf8(raw.toStdString(), Normalizer::EmailRule(rule))), expected);
}

void TestNormalizer::phone_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("e164");
    QTest::newRow("us national with default")
        << u"(650) 555-1212"_s << u"US"_s << u"16505551212"_s << u"+16505551212"_s;
    QTest::newRow("us with plus") << u"+1 650 555 1212"_s << QString() << u"16505551212"_s
                                  << u"+16505551212"_s;
    QTest::newRow("digits with country code")
        << u"16505551212"_s << QString() << u"16505551212"_s << u"+16505551212"_s;
    QTest::newRow("uk 00 prefix") << u"0044 844 412 4653"_s << QString() << u"448444124653"_s
                                  << u"+448444124653"_s;
    QTest::newRow("uk national trunk zero")
        << u"0844 412 4653"_s << u"GB"_s << u"448444124653"_s << u"+448444124653"_s;
    QTest::newRow("uk trunk in brackets")
        << u"+44 (0) 844 412 4653"_s << QString() << u"448444124653"_s << u"+448444124653"_s;
    QTest::newRow("german national") << u"030 1234567"_s << u"DE"_s << u"49301234567"_s << u"+49301234567"_s;
    QTest::newRow("extension dropped")
        << u"+1 650-555-1212 ext. 44"_s << QString() << u"16505551212"_s << u"+16505551212"_s;
    QTest::newRow("national without country") << u"(650) 555-1212"_s << QString() << QString() << QString();
    QTest::newRow("too short") << u"+1 555"_s << QString() << QString() << QString();
    QTest::newRow("longest possible, 15 digits")
        << u"+86 138 0013 8000 12"_s << QString() << u"861380013800012"_s << u"+861380013800012"_s;
    QTest::newRow("too long, 16 digits") << u"+86 138 0013 8000 123"_s << QString() << QString() << QString();
    QTest::newRow("letters only") << u"call me"_s << u"US"_s << QString() << QString();
}

void TestNormalizer::phone()
{
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, digits);
    QFETCH(QString, e164);
    QCOMPARE(Normalizer::phone(raw, country, Normalizer::PhoneFormat::Digits), digits);
    QCOMPARE(Normalizer::phone(raw, country, Normalizer::PhoneFormat::E164), e164);
    QCOMPARE(utf8(Normalizer::phoneUtf8(
                 raw.toStdString(), country.toStdString(), Normalizer::PhoneFormat::Digits)),
        digits);
    QCOMPARE(
        utf8(Normalizer::phoneUtf8(raw.toStdString(), country.toStdString(), Normalizer::PhoneFormat::E164)),
        e164);
}

void TestNormalizer::names_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("meta vector mary") << u"  Mary "_s << u"mary"_s;
    QTest::newRow("utf-8 kept, NFC") << u"Vale\u0301ry"_s << u"valéry"_s;
    QTest::newRow("punctuation dropped") << u"O'Brien-Smith."_s << u"obriensmith"_s;
    QTest::newRow("inner spaces collapsed") << u"Mary   Ann"_s << u"mary ann"_s;
}

void TestNormalizer::names()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::name(raw), expected);
    QCOMPARE(utf8(Normalizer::nameUtf8(raw.toStdString())), expected);
}

void TestNormalizer::city_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("new york") << u"New York"_s << u"newyork"_s;
    QTest::newRow("punctuation and digits") << u"St. Louis 2"_s << u"stlouis"_s;
    QTest::newRow("accents kept") << u"Zürich"_s << u"zürich"_s;
}

void TestNormalizer::city()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::city(raw), expected);
    QCOMPARE(utf8(Normalizer::cityUtf8(raw.toStdString())), expected);
}

void TestNormalizer::stateAndCountry_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expectedState");
    QTest::addColumn<QString>("expectedCountry");
    QTest::newRow("us code") << u"CA"_s << u"US"_s << u"ca"_s << u"us"_s;
    QTest::newRow("us name") << u"California"_s << u"United States"_s << u"ca"_s << u"us"_s;
    QTest::newRow("us alias") << u"new york"_s << u"USA"_s << u"ny"_s << u"us"_s;
    QTest::newRow("german state") << u"Bayern"_s << u"Germany"_s << u"by"_s << u"de"_s;
    QTest::newRow("alpha-3 country") << u"TX"_s << u"usa"_s << u"tx"_s << u"us"_s;
    QTest::newRow("unknown country") << u""_s << u"Atlantis"_s << QString() << QString();
    QTest::newRow("unknown us state") << u"Narnia"_s << u"US"_s << QString() << u"us"_s;
}

void TestNormalizer::stateAndCountry()
{
    QFETCH(QString, state);
    QFETCH(QString, country);
    QFETCH(QString, expectedState);
    QFETCH(QString, expectedCountry);
    const IsoCodes &iso = IsoCodes::system();
    const QString c = Normalizer::country(country, iso);
    QCOMPARE(c, expectedCountry);
    QCOMPARE(Normalizer::state(state, c.toUpper(), iso), expectedState);
}

void TestNormalizer::zip_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expected");
    QTest::newRow("us zip+4") << u"94301-1234"_s << u"US"_s << u"94301"_s;
    QTest::newRow("us zip+4 without country") << u"943011234"_s << QString() << u"94301"_s;
    QTest::newRow("uk postcode") << u"M1 1AE"_s << u"GB"_s << u"m11ae"_s;
    QTest::newRow("german") << u"10115"_s << u"DE"_s << u"10115"_s;
    QTest::newRow("garbage") << u"??"_s << u"US"_s << QString();
}

void TestNormalizer::zip()
{
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::zip(raw, country), expected);
    QCOMPARE(utf8(Normalizer::zipUtf8(raw.toStdString(), country.toStdString())), expected);
}

void TestNormalizer::gender_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("nonBinary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("female") << u"Female"_s << false << u"f"_s;
    QTest::newRow("m") << u" M "_s << false << u"m"_s;
    QTest::newRow("non-binary where allowed") << u"non-binary"_s << true << u"n"_s;
    QTest::newRow("non-binary elsewhere") << u"non-binary"_s << false << QString();
    QTest::newRow("unknown") << u"robot"_s << true << QString();
}

void TestNormalizer::gender()
{
    QFETCH(QString, raw);
    QFETCH(bool, nonBinary);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::gender(raw, nonBinary), expected);
}

void TestNormalizer::dateOfBirth_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iso") << u"1997-02-16"_s << u"19970216"_s;
    QTest::newRow("compact") << u"19970216"_s << u"19970216"_s;
    QTest::newRow("european dots") << u"16.02.1997"_s << u"19970216"_s;
    QTest::newRow("us slashes") << u"02/16/1997"_s << u"19970216"_s;
    QTest::newRow("iso date-time") << u"1997-02-16T00:00:00Z"_s << u"19970216"_s;
    QTest::newRow("impossible date") << u"1997-02-30"_s << QString();
    QTest::newRow("month 13") << u"1997-13-01"_s << QString();
    QTest::newRow("two-digit year") << u"16.02.97"_s << QString();
    QTest::newRow("words") << u"sometime in 1997"_s << QString();
}

void TestNormalizer::dateOfBirth()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::dateOfBirth(raw), expected);
    QCOMPARE(utf8(Normalizer::dateOfBirthUtf8(raw.toStdString())), expected);
}

void TestNormalizer::ipAddress_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << u" 203.0.113.7 "_s << u"203.0.113.7"_s;
    QTest::newRow("ipv6 lower-cased") << u"2001:DB8::1"_s << u"2001:db8::1"_s;
    QTest::newRow("octet too big") << u"203.0.113.300"_s << QString();
    QTest::newRow("hostname") << u"example.com"_s << QString();
}

void TestNormalizer::ipAddress()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Normalizer::ipAddress(raw), expected);
    QCOMPARE(utf8(Normalizer::ipAddressUtf8(raw.toStdString())), expected);
}

void TestNormalizer::utf8MatchesQString_data()
{
    // Random text from each field's usual characters, a few odd ones (tab, control, DEL, quotes,
    // non-ASCII letters, a non-breaking space) among them: the UTF-8 forms take their fast path on
    // most and fall back on the rest, and must agree with the QString functions on all.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("alphabet");
    const QString odd = u"\t\u0001\u007f\"\\é Ü\u00a0ß"_s;
    QTest::newRow("email") << u"email"_s << u"aB.+@@_-x9 ,;<>()gmail.com"_s + odd;
    QTest::newRow("phone") << u"phone"_s << u"+0012345 6789()-.#;,x ext(0)"_s + odd;
    QTest::newRow("name") << u"name"_s << u"aZ9 '-.!$+<=>^`|~_{}[]\\"_s + odd;
    QTest::newRow("city") << u"city"_s << u"New York 9.-'"_s + odd;
    QTest::newRow("zip") << u"zip"_s << u"0123456789 -aZ?"_s + odd;
    QTest::newRow("date") << u"date"_s << u"0123456789-/.T: "_s + odd;
    QTest::newRow("ip") << u"ip"_s << u"0123456789.:aFx +-"_s + odd;
}

void TestNormalizer::utf8MatchesQString()
{
    QFETCH(QString, field);
    QFETCH(QString, alphabet);
    QRandomGenerator random(20261126);
    const QStringList countries {QString(), u"US"_s, u"us"_s, u"DE"_s};
    const QString twelve = u"+16505551212"_s;
    // Every printable ASCII character on its own, and between two letters.
    for (char16_t c = 0x20; c < 0x7f; ++c) {
        for (const QString &raw : QStringList {QString(QChar(c)), QString(u"a"_s + QChar(c) + u"B"_s)}) {
            const std::string bytes = raw.toStdString();
            QCOMPARE(utf8(Normalizer::nameUtf8(bytes)), Normalizer::name(raw));
            QCOMPARE(utf8(Normalizer::cityUtf8(bytes)), Normalizer::city(raw));
            QCOMPARE(utf8(Normalizer::zipUtf8(bytes, {})), Normalizer::zip(raw, {}));
            QCOMPARE(utf8(Normalizer::emailUtf8(u"x"_s.toStdString() + bytes + "y@a.com")),
                Normalizer::email(QString(u"x"_s + raw + u"y@a.com"_s)));
        }
    }
    for (int n = 0; n < 20000; ++n) {
        QString raw;
        const int length = int(random.bounded(16));
        for (int i = 0; i < length; ++i)
            raw += alphabet.at(int(random.bounded(alphabet.size())));
        if (field == u"date"_s && n % 3 == 0) // mostly well-formed dates, some impossible ones
            raw = u"%1-%2-%3"_s.arg(1890 + random.bounded(220))
                      .arg(random.bounded(14), 2, 10, QChar(u'0'))
                      .arg(random.bounded(33), 2, 10, QChar(u'0'));
        if (field == u"email"_s && n % 3 == 0) // mostly one '@' and a dotted domain
            raw = raw.left(length / 2) + u'@' + raw.mid(length / 2) + (n % 2 ? u".com"_s : u".de"_s);
        if (field == u"phone"_s && n % 3 == 0)
            raw = twelve.left(int(random.bounded(13))) + raw;
        const std::string bytes = raw.toStdString();
        const QString country = countries.at(n % countries.size());
        if (field == u"email"_s) {
            for (const auto rule : {Normalizer::EmailRule::Plain, Normalizer::EmailRule::GoogleGmail,
                     Normalizer::EmailRule::GoogleAllDomains})
                QCOMPARE(utf8(Normalizer::emailUtf8(bytes, rule)), Normalizer::email(raw, rule));
        } else if (field == u"phone"_s) {
            for (const auto format : {Normalizer::PhoneFormat::Digits, Normalizer::PhoneFormat::E164})
                QCOMPARE(utf8(Normalizer::phoneUtf8(bytes, country.toStdString(), format)),
                    Normalizer::phone(raw, country, format));
        } else if (field == u"name"_s) {
            QCOMPARE(utf8(Normalizer::nameUtf8(bytes)), Normalizer::name(raw));
        } else if (field == u"city"_s) {
            QCOMPARE(utf8(Normalizer::cityUtf8(bytes)), Normalizer::city(raw));
        } else if (field == u"zip"_s) {
            QCOMPARE(utf8(Normalizer::zipUtf8(bytes, country.toStdString())), Normalizer::zip(raw, country));
        } else if (field == u"date"_s) {
            QCOMPARE(utf8(Normalizer::dateOfBirthUtf8(bytes)), Normalizer::dateOfBirth(raw));
        } else if (field == u"ip"_s) {
            QCOMPARE(utf8(Normalizer::ipAddressUtf8(bytes)), Normalizer::ipAddress(raw));
        }
    }
}

void TestNormalizer::isoCodesFallback()
{
    QTemporaryDir empty;
    const IsoCodes fallback(empty.path());
    QVERIFY(fallback.isFallback());
    QVERIFY(fallback.fallbackReason().contains(u"iso_3166-1.json"_s));
    QCOMPARE(fallback.countryCode(u"Germany"), u"DE"_s);
    QCOMPARE(fallback.subdivisionCode(u"US"_s, u"California"), u"CA"_s);
    const IsoCodes &system = IsoCodes::system();
    QVERIFY2(!system.isFallback(), qPrintable(system.fallbackReason()));
    QVERIFY(system.countryCount() > 200);
}

void TestNormalizer::sha256Detection()
{
    QVERIFY(Normalizer::isSha256Hex(u"62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"));
    QVERIFY(Normalizer::isSha256Hex(u"62A14E44F765419D10FEA99367361A727C12365E2520F32218D505ED9AA0F62F"));
    QVERIFY(!Normalizer::isSha256Hex(u"62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62"));
    QVERIFY(!Normalizer::isSha256Hex(u"zza14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"));
}

QTEST_APPLESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
