// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QAbstractTableModel>

namespace ekyc {

// The catalog as a flat table: one row per catalog row, in the page's order, with the
// columns of ekyc::Column. Meaning is exposed through ekyc::Role; the model picks no colours.
// Against a baseline (the built-in catalog unless setBaseline() says otherwise) each row
// says what changed (ChangeRole, OldBillableRole, the Change column): how a newer page
// differs from the 2023-07-03 one.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CatalogModel(QObject *parent = nullptr);

    // Replaces the whole catalog (a newer one loaded at run time); views and proxies see a reset.
    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }
    // The catalog the changes are counted against; the built-in one by default.
    void setBaseline(const Catalog &baseline);
    const Catalog &baseline() const { return m_baseline; }
    // Changes against the baseline, removed rows included (a row with two changes counts two).
    qsizetype changeCount() const { return m_changeCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The Billable column's text: a word, so the meaning never rests on a colour alone.
    static QString billableText(bool billable);
    // The Change column's text for ekyc::ChangeFlag bits: "New", "Billing", "Description".
    static QString changeText(int flags);

private:
    void compare();

    Catalog m_catalog;
    Catalog m_baseline;
    QList<int> m_changes; // ChangeFlag bits per row
    qsizetype m_changeCount = 0;
};

} // namespace ekyc
