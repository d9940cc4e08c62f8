// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultsmodel.h"
#include "models/resultssession.h"

#include "core/catalog.h"
#include "core/reportwriter.h"

#include <QWidget>

#include <array>
#include <memory>

class QTableView;

namespace ekyc {

namespace Ui {
class ResultsView;
}

class InputsModel;
class MatchedLinesPane;
class ResultsSection;
struct RunRequest;
struct RunResult;

// The results tab: the inputs of a classification with their product and totals, the codes
// found (known, ambiguous, unknown — each its own table), the lines of the selected code read
// back from the inputs, and export and copy. It classifies nothing itself: runs come in
// through applyRun(), and classifyRequested() asks for one (an input classified again).
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    void setCatalog(const Catalog &catalog);
    // Shows the results of a finished run as its request says (replace, append, one input).
    void applyRun(RunResult &result);

    const ResultsSession &session() const { return m_session; }
    ResultsModel *resultsModel(ResultsModel::Section section) const;
    QTableView *sectionTable(ResultsModel::Section section) const;
    InputsModel *inputsModel() const { return m_inputs; }
    MatchedLinesPane *linesPane() const;

    // The product every new input is classified as; nullopt: Auto.
    std::optional<Product> productChoice() const;
    void setProductChoice(std::optional<Product> product);
    bool maskPersonalData() const;
    void setMaskPersonalData(bool mask);

    QString totalsText() const;

    // Writes the results as the CLI would (JSON, CSV...) atomically; returns the error, if any.
    QString exportReport(const QString &path, ReportFormat format) const;
    // Starts writing the matched lines of the selected rows as CSV; matchedLinesExported() ends it.
    bool exportMatchedLines(const QString &path);
    QString selectedRowsText() const;
    QString summaryText() const;

public slots:
    void copySelection(); // the selected lines when their table has focus, else the selected rows
    void copySummary();
    // Ctrl+F and Alt+T on this page (the window's Find and Go to Table).
    void focusSearch();
    void focusTable();
    // `assumeEkyc`: "eKYC traffic (any product)", every line has eKYC context.
    void rerunInput(int input, std::optional<Product> product, bool assumeEkyc = false);
    void exportResultsAs();
    void exportLinesAs();

signals:
    void openRequested();
    void classifyRequested(const ekyc::RunRequest &request);
    void showInCatalog(const QString &code, int product);
    void message(const QString &text);
    void matchedLinesExported(bool ok, const QString &message);

protected:
    // A language change retranslates the form and the texts set here; a palette change (View ▸
    // Theme) recolours the unknown-codes banner.
    void changeEvent(QEvent *event) override;

private:
    void setUpTables();
    void setUpActions();
    void buildMenus();
    void retranslate();
    void updateTexts();
    void updateBannerPalette();
    void refresh();
    ResultsSection *section(ResultsModel::Section section) const;
    QList<ResultsModel::Row> selectedRows() const;

    std::unique_ptr<Ui::ResultsView> m_ui;
    Catalog m_catalog;
    ResultsSession m_session;
    std::array<ResultsSection *, 4> m_sections {};
    InputsModel *m_inputs = nullptr;
    ResultsSection *m_activeSection = nullptr; // the one whose rows are selected
};

} // namespace ekyc
