#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace ConvStudio::TableCsv {

// The model's header and display texts as RFC 4180 CSV (UTF-8, CRLF, quotes where needed), so any
// table can be exported as the user sees it. Pure: reads the model only.
QByteArray toCsv(const QAbstractItemModel &model);

} // namespace ConvStudio::TableCsv
