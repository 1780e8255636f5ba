#include "storage/database.h"
#include "storage/taxonomyrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestTaxonomy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void spellings_data();
    void spellings();
    void userExtension();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTaxonomy::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"ws.sqlite"_s), u"tax"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
}

void TestTaxonomy::spellings_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("standard");
    const QList<std::pair<const char *, const char *>> rows {{"purchase", "Purchase"},
        {"Order Completed", "Purchase"}, {"checkout_completed", "Purchase"}, {"order_paid", "Purchase"},
        {"CompletePayment", "Purchase"}, {"SALE", "Purchase"}, {"generate_lead", "Lead"},
        {"submit_form", "Lead"}, {"sign_up", "CompleteRegistration"}, {"add_to_cart", "AddToCart"},
        {"begin_checkout", "InitiateCheckout"}, {"view_item", "ViewContent"}, {"page_view", "PageView"},
        {"PAGE-VIEW", "PageView"}, {"Page View", "PageView"}, {"Order Refunded", "Refund"},
        {"my_custom_thing", ""}, {"purchased twice", ""}};
    for (const auto &[spelling, standard] : rows)
        QTest::newRow(spelling) << QString::fromUtf8(spelling) << QString::fromUtf8(standard);
}

void TestTaxonomy::spellings()
{
    QFETCH(QString, spelling);
    QFETCH(QString, standard);
    const Taxonomy taxonomy = TaxonomyRepository(m_db->connection()).load();
    QCOMPARE(taxonomy.standardName(spelling), standard);
}

void TestTaxonomy::userExtension()
{
    TaxonomyRepository repo(m_db->connection());
    QString error;
    QVERIFY(!repo.set(u"deal_won"_s, u"NotAStandard"_s, &error));
    QVERIFY(error.contains(u"NotAStandard"_s));
    QVERIFY2(repo.set(u"Deal Won"_s, u"Purchase"_s, &error), qPrintable(error));
    QCOMPARE(repo.load().standardName(u"deal_won"), u"Purchase"_s);
    // Every standard name maps to itself.
    const Taxonomy taxonomy = repo.load();
    for (const QString &name : Taxonomy::standardNames())
        QCOMPARE(taxonomy.standardName(name), name);
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
