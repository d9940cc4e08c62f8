// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/catalogmodel.h"

#include "models/productnames.h"
#include "models/roles.h"

#include "core/catalogdiff.h"
#include "core/catalogloader.h"

namespace ekyc {

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_baseline(CatalogLoader::builtIn())
{
}

void CatalogModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    compare();
    endResetModel();
}

void CatalogModel::setBaseline(const Catalog &baseline)
{
    beginResetModel();
    m_baseline = baseline;
    compare();
    endResetModel();
}

void CatalogModel::compare()
{
    const CatalogDiff diff(m_baseline, m_catalog);
    m_changeCount = diff.changes().size();
    m_changes.fill(NoChange, m_catalog.size());
    for (const CatalogChange &change : diff.changes()) {
        if (change.kind == CatalogChange::Removed)
            continue;
        const qsizetype row = m_catalog.rowOf(change.product, change.code);
        m_changes[row] |= change.kind == CatalogChange::Added ? NewRow
            : change.kind == CatalogChange::BillingChanged    ? BillingChange
                                                              : DescriptionChange;
    }
}

QString CatalogModel::changeText(int flags)
{
    QStringList words;
    if (flags & NewRow)
        words << tr("New");
    if (flags & BillingChange)
        words << tr("Billing");
    if (flags & DescriptionChange)
        words << tr("Description");
    return words.join(tr(", "));
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogModel::billableText(bool billable)
{
    // The dot is the marker the eye finds in a column of "No"s; the word is what a screen reader says.
    return billable ? tr("\u25CF Yes") : tr("No");
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodeEntry &entry = m_catalog.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return productDisplayName(entry.product);
        case CodeColumn:
            return entry.code;
        case DescriptionColumn:
            return entry.description;
        case BillableColumn:
            return billableText(entry.billable);
        case ChangeColumn:
            return changeText(m_changes.at(index.row()));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ProductColumn)
            return productTitle(m_catalog, entry.product);
        if (index.column() == DescriptionColumn)
            return entry.description;
        if (index.column() == BillableColumn)
            return entry.billable ? tr("Billed in %1").arg(productDisplayName(entry.product))
                                  : tr("Not billed in %1").arg(productDisplayName(entry.product));
        if (index.column() == ChangeColumn && m_changes.at(index.row()) != NoChange)
            return tr("Changed since the built-in catalog of %1").arg(m_baseline.updated());
        return {};
    case ProductRole:
        return productIndex(entry.product);
    case CodeRole:
        return entry.code;
    case DescriptionRole:
        return entry.description;
    case BillableRole:
        return entry.billable;
    case CatalogRowRole:
        return qsizetype(index.row());
    case ProductTitlesRole: {
        const ProductInfo &info = m_catalog.product(entry.product);
        return QStringList { info.titleZh, info.titleEn };
    }
    case ChangeRole:
        return m_changes.at(index.row());
    case OldBillableRole:
        if (m_changes.at(index.row()) & BillingChange)
            return !entry.billable;
        return {};
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case CodeColumn:
        return tr("Code");
    case DescriptionColumn:
        return tr("Description");
    case BillableColumn:
        return tr("Billable");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        { ProductRole, CodeRole, DescriptionRole, BillableRole, MatchRangesRole, RankRole, CatalogRowRole, ChangeRole,
            OldBillableRole });
}

} // namespace ekyc
