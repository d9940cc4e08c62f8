// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogmodel.h"

#include "productnames.h"
#include "roles.h"

namespace ekyc {

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
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
    }
    return {};
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProductRole, QByteArrayLiteral("product"));
    names.insert(CodeRole, QByteArrayLiteral("code"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(BillableRole, QByteArrayLiteral("billable"));
    names.insert(MatchRangesRole, QByteArrayLiteral("matchRanges"));
    names.insert(RankRole, QByteArrayLiteral("rank"));
    names.insert(CatalogRowRole, QByteArrayLiteral("catalogRow"));
    return names;
}

} // namespace ekyc
