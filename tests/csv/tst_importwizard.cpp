// The import wizard, offscreen: preview, detected settings, mapping editor, import off the GUI thread,
// summary, rejected rows export, cancel.
#include "import/importwizard.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ConvStudio;

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void detectsAndImports();
    void mappingEditorRejectedRowsAndSavedPreset();
    void cancel();

private:
    template<typename T> T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    QString sample(const QString &name) const { return QStringLiteral(CS_SAMPLES_DIR) + u'/' + name; }
    qint64 stored() const
    {
        Database db(m_db, u"check"_s);
        QString error;
        db.open(&error);
        return EventRepository(db.connection()).count(EventFilter {});
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_run = 0;
};

void TestImportWizard::init()
{
    m_db = m_dir.filePath(u"ws-%1.sqlite"_s.arg(++m_run));
    Database db(m_db, u"setup"_s);
    QString error;
    QVERIFY(db.open(&error));
}

void TestImportWizard::detectsAndImports()
{
    ImportWizard wizard(m_db, sample(u"shopify_orders.csv"_s));
    wizard.setMappingsDirectory(m_dir.filePath(u"mappings"_s));
    wizard.show();
    auto *preview = child<QTableView>(&wizard, "previewTable");
    QCOMPARE(preview->model()->rowCount(), 50);
    QCOMPARE(preview->model()->columnCount(), 79);
    QCOMPARE(preview->model()->index(0, 17).data().toString(), u"Yoga Mat \"Pro\" 6mm"_s);
    auto *preset = child<QComboBox>(&wizard, "presetCombo");
    QCOMPARE(preset->currentData().toString(), u"shopify-orders"_s);
    QVERIFY(preset->currentText().contains(u"(detected)"_s));
    QVERIFY(child<QComboBox>(&wizard, "encodingCombo")->itemText(0).contains(u"UTF-8 (BOM)"_s));

    // The mapping page shows what the preset maps.
    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    auto *mapping = child<QTableWidget>(&wizard, "mappingTable");
    QCOMPARE(mapping->item(11, 0)->text(), u"Total"_s);
    QCOMPARE(mapping->item(11, 1)->text(), u"value"_s);

    QSignalSpy imported(&wizard, &ImportWizard::eventsImported);
    QSignalSpy showEvents(&wizard, &ImportWizard::showEventsRequested);
    QTest::mouseClick(child<QPushButton>(&wizard, "importButton"), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.first().at(0).toLongLong(), 40);
    QVERIFY2(child<QLabel>(&wizard, "summaryLabel")->text().contains(u"40 events added"_s),
        qPrintable(child<QLabel>(&wizard, "summaryLabel")->text()));
    QCOMPARE(stored(), 40);
    auto *show = child<QPushButton>(&wizard, "showEventsButton");
    QVERIFY(show->isVisible() && show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(showEvents.count(), 1);
}

void TestImportWizard::mappingEditorRejectedRowsAndSavedPreset()
{
    const QString mappings = m_dir.filePath(u"mappings-%1"_s.arg(m_run));
    ImportWizard wizard(m_db, sample(u"malformed_ragged_rows.csv"_s));
    wizard.setMappingsDirectory(mappings);
    wizard.show();
    auto *preset = child<QComboBox>(&wizard, "presetCombo");
    QCOMPARE(preset->currentData().toString(), u"generic"_s); // nothing recognised
    QVERIFY(child<QLabel>(&wizard, "infoLabel")->text().contains(u"line 5: 3 fields"_s));

    QTest::mouseClick(child<QPushButton>(&wizard, "nextButton"), Qt::LeftButton);
    auto *table = child<QTableWidget>(&wizard, "mappingTable");
    const QStringList fields {u"event_id"_s, u"user.email"_s, u"value"_s, u"currency"_s, u"time"_s};
    for (int row = 0; row < fields.size(); ++row)
        table->item(row, 1)->setText(fields[row]);
    auto *zone = child<QComboBox>(&wizard, "zoneCombo");
    zone->setEditText(u"UTC"_s);
    QTest::keyClicks(child<QLineEdit>(&wizard, "mappingNameEdit"), u"Ragged orders"_s);
    QTest::mouseClick(child<QPushButton>(&wizard, "saveMappingButton"), Qt::LeftButton);
    QVERIFY(QFile::exists(mappings + u"/Ragged-orders.json"_s));
    QCOMPARE(preset->currentText(), u"Ragged orders (saved)"_s);

    QSignalSpy imported(&wizard, &ImportWizard::eventsImported);
    QTest::mouseClick(child<QPushButton>(&wizard, "importButton"), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.first().at(0).toLongLong(), 22);
    auto *rejected = child<QTableWidget>(&wizard, "rejectedTable");
    QCOMPARE(rejected->rowCount(), 8);
    QCOMPARE(rejected->item(0, 0)->text(), u"5"_s);
    QCOMPARE(rejected->item(0, 2)->text(), u"3 fields, but the header has 5 columns"_s);
    QVERIFY(child<QPushButton>(&wizard, "exportRejectedButton")->isEnabled());

    const QString exported = m_dir.filePath(u"rejected.csv"_s);
    QString error;
    QVERIFY(wizard.exportRejected(exported, &error));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), "line,column,error"_ba);
    QCOMPARE(lines.at(1), "5,,\"3 fields, but the header has 5 columns\""_ba);
    QCOMPARE(lines.size(), 1 + 8 + 1);
}

void TestImportWizard::cancel()
{
    const QString path = m_dir.filePath(u"large.csv"_s);
    QProcess gen;
    gen.start(u"python3"_s, {sample(u"gen_large.py"_s), u"30000"_s, u"-o"_s, path});
    QVERIFY(gen.waitForFinished(60000));
    ImportWizard wizard(m_db, path);
    wizard.setMappingsDirectory(m_dir.filePath(u"mappings"_s));
    wizard.show();
    QTest::mouseClick(child<QPushButton>(&wizard, "importButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&wizard, "cancelButton"), Qt::LeftButton);
    auto *summary = child<QLabel>(&wizard, "summaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 30000);
    QVERIFY2(summary->text().startsWith(u"Cancelled."_s), qPrintable(summary->text()));
    QVERIFY(wizard.summary().cancelled);
    QCOMPARE(stored(), wizard.summary().eventsAdded);
}

QTEST_MAIN(TestImportWizard)

#include "tst_importwizard.moc"
