#pragma once

#include "csv/csvmapping.h"
#include "csv/csvpreset.h"

namespace ConvStudio {

// The preset a mapping file drives: each mapped column feeds one canonical field. With group_by, the
// rows of one key make one event (scalar fields from the first row, items from all of them).
class GenericPreset final : public CsvPreset
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::GenericPreset)
public:
    explicit GenericPreset(CsvMapping mapping);

    const CsvMapping &mapping() const { return m_mapping; }

    QString id() const override;
    QString displayName() const override;
    QList<QStringList> signature() const override;
    QList<CsvFieldMapping> fieldMappings() const override;
    QString groupColumn() const override { return m_mapping.groupBy; }
    QString defaultTimeZone() const override { return m_mapping.timeZone; }
    DecimalStyle defaultDecimal() const override { return m_mapping.decimal; }
    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override;

private:
    CsvMapping m_mapping;
};

} // namespace ConvStudio
