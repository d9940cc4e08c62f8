// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/mainwindow.h"

#include "ui_mainwindow.h"

#include "models/classificationcontroller.h"
#include "models/translatedmodels.h"
#include "widgets/aboutdialog.h"
#include "widgets/catalog/catalogpage.h"
#include "widgets/preferences/languagemanager.h"
#include "widgets/preferences/preferencesdialog.h"
#include "widgets/preferences/windowpreferences.h"
#include "widgets/results/classifyframe.h"
#include "widgets/results/resultsview.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>

namespace ekyc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_preferences(new WindowPreferences(this))
    , m_statusLabel(new QLabel(this))
    , m_results(new ResultsView(this))
    , m_catalogs(new CatalogSwitcher(this))
{
    m_messageLanguage = m_preferences->language()->shownLanguage();
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
        // A message written in the language left goes (the status line shows instead); one in
        // the language shown stays — the LanguageChange of the window's start, after the
        // catalog's "remembered catalog is gone", is such a change.
        const UiLanguage shown = m_preferences->language()->shownLanguage();
        if (shown != m_messageLanguage)
            statusBar()->clearMessage();
        m_messageLanguage = shown;
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
    m_classify = new ClassifyFrame(this, m_results, { m_ui->openAction, m_ui->pasteAction, m_ui->recentMenu, m_ui->openReportAction });
    connect(m_classify, &ClassifyFrame::message, this, &MainWindow::showMessage);
    connect(m_classify, &ClassifyFrame::runShown, this, [this] { m_ui->tabs->setCurrentWidget(m_results); });
    connect(m_classify, &ClassifyFrame::runShown, this, &MainWindow::updateTitle);
    connect(m_results, &ResultsView::message, this, [this](const QString &text) { showMessage(text); });
    connect(m_results, &ResultsView::showInCatalog, this, &MainWindow::showCodeInCatalog);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences->save();
    m_classify->controller()->cancel();
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
    m_classify->controller()->setCatalog(catalog);
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
    resultsOnShow() ? m_results->copySelection() : catalogPage()->copySelectedRows();
}

void MainWindow::focusSearch()
{
    resultsOnShow() ? m_results->focusSearch() : catalogPage()->focusSearch();
}

void MainWindow::focusTable()
{
    resultsOnShow() ? m_results->focusTable() : catalogPage()->focusTable();
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
