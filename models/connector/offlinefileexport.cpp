#include "connector/offlinefileexport.h"

#include "platforms/connectionsettings.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ConvStudio {

qint64 OfflineFileExport::Result::skippedCount() const
{
    qint64 n = 0;
    for (const int count : skipped)
        n += count;
    return n;
}

bool OfflineFileExport::writeFiles(
    const BuildOutput &output, const QString &path, QStringList *files, QString *error)
{
    const QFileInfo main(path);
    bool first = true;
    for (const PlatformRequest &r : output.requests) {
        if (!r.isFile)
            continue;
        // The second file is named after the first: offline.csv -> offline-google-ads-adjustments.csv.
        const QString target = first
            ? path
            : main.dir().filePath(main.completeBaseName() + u'-' + QFileInfo(r.http.url).fileName());
        first = false;
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(r.http.body) != r.http.body.size()
            || !file.commit()) {
            *error
                = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(target), file.errorString());
            return false;
        }
        files->append(target);
    }
    if (first) {
        *error = tr("There is nothing to write: no conversion could go into the file.");
        return false;
    }
    return true;
}

OfflineFileExport::Result OfflineFileExport::write(const PlatformAdapter &adapter,
    const std::vector<Conversion> &conversions, const Connection &connection, qint64 nowMs,
    const QString &path)
{
    Result result;
    result.conversions = qint64(conversions.size());
    const std::optional<ConnectionSettings> settings
        = ConnectionSettings::fromJson(connection.settings, &result.error);
    if (!settings)
        return result;
    const BuildOutput output = adapter.build(conversions, *settings, nowMs);
    for (const ConversionResult &r : output.results) {
        if (r.status == ResultStatus::Skipped)
            ++result.skipped[r.messages.join(u' ')];
        else
            ++result.written;
    }
    if (result.written > 0)
        writeFiles(output, path, &result.files, &result.error);
    else
        result.error = conversions.empty()
            ? tr("No conversions in this range.")
            : tr("None of the %n conversion(s) can go into the file.", nullptr, int(conversions.size()));
    return result;
}

OfflineFileExport::Result OfflineFileExport::run(const QString &databasePath, const PlatformAdapter &adapter,
    const StoredConversionFilter &filter, const Connection &connection, qint64 nowMs, const QString &path)
{
    Result result;
    Database db(databasePath, Database::uniqueConnectionName(u"file-export"_s));
    if (!db.open(&result.error))
        return result;
    StoredConversionFilter oldestFirst = filter;
    oldestFirst.newestFirst = false;
    const std::vector<Conversion> conversions
        = ConversionRepository(db.connection()).list(oldestFirst, 0, -1, &result.error);
    if (!result.error.isEmpty())
        return result;
    return write(adapter, conversions, connection, nowMs, path);
}

} // namespace ConvStudio
