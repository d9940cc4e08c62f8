// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/product.h"
#include "core/search.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace ekyc {

// Filters catalog rows by product, billing and a search query, and orders them.
//
// Order: while no column is sorted (sort(-1, ...), the start state) rows come in rank order
// for the query — exact code, code prefix, text in a code, text in a description — then in
// the source's order. sort(column, order) (a header click) sorts by that column instead.
//
// Works over any source model that answers ProductRole, CodeRole, DescriptionRole and
// BillableRole, and follows resets of it (a replaced catalog).
class CatalogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class BillableFilter { All, Billable, NotBillable };
    Q_ENUM(BillableFilter)
    // Rows by what changed against the built-in catalog (ChangeRole).
    enum class ChangeFilter { All, AnyChange, New, BillingChanged, DescriptionChanged };
    Q_ENUM(ChangeFilter)

    explicit CatalogFilterProxy(QObject *parent = nullptr);

    // std::nullopt: every product.
    void setProduct(std::optional<Product> product);
    std::optional<Product> product() const { return m_product; }
    // Whether Common rows are shown beside the chosen product(s); selecting Common shows them anyway.
    void setIncludeCommon(bool include);
    bool includeCommon() const { return m_includeCommon; }
    void setBillableFilter(BillableFilter filter);
    BillableFilter billableFilter() const { return m_billableFilter; }
    void setChangeFilter(ChangeFilter filter);
    ChangeFilter changeFilter() const { return m_changeFilter; }
    // Blank: no search, every row that passes the other filters.
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    // True until a column is sorted; sort(-1, ...) returns to it.
    bool isRankOrder() const { return m_rankOrder; }
    // The column the user sorted by, or -1 in rank order.
    int userSortColumn() const { return m_rankOrder ? -1 : sortColumn(); }

    // Rows now shown whose BillableRole is true.
    int billableRowCount() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Adds MatchRangesRole (Code and Description columns) and RankRole.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    MatchRank rankOf(int sourceRow) const;
    void refilter();

    std::optional<Product> m_product;
    bool m_includeCommon = true;
    BillableFilter m_billableFilter = BillableFilter::All;
    ChangeFilter m_changeFilter = ChangeFilter::All;
    QString m_query; // trimmed
    bool m_rankOrder = true;
};

} // namespace ekyc
