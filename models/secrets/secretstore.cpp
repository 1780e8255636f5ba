#include "secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <atomic>
#include <future>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

std::atomic<bool> s_keychainMissing {false};

QMutex &fileMutex()
{
    static QMutex mutex;
    return mutex;
}

struct KeychainResult
{
    enum Outcome { Ok, NotFound, Unavailable, Failed } outcome = Failed;
    QByteArray data;
    QString error;
};

enum class Op { Read, Write, Remove };

// The one thread every QtKeychain job runs on. Started on first use, stopped when the
// QCoreApplication goes away.
class KeychainThread
{
public:
    static KeychainThread *instance()
    {
        static KeychainThread *thread = [] {
            auto *t = new KeychainThread;
            qAddPostRoutine([] {
                if (auto *self = instance()) {
                    self->m_thread.quit();
                    self->m_thread.wait();
                }
            });
            return t;
        }();
        return thread;
    }

    KeychainResult run(Op op, const QString &service, const QString &key, const QByteArray &data)
    {
        auto promise = std::make_shared<std::promise<KeychainResult>>();
        std::future<KeychainResult> future = promise->get_future();
        QMetaObject::invokeMethod(
            m_context,
            [promise, op, service, key, data] {
                QKeychain::Job *job = nullptr;
                if (op == Op::Read) {
                    job = new QKeychain::ReadPasswordJob(service);
                } else if (op == Op::Write) {
                    auto *write = new QKeychain::WritePasswordJob(service);
                    write->setBinaryData(data);
                    job = write;
                } else {
                    job = new QKeychain::DeletePasswordJob(service);
                }
                job->setAutoDelete(true);
                job->setKey(key);
                job->setInsecureFallback(false);
                QObject::connect(job, &QKeychain::Job::finished, job, [promise, op](QKeychain::Job *done) {
                    KeychainResult result;
                    switch (done->error()) {
                    case QKeychain::NoError:
                        result.outcome = KeychainResult::Ok;
                        if (op == Op::Read)
                            result.data = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
                        break;
                    case QKeychain::EntryNotFound:
                        result.outcome = KeychainResult::NotFound;
                        break;
                    case QKeychain::AccessDenied:
                    case QKeychain::AccessDeniedByUser:
                        result.outcome = KeychainResult::Failed;
                        break;
                    default:
                        result.outcome = KeychainResult::Unavailable;
                        break;
                    }
                    result.error = done->errorString();
                    promise->set_value(result);
                });
                job->start();
            },
            Qt::QueuedConnection);
        // A keychain that never answers (a hung unlock prompt) counts as no keychain.
        if (future.wait_for(std::chrono::seconds(120)) != std::future_status::ready)
            return {KeychainResult::Unavailable, {}, SecretStore::tr("The system keychain did not answer.")};
        return future.get();
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(u"keychain"_s);
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

    QThread m_thread;
    QObject *m_context = nullptr;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The fallback file: {"<service>": {"<key>": "<base64>"}}.
bool loadFile(const QString &path, QJsonObject *root, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *root = {};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            error, SecretStore::tr("Cannot read the secrets file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(error, SecretStore::tr("The secrets file %1 is damaged.").arg(path));
    *root = doc.object();
    return true;
}

bool saveFile(const QString &path, const QJsonObject &root, QString *error)
{
    const QFileInfo info(path);
    QDir dir = info.dir();
    if (!dir.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(error, SecretStore::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        QFile::setPermissions(
            info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            error, SecretStore::tr("Cannot write the secrets file %1: %2").arg(path, file.errorString()));
    // Owner-only before a single secret byte is written; the rename keeps the mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(error, SecretStore::tr("Cannot protect the secrets file %1.").arg(path));
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(
            error, SecretStore::tr("Cannot write the secrets file %1: %2").arg(path, file.errorString()));
    return true;
}

std::optional<QByteArray> fileRead(
    const QString &path, const QString &service, const QString &key, QString *error)
{
    QMutexLocker lock(&fileMutex());
    QJsonObject root;
    if (!loadFile(path, &root, error))
        return std::nullopt;
    const QJsonValue value = root.value(service).toObject().value(key);
    if (!value.isString())
        return std::nullopt;
    return QByteArray::fromBase64(value.toString().toLatin1());
}

bool fileWrite(const QString &path, const QString &service, const QString &key,
    const std::optional<QByteArray> &secret, QString *error)
{
    QMutexLocker lock(&fileMutex());
    QJsonObject root;
    if (!loadFile(path, &root, error))
        return false;
    QJsonObject group = root.value(service).toObject();
    if (secret) {
        group.insert(key, QString::fromLatin1(secret->toBase64()));
    } else {
        if (!group.contains(key))
            return true;
        group.remove(key);
    }
    root.insert(service, group);
    return saveFile(path, root, error);
}

} // namespace

SecretStore::SecretStore(QString service, QString fallbackFile, Backend backend)
    : m_service(std::move(service))
    , m_fallbackFile(fallbackFile.isEmpty() ? defaultFallbackFile() : std::move(fallbackFile))
    , m_backend(backend)
{
}

QString SecretStore::defaultService()
{
    return u"Conversion Studio"_s;
}

QString SecretStore::defaultFallbackFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"secrets.json"_s);
}

bool SecretStore::usesFileFallback() const
{
    return m_backend == Backend::FileOnly || s_keychainMissing.load();
}

std::optional<QByteArray> SecretStore::read(const QString &key, QString *error) const
{
    if (error)
        error->clear();
    if (!usesFileFallback()) {
        const KeychainResult result = KeychainThread::instance()->run(Op::Read, m_service, key, {});
        if (result.outcome == KeychainResult::Ok)
            return result.data;
        if (result.outcome == KeychainResult::Failed) {
            fail(error,
                tr("The system keychain refused to give the secret \"%1\": %2").arg(key, result.error));
            return std::nullopt;
        }
        if (result.outcome == KeychainResult::Unavailable)
            s_keychainMissing = true;
        // Not in the keychain: it may have been stored in the file while no keychain ran.
    }
    return fileRead(m_fallbackFile, m_service, key, error);
}

bool SecretStore::write(const QString &key, const QByteArray &secret, QString *error) const
{
    if (!usesFileFallback()) {
        const KeychainResult result = KeychainThread::instance()->run(Op::Write, m_service, key, secret);
        if (result.outcome == KeychainResult::Ok) {
            // A copy left in the file from a headless session must not outlive the new secret.
            return fileWrite(m_fallbackFile, m_service, key, std::nullopt, error);
        }
        if (result.outcome != KeychainResult::Unavailable)
            return fail(
                error, tr("The system keychain did not store the secret \"%1\": %2").arg(key, result.error));
        s_keychainMissing = true;
    }
    return fileWrite(m_fallbackFile, m_service, key, secret, error);
}

bool SecretStore::remove(const QString &key, QString *error) const
{
    if (!usesFileFallback()) {
        const KeychainResult result = KeychainThread::instance()->run(Op::Remove, m_service, key, {});
        if (result.outcome == KeychainResult::Failed)
            return fail(
                error, tr("The system keychain did not remove the secret \"%1\": %2").arg(key, result.error));
        if (result.outcome == KeychainResult::Unavailable)
            s_keychainMissing = true;
    }
    return fileWrite(m_fallbackFile, m_service, key, std::nullopt, error);
}

} // namespace ConvStudio
