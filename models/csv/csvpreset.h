#pragma once

#include "csv/csvheaderindex.h"
#include "csv/csvmapcontext.h"
#include "csv/csvreader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ConvStudio {

// One column → canonical field line of a mapping ("Total" → "value", "Email" → "user.email").
struct CsvFieldMapping
{
    QString column;
    QString field;
    friend bool operator==(const CsvFieldMapping &, const CsvFieldMapping &) = default;
};

/**
 * How one kind of export becomes canonical events. One subclass per export (Shopify orders, Stripe
 * payments …) plus GenericPreset, which a mapping file drives. Pure and stateless: map() may be called
 * from any thread, with its own context.
 */
class CsvPreset
{
public:
    virtual ~CsvPreset() = default;

    virtual QString id() const = 0; // "shopify-orders"
    virtual QString displayName() const = 0; // translated
    // Column groups that identify the export: each group needs one of its names in the header.
    virtual QList<QStringList> signature() const = 0;
    // The column → field table the mapping editor starts from.
    virtual QList<CsvFieldMapping> fieldMappings() const = 0;
    // Rows with the same value in this column are one business event (Shopify line items); empty: one
    // row, one business event.
    virtual QString groupColumn() const { return {}; }
    // The zone of times written without one when neither the file nor the user says (ClickBank: Pacific).
    virtual QString defaultTimeZone() const { return {}; }
    // The decimal style when the user does not say.
    virtual DecimalStyle defaultDecimal() const { return DecimalStyle::Auto; }

    // Maps the rows of one business event (one row unless groupColumn() is set).
    virtual void map(
        const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header, CsvMapContext &context) const = 0;

    // 0 when a signature group is missing, else how many columns of the signature matched.
    int matchScore(const CsvHeaderIndex &header) const;
};

} // namespace ConvStudio
