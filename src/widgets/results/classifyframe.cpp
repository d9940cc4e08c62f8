// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/classifyframe.h"

#include "models/classificationcontroller.h"
#include "widgets/recentinputs.h"
#include "widgets/results/classifylauncher.h"
#include "widgets/results/reportopener.h"
#include "widgets/results/resultsview.h"
#include "widgets/results/runprogresswidget.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>

namespace ekyc {

ClassifyFrame::ClassifyFrame(QMainWindow *window, ResultsView *results, const Actions &actions)
    : QObject(window)
    , m_window(window)
    , m_results(results)
    , m_controller(new ClassificationController(this))
    , m_progress(new RunProgressWidget(window))
{
    window->statusBar()->addPermanentWidget(m_progress);
    m_launcher = new ClassifyLauncher(m_controller, window, [results] { return results->productChoice(); });
    m_launcher->setResultsOnShow([results] { return !results->session().inputs().isEmpty(); });
    m_launcher->setResultsAddable([results] { return results->session().reportPath().isEmpty(); });
    m_reports = new ReportOpener(results, m_controller, m_launcher, window);
    connect(m_reports, &ReportOpener::message, this, [this](const QString &text) { emit message(text, 8000); });
    connect(m_reports, &ReportOpener::shown, this, &ClassifyFrame::runShown);
    connect(m_launcher, &ClassifyLauncher::reportChosen, m_reports, &ReportOpener::open);
    if (actions.openReport)
        connect(actions.openReport, &QAction::triggered, this, &ClassifyFrame::openReport);
    m_recent = new RecentInputs(actions.recent, window); // a widget passes LanguageChange to its children
    connect(m_launcher, &ClassifyLauncher::message, this, [this](const QString &text) { emit message(text, 8000); });
    connect(m_launcher, &ClassifyLauncher::pathsAccepted, m_recent, &RecentInputs::add);
    connect(m_recent, &RecentInputs::chosen, this, [this](const QString &path) { classifyPaths({ path }); });
    connect(results, &ResultsView::openRequested, this, &ClassifyFrame::openLogs);
    connect(results, &ResultsView::classifyRequested, m_launcher, &ClassifyLauncher::submit);
    connect(m_progress, &RunProgressWidget::cancelRequested, this, &ClassifyFrame::cancelRun);
    connect(m_controller, &ClassificationController::busyChanged, this,
        [this](bool busy) { m_progress->setRunning(busy, m_controller->queuedRuns()); });
    connect(m_controller, &ClassificationController::progressChanged, m_progress, &RunProgressWidget::showProgress);
    connect(
        m_controller, &ClassificationController::runFinished, this, [this](const std::shared_ptr<RunResult> &result) {
            m_results->applyRun(*result);
            emit runShown();
            emit message(tr("Classification finished (inputs: %1).").arg(result->request.inputs.size()), 5000);
        });
    connect(m_controller, &ClassificationController::runCancelled, this,
        [this] { emit message(tr("Classification cancelled; the results on show are unchanged."), 5000); });

    actions.open->setShortcut(QKeySequence::Open);
    connect(actions.open, &QAction::triggered, this, &ClassifyFrame::openLogs);
    // An edit field takes Ctrl+V itself (it overrides the shortcut); elsewhere it classifies.
    actions.paste->setShortcut(QKeySequence::Paste);
    connect(actions.paste, &QAction::triggered, this, &ClassifyFrame::classifyClipboard);
    window->installEventFilter(this);
}

void ClassifyFrame::classifyPaths(const QStringList &paths)
{
    m_launcher->classifyPaths(paths);
}

void ClassifyFrame::openLogs()
{
    const QString last = m_recent->entries().value(0);
    m_launcher->openLogs(QFileInfo(last).isDir() ? last : QFileInfo(last).path());
}

void ClassifyFrame::openReport()
{
    const QString last = m_recent->entries().value(0);
    m_reports->chooseFile(QFileInfo(last).isDir() ? last : QFileInfo(last).path());
}

void ClassifyFrame::classifyClipboard()
{
    m_launcher->classifyMimeData(QGuiApplication::clipboard()->mimeData(), tr("pasted text"));
}

void ClassifyFrame::cancelRun()
{
    if (m_controller->isBusy())
        m_controller->cancel();
}

bool ClassifyFrame::eventFilter(QObject *watched, QEvent *event)
{
    // Esc cancels a run unless an edit field has the focus (where Esc belongs to the field).
    // Key presses no widget took reach the window, and so this filter.
    if (watched == m_window && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QWidget *focus = QApplication::focusWidget();
        const bool inEdit = qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus)
            || qobject_cast<QTextEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !inEdit && m_controller->isBusy()) {
            cancelRun();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ekyc
