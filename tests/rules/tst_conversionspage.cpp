#include <QFloat16>
#include <QTest>

#include "conversions/conversionspage.h"
#include "conversions/rulebuilderwidget.h"
#include "itemmodels/rulelistmodel.h"
#include "platforms/platformregistry.h"
#include "storage/database.h"
#include "storage/eventingest.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestConversionsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void buildReturningCustomerPurchaseByClicking();
    void templateSaveAndToggle();
    void reorderGroupsByClicking();
    void limitToPlatformsByClicking();

private:
    template<typename T> T *child(const char *name, QWidget *in = nullptr)
    {
        T *w = (in ? in : m_page.get())->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    template<typename T> QList<T *> children(const char *name)
    {
        QList<T *> out;
        for (T *w : m_page->findChildren<T *>(QString::fromLatin1(name))) {
            if (w->isVisibleTo(m_page.get()))
                out << w;
        }
        return out;
    }
    QString count() { return child<QLabel>("matchCountLabel")->text(); }
    void pick(QComboBox *combo, const QVariant &data)
    {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RuleListModel> m_rules;
    std::unique_ptr<ConversionsPage> m_page;
};

void TestConversionsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"ws.sqlite"_s), u"gui"_s);
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QByteArray events
        = R"({"event_id":"a1","name":"Order Completed","time":"2026-01-01T10:00:00Z","value":50,"currency":"USD","user":{"email":"ann@example.com"}}
{"event_id":"a2","name":"Order Completed","time":"2026-01-02T10:00:00Z","value":150,"currency":"USD","user":{"email":"ann@example.com"}}
{"event_id":"a3","name":"Order Completed","time":"2026-01-03T10:00:00Z","value":80,"currency":"USD","user":{"email":"ann@example.com"}}
{"event_id":"b1","name":"Order Completed","time":"2026-01-01T11:00:00Z","value":300,"currency":"USD","user":{"email":"bob@example.com"}}
{"event_id":"b2","name":"generate_lead","time":"2026-01-01T09:00:00Z","user":{"email":"bob@example.com"}}
{"event_id":"c1","name":"page_view","time":"2026-01-01T08:00:00Z","user":{"email":"carl@example.com"}}
)";
    QBuffer buffer(&events);
    buffer.open(QIODevice::ReadOnly);
    EventIngest ingest(m_db->connection());
    EventIngest::Summary summary;
    QVERIFY(ingest.run(&buffer, &summary, &error));
    m_rules = std::make_unique<RuleListModel>(m_db->connection());
    m_page = std::make_unique<ConversionsPage>(m_rules.get(), m_db->path());
    m_page->resize(1400, 900);
    m_page->show();
    // Shortcuts (Ctrl+Z, Ctrl+Shift+Z) reach only the active window.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestConversionsPage::cleanup()
{
    m_page.reset();
    m_rules.reset();
    m_db.reset();
    m_dir.reset();
}

