// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/catalog/catalogpage.h"

#include "ui_catalogpage.h"

#include "models/catalogfilterproxy.h"
#include "models/catalogmodel.h"
#include "models/productnames.h"
#include "models/roles.h"
#include "widgets/catalog/changefilterbox.h"
#include "widgets/highlightdelegate.h"
#include "widgets/preferences/windowpreferences.h"

#include "core/entrywriter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>

#include <algorithm>

namespace ekyc {

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CatalogPage>())
    , m_model(new CatalogModel(this))
    , m_proxy(new CatalogFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();
    m_ui->browserLayout->insertWidget(m_ui->browserLayout->indexOf(m_ui->splitter), m_emptyNote);
    // Every change of the shown rows ends in one of these signals. A refilter sends one pair
    // per contiguous range of rows, so they only schedule the (whole-table) recount.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CatalogPage::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogPage::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogPage::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogPage::scheduleStatusUpdate);
    setUpFilters();
    setUpTable();
    // Extra height goes to the table; the pane keeps the height its products need.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
}

CatalogPage::~CatalogPage() = default;

void CatalogPage::setUpFilters()
{
    QComboBox *products = m_ui->productCombo;
    products->addItem(QString(), -1); // texts: retranslate()
    for (Product product : AllProducts)
        products->addItem(QString(), productIndex(product));
    connect(products, &QComboBox::currentIndexChanged, this, [this, products] {
        const int value = products->currentData().toInt();
        const std::optional<Product> product = value < 0 ? std::nullopt : std::optional(static_cast<Product>(value));
        // Choosing Common shows the common codes whatever the box says.
        m_ui->includeCommonCheck->setEnabled(product != Product::Common);
        m_proxy->setProduct(product);
    });
    connect(m_ui->includeCommonCheck, &QCheckBox::toggled, m_proxy, &CatalogFilterProxy::setIncludeCommon);

    QComboBox *billing = m_ui->billableCombo;
    for (auto filter : { CatalogFilterProxy::BillableFilter::All, CatalogFilterProxy::BillableFilter::Billable,
             CatalogFilterProxy::BillableFilter::NotBillable })
        billing->addItem(QString(), int(filter));
    connect(billing, &QComboBox::currentIndexChanged, this, [this, billing] {
        m_proxy->setBillableFilter(static_cast<CatalogFilterProxy::BillableFilter>(billing->currentData().toInt()));
    });
    m_changes = new ChangeFilterBox(this);
    m_ui->filterLayout->insertWidget(m_ui->filterLayout->indexOf(billing) + 1, m_changes);
    connect(m_changes, &ChangeFilterBox::filterChanged, m_proxy, &CatalogFilterProxy::setChangeFilter);

    QLineEdit *search = m_ui->searchEdit;
    search->setMinimumWidth(fontMetrics().horizontalAdvance(search->placeholderText()) + 40);
    // A drop on the search field would paste a file's URL into it: let it reach the window.
    search->setAcceptDrops(false);
    connect(search, &QLineEdit::textChanged, m_proxy, &CatalogFilterProxy::setQuery);
    connect(search, &QLineEdit::textChanged, this, &CatalogPage::followQuery);
    // Enter takes the desk to the best match; Esc starts the next search from scratch.
    connect(search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        const QModelIndex first = m_proxy->index(0, CodeColumn);
        m_ui->table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        focusTable();
    });
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, search, &QLineEdit::clear);
}

void CatalogPage::setUpTable()
{
    QTableView *table = m_ui->table;
    table->setModel(m_proxy);
    table->setItemDelegate(new HighlightDelegate(table));
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    // No column is sorted at start: rows stay in rank order until a header is clicked, and
    // a third click on a header returns to it.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    table->setSortingEnabled(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8); // as in the detail pane
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::updateDetail);
}

void CatalogPage::keepState(WindowPreferences *preferences)
{
    preferences->keepLayout(QStringLiteral("catalogSplitter"), m_ui->splitter);
    preferences->keepLayout(QStringLiteral("catalogHeader"), m_ui->table->horizontalHeader());
    preferences->keepFilters(m_ui->productCombo, m_ui->includeCommonCheck, m_ui->billableCombo);
}

void CatalogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CatalogPage::retranslate()
{
    m_ui->productCombo->setItemText(0, tr("All"));
    for (int i = 1; i < m_ui->productCombo->count(); ++i) {
        const auto product = Product(m_ui->productCombo->itemData(i).toInt());
        m_ui->productCombo->setItemText(i, productDisplayName(product));
        m_ui->productCombo->setItemData(i, productTitle(catalog(), product), Qt::ToolTipRole);
    }
    const QStringList billing { tr("All"), tr("Billable"), tr("Not billable") };
    for (int i = 0; i < billing.size(); ++i)
        m_ui->billableCombo->setItemText(i, billing.at(i));
    m_ui->searchEdit->setToolTip(tr("Search codes and descriptions (%1); Esc clears, Enter goes to the first result")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    updateStatus();
}

void CatalogPage::setCatalog(const Catalog &catalog)
{
    m_model->setCatalog(catalog);
    m_ui->detailPane->setCatalog(catalog);
    showChanges();
    for (int column : { ProductColumn, CodeColumn, BillableColumn, ChangeColumn })
        m_ui->table->resizeColumnToContents(column);
    retranslate(); // the status line, the products' titles
}

const Catalog &CatalogPage::catalog() const
{
    return m_model->catalog();
}

bool CatalogPage::showCode(const QString &code, int product)
{
    auto findRow = [&] {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, CodeColumn);
            if (index.data(CodeRole).toString() == code && (product < 0 || index.data(ProductRole).toInt() == product))
                return index;
        }
        return QModelIndex();
    };
    m_ui->searchEdit->setText(code);
    QModelIndex found = findRow();
    if (!found.isValid()) {
        // The product or billing filter hides it: show every row.
        m_ui->productCombo->setCurrentIndex(0);
        m_ui->billableCombo->setCurrentIndex(0);
        found = findRow();
    }
    if (!found.isValid()) {
        m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_ui->table->selectionModel()->setCurrentIndex(
        found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(found);
    m_ui->table->setFocus(Qt::OtherFocusReason);
    return true;
}

QString CatalogPage::statusText() const
{
    return tr("%1 of %2 rows shown, %3 billable")
        .arg(m_proxy->rowCount())
        .arg(m_model->rowCount())
        .arg(m_proxy->billableRowCount());
}

QString CatalogPage::emptyNote() const
{
    return m_emptyNote->isVisibleTo(this) ? m_emptyNote->text() : QString();
}

void CatalogPage::scheduleStatusUpdate()
{
    if (m_statusUpdatePending)
        return;
    m_statusUpdatePending = true;
    QMetaObject::invokeMethod(this, &CatalogPage::updateStatus, Qt::QueuedConnection);
}

void CatalogPage::updateStatus()
{
    m_statusUpdatePending = false;
    const QString query = m_ui->searchEdit->text().trimmed();
    const bool empty = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    m_emptyNote->setText(query.isEmpty() ? tr("No codes match the filters.") : tr("No codes match “%1”.").arg(query));
    m_emptyNote->setVisible(empty);
    emit statusChanged(statusText());
    // A filter can take the current row away; the pane then must not describe a hidden row.
    updateDetail();
}

void CatalogPage::followQuery()
{
    if (m_ui->searchEdit->text().trimmed().isEmpty() || m_proxy->rowCount() == 0)
        return;
    m_ui->table->selectionModel()->setCurrentIndex(
        m_proxy->index(0, CodeColumn), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollToTop();
}

void CatalogPage::showChanges()
{
    const bool changed = m_model->changeCount() > 0;
    if (!changed)
        m_changes->reset();
    m_changes->setVisible(changed);
    m_ui->table->setColumnHidden(ChangeColumn, !changed);
    // Hidden before the page is shown: the layout would keep the width measured with it.
    m_ui->filterLayout->invalidate();
}

void CatalogPage::updateDetail()
{
    const QModelIndex current = m_ui->table->currentIndex();
    m_ui->detailPane->showRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
}

QList<qsizetype> CatalogPage::selectedCatalogRows() const
{
    QModelIndexList selected = m_ui->table->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qsizetype> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

QString CatalogPage::selectedRowsText() const
{
    const QList<qsizetype> rows = selectedCatalogRows();
    return rows.isEmpty() ? QString() : writeEntries(m_model->catalog(), rows, EntryFormat::Tsv);
}

void CatalogPage::copySelectedRows()
{
    const QString text = selectedRowsText();
    if (text.isEmpty()) {
        emit message(tr("No rows selected to copy."), 3000);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    const int count = int(selectedCatalogRows().size());
    emit message(tr("Copied %n row(s) as tab-separated text.", nullptr, count), 3000);
}

void CatalogPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void CatalogPage::focusTable()
{
    QTableView *table = m_ui->table;
    if (!table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        table->setCurrentIndex(m_proxy->index(0, CodeColumn));
    table->setFocus(Qt::ShortcutFocusReason);
}

} // namespace ekyc
