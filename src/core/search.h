// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"

#include <QList>
#include <QStringView>

namespace ekyc {

// How well a row matches a query; lower is better. The order is the product's
// promise to the desk: exact code > code prefix > substring in code > description.
enum class MatchRank : int { ExactCode = 0, CodePrefix, CodeSubstring, Description, NoMatch };

struct SearchHit
{
    qsizetype row = -1;
    MatchRank rank = MatchRank::NoMatch;
};

struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &a, const TextRange &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

// Case-insensitive; an empty (or blank) query matches nothing.
MatchRank matchRank(const CodeEntry &entry, QStringView query);

// Every matching row, best rank first, then in the catalog's order.
QList<SearchHit> search(const Catalog &catalog, QStringView query);

// Non-overlapping case-insensitive occurrences of `query` in `text`, for highlighting.
QList<TextRange> matchRanges(QStringView text, QStringView query);

} // namespace ekyc
