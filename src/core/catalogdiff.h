// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"

#include <QList>
#include <QString>

#include <optional>

namespace ekyc {

// One difference between two catalogs, for one (product, code) row.
struct CatalogChange
{
    enum Kind { Added, Removed, BillingChanged, DescriptionChanged };
    Kind kind = Added;
    Product product = Product::Common;
    QString code;
    // Added rows have only the new side, removed rows only the old one.
    QString oldDescription;
    QString newDescription;
    bool oldBillable = false;
    bool newBillable = false;

    // "added", "removed", "billing", "description": stable, for JSON and CSV.
    static QString kindId(Kind kind);
};

// What a new catalog changes against an old one: rows added and removed per product, billing
// flags changed (old → new), descriptions changed. A row whose flag and description both
// changed gives two changes. Product titles, actions and categories are not compared: the page
// does not print them.
class CatalogDiff
{
public:
    CatalogDiff(const Catalog &oldCatalog, const Catalog &newCatalog);

    // Per product in the page's order: added, billing and description changes in the new
    // catalog's row order, then the removed rows in the old catalog's order.
    const QList<CatalogChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    qsizetype count(CatalogChange::Kind kind) const;

    QString oldUpdated() const { return m_oldUpdated; }
    QString newUpdated() const { return m_newUpdated; }
    qsizetype oldRows() const { return m_oldRows; }
    qsizetype newRows() const { return m_newRows; }

    // The changes of one row of the new catalog (none for an unchanged row).
    QList<CatalogChange> changesOf(Product product, const QString &code) const;

private:
    QList<CatalogChange> m_changes;
    QString m_oldUpdated;
    QString m_newUpdated;
    qsizetype m_oldRows = 0;
    qsizetype m_newRows = 0;
};

} // namespace ekyc
