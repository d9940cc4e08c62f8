// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/catalogdiffmodel.h"

#include "models/catalogmodel.h"
#include "models/productnames.h"
#include "models/roles.h"

namespace ekyc {

CatalogDiffModel::CatalogDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogDiffModel::setChanges(const QList<CatalogChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int CatalogDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int CatalogDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DiffColumnCount;
}

QString CatalogDiffModel::kindText(CatalogChange::Kind kind)
{
    switch (kind) {
    case CatalogChange::Added:
        return tr("New");
    case CatalogChange::Removed:
        return tr("Removed");
    case CatalogChange::BillingChanged:
        return tr("Billing changed");
    case CatalogChange::DescriptionChanged:
        return tr("Description changed");
    }
    return {};
}

QVariant CatalogDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogChange &c = m_changes.at(index.row());
    const bool removed = c.kind == CatalogChange::Removed;
    const bool billable = removed ? c.oldBillable : c.newBillable;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeDiffColumn:
            return kindText(c.kind);
        case ProductDiffColumn:
            return productDisplayName(c.product);
        case CodeDiffColumn:
            return c.code;
        case BillableDiffColumn:
            if (c.kind == CatalogChange::BillingChanged)
                return tr("%1 → %2").arg(
                    CatalogModel::billableText(c.oldBillable), CatalogModel::billableText(c.newBillable));
            return CatalogModel::billableText(billable);
        case DescriptionDiffColumn:
            if (c.kind == CatalogChange::DescriptionChanged)
                return tr("%1 → %2").arg(c.oldDescription, c.newDescription);
            return removed ? c.oldDescription : c.newDescription;
        }
        return {};
    case ChangeRole:
        return int(c.kind);
    case ProductRole:
        return productIndex(c.product);
    case CodeRole:
        return c.code;
    case BillableRole:
        return billable;
    }
    return {};
}

QVariant CatalogDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeDiffColumn:
        return tr("Change");
    case ProductDiffColumn:
        return tr("Product");
    case CodeDiffColumn:
        return tr("Code");
    case BillableDiffColumn:
        return tr("Billable");
    case DescriptionDiffColumn:
        return tr("Description");
    }
    return {};
}

} // namespace ekyc
