#include "platforms/textdiff.h"

namespace ConvStudio::TextDiff {

std::vector<Line> lines(const QStringList &a, const QStringList &b)
{
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    std::vector<Line> out;
    size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (a[qsizetype(i)] == b[qsizetype(j)]) {
            out.push_back({Line::Same, a[qsizetype(i)]});
            ++i, ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_back({Line::Removed, a[qsizetype(i++)]});
        } else {
            out.push_back({Line::Added, b[qsizetype(j++)]});
        }
    }
    while (i < n)
        out.push_back({Line::Removed, a[qsizetype(i++)]});
    while (j < m)
        out.push_back({Line::Added, b[qsizetype(j++)]});
    return out;
}

} // namespace ConvStudio::TextDiff
