#pragma once

#include "platforms/platformadapter.h"
#include "storage/connection.h"
#include "storage/conversionrepository.h"

#include <QCoreApplication>
#include <QMap>

#include <vector>

namespace ConvStudio {

// The files of a platform that takes conversions as a file uploaded by hand (the Google Ads offline
// import, Microsoft's bulk file): built for many conversions at once, as the weekly upload needs,
// and written to disk. The main file goes where the user said; a second file of the same build
// (the Google Ads adjustments file, for refunds) goes next to it, named after it.
class OfflineFileExport
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::OfflineFileExport)
public:
    struct Result
    {
        qint64 conversions = 0; // considered
        qint64 written = 0; // in a file
        QMap<QString, int> skipped; // reason -> conversions
        QStringList files; // written, main file first
        QString error; // empty on success
        qint64 skippedCount() const;
    };

    // Writes the file requests of output; files lists what was written.
    static bool writeFiles(
        const BuildOutput &output, const QString &path, QStringList *files, QString *error);
    // Builds the adapter's file for conversions with the connection's settings and writes it.
    static Result write(const PlatformAdapter &adapter, const std::vector<Conversion> &conversions,
        const Connection &connection, qint64 nowMs, const QString &path);
    // The same for the stored conversions the filter picks, read through a connection of its own.
    static Result run(const QString &databasePath, const PlatformAdapter &adapter,
        const StoredConversionFilter &filter, const Connection &connection, qint64 nowMs,
        const QString &path);
};

} // namespace ConvStudio
