// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/catalog/codedetailpane.h"

#include "models/catalogmodel.h"
#include "models/productnames.h"
#include "models/roles.h"
#include "widgets/highlightdelegate.h"

#include "core/catalogloader.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ekyc {

CodeDetailPane::CodeDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_baseline(CatalogLoader::builtIn())
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_products(new QTreeWidget(this))
{
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_products->setObjectName(QStringLiteral("detailProducts"));
    m_products->setColumnCount(DetailColumnCount);
    setHeaderLabels();
    m_products->setRootIsDecorated(false);
    m_products->setUniformRowHeights(true);
    m_products->setSelectionMode(QAbstractItemView::NoSelection);
    m_products->setFocusPolicy(Qt::TabFocus);
    m_products->setItemDelegate(new HighlightDelegate(m_products));
    QHeaderView *header = m_products->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProductDetailColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeaningDetailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BillingDetailColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_products, 1);
    clear();
}

void CodeDetailPane::setHeaderLabels()
{
    m_products->setHeaderLabels({ tr("Product"), tr("Meaning"), tr("Billable") });
    m_products->setAccessibleName(tr("The code in every product"));
}

void CodeDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeaderLabels();
        if (m_row >= 0)
            showRow(m_row);
        else
            clear();
    }
    QWidget::changeEvent(event);
}

void CodeDetailPane::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    clear();
}

void CodeDetailPane::setBaseline(const Catalog &baseline)
{
    m_baseline = baseline;
    if (m_row >= 0)
        showRow(m_row);
}

QString CodeDetailPane::billingCell(const CodeEntry &entry) const
{
    const QString now = CatalogModel::billableText(entry.billable);
    if (m_baseline.size() == 0)
        return now;
    const qsizetype before = m_baseline.rowOf(entry.product, entry.code);
    if (before < 0)
        return tr("%1 (new since %2)").arg(now, m_baseline.updated());
    if (m_baseline.at(before).billable != entry.billable)
        return tr("%1 (was %2 on %3)")
            .arg(now, CatalogModel::billableText(m_baseline.at(before).billable), m_baseline.updated());
    return now;
}

QString CodeDetailPane::billingText(int productRow) const
{
    const QTreeWidgetItem *item = m_products->topLevelItem(productRow);
    return item ? item->text(BillingDetailColumn) : QString();
}

void CodeDetailPane::clear()
{
    m_row = -1;
    m_heading->setText(tr("No code selected"));
    m_summary->setText(tr("Select a row to see its code in every product, with its meaning and billing."));
    m_products->clear();
}

void CodeDetailPane::showRow(qsizetype row)
{
    if (row < 0 || row >= m_catalog.size()) {
        clear();
        return;
    }
    m_row = row;
    const CodeEntry &selected = m_catalog.at(row);
    m_heading->setText(selected.code);

    QStringList billedIn;
    QStringList notBilledIn;
    m_products->clear();
    for (qsizetype other : m_catalog.rowsForCode(selected.code)) {
        const CodeEntry &entry = m_catalog.at(other);
        const QString product = productDisplayName(entry.product);
        (entry.billable ? billedIn : notBilledIn).append(product);
        auto *item = new QTreeWidgetItem(m_products, { product, entry.description, billingCell(entry) });
        for (int column = 0; column < DetailColumnCount; ++column)
            item->setData(column, BillableRole, entry.billable);
        item->setToolTip(ProductDetailColumn, productTitle(m_catalog, entry.product));
        item->setToolTip(MeaningDetailColumn, entry.description);
        // On the stretched column, whose width comes from the pane and not from this hint.
        item->setSizeHint(MeaningDetailColumn, QSize(0, rowHeight()));
        if (other == row) {
            // The row chosen in the table: bold, so it stands out among the other products.
            QFont font = m_products->font();
            font.setBold(true);
            for (int column = 0; column < DetailColumnCount; ++column)
                item->setFont(column, font);
        }
    }

    const QString separator = tr(", ");
    if (notBilledIn.isEmpty())
        m_summary->setText(tr("Billed in %1.").arg(billedIn.join(separator)));
    else if (billedIn.isEmpty())
        m_summary->setText(tr("Not billed in %1.").arg(notBilledIn.join(separator)));
    else
        m_summary->setText(
            tr("Billed in %1; not billed in %2.").arg(billedIn.join(separator), notBilledIn.join(separator)));
}

int CodeDetailPane::rowHeight() const
{
    // The catalog table's row height, so the two read alike.
    return fontMetrics().height() + 8;
}

QSize CodeDetailPane::sizeHint() const
{
    const int spacing = layout()->spacing();
    const int height = m_heading->sizeHint().height() + m_summary->sizeHint().height()
        + m_products->header()->sizeHint().height() + ProductCount * rowHeight() + 2 * m_products->frameWidth()
        + 2 * spacing;
    return { QWidget::sizeHint().width(), height };
}

QString CodeDetailPane::headingText() const
{
    return m_heading->text();
}

QString CodeDetailPane::summaryText() const
{
    return m_summary->text();
}

} // namespace ekyc
