// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/codestable.h"

#include "models/roles.h"
#include "widgets/highlightdelegate.h"
#include "widgets/results/summarystrip.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>

namespace ekyc {

CodesTable::CodesTable(QTableView *table, QLineEdit *filter, QComboBox *status, SummaryStrip *strip, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_filter(filter)
    , m_status(status)
    , m_strip(strip)
    , m_model(new ResultsModel(this))
    , m_proxy(new ResultsFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    table->setModel(m_proxy);
    table->setItemDelegate(new HighlightDelegate(table));
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(ResultsModel::DescriptionColumn, QHeaderView::Stretch);
    // The report's order (status, then events, most first) until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CodesTable::selectionChanged);
    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(CodeRole).toString(), index.data(ProductRole).toInt());
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &CodesTable::contentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CodesTable::contentChanged);

    for (int i = 0; i <= int(ResultsFilterProxy::Show::NotCounted); ++i)
        status->addItem(QString(), i); // texts: retranslate()
    connect(status, &QComboBox::currentIndexChanged, this, [this] {
        const auto show = ResultsFilterProxy::Show(m_status->currentData().toInt());
        m_proxy->setShow(show);
        m_strip->setShow(show);
    });
    connect(strip, &SummaryStrip::showChosen, this,
        [this](ResultsFilterProxy::Show show) { m_status->setCurrentIndex(m_status->findData(int(show))); });
    filter->setMinimumWidth(filter->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    connect(filter, &QLineEdit::textChanged, m_proxy, &ResultsFilterProxy::setText);
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), filter);
    clear->setContext(Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, filter, &QLineEdit::clear);
    connect(filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, ResultsModel::CodeColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    retranslate();
}

void CodesTable::retranslate()
{
    const QStringList shows { tr("All codes"), tr("Counted"), tr("Billable"), tr("Billing uncertain"), tr("Known"),
        tr("Ambiguous"), tr("Unknown"), tr("Not counted") };
    for (int i = 0; i < shows.size(); ++i)
        m_status->setItemText(i, shows.at(i));
    m_proxy->retranslate();
}

void CodesTable::show(const Report &report, const Catalog &catalog)
{
    m_model->setReport(report, catalog);
    m_strip->setTotals(report.totals);
    // To their contents, but a long candidate list or code leaves room for the description (the
    // tooltip and a wider column show the rest).
    const int x = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const std::pair<int, int> widths[] { { ResultsModel::ProductColumn, 18 * x }, { ResultsModel::CodeColumn, 24 * x },
        { ResultsModel::CountColumn, 12 * x }, { ResultsModel::BillableColumn, 18 * x } };
    for (const auto &[column, most] : widths) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), most));
    }
    m_table->setColumnWidth(ResultsModel::StatusColumn, 30 * x);
    // The first code's lines show at once: the lines pane is not left idle while there are codes.
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, ResultsModel::CodeColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        emit selectionChanged();
    emit contentChanged();
}

QList<ResultsModel::Row> CodesTable::selectedRows() const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<ResultsModel::Row> rows;
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_model->row(m_proxy->mapToSource(index).row()));
    return rows;
}

QList<ResultKey> CodesTable::selectedKeys() const
{
    QList<ResultKey> keys;
    for (const ResultsModel::Row &row : selectedRows())
        keys.append({ row.status, row.product, row.code, row.reason, row.action });
    return keys;
}

} // namespace ekyc
