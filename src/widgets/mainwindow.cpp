// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/mainwindow.h"

#include "ui_mainwindow.h"

#include "models/classificationcontroller.h"
#include "models/translatedmodels.h"
#include "widgets/aboutdialog.h"
#include "widgets/catalog/catalogpage.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/preferences/windowpreferences.h"
#include "widgets/recentinputs.h"
#include "widgets/results/classifylauncher.h"
#include "widgets/results/resultsview.h"
#include "widgets/results/runprogresswidget.h"

#include <QAbstractSpinBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ekyc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_preferences(new WindowPreferences(this))
    , m_statusLabel(new QLabel(this))
    , m_controller(new ClassificationController(this))
    , m_results(new ResultsView(this))
    , m_progress(new RunProgressWidget(this))
    , m_catalogs(new CatalogSwitcher(this))
{
    m_ui->setupUi(this);
    m_statusLabel->setObjectName(QStringLiteral("rowCountLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    connect(catalogPage(), &CatalogPage::statusChanged, this, &MainWindow::updateStatus);
    connect(catalogPage(), &CatalogPage::message, this, &MainWindow::showMessage);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    setUpActions();
    setUpClassification();
    setUpPreferences();
    m_catalogs->restore();
    m_preferences->restore();
    catalogPage()->showChanges();
    updateTitle();
}

MainWindow::~MainWindow() = default;

CatalogPage *MainWindow::catalogPage() const
{
    return m_ui->browserTab;
}

bool MainWindow::resultsOnShow() const
{
    return m_ui->tabs->currentWidget() == m_results;
}

void MainWindow::showMessage(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
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
    m_ui->preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::setUpPreferences()
{
    m_preferences->setActions({ m_ui->languageSystemAction, m_ui->languageEnglishAction, m_ui->languageChineseAction,
        m_ui->themeSystemAction, m_ui->themeLightAction, m_ui->themeDarkAction, m_ui->shortcutsAction });
    catalogPage()->keepState(m_preferences);
    connect(m_catalogs, &CatalogSwitcher::catalogChanged, this, &MainWindow::setCatalog);
    connect(m_catalogs, &CatalogSwitcher::message, this, [this](const QString &text) { showMessage(text); });
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
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_results), tr("Results"));
    updateTitle();
    updateStatus();
}

void MainWindow::updateStatus()
{
    // Each page speaks for itself: the row count is the catalog's, not the results'.
    m_statusLabel->setText(resultsOnShow() ? QString() : catalogPage()->statusText());
}

void MainWindow::updateTitle()
{
    const QList<SessionInput> &inputs = m_results->session().inputs();
    const QString app = tr("eKYC Codes");
    if (inputs.isEmpty())
        setWindowTitle(app);
    else if (inputs.size() == 1)
        setWindowTitle(tr("%1 — %2").arg(QFileInfo(inputs.constFirst().label).fileName(), app));
    else
        setWindowTitle(tr("%1 inputs — %2").arg(inputs.size()).arg(app)); // two or more
}

void MainWindow::setUpClassification()
{
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_ui->tabs->addTab(m_results, tr("Results"));
    statusBar()->addPermanentWidget(m_progress);
    m_launcher = new ClassifyLauncher(m_controller, this, [this] { return m_results->productChoice(); });
    m_launcher->setResultsOnShow([this] { return !m_results->session().inputs().isEmpty(); });
    m_recent = new RecentInputs(m_ui->recentMenu, this);
    connect(m_launcher, &ClassifyLauncher::message, this, [this](const QString &text) { showMessage(text); });
    connect(m_launcher, &ClassifyLauncher::pathsAccepted, m_recent, &RecentInputs::add);
    connect(m_recent, &RecentInputs::chosen, this, [this](const QString &path) { classifyPaths({ path }); });
    connect(m_results, &ResultsView::message, this, [this](const QString &text) { showMessage(text); });
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
        updateTitle();
        showMessage(tr("Classification finished (inputs: %1).").arg(result->request.inputs.size()), 5000);
    });
    connect(m_controller, &ClassificationController::runCancelled, this,
        [this] { showMessage(tr("Classification cancelled; the results on show are unchanged."), 5000); });

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
    m_ui->tabs->setCurrentWidget(catalogPage());
    if (!catalogPage()->showCode(code, product))
        showMessage(tr("%1 is not in the catalog.").arg(code), 5000);
}

void MainWindow::setCatalog(const Catalog &catalog)
{
    m_controller->setCatalog(catalog);
    m_results->setCatalog(catalog);
    catalogPage()->setCatalog(catalog);
    retranslate();
}

const Catalog &MainWindow::catalog() const
{
    return catalogPage()->catalog();
}

QString MainWindow::statusText() const
{
    return catalogPage()->statusText();
}

QString MainWindow::selectedRowsText() const
{
    return catalogPage()->selectedRowsText();
}

void MainWindow::copySelectedRows()
{
    if (resultsOnShow())
        m_results->copySelection();
    else
        catalogPage()->copySelectedRows();
}

void MainWindow::focusSearch()
{
    if (resultsOnShow())
        m_results->focusSearch();
    else
        catalogPage()->focusSearch();
}

void MainWindow::focusTable()
{
    if (resultsOnShow())
        m_results->focusTable();
    else
        catalogPage()->focusTable();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(catalog(), catalogSource().path(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::maskChosen, m_results, &ResultsView::setMaskPersonalData);
    dialog->open();
}

} // namespace ekyc
