// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/roles.h"

#include <QHash>

namespace ekyc {

QHash<int, QByteArray> withRoleNames(QHash<int, QByteArray> names, std::initializer_list<int> roles)
{
    // One name per role, whichever model answers it.
    static const QHash<int, QByteArray> all {
        { ProductRole, QByteArrayLiteral("product") },
        { CodeRole, QByteArrayLiteral("code") },
        { DescriptionRole, QByteArrayLiteral("description") },
        { BillableRole, QByteArrayLiteral("billable") },
        { MatchRangesRole, QByteArrayLiteral("matchRanges") },
        { RankRole, QByteArrayLiteral("rank") },
        { CatalogRowRole, QByteArrayLiteral("catalogRow") },
        { StatusRole, QByteArrayLiteral("status") },
        { CountRole, QByteArrayLiteral("count") },
        { BillingRole, QByteArrayLiteral("billing") },
        { CandidatesRole, QByteArrayLiteral("candidates") },
        { SortRole, QByteArrayLiteral("sortValue") },
        { InputIndexRole, QByteArrayLiteral("input") },
        { InputLabelRole, QByteArrayLiteral("label") },
        { ProductSourceRole, QByteArrayLiteral("productSource") },
        { ErrorRole, QByteArrayLiteral("error") },
        { LineNumberRole, QByteArrayLiteral("line") },
        { ReasonRole, QByteArrayLiteral("reason") },
        { ActionRole, QByteArrayLiteral("action") },
        { ProductTitlesRole, QByteArrayLiteral("productTitles") },
        { LineTextRole, QByteArrayLiteral("lineText") },
        { ChangeRole, QByteArrayLiteral("change") },
        { OldBillableRole, QByteArrayLiteral("oldBillable") },
    };
    for (int role : roles) {
        Q_ASSERT(all.contains(role));
        names.insert(role, all.value(role));
    }
    return names;
}

} // namespace ekyc
