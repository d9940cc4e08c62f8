// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/codestable.h"

#include "models/roles.h"
#include "widgets/highlightdelegate.h"
#include "widgets/results/summarystrip.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>

#include <algorithm>
#include <array>

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
    // Once the person drags a column, its widths are theirs until the next results.
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        m_userSized = m_userSized || (!m_fitting && column != ResultsModel::DescriptionColumn);
    });
    table->installEventFilter(this);
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
    m_userSized = false;
    m_fitting = true;
    for (int column = 0; column < ResultsModel::ColumnCount; ++column) {
        if (column != ResultsModel::DescriptionColumn) {
            m_table->resizeColumnToContents(column);
            m_contentWidth[column] = m_table->columnWidth(column);
        }
    }
    m_fitting = false;
    fitColumns();
    // The first code's lines show at once: the lines pane is not left idle while there are codes.
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, ResultsModel::CodeColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        emit selectionChanged();
    emit contentChanged();
}

bool CodesTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize && !m_userSized)
        fitColumns();
    return QObject::eventFilter(watched, event);
}

void CodesTable::fitColumns()
{
    // Each column to its contents (measured by show()) between a least and a most width; the
    // description takes the rest but keeps at least a third of the table: when the others would
    // leave it less, the product (a long candidate list), the status and the code give way, in
    // that order, down to their least width, never narrower than their header (the tooltip and
    // a wider column show the rest).
    const int x = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    struct Fit
    {
        int column;
        int least;
        int most;
        int width = 0;
    };
    std::array<Fit, 5> fits { Fit { ResultsModel::ProductColumn, 8 * x, 22 * x },
        Fit { ResultsModel::StatusColumn, 12 * x, 30 * x }, Fit { ResultsModel::CodeColumn, 6 * x, 16 * x },
        Fit { ResultsModel::BillableColumn, 8 * x, 16 * x }, Fit { ResultsModel::CountColumn, 6 * x, 10 * x } };
    m_fitting = true;
    int used = 0;
    for (Fit &fit : fits) {
        fit.least = std::max(fit.least, m_table->horizontalHeader()->sectionSizeHint(fit.column));
        fit.most = std::max(fit.most, fit.least);
        fit.width = std::clamp(m_contentWidth.at(fit.column), fit.least, fit.most);
        used += fit.width;
    }
    const int room = m_table->viewport()->width();
    int excess = used + std::max(room / 3, 20 * x) - room;
    for (Fit &fit : fits) {
        const int give = std::clamp(excess, 0, fit.width - fit.least);
        fit.width -= give;
        excess -= give;
    }
    for (const Fit &fit : fits)
        m_table->setColumnWidth(fit.column, fit.width);
    m_fitting = false;
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
