// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "classifyrun.h"

#include "inputsource.h"


#include <algorithm>

#include <thread>
#include <vector>

namespace ekyc {

RunInput RunInput::file(const QString &path)
{
    RunInput input;
    input.path = path;
    return input;
}

RunInput RunInput::bytes(const QByteArray &text, const QString &label)
{
    RunInput input;
    input.path = label;
    input.text = text;
    input.isText = true;
    return input;
}

QList<RunInput> RunInput::files(const QStringList &paths)
{
    QList<RunInput> inputs;
    inputs.reserve(paths.size());
    for (const QString &path : paths)
        inputs.append(file(path));
    return inputs;
}

ClassifyRun::ClassifyRun(const Classifier &classifier, const ClassifyOptions &options)
    : m_classifier(classifier)
    , m_options(options)
{
}

void ClassifyRun::setProgress(ProgressCallback progress, int intervalMs)
{
    m_progress = std::move(progress);
    m_intervalMs = intervalMs;
}

QList<Report> ClassifyRun::reports(const QList<RunInput> &inputs)
{
    QList<Report> reports;
    forEachFile(inputs, [&](int input, FileResult file) {
        while (reports.size() <= input) {
            reports.append(m_classifier.emptyReport());
            reports.last().timeline.bins = TimeBins(m_options.bucketSize);
        }
        reports[input].addFile(std::move(file));
    });
    for (int i = 0; i < reports.size(); ++i)
        reports[i] = finished(std::move(reports[i]), m_droppedPerInput.value(i));
    return reports;
}

Report ClassifyRun::report(const QList<RunInput> &inputs)
{
    Report report = m_classifier.emptyReport();
    report.timeline.bins = TimeBins(m_options.bucketSize);
    report.files.reserve(inputs.size()); // one each, or more for archives: no regrowth in a folder
    forEachFile(inputs, [&](int, FileResult file) { report.addFile(std::move(file)); });
    return finished(std::move(report), m_dedupe.dropped);
}

Report ClassifyRun::finished(Report report, qint64 duplicatesDropped) const
{
    report.dedupe = m_options.dedupeRequestId;
    report.duplicatesDropped = duplicatesDropped;
    report.timeWindow = m_options.window.active();
    report.sort();
    return report;
}

void ClassifyRun::notify(bool force)
{
    if (!m_progress)
        return;
    if (m_intervalMs > 0 && !force && m_sinceNotified.isValid() && m_sinceNotified.elapsed() < m_intervalMs
        && m_state.label == m_notifiedLabel)
        return;
    m_sinceNotified.start();
    m_notifiedLabel = m_state.label;
    m_progress(m_state);
}

void ClassifyRun::forEachFile(const QList<RunInput> &inputs, const FileSink &sink)
{
    m_dedupe = DedupeState();
    m_droppedPerInput.clear();
    m_state = ClassifyProgress();
    m_state.inputCount = int(inputs.size());
    QList<qint64> sizes;
    for (const RunInput &input : inputs) {
        sizes.append(input.isText ? input.text.size() : InputSource(input.path).size());
        m_state.total += std::max<qint64>(0, sizes.constLast());
    }
    m_doneBefore = 0;
    for (int i = 0; i < inputs.size() && !wasCancelled();) {
        const int batchEnd = smallBatchEnd(inputs, sizes, i);
        if (batchEnd > i + 1) {
            classifyBatch(inputs, sizes, i, batchEnd, sink);
            i = batchEnd;
            continue;
        }
        startInput(i, inputs.at(i).path, sizes.at(i));
        const qint64 droppedBefore = m_dedupe.dropped;
        classifyInput(i, inputs.at(i), sink, true);
        m_droppedPerInput.append(m_dedupe.dropped - droppedBefore);
        m_doneBefore += std::max<qint64>(0, sizes.at(i));
        ++i;
    }
}

void ClassifyRun::startInput(int index, const QString &label, qint64 size)
{
    m_state.input = index;
    m_state.label = label;
    m_state.inputDone = 0;
    m_state.inputTotal = size;
    m_state.done = m_doneBefore;
    if (m_intervalMs > 0)
        notify(true); // every new input shows at once
}

// Small inputs (a folder of rotated logs, pasted text) one after the other: their fixed costs
// (open, first read, the report's set-up) outweigh their bytes, and one input gives one thread
// nothing to share. A batch of them is classified on two threads; the results go to the sink
// in argument order, as one at a time would give them. Not with --dedupe (one state for all
// inputs, in order), one thread, or progress asked for every read (tests hook into reads).
int ClassifyRun::smallBatchEnd(const QList<RunInput> &inputs, const QList<qint64> &sizes, int from) const
{
    constexpr qint64 SmallInput = 1 << 20;
    constexpr qint64 BatchBytes = 16 << 20;
    constexpr int BatchInputs = 256;
    if (m_options.dedupeRequestId || m_options.threads == 1 || (m_progress && m_intervalMs == 0))
        return from + 1;
    // Archives and compressed files are left to the one-at-a-time path, whose progress follows
    // their expansion (a small file may hold a large log); the engine knows them by their bytes,
    // this only by the usual names — one unnamed is merely classified without progress.
    const QStringList &packed = InputSource::packedSuffixes();
    auto small = [&](int i) {
        if (sizes.at(i) < 0 || sizes.at(i) > SmallInput)
            return false;
        const QString &path = inputs.at(i).path;
        return inputs.at(i).isText
            || std::none_of(packed.cbegin(), packed.cend(),
                [&](const QString &suffix) { return path.endsWith(suffix, Qt::CaseInsensitive); });
    };
    int end = from;
    qint64 bytes = 0;
    while (end < inputs.size() && end - from < BatchInputs && small(end) && bytes + sizes.at(end) <= BatchBytes) {
        bytes += sizes.at(end);
        ++end;
    }
    return std::max(end, from + 1);
}

void ClassifyRun::classifyBatch(
    const QList<RunInput> &inputs, const QList<qint64> &sizes, int from, int end, const FileSink &sink)
{
    const auto count = size_t(end - from);
    std::vector<std::vector<FileResult>> results(count);
    std::vector<char> done(count, 0);
    std::atomic<size_t> next { 0 };
    auto work = [&] {
        for (size_t k = next++; k < count && !wasCancelled(); k = next++) {
            const int index = from + int(k);
            classifyInput(
                index, inputs.at(index), [&](int, FileResult file) { results[k].push_back(std::move(file)); }, false);
            done[k] = 1;
        }
    };
    std::thread other(work);
    work();
    other.join();
    // In order; a cancel stops after the input during which it came, as it does one at a time.
    for (size_t k = 0; k < count && done[k] && !(k > 0 && wasCancelled()); ++k) {
        const int index = from + int(k);
        startInput(index, inputs.at(index).path, sizes.at(index));
        for (FileResult &file : results[k]) {
            m_state.label = file.summary.path;
            sink(index, std::move(file));
        }
        m_droppedPerInput.append(0);
        m_doneBefore += std::max<qint64>(0, sizes.at(index));
        m_state.inputDone = m_state.inputTotal;
        m_state.done = m_doneBefore;
        notify(false);
    }
}

void ClassifyRun::classifyInput(int index, const RunInput &input, const FileSink &sink, bool reportProgress)
{
    ClassifyOptions options = m_options;
    if (input.product)
        options.product = input.product;
    options.assumeEkyc = options.assumeEkyc || input.assumeEkyc;
    DedupeState *dedupe = options.dedupeRequestId ? &m_dedupe : nullptr;
    if (input.isText) {
        BufferStream stream(input.text);
        sink(index, m_classifier.classify(input.path, stream, options, m_cancel, dedupe));
        return;
    }
    InputSource source(input.path);
    auto onBytes = [&](qint64 raw) {
        if (!reportProgress) // on a thread of a batch: the batch reports
            return;
        m_state.inputDone = raw;
        m_state.done = m_doneBefore + raw;
        notify(false);
    };
    bool visited = false;
    const QString error = source.visit(
        [&](const QString &label, ByteStream &stream) {
            visited = true;
            if (reportProgress)
                m_state.label = label;
            // §8: a syslog time's year is its input's modification year (this year for a stream).
            sink(index, m_classifier.classify(label, stream, options, m_cancel, dedupe, source.modifiedYear()));
        },
        onBytes, m_cancel);
    if (!error.isEmpty() || !visited) {
        // The input itself failed (or was an archive with no members): it still gets its line.
        FileResult failed;
        failed.summary.path = input.path;
        failed.summary.error = error;
        failed.summary.product = options.product;
        failed.summary.productSource = options.product ? ProductSource::User : ProductSource::None;
        sink(index, std::move(failed));
    }
}

} // namespace ekyc
