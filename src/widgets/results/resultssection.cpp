// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/resultssection.h"

#include "models/roles.h"
#include "widgets/highlightdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ekyc {

ResultsSection::ResultsSection(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSortRole(SortRole);
    m_table->setItemDelegate(new HighlightDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    // Enter or a double click: the code in the catalog browser.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(CodeRole).toString(), index.data(ProductRole).toInt());
    });
}

void ResultsSection::setSection(ResultsModel::Section section)
{
    Q_ASSERT(!m_model);
    m_model = new ResultsModel(section, this);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ResultsModel::DescriptionColumn, QHeaderView::Stretch);
    // The report's order (events, most first) until a header is clicked.
    header->setSortIndicator(ResultsModel::CountColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    const char *names[] = { "knownTable", "ambiguousTable", "unknownTable", "notCountedTable" };
    m_table->setObjectName(QString::fromLatin1(names[int(section)]));
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const int product = current.data(ProductRole).toInt();
            const bool otherService
                = current.data(ReasonRole).toString() == notCountedReasonId(NotCountedReason::OtherService);
            emit currentKeyChanged({ EventStatus(current.data(StatusRole).toInt()),
                product < 0 ? std::nullopt : std::optional(Product(product)), current.data(CodeRole).toString(),
                otherService ? NotCountedReason::OtherService : NotCountedReason::NoContext,
                current.data(ActionRole).toString() });
        });
    retranslate();
}

void ResultsSection::retranslate()
{
    const ResultsModel::Section section = m_model->section();
    m_table->setAccessibleName(section == ResultsModel::Section::Known ? tr("Codes found")
            : section == ResultsModel::Section::Ambiguous              ? tr("Ambiguous codes")
            : section == ResultsModel::Section::Unknown                ? tr("Unknown codes")
                                                                       : tr("Codes not counted"));
    updateTitle(m_catalogDate);
}

void ResultsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsSection::setReport(const Report &report, const Catalog &catalog)
{
    m_model->setReport(report, catalog);
    m_catalogDate = report.catalogUpdated;
    updateTitle(m_catalogDate);
    for (int column : { int(ResultsModel::ProductColumn), int(ResultsModel::CodeColumn), int(ResultsModel::CountColumn),
             int(ResultsModel::BillableColumn) })
        m_table->resizeColumnToContents(column);
    const bool known = m_model->section() == ResultsModel::Section::Known;
    setVisible(known || m_model->rowCount() > 0);
    // The rarer sections take the height of their rows (a few at most); known codes the rest.
    // They keep at least three rows in sight, so the known codes cannot squeeze them to a
    // row and a half.
    auto heightOf = [this](int rows) {
        return m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize()
            + 2 * m_table->frameWidth() + 2;
    };
    const int rows = std::clamp(m_model->rowCount(), 1, 5);
    m_table->setMaximumHeight(known ? QWIDGETSIZE_MAX : heightOf(rows));
    m_table->setMinimumHeight(known ? 0 : heightOf(std::min(rows, 3)));
    // Space to spare goes to the known codes, not between a rarer section's title and table.
    setSizePolicy(QSizePolicy::Preferred, known ? QSizePolicy::Preferred : QSizePolicy::Maximum);
}

void ResultsSection::updateTitle(const QString &catalogDate)
{
    // "Label: number", so no count needs a plural form.
    const QLocale locale;
    const QString counts
        = tr("codes: %1, events: %2").arg(locale.toString(m_model->rowCount()), locale.toString(m_model->eventCount()));
    switch (m_model->section()) {
    case ResultsModel::Section::Known:
        m_title->setText(m_model->rowCount() == 0 ? tr("<b>Codes</b>: none of the catalog's codes was found.")
                                                  : tr("<b>Codes</b> \u2014 %1").arg(counts));
        break;
    case ResultsModel::Section::Ambiguous:
        m_title->setText(tr("<b>Ambiguous codes</b>: no product could be resolved (choose one with Classify "
                            "Again As) \u2014 %1")
                             .arg(counts));
        break;
    case ResultsModel::Section::Unknown:
        m_title->setText(m_model->unknownToCatalogCount() == m_model->rowCount()
                ? tr("<b>Unknown codes</b>: not in the %1 catalog \u2014 %2").arg(catalogDate, counts)
                : tr("<b>Unknown codes</b>: not in the %1 catalog for their product \u2014 %2")
                      .arg(catalogDate, counts));
        break;
    case ResultsModel::Section::NotCounted:
        m_title->setText(tr("<b>Not counted</b>: by the rules not eKYC events, in no total (each row says "
                            "why) \u2014 %1")
                             .arg(counts));
        break;
    }
}

QString ResultsSection::title() const
{
    return m_title->text();
}

QList<ResultsModel::Row> ResultsSection::selectedRows() const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<ResultsModel::Row> rows;
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_model->row(m_proxy->mapToSource(index).row()));
    return rows;
}

void ResultsSection::clearSelection()
{
    m_table->selectionModel()->clear();
}

} // namespace ekyc
