#pragma once

#include "domain/conversion.h"

#include <QAbstractTableModel>

#include <vector>

namespace ConvStudio {

// The preview's sample matches: a few conversions a rule would produce, with their reasons.
class SampleMatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, ValueColumn, ReasonColumn, ColumnCount };
    enum Role { ConversionIdRole = Qt::UserRole + 1, EventRowIdRole, EventIdRole };

    explicit SampleMatchModel(QObject *parent = nullptr);

    void setConversions(std::vector<Conversion> conversions);
    const Conversion &conversionAt(int row) const { return m_rows.at(size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Conversion> m_rows;
};

} // namespace ConvStudio
