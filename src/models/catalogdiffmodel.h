// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalogdiff.h"

#include <QAbstractTableModel>

namespace ekyc {

// The differences between two catalogs as a table, for the preview of an imported page: one
// row per change (added, removed, billing changed, description changed), in CatalogDiff's order.
// ChangeRole holds the CatalogChange::Kind; ProductRole, CodeRole and BillableRole (the new
// billing, or the old one of a removed row) the rest.
class CatalogDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DiffColumn {
        ChangeDiffColumn = 0,
        ProductDiffColumn,
        CodeDiffColumn,
        BillableDiffColumn,
        DescriptionDiffColumn,
        DiffColumnCount
    };

    explicit CatalogDiffModel(QObject *parent = nullptr);

    void setChanges(const QList<CatalogChange> &changes);
    const QList<CatalogChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(CatalogChange::Kind kind);

private:
    QList<CatalogChange> m_changes;
};

} // namespace ekyc
