#pragma once

#include <QStringList>

#include <vector>

namespace ConvStudio::TextDiff {

struct Line
{
    enum Kind { Same, Removed, Added } kind;
    QString text;
};

// A line diff (longest common subsequence) of two texts, for comparing two platforms' payloads.
// Pure; quadratic in the number of lines, which is fine for request bodies.
std::vector<Line> lines(const QStringList &a, const QStringList &b);

} // namespace ConvStudio::TextDiff
