// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultssession.h"

#include "core/catalog.h"
#include "core/classifier.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace ekyc {

// What to classify, and what to do with the results.
struct RunRequest
{
    enum class Mode {
        Replace, // the results on show give way to these
        Append, // added to the results on show (inputs queued behind a run)
        ReplaceInput, // one input classified again (another product) replaces its old results
    };
    QList<SessionInput> inputs;
    Mode mode = Mode::Replace;
    int replaceInput = -1; // Mode::ReplaceInput: the session's input
};

struct RunResult
{
    RunRequest request;
    QList<Report> reports; // one per input, events kept
};

// Runs ClassifyRun (the loop over inputs the CLI runs too) off the GUI thread, one request at
// a time, in the order given; it only moves the run to a thread and its results back.
// Progress arrives at most every ProgressInterval ms; cancel() stops the run within a few
// blocks of the engine (its flag is polled per block; the GUI reads CancelBlockSize blocks)
// and drops its results, so the window stays as it was. Its events are kept (16 bytes each) for the
// matched lines; no line text is kept.
class ClassificationController : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressInterval = 100;
    static constexpr qint64 CancelBlockSize = 1 << 20;

    explicit ClassificationController(QObject *parent = nullptr);
    ~ClassificationController() override;

    // For the runs started after this.
    void setCatalog(const Catalog &catalog);

    // Runs `request` now, or after the runs before it.
    void start(RunRequest request);
    // Cancels the run and everything queued, then runs `request`.
    void cancelAndStart(RunRequest request);
    // Cancels the run and everything queued.
    void cancel();

    bool isBusy() const { return m_running; }
    int queuedRuns() const { return int(m_queue.size()); }
    // Milliseconds from the last cancel() to the end of the run it stopped; -1: none yet.
    qint64 lastCancelLatency() const { return m_lastCancelLatency; }

signals:
    void busyChanged(bool busy);
    void runStarted(const ekyc::RunRequest &request);
    void progressChanged(const ekyc::ClassifyProgress &progress);
    void runFinished(std::shared_ptr<ekyc::RunResult> result);
    void runCancelled(qint64 latencyMs);

private:
    void startNext();
    void runEnded(quint64 runId, std::shared_ptr<RunResult> result, bool cancelled);
    // std::thread keeps its own copies of the arguments while this runs.
    void work(quint64 runId, const std::shared_ptr<RunResult> &result,
        const std::shared_ptr<const Classifier> &classifier, const std::shared_ptr<std::atomic<bool>> &cancel);
    void post(quint64 runId, const ClassifyProgress &progress);

    Catalog m_catalog;
    std::shared_ptr<const Classifier> m_classifier;
    QList<RunRequest> m_queue;
    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_runId = 0;
    bool m_running = false;
    bool m_cancelling = false;
    QElapsedTimer m_cancelTimer;
    qint64 m_lastCancelLatency = -1;
};

} // namespace ekyc
