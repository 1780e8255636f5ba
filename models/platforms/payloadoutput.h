#pragma once

#include "domain/jsonsupport.h"
#include "platforms/platformadapter.h"

namespace ConvStudio::PayloadOutput {

// {"method", "url", "headers": {name: value}, "body"}: body is the JSON body, or a string for file
// formats and non-JSON bodies. With mask, secrets are replaced (HttpRequest::masked()).
Json requestJson(const PlatformRequest &request, bool mask = true);
// The `payload --json` object of one platform (cli.md): {"platform", "requests", "results"}; each
// result has "event_id", "status", "messages" and also "conversion_id", "dedup_id", "match_quality".
Json platformJson(const BuildOutput &output, bool mask = true);
// A curl command line for the request, secrets masked unless told otherwise.
QString curlCommand(const HttpRequest &request, bool mask = true);
// The request body pretty-printed (JSON indented by 2), or the text as it is.
QString prettyBody(const HttpRequest &request);

} // namespace ConvStudio::PayloadOutput
