// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/resultsexportactions.h"

#include "models/appsettings.h"
#include "models/resultsexport.h"
#include "models/resultssession.h"
#include "models/summaryreport.h"
#include "widgets/results/codestable.h"
#include "widgets/results/matchedlinespane.h"

#include <QClipboard>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>

namespace ekyc {

ResultsExportActions::ResultsExportActions(const ResultsSession *session, CodesTable *codes, MatchedLinesPane *lines,
    std::function<bool()> masked, QToolButton *exportButton, QPushButton *copySummaryButton, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_codes(codes)
    , m_lines(lines)
    , m_masked(std::move(masked))
    , m_exportButton(exportButton)
    , m_copySummaryButton(copySummaryButton)
    , m_parent(parent)
{
    connect(m_copySummaryButton, &QPushButton::clicked, this, &ResultsExportActions::copySummary);
}

void ResultsExportActions::buildMenu()
{
    // Deleting the menu deletes its actions.
    delete m_exportButton->menu();
    auto *menu = new QMenu(m_parent);
    menu->addAction(tr("Results as &JSON or CSV…"), this, &ResultsExportActions::exportResultsAs);
    menu->addAction(tr("&Matched Lines of Selected Codes as CSV…"), this, &ResultsExportActions::exportLinesAs)
        ->setObjectName(QStringLiteral("exportLinesAction"));
    menu->addSeparator();
    menu->addAction(tr("&Copy Selected Rows (Ctrl+C)"), this, &ResultsExportActions::copySelectionRequested);
    menu->addAction(tr("Copy &Summary"), this, &ResultsExportActions::copySummary);
    m_exportButton->setMenu(menu);
    update();
}

void ResultsExportActions::update()
{
    // Nothing to export or copy until there are results; a report opened from a file has no lines.
    const bool results = !m_session->isEmpty();
    const bool lines = results && m_session->reportPath().isEmpty();
    m_copySummaryButton->setEnabled(results);
    m_exportButton->setEnabled(results);
    if (QMenu *menu = m_exportButton->menu()) {
        for (QAction *action : menu->actions())
            action->setEnabled(action->objectName() == QLatin1String("exportLinesAction") ? lines : results);
    }
}

QString ResultsExportActions::exportReport(const QString &path, ReportFormat format) const
{
    const QString error
        = ResultsExport::writeAtomically(path, ResultsExport::reportText(m_session->report(), m_catalog, format));
    if (error.isEmpty())
        AppSettings().setLastExportFolder(QFileInfo(path).absolutePath());
    return error;
}

bool ResultsExportActions::exportMatchedLines(const QString &path)
{
    return m_lines->exportCsv(path, m_codes->selectedKeys(), m_masked());
}

void ResultsExportActions::copySummary()
{
    if (m_session->isEmpty()) {
        emit message(tr("Nothing classified yet."));
        return;
    }
    QGuiApplication::clipboard()->setMimeData(summaryMimeData().release());
    emit message(tr("Copied the summary as Markdown text and as an HTML table."));
}

std::unique_ptr<QMimeData> ResultsExportActions::summaryMimeData() const
{
    if (m_session->isEmpty())
        return nullptr;
    const SummaryReport summary(m_session->report(), m_catalog, m_masked());
    auto mime = std::make_unique<QMimeData>();
    mime->setText(summary.markdown());
    mime->setHtml(summary.html());
    return mime;
}

void ResultsExportActions::exportResultsAs()
{
    if (m_session->isEmpty()) {
        emit message(tr("Nothing classified yet."));
        return;
    }
    const QString json = tr("JSON, as ekyc-codes classify --format json (*.json)");
    const QString csv = tr("CSV (*.csv)");
    QString filter = json;
    const AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Results"),
        ResultsExport::suggestedPath(settings.exportFolder(), settings.lastExportFolder(),
            m_session->inputs().constFirst().path, QDate::currentDate(), QStringLiteral("json")),
        json + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const bool asCsv = filter == csv || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString error = exportReport(path, asCsv ? ReportFormat::Csv : ReportFormat::Json);
    emit message(error.isEmpty() ? tr("Exported the results to %1.").arg(path)
                                 : tr("The results were not exported: %1").arg(error));
}

void ResultsExportActions::exportLinesAs()
{
    if (m_codes->selectedRows().isEmpty()) {
        emit message(tr("Select one or more codes first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export Matched Lines"), QStringLiteral("matched-lines.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportMatchedLines(path);
}

} // namespace ekyc
