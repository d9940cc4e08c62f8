// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/mainwindow.h"

#include "ui_mainwindow.h"

#include "models/catalogfilterproxy.h"
#include "models/catalogmodel.h"
#include "models/classificationcontroller.h"
#include "models/productnames.h"
#include "models/roles.h"
#include "models/translatedmodels.h"
#include "widgets/aboutdialog.h"
#include "widgets/catalog/changefilterbox.h"
#include "widgets/highlightdelegate.h"
#include "widgets/preferences/windowpreferences.h"
#include "widgets/recentinputs.h"
#include "widgets/results/classifylauncher.h"
#include "widgets/results/resultsview.h"
#include "widgets/results/runprogresswidget.h"

#include "core/entrywriter.h"

#include <QAbstractSpinBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextEdit>

#include <algorithm>

namespace ekyc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_preferences(new WindowPreferences(this))
    , m_model(new CatalogModel(this))
    , m_proxy(new CatalogFilterProxy(this))
    , m_statusLabel(new QLabel(this))
    , m_controller(new ClassificationController(this))
    , m_results(new ResultsView(this))
    , m_progress(new RunProgressWidget(this))
    , m_catalogs(new CatalogSwitcher(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);

    m_statusLabel->setObjectName(QStringLiteral("rowCountLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    // Every change of the shown rows ends in one of these signals. A refilter sends one pair
    // per contiguous range of rows, so they only schedule the (whole-table) recount.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleStatusUpdate);

    setUpFilters();
    setUpTable();
    setUpActions();
    setUpClassification();
    setUpPreferences();
    // Extra height goes to the table; the pane keeps the height its products need.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_catalogs->restore();
    m_preferences->restore();
    showChanges(); // after the header's remembered state
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpFilters()
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
    connect(search, &QLineEdit::textChanged, m_proxy, &CatalogFilterProxy::setQuery);
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

void MainWindow::setUpTable()
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
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetail);
}

void MainWindow::setUpActions()
{
    m_ui->copyAction->setShortcut(QKeySequence::Copy);
    connect(m_ui->copyAction, &QAction::triggered, this, &MainWindow::copySelectedRows);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_ui->goToTableAction, &QAction::triggered, this, &MainWindow::focusTable);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setUpPreferences()
{
    m_preferences->setActions({ m_ui->languageSystemAction, m_ui->languageEnglishAction, m_ui->languageChineseAction,
        m_ui->themeSystemAction, m_ui->themeLightAction, m_ui->themeDarkAction, m_ui->shortcutsAction });
    m_preferences->keepLayout(QStringLiteral("catalogSplitter"), m_ui->splitter);
    m_preferences->keepLayout(QStringLiteral("catalogHeader"), m_ui->table->horizontalHeader());
    m_preferences->keepFilters(m_ui->productCombo, m_ui->includeCommonCheck, m_ui->billableCombo);
    connect(m_catalogs, &CatalogSwitcher::catalogChanged, this, &MainWindow::setCatalog);
    connect(m_catalogs, &CatalogSwitcher::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_ui->loadCatalogAction, &QAction::triggered, m_catalogs, &CatalogSwitcher::chooseFile);
    connect(m_ui->builtInCatalogAction, &QAction::triggered, m_catalogs, &CatalogSwitcher::useBuiltIn);
    m_ui->fileMenu->insertAction(m_ui->builtInCatalogAction, m_catalogs->importPageAction());
    statusBar()->addPermanentWidget(m_catalogs->label());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        announceRetranslation(this);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
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
                                     .arg(m_ui->findAction->shortcut().toString(QKeySequence::NativeText)));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_results), tr("Results"));
    updateStatus();
}

void MainWindow::setUpClassification()
{
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_ui->tabs->addTab(m_results, tr("Results"));
    statusBar()->addPermanentWidget(m_progress);
    m_launcher = new ClassifyLauncher(m_controller, this, [this] { return m_results->productChoice(); });
    // A drop on the search field would paste a file's URL into it: let it reach the window.
    m_ui->searchEdit->setAcceptDrops(false);
    m_recent = new RecentInputs(m_ui->recentMenu, this);
    auto show = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_launcher, &ClassifyLauncher::message, this, show);
    connect(m_launcher, &ClassifyLauncher::pathsAccepted, m_recent, &RecentInputs::add);
    connect(m_recent, &RecentInputs::chosen, this, [this](const QString &path) { classifyPaths({ path }); });
    connect(m_results, &ResultsView::message, this, show);
    connect(m_results, &ResultsView::openRequested, this, &MainWindow::openLogs);
    connect(m_results, &ResultsView::classifyRequested, m_launcher, &ClassifyLauncher::submit);
    connect(m_results, &ResultsView::showInCatalog, this, &MainWindow::showCodeInCatalog);
    connect(m_progress, &RunProgressWidget::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_controller, &ClassificationController::busyChanged, this,
        [this](bool busy) { m_progress->setRunning(busy, m_controller->queuedRuns()); });
    connect(m_controller, &ClassificationController::progressChanged, m_progress, &RunProgressWidget::showProgress);
    connect(m_controller, &ClassificationController::runFinished, this, [this](const std::shared_ptr<RunResult> &result) {
        m_results->applyRun(*result);
        m_ui->tabs->setCurrentWidget(m_results);
        statusBar()->showMessage(tr("Classification finished (inputs: %1).").arg(result->request.inputs.size()), 5000);
    });
    connect(m_controller, &ClassificationController::runCancelled, this,
        [this] { statusBar()->showMessage(tr("Classification cancelled; the results on show are unchanged."), 5000); });

    m_ui->openAction->setShortcut(QKeySequence::Open);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openLogs);
    // An edit field takes Ctrl+V itself (it overrides the shortcut); elsewhere it classifies.
    m_ui->pasteAction->setShortcut(QKeySequence::Paste);
    connect(m_ui->pasteAction, &QAction::triggered, this, &MainWindow::classifyClipboard);
}

