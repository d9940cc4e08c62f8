// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/resultsview.h"

#include "ui_resultsview.h"

#include "models/appsettings.h"
#include "models/classificationcontroller.h"
#include "models/inputsmodel.h"
#include "models/productnames.h"
#include "models/resultsexport.h"
#include "models/roles.h"
#include "widgets/highlightdelegate.h"
#include "widgets/results/catalogbar.h"
#include "widgets/results/codestable.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/panebalancer.h"
#include "widgets/results/resultsexportactions.h"
#include "widgets/results/summarystrip.h"
#include "widgets/results/timelinelink.h"
#include "widgets/results/timelinepanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>

namespace ekyc {

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsView>())
    , m_inputs(new InputsModel(this))
    , m_catalogBar(new CatalogBar(this))
{
    m_ui->setupUi(this);
    m_codes = new CodesTable(m_ui->codesTable, m_ui->codesFilter, m_ui->statusCombo, m_ui->summaryStrip, this);
    QComboBox *choice = m_ui->productChoiceCombo;
    choice->addItem(QString(), -1); // texts: retranslate()
    for (Product product : AllProducts)
        choice->addItem(QString(), productIndex(product));
    setUpTables();
    m_ui->pageLayout->insertWidget(0, m_catalogBar);
    connect(m_catalogBar, &CatalogBar::classifyAgainRequested, this, &ResultsView::classifyAgain);
    m_ui->linesPane->setSession(&m_session);
    // The product choice and the mask option are remembered from one start to the next.
    const AppSettings settings;
    setProductChoice(settings.resultsProduct());
    setMaskPersonalData(settings.maskPersonalData());
    m_ui->linesPane->setMasked(maskPersonalData());
    connect(
        choice, &QComboBox::currentIndexChanged, this, [this] { AppSettings().setResultsProduct(productChoice()); });
    connect(m_ui->maskCheck, &QCheckBox::toggled, this, [this](bool mask) {
        AppSettings().setMaskPersonalData(mask);
        m_ui->linesPane->setMasked(mask);
    });
    connect(m_ui->linesPane, &MatchedLinesPane::exported, this, [this](bool ok, const QString &text) {
        emit message(text);
        emit matchedLinesExported(ok, text);
    });
    connect(m_ui->linesPane, &MatchedLinesPane::contentChanged, this, &ResultsView::scheduleBalance);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ResultsView::openRequested);
    m_export = new ResultsExportActions(&m_session, m_codes, m_ui->linesPane, [this] { return maskPersonalData(); },
        m_ui->exportButton, m_ui->copySummaryButton, this);
    connect(m_export, &ResultsExportActions::message, this, &ResultsView::message);
    connect(m_export, &ResultsExportActions::copySelectionRequested, this, &ResultsView::copySelection);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = !m_balancing; });
    // The inputs list is collapsible: its toggle, or dragging it away.
    connect(m_ui->inputsToggle, &QToolButton::toggled, m_ui->inputsPane, &QWidget::setVisible);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40, 4000 });
    // The timeline above the codes: its range filters the codes and the lines.
    m_ui->timelineLayout->addWidget(m_timeline = new TimelinePanel);
    new TimelineLink(m_timeline, m_codes, m_ui->codesTable, m_ui->linesPane, this);
    connect(m_timeline, &TimelinePanel::sizeChanged, this, &ResultsView::scheduleBalance);
    retranslate();
    refresh();
}

ResultsView::~ResultsView() = default;

void ResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResultsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleBalance(); // the splitter's share again
}

void ResultsView::retranslate()
{
    QComboBox *choice = m_ui->productChoiceCombo;
    choice->setItemText(0, tr("Auto"));
    for (int i = 1; i < choice->count(); ++i)
        choice->setItemText(i, productDisplayName(Product(choice->itemData(i).toInt())));
    m_ui->inputsTitle->setText(tr("<b>Inputs</b> (%1)").arg(QLocale().toString(m_inputs->rowCount())));
    m_codes->retranslate();
    buildMenus();
}

