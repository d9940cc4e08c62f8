// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "widgets/catalog/catalogswitcher.h"
#include "widgets/results/classifyframe.h"

#include "core/catalog.h"
#include "models/appsettings.h"

#include <QMainWindow>
#include <QStatusBar>

#include <memory>

class QLabel;

namespace ekyc {

namespace Ui {
class MainWindow;
}

class CatalogPage;
class ClassificationController;
class ResultsView;
class RunProgressWidget;
class WindowPreferences;

// The frame around two pages: the catalog (CatalogPage) and the results (ResultsView). It
// holds the menus, the status bar and what the pages share; classifying logs dropped on it,
// opened or pasted is ClassifyFrame's. Shortcuts act on the page on show.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the catalog shown (the built-in one at start).
    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const;
    // Loads a catalog JSON file. On failure a dialog names the file and the problem and the
    // catalog in use stays; returns whether the file was loaded. `remember`: load it again at
    // the next start (File ▸ Load Catalog…; --catalog FILE is for one run).
    bool loadCatalogFile(const QString &path, bool remember = false) { return m_catalogs->loadFile(path, remember); }
    // Where the catalog in use came from: built in, or a file.
    const CatalogSource &catalogSource() const { return m_catalogs->source(); }

    // The catalog page's status line: "N of TOTAL rows shown, M billable".
    QString statusText() const;
    // The catalog's selected rows as copied to the clipboard (TSV with a header row).
    QString selectedRowsText() const;

    CatalogPage *catalogPage() const;

    ClassifyFrame *classification() const { return m_classify; }
    ClassificationController *controller() const { return m_classify->controller(); }
    ResultsView *resultsView() const { return m_results; }
    RunProgressWidget *runProgress() const { return m_classify->progress(); }
    WindowPreferences *preferences() const { return m_preferences; }

public slots:
    void copySelectedRows(); // of the page on show
    void focusSearch(); // the search of the page on show
    void focusTable();
    // Files and folders to classify (the command line).
    void classifyPaths(const QStringList &paths) { m_classify->classifyPaths(paths); }
    // The catalog tab, searching for `code` with the row of `product` (-1: the first) selected.
    void showCodeInCatalog(const QString &code, int product);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void setUpClassification();
    void setUpPreferences();
    void retranslate();
    void updateStatus();
    // "app.log — eKYC Codes", "3 inputs — eKYC Codes".
    void updateTitle();
    bool resultsOnShow() const;
    void showMessage(const QString &text, int timeout = 8000) { statusBar()->showMessage(text, timeout); }
    void showAbout();
    void showPreferences(); // Edit ▸ Preferences…

    std::unique_ptr<Ui::MainWindow> m_ui;
    WindowPreferences *m_preferences = nullptr; // first: the form is built in its language and theme
    QLabel *m_statusLabel = nullptr;
    ResultsView *m_results = nullptr;
    ClassifyFrame *m_classify = nullptr; // drops, Open, Paste, Recent, runs, progress, Esc
    CatalogSwitcher *m_catalogs = nullptr; // File ▸ Load Catalog…, Use Built-in Catalog
    // The language of the status bar's message: a LanguageChange into another one clears it.
    UiLanguage m_messageLanguage = UiLanguage::English;
};

} // namespace ekyc
