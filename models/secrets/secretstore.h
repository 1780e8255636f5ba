#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ConvStudio {

// Secrets (tokens, signing secrets, access tokens) by service and key. They live in the system
// keychain through QtKeychain. Where no keychain service runs (no D-Bus session: headless servers,
// CI; QtKeychain then fails within ~10 ms) they go to a JSON file only its owner can read (0600),
// and usesFileFallback() turns true so that the UI can say so. Never in the workspace, QSettings or
// logs.
//
// Threading: every call blocks until the keychain answered (a locked keychain may first ask the user
// to unlock it). Call from any thread except the GUI thread: the command line's main thread, a
// worker thread, or QtConcurrent::run from the GUI. Every keychain job runs on one internal thread
// (QtKeychain queues its jobs on the thread that used it first). Instances are cheap value objects;
// the fallback file is guarded by a process-wide mutex and replaced atomically.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::SecretStore)
public:
    enum class Backend {
        Auto, // the keychain, else the file
        FileOnly, // the file only (tests, or a user who chose it)
    };

    // fallbackFile: empty for defaultFallbackFile().
    explicit SecretStore(
        QString service = defaultService(), QString fallbackFile = {}, Backend backend = Backend::Auto);

    // The secret, or nullopt: none stored (*error left empty) or a failure (*error says why).
    std::optional<QByteArray> read(const QString &key, QString *error = nullptr) const;
    bool write(const QString &key, const QByteArray &secret, QString *error = nullptr) const;
    // Removing a secret that is not stored succeeds.
    bool remove(const QString &key, QString *error = nullptr) const;

    // True when this store (or, with Backend::Auto, any store in this process) found no keychain and
    // uses the owner-only file.
    bool usesFileFallback() const;
    const QString &fallbackFile() const { return m_fallbackFile; }
    const QString &service() const { return m_service; }

    static QString defaultService(); // "Conversion Studio"
    // secrets.json in the application-data folder, next to the default workspace.
    static QString defaultFallbackFile();

private:
    QString m_service;
    QString m_fallbackFile;
    Backend m_backend;
};

} // namespace ConvStudio