void ResultsView::setUpTables()
{
    connect(m_codes, &CodesTable::selectionChanged, this, &ResultsView::showSelectedLines);
    connect(m_codes, &CodesTable::activated, this, &ResultsView::showInCatalog);
    connect(m_codes, &CodesTable::contentChanged, this, &ResultsView::scheduleBalance);

    QTableView *inputs = m_ui->inputsTable;
    inputs->setModel(m_inputs);
    inputs->setItemDelegate(new HighlightDelegate(inputs));
    inputs->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    inputs->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Beside the table the list keeps to the input, its product and where that came from.
    for (int column : { InputsModel::LinesColumn, InputsModel::BillableColumn, InputsModel::UncertainColumn,
             InputsModel::UnknownColumn })
        inputs->setColumnHidden(column, true);
    connect(inputs->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<int> files;
        for (const QModelIndex &index : m_ui->inputsTable->selectionModel()->selectedRows())
            files.append(index.row());
        std::sort(files.begin(), files.end());
        if (files != m_files) {
            m_files = files;
            showFiles();
        }
    });
}

void ResultsView::classifyAgain()
{
    if (!m_session.reportPath().isEmpty())
        emit message(tr("A report opened from a file cannot be classified again: it holds no log lines."));
    else if (!m_session.isEmpty())
        emit classifyRequested(RunRequest { m_session.inputs(), RunRequest::Mode::Replace, -1 });
}

void ResultsView::buildMenus()
{
    // Built again on a language change: their texts are all the menus hold. Deleting a menu
    // deletes its actions, which leave the inputs table's context menu with them.
    m_export->buildMenu();
    delete m_ui->rerunButton->menu();

    // "Classify again as": the same actions in the button's menu and the table's context menu.
    auto *rerunMenu = new QMenu(this);
    auto addRerun = [this, rerunMenu](const QString &text, std::optional<Product> product, bool assumeEkyc) {
        QAction *action = rerunMenu->addAction(text);
        connect(action, &QAction::triggered, this, [this, product, assumeEkyc] {
            const QModelIndex current = m_ui->inputsTable->currentIndex();
            if (current.isValid())
                rerunInput(current.data(InputIndexRole).toInt(), product, assumeEkyc);
            else
                emit message(tr("Select an input first."));
        });
        m_ui->inputsTable->addAction(action);
    };
    addRerun(tr("Auto (from the input's actions or codes)"), std::nullopt, false);
    // Counts the codes held back for want of context (not other services' responses).
    addRerun(tr("eKYC traffic (any product)"), std::nullopt, true);
    for (Product product : AllProducts)
        addRerun(productDisplayName(product), product, false);
    m_ui->rerunButton->setMenu(rerunMenu);
    updateActions();
}

void ResultsView::updateActions()
{
    m_export->update();
    // A report opened from a file has no logs to classify again.
    const bool logs = !m_session.isEmpty() && m_session.reportPath().isEmpty();
    m_ui->rerunButton->setEnabled(logs);
    if (QMenu *menu = m_ui->rerunButton->menu()) {
        for (QAction *action : menu->actions())
            action->setEnabled(logs);
    }
}

void ResultsView::clearResults()
{
    m_session.clear();
    m_sessionCatalog = m_catalog;
    refresh();
}

void ResultsView::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_export->setCatalog(catalog);
    if (m_session.isEmpty())
        m_sessionCatalog = catalog;
    refresh();
}

QTableView *ResultsView::codesTable() const
{
    return m_ui->codesTable;
}

QLineEdit *ResultsView::codesFilter() const
{
    return m_ui->codesFilter;
}

MatchedLinesPane *ResultsView::linesPane() const
{
    return m_ui->linesPane;
}

QWidget *ResultsView::timelineSlot() const
{
    return m_ui->timelineSlot;
}

std::optional<Product> ResultsView::productChoice() const
{
    const int product = m_ui->productChoiceCombo->currentData().toInt();
    return product < 0 ? std::nullopt : std::optional(Product(product));
}

void ResultsView::setProductChoice(std::optional<Product> product)
{
    QComboBox *choice = m_ui->productChoiceCombo;
    choice->setCurrentIndex(std::max(0, choice->findData(product ? productIndex(*product) : -1)));
}

bool ResultsView::maskPersonalData() const
{
    return m_ui->maskCheck->isChecked();
}

void ResultsView::setMaskPersonalData(bool mask)
{
    m_ui->maskCheck->setChecked(mask);
}

void ResultsView::focusSearch()
{
    m_ui->codesFilter->setFocus(Qt::ShortcutFocusReason);
    m_ui->codesFilter->selectAll();
}

void ResultsView::applyRun(RunResult &result)
{
    const RunRequest &request = result.request;
    const bool sameInput = request.mode == RunRequest::Mode::ReplaceInput && request.replaceInput >= 0
        && request.replaceInput < m_session.inputs().size()
        && m_session.inputs().at(request.replaceInput).label == request.inputs.value(0).label;
    if (m_session.isEmpty() || request.mode == RunRequest::Mode::Replace)
        m_sessionCatalog = m_catalog;
    if (sameInput)
        m_session.replace(request.replaceInput, request.inputs.at(0), std::move(result.reports[0]));
    else if (request.mode == RunRequest::Mode::Replace)
        m_session.clear();
    if (!sameInput)
        m_session.append(request.inputs, std::move(result.reports));
    refresh();
}