void MainWindow::classifyPaths(const QStringList &paths)
{
    m_launcher->classifyPaths(paths);
}

void MainWindow::openLogs()
{
    const QString last = m_recent->entries().value(0);
    m_launcher->openLogs(QFileInfo(last).isDir() ? last : QFileInfo(last).path());
}

void MainWindow::classifyClipboard()
{
    m_launcher->classifyMimeData(QGuiApplication::clipboard()->mimeData(), tr("pasted text"));
}

void MainWindow::cancelRun()
{
    if (m_controller->isBusy())
        m_controller->cancel();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Esc cancels a run unless an edit field has the focus (where Esc belongs to the field).
    QWidget *focus = QApplication::focusWidget();
    const bool inEdit = qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus)
        || qobject_cast<QTextEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus);
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !inEdit && m_controller->isBusy()) {
        cancelRun();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences->save();
    m_controller->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::showCodeInCatalog(const QString &code, int product)
{
    m_ui->tabs->setCurrentWidget(m_ui->browserTab);
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
        statusBar()->showMessage(tr("%1 is not in the catalog.").arg(code), 5000);
        m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_ui->table->selectionModel()->setCurrentIndex(
        found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(found);
    m_ui->table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setCatalog(const Catalog &catalog)
{
    m_controller->setCatalog(catalog);
    m_results->setCatalog(catalog);
    m_model->setCatalog(catalog);
    m_ui->detailPane->setCatalog(catalog);
    QTableView *table = m_ui->table;
    showChanges();
    for (int column : { ProductColumn, CodeColumn, BillableColumn, ChangeColumn })
        table->resizeColumnToContents(column);
    retranslate(); // the status line, the catalog's line, the products' titles
}

const Catalog &MainWindow::catalog() const
{
    return m_model->catalog();
}

QString MainWindow::statusText() const
{
    return tr("%1 of %2 rows shown, %3 billable")
        .arg(m_proxy->rowCount())
        .arg(m_model->rowCount())
        .arg(m_proxy->billableRowCount());
}

void MainWindow::scheduleStatusUpdate()
{
    if (m_statusUpdatePending)
        return;
    m_statusUpdatePending = true;
    QMetaObject::invokeMethod(this, &MainWindow::updateStatus, Qt::QueuedConnection);
}

void MainWindow::updateStatus()
{
    m_statusUpdatePending = false;
    m_statusLabel->setText(statusText());
    // A filter can take the current row away; the pane then must not describe a hidden row.
    updateDetail();
}

void MainWindow::showChanges()
{
    const bool changed = m_model->changeCount() > 0;
    if (!changed)
        m_changes->reset();
    m_changes->setVisible(changed);
    m_ui->table->setColumnHidden(ChangeColumn, !changed);
}

void MainWindow::updateDetail()
{
    const QModelIndex current = m_ui->table->currentIndex();
    m_ui->detailPane->showRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
}

QList<qsizetype> MainWindow::selectedCatalogRows() const
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

QString MainWindow::selectedRowsText() const
{
    const QList<qsizetype> rows = selectedCatalogRows();
    return rows.isEmpty() ? QString() : writeEntries(m_model->catalog(), rows, EntryFormat::Tsv);
}

void MainWindow::copySelectedRows()
{
    if (m_ui->tabs->currentWidget() == m_results) {
        m_results->copySelection();
        return;
    }
    const QString text = selectedRowsText();
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("No rows selected to copy."), 3000);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    const int count = int(selectedCatalogRows().size());
    statusBar()->showMessage(tr("Copied %n row(s) as tab-separated text.", nullptr, count), 3000);
}

void MainWindow::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void MainWindow::focusTable()
{
    QTableView *table = m_ui->table;
    if (!table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        table->setCurrentIndex(m_proxy->index(0, CodeColumn));
    table->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_model->catalog(), catalogSource().path(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace ekyc
