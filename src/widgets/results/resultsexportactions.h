// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"
#include "core/reportwriter.h"

#include <QMimeData>
#include <QObject>

#include <functional>
#include <memory>

class QPushButton;
class QToolButton;
class QWidget;

namespace ekyc {

class CodesTable;
class MatchedLinesPane;
class ResultsSession;

// The Results page's Export menu (the results as JSON or CSV, the matched lines of the selected
// codes as CSV, Copy Selected Rows, Copy Summary) and its Copy Summary button: their texts, their
// enabling (nothing to export without results; no lines of a report opened from a file), the
// suggested file name (ResultsExport::suggestedPath) and the atomic writes. Drives widgets of
// the page's form.
class ResultsExportActions : public QObject
{
    Q_OBJECT

public:
    // `masked`: whether Mask personal data is on (the page's check box).
    ResultsExportActions(const ResultsSession *session, CodesTable *codes, MatchedLinesPane *lines,
        std::function<bool()> masked, QToolButton *exportButton, QPushButton *copySummaryButton, QWidget *parent);

    // The catalog the exports describe the codes with (the one in use).
    void setCatalog(const Catalog &catalog) { m_catalog = catalog; }
    // Builds the menu again (its texts are all it holds): at start and on a language change.
    void buildMenu();
    // The results changed: enables what they allow.
    void update();

    // Writes the results as the CLI would (JSON, CSV...) atomically; returns the error, if any.
    QString exportReport(const QString &path, ReportFormat format) const;
    // Starts writing the matched lines of the selected rows as CSV; the lines pane's exported()
    // ends it.
    bool exportMatchedLines(const QString &path);
    // What Copy Summary puts on the clipboard: Markdown as text/plain, a table as text/html
    // (SummaryReport), masked while Mask personal data is on; null with nothing to summarise.
    std::unique_ptr<QMimeData> summaryMimeData() const;

public slots:
    void copySummary();
    void exportResultsAs();
    void exportLinesAs();

signals:
    void message(const QString &text);
    // Copy Selected Rows (Ctrl+C): the page copies what has the focus.
    void copySelectionRequested();

private:
    const ResultsSession *m_session;
    CodesTable *m_codes;
    MatchedLinesPane *m_lines;
    std::function<bool()> m_masked;
    QToolButton *m_exportButton;
    QPushButton *m_copySummaryButton;
    QWidget *m_parent;
    Catalog m_catalog;
};

} // namespace ekyc
