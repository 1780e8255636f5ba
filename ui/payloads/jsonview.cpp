#include "payloads/jsonview.h"

#include "domain/jsonsupport.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

QColor colorFor(const Json &v, bool dark)
{
    if (v.is_string())
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    if (v.is_number())
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
    if (v.is_boolean())
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x75, 0x75, 0x75);
}

QString scalarText(const Json &v)
{
    if (v.is_string())
        return u'"' + toQString(v.get_ref<const std::string &>()) + u'"';
    return QString::fromStdString(v.dump());
}

void fill(QStandardItem *parent, const Json &json, bool dark)
{
    auto addRow = [&](const QString &key, const Json &value) {
        auto *keyItem = new QStandardItem(key);
        auto *valueItem = new QStandardItem;
        keyItem->setEditable(false);
        valueItem->setEditable(false);
        if (value.is_object() || value.is_array()) {
            valueItem->setText(value.is_object() ? QStringLiteral("{ %1 }").arg(value.size())
                                                 : QStringLiteral("[ %1 ]").arg(value.size()));
            valueItem->setForeground(colorFor(Json(), dark));
            fill(keyItem, value, dark);
        } else {
            valueItem->setText(scalarText(value));
            valueItem->setToolTip(valueItem->text());
            valueItem->setForeground(colorFor(value, dark));
        }
        parent->appendRow({keyItem, valueItem});
    };
    if (json.is_object()) {
        for (auto it = json.begin(); it != json.end(); ++it)
            addRow(toQString(it.key()), it.value());
    } else if (json.is_array()) {
        int i = 0;
        for (const Json &v : json)
            addRow(QString::number(i++), v);
    }
}

} // namespace

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_tree->setFont(mono);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void JsonView::setJson(const Json &json)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    if (json.is_object() || json.is_array()) {
        fill(m_model->invisibleRootItem(), json, dark);
    } else if (!json.is_null()) {
        auto *item = new QStandardItem(scalarText(json));
        m_model->appendRow(item);
    }
    m_tree->expandToDepth(2);
    m_tree->setColumnWidth(0, 220);
}

} // namespace ConvStudio
