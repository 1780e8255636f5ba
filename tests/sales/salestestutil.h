#pragma once

#include "storage/eventingest.h"

#include <QBuffer>
#include <QByteArray>
#include <QSqlDatabase>

// Stores canonical events given as JSON Lines; returns how many were added (-1 on error).
inline int ingestLines(QSqlDatabase db, const QByteArray &lines)
{
    QByteArray data = lines;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ConvStudio::EventIngest ingest(db);
    ConvStudio::EventIngest::Summary summary;
    QString error;
    if (!ingest.run(&buffer, &summary, &error)) {
        qWarning("ingest failed: %s", qPrintable(error));
        return -1;
    }
    for (const auto &r : summary.rejected)
        qWarning("line %d rejected: %s", int(r.line), qPrintable(r.error));
    return summary.added;
}
