#pragma once

#include "domain/httprequest.h"
#include "domain/jsonsupport.h"

#include <QString>

#include <optional>
#include <vector>

namespace ConvStudio {

// Pure transformations of stored requests on their way to the wire.
namespace DeliveryRequests {

// Joins the stored one-conversion requests of one connection into one batch request: the events of
// each body's batch array, in order and byte for byte as stored, inside the first body's envelope.
// One request is returned byte for byte. Returns how many of `requests` (a prefix) went in; the rest differ
// in URL or envelope.
int merge(const QString &platform, const std::vector<const HttpRequest *> &requests, HttpRequest *out);

// Adds the connection's credentials where the platform expects them (query or header).
// secrets: a token string, or an object of name → value ("access_token", "developer_token" …).
void injectSecrets(const QString &platform, HttpRequest &request, const Json &secrets);

// The platform's test or validate mode (Meta and TikTok test codes are in the body already):
// GA4 debug endpoint, Snapchat validate, Pinterest test=true, Google validateOnly.
void applyTestMode(const QString &platform, HttpRequest &request);

// The text with every secret value replaced by "••••", cut to maxChars.
QString masked(const QString &text, const Json &secrets, int maxChars = 400);

} // namespace DeliveryRequests

} // namespace ConvStudio
