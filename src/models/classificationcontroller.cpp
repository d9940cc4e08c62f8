// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/classificationcontroller.h"

#include "core/catalogloader.h"
#include "core/classifyrun.h"

#include <QLoggingCategory>

namespace ekyc {

// QT_LOGGING_RULES="ekyc.gui.classify.debug=true" prints run times and cancel latencies.
Q_LOGGING_CATEGORY(lcClassify, "ekyc.gui.classify", QtInfoMsg)

ClassificationController::ClassificationController(QObject *parent)
    : QObject(parent)
    , m_catalog(CatalogLoader::builtIn())
{
}

ClassificationController::~ClassificationController()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread.joinable())
        m_thread.join();
}

void ClassificationController::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_classifier.reset();
}

void ClassificationController::start(RunRequest request)
{
    m_queue.append(std::move(request));
    startNext();
}

void ClassificationController::cancelAndStart(RunRequest request)
{
    cancel();
    start(std::move(request));
}

void ClassificationController::cancel()
{
    m_queue.clear();
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_cancelTimer.start();
    m_cancel->store(true);
}

void ClassificationController::startNext()
{
    if (m_running)
        return;
    if (m_queue.isEmpty()) {
        emit busyChanged(false);
        return;
    }
    if (m_thread.joinable())
        m_thread.join(); // it has ended: runEnded() came from its last act
    if (!m_classifier)
        m_classifier = std::make_shared<const Classifier>(m_catalog);
    auto result = std::make_shared<RunResult>();
    result->request = m_queue.takeFirst();
    m_running = true;
    m_cancelling = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 runId = ++m_runId;
    emit busyChanged(true);
    emit runStarted(result->request);
    m_thread = std::thread(&ClassificationController::work, this, runId, result, m_classifier, m_cancel);
}

void ClassificationController::post(quint64 runId, const ClassifyProgress &progress)
{
    QMetaObject::invokeMethod(
        this,
        [this, runId, progress] {
            if (runId == m_runId && m_running && !m_cancelling)
                emit progressChanged(progress);
        },
        Qt::QueuedConnection);
}

// On the worker thread: touches nothing of the controller but post() and invokeMethod().
void ClassificationController::work(quint64 runId, const std::shared_ptr<RunResult> &result,
    const std::shared_ptr<const Classifier> &classifier, const std::shared_ptr<std::atomic<bool>> &cancel)
{
    QElapsedTimer clock;
    clock.start();
    ClassifyOptions options;
    options.keepEvents = true; // the matched lines: 16 bytes per event, no text
    // Bounded whatever the log: a code with a million hits keeps its first 100,000 lines.
    options.maxKeptEventsPerCode = 100000;
    // After a cancel the engine still finishes the blocks in flight (4 of them): 1 MiB
    // blocks keep that near 4 MiB of work (tens of ms) at no cost in throughput.
    options.blockSize = CancelBlockSize;
    QList<RunInput> inputs;
    for (const SessionInput &input : std::as_const(result->request.inputs)) {
        RunInput run = input.isText() ? RunInput::bytes(input.text, input.label) : RunInput::file(input.path);
        run.product = input.product;
        run.assumeEkyc = input.assumeEkyc;
        inputs.append(std::move(run));
    }
    ClassifyRun run(*classifier, options);
    run.setProgress([this, runId](const ClassifyProgress &progress) { post(runId, progress); }, ProgressInterval);
    run.setCancel(cancel.get());
    result->reports = run.reports(inputs);
    const bool cancelled = run.wasCancelled();
    qCDebug(lcClassify) << "run" << runId << (cancelled ? "stopped" : "done") << "after" << clock.elapsed() << "ms";
    QMetaObject::invokeMethod(
        this, [this, runId, result, cancelled] { runEnded(runId, result, cancelled); }, Qt::QueuedConnection);
}

void ClassificationController::runEnded(quint64 runId, std::shared_ptr<RunResult> result, bool cancelled)
{
    if (runId != m_runId)
        return;
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    if (cancelled || m_cancelling) {
        m_lastCancelLatency = m_cancelTimer.elapsed();
        qCDebug(lcClassify) << "cancel took" << m_lastCancelLatency << "ms";
        m_cancelling = false;
        emit runCancelled(m_lastCancelLatency);
    } else {
        emit runFinished(std::move(result));
    }
    startNext();
}

} // namespace ekyc