void ResultsView::showReport(const QString &path, Report report)
{
    m_sessionCatalog = m_catalog;
    m_session.showReport(path, std::move(report));
    refresh();
}

void ResultsView::refresh()
{
    m_userSized = false;
    m_files.clear();
    QList<FileSummary> files;
    for (const FileResult &f : m_session.report().files)
        files.append(f.summary);
    m_inputs->setFiles(files, m_session.inputOfFiles());
    m_ui->stack->setCurrentWidget(m_session.isEmpty() ? m_ui->emptyPage : m_ui->resultsPage);
    updateActions();
    QTableView *inputs = m_ui->inputsTable;
    // The Error column only when an input has one: the list is narrow.
    inputs->setColumnHidden(InputsModel::ErrorColumn,
        std::all_of(files.cbegin(), files.cend(), [](const FileSummary &f) { return f.error.isEmpty(); }));
    inputs->resizeColumnsToContents();
    m_ui->inputsTitle->setText(tr("<b>Inputs</b> (%1)").arg(QLocale().toString(m_inputs->rowCount())));
    showFiles();
    // A report's files hold no codes of their own to narrow the table to.
    inputs->setSelectionMode(
        m_session.reportPath().isEmpty() ? QAbstractItemView::ExtendedSelection : QAbstractItemView::NoSelection);
    if (m_session.reportPath().isEmpty())
        m_catalogBar->compare(m_sessionCatalog, m_catalog, !m_session.isEmpty());
    else
        m_catalogBar->compareReport(m_session.report().catalogUpdated, m_session.report().catalogCodes, m_catalog);
    scheduleBalance();
}

void ResultsView::showFiles()
{
    const Report selected = m_files.isEmpty() ? Report() : m_session.reportOfFiles(m_files);
    const Report &report = m_files.isEmpty() ? m_session.report() : selected;
    m_timeline->setTimeline(report.timeline);
    m_codes->show(report, m_catalog);
    m_ui->summaryStrip->setToolTip(totalsText());
}

void ResultsView::showSelectedLines()
{
    const QList<ResultKey> keys = m_codes->selectedKeys();
    if (keys.isEmpty())
        m_ui->linesPane->clear();
    else
        m_ui->linesPane->showKeys(keys, m_files);
}

void ResultsView::scheduleBalance()
{
    if (m_balancePending)
        return;
    m_balancePending = true;
    QMetaObject::invokeMethod(this, &ResultsView::balancePanes, Qt::QueuedConnection);
}

void ResultsView::balancePanes()
{
    m_balancePending = false;
    if (m_userSized || m_session.isEmpty())
        return;
    m_balancing = true;
    PaneBalancer::apply(
        m_ui->splitter, m_ui->timelineSlot, m_ui->codesTable, m_ui->linesPane, m_ui->linesPane->table());
    m_balancing = false;
}

QString ResultsView::selectedRowsText() const
{
    const QList<ResultsModel::Row> rows = m_codes->selectedRows();
    return rows.isEmpty() ? QString() : ResultsExport::rowsTsv(rows);
}

void ResultsView::rerunInput(int input, std::optional<Product> product, bool assumeEkyc)
{
    if (input < 0 || input >= m_session.inputs().size())
        return;
    SessionInput again = m_session.inputs().at(input);
    again.product = product;
    again.assumeEkyc = assumeEkyc;
    emit classifyRequested(RunRequest { { again }, RunRequest::Mode::ReplaceInput, input });
}

void ResultsView::copySelection()
{
    const bool lines = m_ui->linesPane->table()->hasFocus();
    const QString text = lines ? m_ui->linesPane->selectedText(maskPersonalData()) : selectedRowsText();
    if (text.isEmpty()) {
        emit message(tr("Nothing selected to copy."));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    const int count = int(text.count(QLatin1Char('\n'))) - 1;
    emit message(lines ? tr("Copied %n line(s) as tab-separated text.", nullptr, count)
                       : tr("Copied %n row(s) as tab-separated text.", nullptr, count));
}

void ResultsView::focusTable()
{
    m_ui->codesTable->setFocus(Qt::ShortcutFocusReason);
}

} // namespace ekyc
