#pragma once

#include "connector/deliveryworker.h"

#include <QString>

namespace ConvStudio {

class SecretStore;

// Reading and writing a connection's credentials in the SecretStore (keychain, or the owner-only
// file where no keychain runs), under ConnectionRepository::secretKey(id). The value is what the
// user gave: one token, or a JSON object of name → value for platforms with several secrets.
namespace ConnectionCredentials {

// Blocks on the keychain: call from the worker thread or the command line, never the GUI thread.
CredentialLookup lookup(const SecretStore &store);
bool write(const SecretStore &store, qint64 connectionId, const QByteArray &secret, QString *error);
bool remove(const SecretStore &store, qint64 connectionId, QString *error);
// The token or JSON object as the worker injects it; null for an empty secret.
Json parse(const QByteArray &secret);
// "EAAB…x9Qz": enough to recognise, never enough to use.
QString masked(const QByteArray &secret);

} // namespace ConnectionCredentials

} // namespace ConvStudio
