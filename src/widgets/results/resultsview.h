// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultsexport.h"
#include "models/resultsfilterproxy.h"
#include "models/resultsmodel.h"
#include "models/resultssession.h"
#include "widgets/results/codestable.h"
#include "widgets/results/resultsexportactions.h"

#include "core/catalog.h"
#include "core/reportwriter.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QMimeData;
class QTableView;

namespace ekyc {

namespace Ui {
class ResultsView;
}

class CatalogBar;
class InputsModel;
class MatchedLinesPane;
class TimelinePanel;
struct RunRequest;
struct RunResult;

// The Results page: a summary strip whose figures are filters; beside the table, the inputs
// (a collapsible list whose selection narrows everything; all by default) with Classify Again
// As; one table of the codes found with their status, a text filter and a status filter; and
// below it, in a splitter that gives the space to what has content (PaneBalancer), the lines of
// the selected codes. A bar says when the results were made with another catalog than the one
// in use, with Classify Again. It classifies nothing itself: runs come in through applyRun(),
// and classifyRequested() asks for one.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    void setCatalog(const Catalog &catalog);
    // Shows the results of a finished run as its request says (replace, append, one input).
    void applyRun(RunResult &result);
    // Shows a report read from `path` (File ▸ Open Report…) in place of the results on show:
    // its codes, totals and inputs, without lines (ResultsSession::showReport).
    void showReport(const QString &path, Report report);

    const ResultsSession &session() const { return m_session; }
    // The codes of the inputs selected (all by default), unfiltered; the table shows them
    // through codesProxy().
    ResultsModel *resultsModel() const { return m_codes->model(); }
    ResultsFilterProxy *codesProxy() const { return m_codes->proxy(); }
    QTableView *codesTable() const;
    QLineEdit *codesFilter() const;
    InputsModel *inputsModel() const { return m_inputs; }
    MatchedLinesPane *linesPane() const;
    // The timeline of the events (TimelinePanel) above the codes table, in the splitter.
    QWidget *timelineSlot() const;
    TimelinePanel *timelinePanel() const { return m_timeline; }
    // The session's files (report().files indexes) selected in the inputs list; empty: all.
    QList<int> selectedFiles() const { return m_files; }

    // The product every new input is classified as; nullopt: Auto.
    std::optional<Product> productChoice() const;
    void setProductChoice(std::optional<Product> product);
    bool maskPersonalData() const;
    void setMaskPersonalData(bool mask);

    QString totalsText() const
    {
        return m_session.isEmpty() ? QString() : ResultsExport::totalsText(m_session.report());
    }
    // Shown while the results on show were made with another catalog than the one in use
    // (File ▸ Update Catalog from Page… → Use): "made with the catalog of …", Classify Again.
    CatalogBar *catalogBar() const { return m_catalogBar; }

    // The Export menu and Copy Summary (ResultsExportActions).
    ResultsExportActions *exportActions() const { return m_export; }
    // Writes the results as the CLI would (JSON, CSV...) atomically; returns the error, if any.
    QString exportReport(const QString &path, ReportFormat format) const { return m_export->exportReport(path, format); }
    // Starts writing the matched lines of the selected rows as CSV; matchedLinesExported() ends it.
    bool exportMatchedLines(const QString &path) { return m_export->exportMatchedLines(path); }
    QString selectedRowsText() const;
    // What Copy Summary puts on the clipboard: Markdown as text/plain, a table as text/html
    // (SummaryReport), masked while Mask personal data is on; null with nothing to summarise.
    std::unique_ptr<QMimeData> summaryMimeData() const { return m_export->summaryMimeData(); }

public slots:
    void copySelection(); // the selected lines when their table has focus, else the selected rows
    void copySummary() { m_export->copySummary(); }
    // Ctrl+F and Alt+T on this page (the window's Find and Go to Table): the codes filter, the
    // codes table.
    void focusSearch();
    void focusTable();
    // `assumeEkyc`: "eKYC traffic (any product)", every line has eKYC context.
    void rerunInput(int input, std::optional<Product> product, bool assumeEkyc = false);
    void exportResultsAs() { m_export->exportResultsAs(); }
    void exportLinesAs() { m_export->exportLinesAs(); }
    // Every input on show classified again with the catalog in use, replacing the results.
    void classifyAgain();
    // The results gone: the page's empty state, Export and Copy Summary disabled.
    void clearResults();
    // Shares the height between the codes and the lines (PaneBalancer); done after each change
    // of content unless the person moved the splitter since the results came.
    void balancePanes();

signals:
    void openRequested();
    void classifyRequested(const ekyc::RunRequest &request);
    void showInCatalog(const QString &code, int product);
    void message(const QString &text);
    void matchedLinesExported(bool ok, const QString &message);

protected:
    // A language change retranslates the form and the texts set here; a palette change (View ▸
    // Theme) is the bar's own business.
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpTables();
    void buildMenus();
    void retranslate();
    void updateActions();
    // The results changed (a run, another catalog): everything shown again, all inputs.
    void refresh();
    // The inputs selection changed: the codes and totals of those inputs.
    void showFiles();
    void showSelectedLines();
    void scheduleBalance();

    std::unique_ptr<Ui::ResultsView> m_ui;
    Catalog m_catalog;
    // The catalog the results on show were made with (the one in use when they came).
    Catalog m_sessionCatalog;
    ResultsSession m_session;
    InputsModel *m_inputs = nullptr;
    CatalogBar *m_catalogBar = nullptr;
    ResultsExportActions *m_export = nullptr;
    CodesTable *m_codes = nullptr;
    TimelinePanel *m_timeline = nullptr;
    QList<int> m_files;
    bool m_userSized = false; // the person moved the splitter: leave its sizes alone
    bool m_balancing = false;
    bool m_balancePending = false;
};

} // namespace ekyc
