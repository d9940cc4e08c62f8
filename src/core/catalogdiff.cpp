// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogdiff.h"

namespace ekyc {

QString CatalogChange::kindId(Kind kind)
{
    switch (kind) {
    case Added:
        return QStringLiteral("added");
    case Removed:
        return QStringLiteral("removed");
    case BillingChanged:
        return QStringLiteral("billing");
    case DescriptionChanged:
        return QStringLiteral("description");
    }
    return {};
}

CatalogDiff::CatalogDiff(const Catalog &oldCatalog, const Catalog &newCatalog)
    : m_oldUpdated(oldCatalog.updated())
    , m_newUpdated(newCatalog.updated())
    , m_oldRows(oldCatalog.size())
    , m_newRows(newCatalog.size())
{
    for (Product product : AllProducts) {
        for (const CodeEntry &entry : newCatalog.entries()) {
            if (entry.product != product)
                continue;
            const qsizetype oldRow = oldCatalog.rowOf(product, entry.code);
            CatalogChange change;
            change.product = product;
            change.code = entry.code;
            change.newDescription = entry.description;
            change.newBillable = entry.billable;
            if (oldRow < 0) {
                change.kind = CatalogChange::Added;
                m_changes.append(change);
                continue;
            }
            const CodeEntry &old = oldCatalog.at(oldRow);
            change.oldDescription = old.description;
            change.oldBillable = old.billable;
            if (old.billable != entry.billable) {
                change.kind = CatalogChange::BillingChanged;
                m_changes.append(change);
            }
            if (old.description != entry.description) {
                change.kind = CatalogChange::DescriptionChanged;
                m_changes.append(change);
            }
        }
        for (const CodeEntry &old : oldCatalog.entries()) {
            if (old.product != product || newCatalog.rowOf(product, old.code) >= 0)
                continue;
            CatalogChange change;
            change.kind = CatalogChange::Removed;
            change.product = product;
            change.code = old.code;
            change.oldDescription = old.description;
            change.oldBillable = old.billable;
            m_changes.append(change);
        }
    }
}

qsizetype CatalogDiff::count(CatalogChange::Kind kind) const
{
    return std::count_if(
        m_changes.cbegin(), m_changes.cend(), [kind](const CatalogChange &change) { return change.kind == kind; });
}

QList<CatalogChange> CatalogDiff::changesOf(Product product, const QString &code) const
{
    QList<CatalogChange> found;
    for (const CatalogChange &change : m_changes) {
        if (change.product == product && change.code == code && change.kind != CatalogChange::Removed)
            found.append(change);
    }
    return found;
}

} // namespace ekyc
