#pragma once

#include "domain/event.h"

#include <QTreeView>

class QStandardItemModel;

namespace ConvStudio {

// Every field of one event, grouped: the event, the order, the customer, click ids, items,
// consent, attributes and the raw JSON.
class EventDetailView : public QTreeView
{
    Q_OBJECT
public:
    explicit EventDetailView(QWidget *parent = nullptr);

    void setEvent(const Event *event);
    QStandardItemModel *detailModel() const { return m_model; }

private:
    QStandardItemModel *m_model;
};

} // namespace ConvStudio
