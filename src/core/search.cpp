// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "search.h"

#include <algorithm>

namespace ekyc {

MatchRank matchRank(const CodeEntry &entry, QStringView query)
{
    query = query.trimmed();
    if (query.isEmpty())
        return MatchRank::NoMatch;
    const QStringView code(entry.code);
    if (code.compare(query, Qt::CaseInsensitive) == 0)
        return MatchRank::ExactCode;
    if (code.startsWith(query, Qt::CaseInsensitive))
        return MatchRank::CodePrefix;
    if (code.contains(query, Qt::CaseInsensitive))
        return MatchRank::CodeSubstring;
    if (QStringView(entry.description).contains(query, Qt::CaseInsensitive))
        return MatchRank::Description;
    return MatchRank::NoMatch;
}

QList<SearchHit> search(const Catalog &catalog, QStringView query)
{
    QList<SearchHit> hits;
    for (qsizetype row = 0; row < catalog.size(); ++row) {
        const MatchRank rank = matchRank(catalog.at(row), query);
        if (rank != MatchRank::NoMatch)
            hits.append(SearchHit{row, rank});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    return hits;
}

QList<TextRange> matchRanges(QStringView text, QStringView query)
{
    QList<TextRange> ranges;
    query = query.trimmed();
    if (query.isEmpty())
        return ranges;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(query, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        ranges.append(TextRange{at, query.size()});
        from = at + query.size();
    }
    return ranges;
}

} // namespace ekyc
