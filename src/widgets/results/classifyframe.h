// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace ekyc {

class ClassificationController;
class ClassifyLauncher;
class RecentInputs;
class ReportOpener;
class ResultsView;
class RunProgressWidget;

// The window's classifying, apart from the frame: logs dropped anywhere on `window`, opened
// (File ▸ Open Logs…, File ▸ Open Recent, the Results page's button) or pasted are classified
// off the GUI thread (ClassifyLauncher asks what it must: a large folder, add to or replace
// the results on show, a run already going), with progress and Cancel in the status bar and
// Esc outside an edit field; each run's results go to `results`. A JSON report made elsewhere
// can be shown there too (File ▸ Open Report…, ReportOpener).
class ClassifyFrame : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *open = nullptr; // Ctrl+O
        QAction *paste = nullptr; // Ctrl+V outside an edit field
        QMenu *recent = nullptr; // File ▸ Open Recent
        QAction *openReport = nullptr; // File ▸ Open Report… (ReportOpener)
    };
    ClassifyFrame(QMainWindow *window, ResultsView *results, const Actions &actions);

    ClassificationController *controller() const { return m_controller; }
    ClassifyLauncher *launcher() const { return m_launcher; }
    ReportOpener *reports() const { return m_reports; }
    RunProgressWidget *progress() const { return m_progress; }

public slots:
    // Files and folders to classify (the command line, File ▸ Recent).
    void classifyPaths(const QStringList &paths);
    void openLogs();
    void openReport(); // File ▸ Open Report…
    void classifyClipboard();
    void cancelRun();

signals:
    void message(const QString &text, int timeout);
    // A run's results (or a report opened from a file) are on show in the results view.
    void runShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    ResultsView *m_results;
    ClassificationController *m_controller;
    RunProgressWidget *m_progress;
    ClassifyLauncher *m_launcher = nullptr;
    RecentInputs *m_recent = nullptr;
    ReportOpener *m_reports = nullptr;
};

} // namespace ekyc
