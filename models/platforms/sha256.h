#pragma once

#include <QByteArrayView>
#include <QString>

namespace ConvStudio::Sha256 {

// SHA-256 of bytes as 64 lower-case hex digits. Pure, re-entrant and allocation-light: the payload
// builders hash millions of short values, where QCryptographicHash's per-call overhead dominates.
QString hex(QByteArrayView data);
// The same 64 digits written to out[0] … out[63] (no terminating zero), without any allocation.
void hexTo(QByteArrayView data, char *out);
// Two values at once, the same digits as two hexTo() calls: with the x86 SHA extensions, two short
// values (up to 55 bytes) are hashed in lockstep, faster than one after the other.
void hexTo2(QByteArrayView a, char *outA, QByteArrayView b, char *outB);
// The same for the UTF-8 bytes of text.
QString hexOfUtf8(QStringView text);

} // namespace ConvStudio::Sha256
