// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QAbstractTableModel>

namespace ekyc {

// The catalog as a flat table: one row per catalog row, in the page's order, with the
// columns of ekyc::Column. Meaning is exposed through ekyc::Role; the model picks no colours.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CatalogModel(QObject *parent = nullptr);

    // Replaces the whole catalog (a newer one loaded at run time); views and proxies see a reset.
    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The Billable column's text: a word, so the meaning never rests on a colour alone.
    static QString billableText(bool billable);

private:
    Catalog m_catalog;
};

} // namespace ekyc
