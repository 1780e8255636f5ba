#include <QTest>

#include "payloadtesting.h"
#include "platforms/adapterkit.h"
#include "platforms/eventprefetch.h"
#include "platforms/identityreader.h"
#include "platforms/isocodes.h"
#include "platforms/normalizationmemo.h"
#include "platforms/platformregistry.h"

using namespace Qt::StringLiterals;
using namespace ConvStudio;

namespace {

constexpr qint64 NowMs = 1795262400000LL; // 2026-11-22T10:00:00Z

// The pointer find() gives for key in object, or nullptr.
const Json *lookup(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

// Events of several shapes: a full one, one with many items and many nested objects, one whose
// user is not an object, one without user, one with only some fields.
QByteArray eventJson(int i)
{
    // Many objects among the event's members (before "user" in key order): more walks than the
    // prefetch runs at once.
    QByteArray extra;
    for (int n = 0; n < (i % 8 == 1 ? 60 : 0); ++n)
        extra += u"\"a%1\":{\"k\":%2},"_s.arg(n, 2, 10, QChar(u'0')).arg(n).toUtf8();
    QByteArray items = "[";
    for (int n = 0; n < (i % 4 == 1 ? 12 : 1); ++n)
        items += (n ? "," : "")
            + u"{\"id\":\"S%1\",\"price\":2.5,\"quantity\":1,\"meta\":{\"a\":1}}"_s.arg(n).toUtf8();
    items += ']';
    QByteArray user;
    switch (i % 5) {
    case 0:
        user = R"("user":{"email":"a@b.example","phone":"+1 650 555 1212","first_name":"Ann",)"
               R"("last_name":"Lee","city":"Palo Alto","state":"CA","zip":"94301","country":"US",)"
               R"("gender":"f","date_of_birth":"1990-02-16","external_id":"c1","ip":"203.0.113.7",)"
               R"("user_agent":"UA/1","loyalty":{"tier":"gold"}},)";
        break;
    case 1:
        user = R"("user":{"email":"b@b.example","zip":"8001"},)";
        break;
    case 2:
        user = R"("user":"not an object",)";
        break;
    case 3:
        break;
    default:
        user = R"("user":{"phone":"044 668 18 00","country":"CH","extra":[1,2,{"x":1}]},)";
    }
    return u"{\"event_id\":\"e-%1\",\"name\":\"Purchase\",\"time\":\"2026-11-21T10:00:00Z\",\"value\":5,"
           "\"currency\":\"EUR\",\"page_url\":\"https://shop.example/p\",\"referrer_url\":\"https://"
           "r.example\","
           "\"search_query\":\"shoes\",\"consent\":{\"limited_data_use\":true},"
           "\"click_ids\":{\"fbclid\":\"F%1\",\"gclid\":\"G\"},"_s.arg(i)
               .toUtf8()
        + extra + user + "\"items\":" + items + "}";
}

// A conversion of the event as it is, without the event parser's checks: the walk must cope with
// any tree (a user that is not an object, nested objects and lists where strings are expected).
Conversion rawConversion(const QByteArray &json)
{
    Event e;
    e.eventId = u"raw"_s;
    e.name = u"Purchase"_s;
    e.data = Json::parse(json.toStdString());
    return conversionFromEvent(e);
}

} // namespace

class TestEventMembers : public QObject
{
    Q_OBJECT
private slots:
    void foundAheadMatchLookups();
    void identityReadsEarlierStepsAfterFoundMembers();
};

void TestEventMembers::foundAheadMatchLookups()
{
    // What the prefetch walk notes of each primary event is what map look-ups find, pointer for
    // pointer; a conversion whose walk could not be finished (too many nested objects at once) is
    // reported as not found, never with members missing.
    std::vector<Conversion> conversions;
    for (int i = 0; i < 40; ++i)
        conversions.push_back(rawConversion(eventJson(i)));
    int complete = 0, incomplete = 0;
    for (size_t start = 0; start < conversions.size(); start += 8) {
        std::array<EventMembers, 8> found;
        prefetchEventTrees(conversions.data() + start, conversions.data() + start + 8, found.data());
        for (size_t k = 0; k < found.size(); ++k) {
            const Conversion &c = conversions[start + k];
            const EventMembers &m = found[k];
            if (!m.isFor(c)) {
                QCOMPARE(m.conversion, nullptr);
                ++incomplete;
                continue;
            }
            ++complete;
            const Json &data = c.primary().data;
            QCOMPARE(m.clickIds, lookup(data, "click_ids"));
            QCOMPARE(m.consent, lookup(data, "consent"));
            QCOMPARE(m.items, lookup(data, "items"));
            QCOMPARE(m.pageUrl, lookup(data, "page_url"));
            QCOMPARE(m.referrerUrl, lookup(data, "referrer_url"));
            QCOMPARE(m.searchQuery, lookup(data, "search_query"));
            QCOMPARE(m.user, lookup(data, "user"));
            for (size_t f = 0; f < size_t(UserField::Count); ++f) {
                const std::string key(userFieldKey(UserField(f)));
                const Json *expected = m.user ? lookup(*m.user, key.c_str()) : nullptr;
                QCOMPARE(m.userFields[f], expected);
            }
        }
    }
    QVERIFY(complete >= 30);
    QVERIFY(incomplete > 0); // the groups with many objects run out of walks
}

void TestEventMembers::identityReadsEarlierStepsAfterFoundMembers()
{
    // A conversion of two steps: the primary event's user fields come first, the earlier step
    // fills in the rest; the same with the members found ahead as without.
    Conversion c = makeConversion(R"({"event_id":"s1","name":"Lead","time":"2026-11-20T10:00:00Z",)"
                                  R"("user":{"email":"early@example.com","phone":"+41 44 668 18 00",)"
                                  R"("city":"Zürich"}})");
    const Conversion last
        = makeConversion(R"({"event_id":"s2","name":"Purchase","time":"2026-11-21T10:00:00Z",)"
                         R"("user":{"email":" Late@Example.com ","zip":"8001"}})");
    c.events.push_back(last.events.front());
    EventMembers found;
    prefetchEventTrees(&c, &c + 1, &found);
    QVERIFY(found.isFor(c));
    PlatformRegistry registry;
    registry.addBuiltins();
    const PlatformAdapter *meta = registry.find(u"meta"_s);
    const ConnectionSettings settings;
    const EventMembers *const ahead = &found;
    for (const EventMembers *members : {static_cast<const EventMembers *>(nullptr), ahead}) {
        NormalizationMemo memo;
        BuildContext context {*meta, settings, NowMs, IsoCodes::system(), {}, memo, members};
        ConversionResult result;
        IdentityReader identity(c, context, {}, result);
        QCOMPARE(identity.normalized(UserField::Email), u"late@example.com"_s);
        QCOMPARE(identity.normalized(UserField::Phone), u"41446681800"_s);
        QCOMPARE(identity.normalized(UserField::City), u"zürich"_s);
        QCOMPARE(identity.normalized(UserField::Zip), u"8001"_s);
        QCOMPARE(identity.raw(UserField::FirstName), QString());
    }
}

QTEST_GUILESS_MAIN(TestEventMembers)
#include "tst_eventmembers.moc"
