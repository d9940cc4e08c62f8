// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ekyc {

// One code in every product where it exists: meaning and billing side by side, so the desk
// sees at a glance that 2015 is billed in Identity Verification and not in H5.
class CodeDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum DetailColumn { ProductDetailColumn = 0, MeaningDetailColumn, BillingDetailColumn, DetailColumnCount };

    explicit CodeDetailPane(QWidget *parent = nullptr);

    // The pane keeps its own (implicitly shared) copy; it is cleared.
    void setCatalog(const Catalog &catalog);
    // The catalog whose billing is shown beside a changed one ("Yes (was No)"); the built-in
    // one by default.
    void setBaseline(const Catalog &baseline);
    // The Billable column's text for one product row, as shown.
    QString billingText(int productRow) const;
    // Shows the code of catalog row `row`, marking that row's product; -1 clears the pane.
    void showRow(qsizetype row);
    qsizetype shownRow() const { return m_row; }

    // The heading ("2015") and the one-line billing summary, as shown.
    QString headingText() const;
    QString summaryText() const;

    // Tall enough for every product at once, no taller: the table above takes the rest.
    QSize sizeHint() const override;

protected:
    // A language change: the headers and the shown code's summary in the new language.
    void changeEvent(QEvent *event) override;

private:
    void clear();
    void setHeaderLabels();
    int rowHeight() const;

    QString billingCell(const CodeEntry &entry) const;

    Catalog m_catalog;
    Catalog m_baseline;
    qsizetype m_row = -1;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_products = nullptr;
};

} // namespace ekyc