void TestConversionsPage::buildReturningCustomerPurchaseByClicking()
{
    // New → Blank rule: no conditions, every event matches.
    auto *blank = m_page->findChild<QAction *>(u"template_blank"_s);
    QVERIFY(blank);
    blank->trigger();
    QTRY_COMPARE(count(), u"6"_s);

    // + Condition: the standard event; type "Purchase".
    QTest::mouseClick(children<QPushButton>("addConditionButton").constFirst(), Qt::LeftButton);
    QTRY_COMPARE(children<QWidget>("conditionRow").size(), 1);
    QComboBox *field = children<QComboBox>("fieldCombo").constFirst();
    pick(field, u"standard_name"_s);
    QLineEdit *value = children<QLineEdit>("valueEdit").constFirst();
    value->selectAll();
    QTest::keyClicks(value, u"Purchase"_s);
    QTRY_COMPARE(count(), u"4"_s);

    // + Condition: switch it to "Customer is returning" (yes by default).
    QTest::mouseClick(children<QPushButton>("addConditionButton").constFirst(), Qt::LeftButton);
    QTRY_COMPARE(children<QWidget>("conditionRow").size(), 2);
    pick(children<QComboBox>("fieldCombo").at(1), u"customer.is_returning"_s);
    QTRY_COMPARE(children<QComboBox>("valueCombo").size(), 1);
    QTRY_COMPARE(count(), u"2"_s);
    QCOMPARE(m_page->builder()->rule().steps[0].match.children[1].condition.value, Json(true));

    // "No" flips it: the first orders.
    pick(children<QComboBox>("valueCombo").constFirst(), false);
    QTRY_COMPARE(count(), u"2"_s); // ann's first and bob's only order
    pick(children<QComboBox>("valueCombo").constFirst(), true);
    QTRY_COMPARE(count(), u"2"_s);

    // A threshold: value greater than 100.
    QTest::mouseClick(children<QPushButton>("addConditionButton").constFirst(), Qt::LeftButton);
    QTRY_COMPARE(children<QWidget>("conditionRow").size(), 3);
    pick(children<QComboBox>("opCombo").at(2), u"gt"_s);
    QLineEdit *threshold = children<QLineEdit>("valueEdit").at(1);
    threshold->selectAll();
    QTest::keyClicks(threshold, u"100"_s);
    QTRY_COMPARE(count(), u"1"_s);
    QCOMPARE(m_page->builder()->rule().steps[0].match.children[2].condition.value, Json(100.0));

    // Undo the typed threshold as one step (Ctrl+Z), then redo (Ctrl+Shift+Z).
    QUndoStack *undo = m_page->builder()->undoStack();
    const int before = undo->index();
    QTest::keySequence(m_page.get(), QKeySequence(u"Ctrl+Z"_s));
    QCOMPARE(undo->index(), before - 1);
    QTRY_COMPARE(count(), u"2"_s);
    // The undo rebuilt the row whose completer popup was the active window; a window manager hands
    // activation back to the page, the offscreen platform does not.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keySequence(m_page.get(), QKeySequence(u"Ctrl+Shift+Z"_s));
    QCOMPARE(undo->index(), before);
    QTRY_COMPARE(count(), u"1"_s);

    // Why not: a3 is a returning purchase under 100.
    QLineEdit *eventId = child<QLineEdit>("whyNotEventEdit");
    QTest::keyClicks(eventId, u"a3"_s);
    QTest::mouseClick(child<QPushButton>("explainButton"), Qt::LeftButton);
    QTRY_VERIFY2(child<QLabel>("explanationLabel")->text().contains(u"Value is 80"_s),
        qPrintable(child<QLabel>("explanationLabel")->text()));

    // Save: the rule and its conversion are stored.
    QLineEdit *name = children<QLineEdit>("ruleNameEdit").constFirst();
    name->selectAll();
    QTest::keyClicks(name, u"Returning customer purchase"_s);
    QTest::mouseClick(child<QPushButton>("saveRuleButton"), Qt::LeftButton);
    QCOMPARE(m_rules->rowCount(), 1);
    QTRY_COMPARE(m_rules->index(0).data(RuleListModel::MatchCountRole).toLongLong(), 1);
    QCOMPARE(m_rules->ruleAt(0).id, u"returning-customer-purchase"_s);
}

void TestConversionsPage::templateSaveAndToggle()
{
    m_page->findChild<QAction *>(u"template_lead-then-purchase-30d"_s)->trigger();
    QTRY_COMPARE(count(), u"1"_s); // bob: lead, then purchase 2 hours later
    QVERIFY(m_page->findChild<QWidget *>(u"withinSpin"_s));
    QTest::mouseClick(child<QPushButton>("saveRuleButton"), Qt::LeftButton);
    QTRY_COMPARE(m_rules->index(0).data(RuleListModel::MatchCountRole).toLongLong(), 1);
    QSignalSpy badge(m_page.get(), &ConversionsPage::badgeChanged);
    QVERIFY(m_rules->setData(m_rules->index(0), Qt::Unchecked, Qt::CheckStateRole));
    QTRY_COMPARE(m_rules->index(0).data(RuleListModel::MatchCountRole).toLongLong(), 0);
    QVERIFY(!badge.isEmpty());
}

