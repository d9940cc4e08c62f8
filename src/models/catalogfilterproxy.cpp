// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/catalogfilterproxy.h"

#include "models/roles.h"

#include <algorithm>

namespace ekyc {

namespace {

CodeEntry entryAt(const QAbstractItemModel *model, int sourceRow)
{
    const QModelIndex index = model->index(sourceRow, 0);
    return CodeEntry { static_cast<Product>(index.data(ProductRole).toInt()), index.data(CodeRole).toString(),
        index.data(DescriptionRole).toString(), index.data(BillableRole).toBool() };
}

// Numeric codes as numbers ("999" before "1001", "-999" first) and before named ones; names
// case-insensitively. Not QCollator: its numeric mode is ignored in the C locale.
int compareCodes(const QString &a, const QString &b)
{
    bool aIsNumber = false;
    bool bIsNumber = false;
    const qlonglong x = a.toLongLong(&aIsNumber);
    const qlonglong y = b.toLongLong(&bIsNumber);
    if (aIsNumber && bIsNumber)
        return x < y ? -1 : (x > y ? 1 : 0);
    if (aIsNumber != bIsNumber)
        return aIsNumber ? -1 : 1;
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace

CatalogFilterProxy::CatalogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rank order is a sort too: it needs the proxy's sorting switched on to be applied.
    QSortFilterProxyModel::sort(0, Qt::AscendingOrder);
}

void CatalogFilterProxy::setProduct(std::optional<Product> product)
{
    if (m_product == product)
        return;
    m_product = product;
    refilter();
}

void CatalogFilterProxy::setIncludeCommon(bool include)
{
    if (m_includeCommon == include)
        return;
    m_includeCommon = include;
    refilter();
}

void CatalogFilterProxy::setBillableFilter(BillableFilter filter)
{
    if (m_billableFilter == filter)
        return;
    m_billableFilter = filter;
    refilter();
}

void CatalogFilterProxy::setChangeFilter(ChangeFilter filter)
{
    if (m_changeFilter == filter)
        return;
    m_changeFilter = filter;
    refilter();
}

void CatalogFilterProxy::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (m_query == trimmed)
        return;
    m_query = trimmed;
    // The query changes both which rows pass and their rank order, and every highlight.
    invalidate();
}

void CatalogFilterProxy::refilter()
{
    invalidateFilter();
}

int CatalogFilterProxy::billableRowCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(BillableRole).toBool())
            ++count;
    }
    return count;
}

void CatalogFilterProxy::sort(int column, Qt::SortOrder order)
{
    const bool rankOrder = column < 0;
    // Sorting stays on in rank order (column 0 stands in; lessThan ignores it).
    const int proxyColumn = rankOrder ? 0 : column;
    const Qt::SortOrder proxyOrder = rankOrder ? Qt::AscendingOrder : order;
    const bool sameSortKey = proxyColumn == sortColumn() && proxyOrder == sortOrder();
    m_rankOrder = rankOrder;
    if (sameSortKey)
        invalidate(); // QSortFilterProxyModel::sort would skip it, but the order may have changed
    else
        QSortFilterProxyModel::sort(proxyColumn, proxyOrder);
}

MatchRank CatalogFilterProxy::rankOf(int sourceRow) const
{
    if (m_query.isEmpty())
        return MatchRank::NoMatch;
    return matchRank(entryAt(sourceModel(), sourceRow), m_query);
}

QVariant CatalogFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == RankRole) {
        if (!index.isValid())
            return {};
        return int(rankOf(mapToSource(index).row()));
    }
    if (role == MatchRangesRole) {
        if (!index.isValid())
            return {};
        QList<TextRange> ranges;
        if (index.column() == CodeColumn)
            ranges = matchRanges(index.data(CodeRole).toString(), m_query);
        else if (index.column() == DescriptionColumn)
            ranges = matchRanges(index.data(DescriptionRole).toString(), m_query);
        return QVariant::fromValue(ranges);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto product = static_cast<Product>(index.data(ProductRole).toInt());
    if (product == Product::Common) {
        if (!m_includeCommon && m_product != Product::Common)
            return false;
    } else if (m_product && *m_product != product) {
        return false;
    }
    const bool billable = index.data(BillableRole).toBool();
    if ((m_billableFilter == BillableFilter::Billable && !billable)
        || (m_billableFilter == BillableFilter::NotBillable && billable))
        return false;
    if (m_changeFilter != ChangeFilter::All) {
        const int changes = index.data(ChangeRole).toInt();
        const int wanted = m_changeFilter == ChangeFilter::New   ? NewRow
            : m_changeFilter == ChangeFilter::BillingChanged     ? BillingChange
            : m_changeFilter == ChangeFilter::DescriptionChanged ? DescriptionChange
                                                                 : (NewRow | BillingChange | DescriptionChange);
        if ((changes & wanted) == 0)
            return false;
    }
    if (m_query.isEmpty() || rankOf(sourceRow) != MatchRank::NoMatch)
        return true;
    // A word of the product's table title ("活体", "Liveness") finds the table's codes, after
    // the rows that match by code or description (rank order puts NoMatch last).
    const QStringList titles = index.data(ProductTitlesRole).toStringList();
    return std::any_of(titles.cbegin(), titles.cend(),
        [this](const QString &title) { return title.contains(m_query, Qt::CaseInsensitive); });
}

bool CatalogFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_rankOrder) {
        int cmp = 0;
        switch (left.column()) {
        case ProductColumn:
            cmp = left.data(ProductRole).toInt() - right.data(ProductRole).toInt();
            break;
        case BillableColumn:
            cmp = int(left.data(BillableRole).toBool()) - int(right.data(BillableRole).toBool());
            break;
        case CodeColumn:
            cmp = compareCodes(left.data(CodeRole).toString(), right.data(CodeRole).toString());
            break;
        default:
            cmp = left.data().toString().compare(right.data().toString(), Qt::CaseInsensitive);
        }
        if (cmp != 0)
            return cmp < 0;
    } else {
        const MatchRank a = rankOf(left.row());
        const MatchRank b = rankOf(right.row());
        if (a != b)
            return a < b;
    }
    // Ties keep the catalog's order whichever way the column is sorted (a descending sort
    // asks lessThan(right, left)).
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace ekyc
