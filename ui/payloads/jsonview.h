#pragma once

#include <QWidget>

#include <nlohmann/json.hpp>

class QStandardItemModel;
class QTreeView;

namespace ConvStudio {

// A JSON value as a foldable tree: keys, and values coloured by type (strings, numbers, booleans,
// null), with the number of children shown on folded objects and arrays.
class JsonView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);

    void setJson(const nlohmann::json &json);
    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model;
    QTreeView *m_tree;
};

} // namespace ConvStudio
