#pragma once

#include "domain/jsonsupport.h"

#include <QString>

namespace ConvStudio {

// A connection to one ad-platform account. Holds the settings file's content without secrets:
// tokens live in the keychain under ConnectionRepository::secretKey(id).
struct Connection
{
    enum class State { Ok, ReconnectNeeded };

    qint64 id = 0;
    QString platform; // "meta", "tiktok", "ga4" …
    QString name;
    Json settings = Json::object(); // ids, api_version, endpoint, test_event_code, event_names …
    bool testMode = false;
    bool enabled = true; // false: paused. Its conversions are still queued; nothing is sent until resumed
    State state = State::Ok;
    QString stateMessage; // why a reconnect is needed, in words
    qint64 createdMs = 0;

    // The base URL replacing the platform's scheme and host, when the settings name one.
    QString endpoint() const { return jsonString(settings, "endpoint"); }
};

} // namespace ConvStudio
