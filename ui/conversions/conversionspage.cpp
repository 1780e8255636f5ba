#include "conversions/conversionspage.h"

#include "conversions/rulebuilderwidget.h"
#include "conversions/rulelistdelegate.h"
#include "conversions/rulepreviewer.h"
#include "conversions/rulepreviewpanel.h"
#include "itemmodels/rulelistmodel.h"
#include "rules/rulejson.h"
#include "rules/ruletemplates.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

ConversionsPage::ConversionsPage(RuleListModel *rules, const QString &dbPath, QWidget *parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_previewer(new RulePreviewer(dbPath, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"conversionsPage"_s);
    auto *splitter = new QSplitter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Left: the rules.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    auto *rulesTitle = new QLabel(tr("Conversion rules"), left);
    QFont bold = rulesTitle->font();
    bold.setBold(true);
    rulesTitle->setFont(bold);
    leftLayout->addWidget(rulesTitle);
    auto *newButton = new QPushButton(tr("New"), left);
    newButton->setObjectName(u"newRuleButton"_s);
    auto *menu = new QMenu(newButton);
    QAction *blank = menu->addAction(tr("Blank rule"));
    blank->setObjectName(u"template_blank"_s);
    connect(blank, &QAction::triggered, this, [this] { newFromTemplate({}); });
    menu->addSection(tr("From a template"));
    for (const RuleTemplates::Template &t : RuleTemplates::all()) {
        QAction *action = menu->addAction(t.title);
        action->setObjectName(u"template_"_s + t.key);
        action->setToolTip(t.description);
        connect(action, &QAction::triggered, this, [this, key = t.key] { newFromTemplate(key); });
    }
    newButton->setMenu(menu);
    m_list = new QListView(left);
    m_list->setObjectName(u"ruleList"_s);
    m_list->setModel(m_rules);
    m_list->setItemDelegate(new RuleListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *buttons = new QHBoxLayout;
    m_duplicate = new QPushButton(tr("Duplicate"), left);
    m_duplicate->setObjectName(u"duplicateRuleButton"_s);
    m_delete = new QPushButton(tr("Delete"), left);
    m_delete->setObjectName(u"deleteRuleButton"_s);
    buttons->addWidget(newButton);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list, 1);
    auto *files = new QHBoxLayout;
    auto *import = new QPushButton(tr("Import…"), left);
    import->setObjectName(u"importRulesButton"_s);
    m_export = new QPushButton(tr("Export…"), left);
    m_export->setObjectName(u"exportRulesButton"_s);
    files->addWidget(import);
    files->addWidget(m_export);
    leftLayout->addLayout(files);
    auto *hint = new QLabel(tr("Tick a rule to evaluate new events against it as they arrive."), left);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    leftLayout->addWidget(hint);

    // Centre: the builder with its toolbar.
    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    auto *toolbar = new QHBoxLayout;
    m_undo = new QToolButton(centre);
    m_undo->setObjectName(u"undoButton"_s);
    m_redo = new QToolButton(centre);
    m_redo->setObjectName(u"redoButton"_s);
    m_status = new QLabel(centre);
    m_status->setObjectName(u"builderStatusLabel"_s);
    m_save = new QPushButton(tr("Save"), centre);
    m_save->setObjectName(u"saveRuleButton"_s);
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    toolbar->addWidget(m_undo);
    toolbar->addWidget(m_redo);
    toolbar->addWidget(m_status, 1);
    toolbar->addWidget(m_save);
    centreLayout->addLayout(toolbar);
    m_builder = new RuleBuilderWidget(centre);
    centreLayout->addWidget(m_builder, 1);

    QUndoStack *undo = m_builder->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = undo->createRedoAction(this, tr("Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(u"Ctrl+Shift+Z"_s)))
        redoKeys.prepend(QKeySequence(u"Ctrl+Shift+Z"_s));
    redoAction->setShortcuts(redoKeys);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    // Undo and redo rebuild the condition rows, which can take the focused editor with them; keep
    // the focus in the builder so that the next Ctrl+Z / Ctrl+Shift+Z still reaches the page.
    for (QAction *action : {undoAction, redoAction}) {
        connect(action, &QAction::triggered, this, [this] {
            QWidget *focus = QApplication::focusWidget();
            if (!focus || !isAncestorOf(focus))
                m_builder->setFocus(Qt::ShortcutFocusReason);
        });
    }
    m_undo->setDefaultAction(undoAction);
    m_redo->setDefaultAction(redoAction);
    m_undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redo->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Right: the live preview.
    m_preview = new RulePreviewPanel(splitter);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 4);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, [this] { m_previewer->preview(m_builder->rule()); });
    connect(m_builder, &RuleBuilderWidget::ruleEdited, this, [this] {
        schedulePreview();
        updateState();
    });
    connect(m_previewer, &RulePreviewer::eventsLoaded, this, [this] {
        std::vector<FieldChoice> choices;
        for (const auto &s : m_previewer->snapshot()->summarize())
            choices.push_back({s.field, s.examples, s.events, s.numeric});
        m_builder->setFieldChoices(std::move(choices));
        schedulePreview();
    });
    connect(m_previewer, &RulePreviewer::previewReady, m_preview, &RulePreviewPanel::showPreview);
    connect(m_preview, &RulePreviewPanel::explainRequested, this,
        [this](const QString &eventId) { m_previewer->explain(m_builder->rule(), eventId); });
    connect(m_previewer, &RulePreviewer::explained, m_preview, &RulePreviewPanel::showExplanation);
    connect(m_previewer, &RulePreviewer::conversionsStored, this,
        [this](const QString &, qint64, const QString &error) {
            m_rules->reloadCounts();
            if (!error.isEmpty())
                m_status->setText(tr("Storing the conversions failed: %1").arg(error));
        });
    connect(m_rules, &RuleListModel::enabledChanged, m_previewer, &RulePreviewer::storeConversions);
    connect(m_rules, &RuleListModel::countsChanged, this, [this] { emit badgeChanged(badgeText()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { selectRule(current.row()); });
    connect(m_save, &QPushButton::clicked, this, &ConversionsPage::save);
    connect(m_duplicate, &QPushButton::clicked, this, &ConversionsPage::duplicateRule);
    connect(m_delete, &QPushButton::clicked, this, &ConversionsPage::deleteRule);
    connect(import, &QPushButton::clicked, this, &ConversionsPage::importRules);
    connect(m_export, &QPushButton::clicked, this, &ConversionsPage::exportRules);
    connect(undo, &QUndoStack::cleanChanged, this, &ConversionsPage::updateState);

    m_previewer->reloadEvents();
    if (m_rules->rowCount() > 0)
        m_list->setCurrentIndex(m_rules->index(0));
    else
        newFromTemplate(u"returning-customer-purchase"_s);
    updateState();
}

ConversionsPage::~ConversionsPage()
{
    // The builder's undo stack, destroyed with the child widgets after this destructor, emits
    // cleanChanged when it holds unsaved edits: it must not reach the half-destroyed page.
    disconnect(m_builder->undoStack(), nullptr, this, nullptr);
}

void ConversionsPage::setPlatformChoices(std::vector<std::pair<QString, QString>> platforms)
{
    m_builder->setPlatformChoices(std::move(platforms));
}

void ConversionsPage::refresh()
{
    m_preview->setEventsLoading(true);
    m_previewer->reloadEvents();
    m_rules->reloadCounts();
}

void ConversionsPage::eventsChanged(qint64 storedEvents)
{
    const auto snapshot = m_previewer->snapshot();
    if (snapshot && snapshot->size() != storedEvents)
        refresh();
}

QString ConversionsPage::badgeText() const
{
    if (m_rules->rowCount() == 0)
        return {};
    return tr("%n rule(s)", nullptr, m_rules->rowCount()) + u" · "_s
        + QLocale().toString(m_rules->totalMatches());
}

void ConversionsPage::schedulePreview()
{
    m_preview->setComputing(); // from the first keystroke: the count shown is not the edited rule's yet
    m_debounce->start();
}

bool ConversionsPage::confirmDiscard()
{
    if (m_builder->rule() == m_saved)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("The rule \"%1\" has changes that are not saved.").arg(m_builder->rule().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ConversionsPage::selectRule(int row)
{
    if (row < 0 || row >= m_rules->rowCount())
        return;
    const ConversionRule &rule = m_rules->ruleAt(row);
    if (!m_isNew && rule.id == m_saved.id)
        return;
    m_builder->setRule(rule);
    m_saved = m_builder->rule();
    m_isNew = false;
    schedulePreview();
    updateState();
}

void ConversionsPage::newFromTemplate(const QString &key)
{
    ConversionRule rule;
    if (const auto t = RuleTemplates::byKey(key)) {
        rule = *t;
    } else {
        rule.name = tr("New conversion");
        rule.conversion = u"Purchase"_s;
        rule.steps.push_back({RuleMatch::group(RuleMatch::Kind::All)});
    }
    rule.id.clear();
    m_list->selectionModel()->clearSelection();
    m_builder->setRule(rule);
    m_saved = ConversionRule {};
    m_isNew = true;
    schedulePreview();
    updateState();
}

bool ConversionsPage::save()
{
    ConversionRule rule = m_builder->rule();
    if (rule.name.trimmed().isEmpty()) {
        m_status->setText(tr("Give the rule a name before saving."));
        return false;
    }
    if (rule.conversion.isEmpty())
        rule.conversion = u"Purchase"_s;
    if (m_isNew || rule.id.isEmpty()) {
        // A new rule gets a free id made from its name.
        QString id = RuleText::slug(rule.name);
        for (int n = 2; m_rules->rowOf(id) >= 0; ++n)
            id = u"%1-%2"_s.arg(RuleText::slug(rule.name)).arg(n);
        rule.id = id;
    }
    QString error;
    const int row = m_rules->upsert(rule, &error);
    if (row < 0) {
        m_status->setText(tr("Saving failed: %1").arg(error));
        return false;
    }
    m_saved = rule;
    m_isNew = false;
    // Keep the undo history but mark this state as the saved one.
    const ConversionRule shown = m_builder->rule();
    if (!(shown == rule)) {
        m_builder->setRule(rule);
        m_saved = m_builder->rule();
    }
    m_builder->undoStack()->setClean();
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_rules->index(row));
    }
    m_previewer->storeConversions(rule);
    updateState();
    return true;
}

void ConversionsPage::duplicateRule()
{
    ConversionRule rule = m_builder->rule();
    rule.name = tr("%1 (copy)").arg(rule.name);
    rule.id.clear();
    m_list->selectionModel()->clearSelection();
    m_builder->setRule(rule);
    m_saved = ConversionRule {};
    m_isNew = true;
    schedulePreview();
    updateState();
}

void ConversionsPage::deleteRule()
{
    if (m_isNew) {
        newFromTemplate({});
        return;
    }
    const int row = m_rules->rowOf(m_saved.id);
    if (row < 0)
        return;
    const qint64 count = m_rules->index(row).data(RuleListModel::MatchCountRole).toLongLong();
    const auto answer = QMessageBox::question(this, tr("Delete rule"),
        tr("Delete \"%1\"? Its %n stored conversion(s) are removed too; conversions already sent to "
           "platforms stay "
           "there.",
            nullptr, int(count))
            .arg(m_saved.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_rules->remove(m_saved.id, &error)) {
        m_status->setText(tr("Deleting failed: %1").arg(error));
        return;
    }
    m_isNew = true;
    if (m_rules->rowCount() > 0)
        m_list->setCurrentIndex(m_rules->index(0));
    else
        newFromTemplate({});
}

void ConversionsPage::importRules()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import conversion rules"), {}, tr("Rule files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    RuleError parseError;
    const auto rules = RuleJson::parseMany(file.readAll(), &parseError);
    if (!rules) {
        QMessageBox::warning(
            this, tr("Import"), tr("%1 is not a valid rule file.\n\n%2").arg(path, parseError.toString()));
        return;
    }
    for (const ConversionRule &rule : *rules) {
        QString error;
        if (m_rules->upsert(rule, &error) < 0) {
            QMessageBox::warning(this, tr("Import"), tr("Storing \"%1\" failed: %2").arg(rule.name, error));
            return;
        }
        m_previewer->storeConversions(rule);
    }
    m_status->setText(tr("Imported %n rule(s).", nullptr, int(rules->size())));
}

void ConversionsPage::exportRules()
{
    const ConversionRule rule = m_builder->rule();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export conversion rule"),
        RuleText::slug(rule.name) + u".json"_s, tr("Rule files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(RuleJson::toText(rule)) < 0)
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void ConversionsPage::updateState()
{
    const bool dirty = m_isNew || !(m_builder->rule() == m_saved);
    m_save->setEnabled(dirty);
    m_delete->setEnabled(true);
    if (m_isNew)
        m_status->setText(tr("New rule, not saved yet: the preview shows what it would match."));
    else if (dirty)
        m_status->setText(tr("Unsaved changes"));
    else
        m_status->setText(tr("Saved"));
}

} // namespace ConvStudio
