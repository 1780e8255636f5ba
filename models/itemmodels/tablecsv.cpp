#include "itemmodels/tablecsv.h"

#include <QAbstractItemModel>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ConvStudio::TableCsv {

namespace {

QString field(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace

QByteArray toCsv(const QAbstractItemModel &model)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines << header.join(u',');
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << field(model.index(r, c).data(Qt::DisplayRole).toString());
        lines << row.join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace ConvStudio::TableCsv