// The platforms come from the registry (ids as connections carry them); a dozen of them, and the
// rest of the builder, fit the page of a 1320-pixel window without scrolling sideways.
void TestConversionsPage::limitToPlatformsByClicking()
{
    PlatformRegistry registry;
    registry.addBuiltins();
    std::vector<std::pair<QString, QString>> platforms;
    for (const auto &adapter : registry.adapters())
        platforms.emplace_back(adapter->id(), adapter->displayName());
    QVERIFY(platforms.size() >= 12);
    m_page->setPlatformChoices(platforms);
    m_page->resize(1320 - 240, 850); // the window less its sidebar
    m_page->findChild<QAction *>(u"template_purchase-over-value"_s)->trigger();
    QTRY_VERIFY(!count().isEmpty());

    // Each edit rebuilds the form; the old widgets go at the next deferred delete.
    auto fresh = [this](const char *name) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return child<QCheckBox>(name);
    };
    QVERIFY(fresh("allPlatformsCheck")->isChecked());
    QVERIFY(!fresh("platform_microsoft")->isEnabled());
    QTest::mouseClick(fresh("allPlatformsCheck"), Qt::LeftButton);
    QVERIFY(fresh("platform_microsoft")->isEnabled());
    QTest::mouseClick(fresh("platform_microsoft"), Qt::LeftButton);
    QTest::mouseClick(fresh("platform_meta"), Qt::LeftButton);
    const auto *builder = child<RuleBuilderWidget>("ruleBuilder");
    QTRY_VERIFY(builder->rule().platforms.has_value());
    QCOMPARE(*builder->rule().platforms, (QStringList {u"meta"_s, u"microsoft"_s}));

    QApplication::processEvents();
    auto *scroll = builder->findChild<QScrollArea *>();
    QVERIFY(scroll);
    const int needs = scroll->widget()->minimumSizeHint().width();
    QVERIFY2(needs <= scroll->viewport()->width(),
        qPrintable(u"builder needs %1 px, has %2"_s.arg(needs).arg(scroll->viewport()->width())));
}

// Groups are nested and reordered with their arrow buttons (conditions with theirs), each move one
// undoable edit.
void TestConversionsPage::reorderGroupsByClicking()
{
    m_page->findChild<QAction *>(u"template_blank"_s)->trigger();
    QTRY_COMPARE(count(), u"6"_s);
    QTest::mouseClick(children<QPushButton>("addConditionButton").constFirst(), Qt::LeftButton);
    QTRY_COMPARE(children<QWidget>("conditionRow").size(), 1);
    pick(children<QComboBox>("fieldCombo").constFirst(), u"standard_name"_s);
    QLineEdit *value = children<QLineEdit>("valueEdit").constFirst();
    value->selectAll();
    QTest::keyClicks(value, u"Purchase"_s);
    QTRY_COMPARE(count(), u"4"_s);

    // + Group: a nested "any of" group after the condition.
    const auto root = [this] { return m_page->builder()->rule().steps[0].match; };
    QTest::mouseClick(children<QPushButton>("addGroupButton").constFirst(), Qt::LeftButton);
    QTRY_COMPARE(children<QToolButton>("moveGroupUpButton").size(), 1);
    QCOMPARE(root().children.size(), size_t(2));
    QVERIFY(!root().children[0].isGroup());
    QVERIFY(root().children[1].isGroup());
    // A condition inside the nested group: value over 100.
    QWidget *nested = children<QToolButton>("moveGroupUpButton").constFirst()->parentWidget();
    QTest::mouseClick(nested->findChild<QPushButton *>(u"addConditionButton"_s), Qt::LeftButton);
    QTRY_COMPARE(children<QWidget>("conditionRow").size(), 2);

    // The group moves up, above the condition.
    QUndoStack *undo = m_page->builder()->undoStack();
    const int before = undo->index();
    QTest::mouseClick(children<QToolButton>("moveGroupUpButton").constFirst(), Qt::LeftButton);
    QTRY_VERIFY(root().children[0].isGroup());
    QCOMPARE(root().children[0].children.size(), size_t(1));
    QCOMPARE(root().children[1].condition.field, u"standard_name"_s);
    QCOMPARE(undo->index(), before + 1);
    // The condition's own arrow moves it back up; undo restores the group's place.
    QTRY_COMPARE(children<QToolButton>("moveUpButton").size(), 2);
    QToolButton *conditionUp = nullptr;
    for (QWidget *row : children<QWidget>("conditionRow")) {
        if (row->findChild<QComboBox *>(u"fieldCombo"_s)->currentData() == u"standard_name"_s)
            conditionUp = row->findChild<QToolButton *>(u"moveUpButton"_s);
    }
    QVERIFY(conditionUp);
    QTest::mouseClick(conditionUp, Qt::LeftButton);
    QTRY_VERIFY(!root().children[0].isGroup());
    undo->undo();
    QTRY_VERIFY(root().children[0].isGroup());
    undo->undo();
    QTRY_VERIFY(!root().children[0].isGroup());
    QCOMPARE(undo->index(), before);
}

QTEST_MAIN(TestConversionsPage)
#include "tst_conversionspage.moc"
