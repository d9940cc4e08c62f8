// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "classifyrun.h"

#include "batchread.h"
#include "inputsource.h"

#include <QFile>

#include <algorithm>
#include <condition_variable>
#include <mutex>
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
    if (!m_onFile)
        report.files.reserve(inputs.size()); // one each, or more for archives: no regrowth in a folder
    forEachFile(inputs, [&](int, FileResult file) {
        if (m_onFile) {
            report.tally(file);
            m_onFile(file);
            return;
        }
        report.addFile(std::move(file));
        if (!m_options.keepFileDetails && !m_options.keepEvents) { // freed for the next input's to reuse
            FileResult &added = report.files.last();
            added.groups = {};
            added.timeline = Timeline();
            added.lineMarks = {};
        }
    });
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
    const QList<qint64> sizes = sizesOf(inputs);
    for (qint64 size : sizes)
        m_state.total += std::max<qint64>(0, size);
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

// A stat() each, on all cores for a folder's worth: ten thousand are some 30 ms on one. The
// modification years go to m_modifiedYears, for the inputs a batch reads together.
QList<qint64> ClassifyRun::sizesOf(const QList<RunInput> &inputs)
{
    QList<qint64> sizes(inputs.size());
    m_modifiedYears = QList<int>(inputs.size(), 0);
    auto measure = [&](qsizetype from, qsizetype end) {
        for (qsizetype i = from; i < end; ++i) {
            if (inputs.at(i).isText) {
                sizes[i] = inputs.at(i).text.size();
                continue;
            }
            const InputSource::FileInfo info = InputSource(inputs.at(i).path).fileInfo();
            sizes[i] = info.size;
            m_modifiedYears[i] = info.modifiedYear;
        }
    };
    constexpr qsizetype PerThread = 1024;
    const int threads = std::min<int>(m_options.threadCount(), int(inputs.size() / PerThread) + 1);
    std::vector<std::thread> helpers;
    const qsizetype share = (inputs.size() + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(measure, share * t, std::min(inputs.size(), share * (t + 1)));
    measure(0, std::min(inputs.size(), share));
    for (std::thread &thread : helpers)
        thread.join();
    return sizes;
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
// nothing to share. A run of them is classified on all cores; the results go to the sink in
// argument order, as one at a time would give them. Not with --dedupe (one state for all
// inputs, in order), one thread, or progress asked for every read (tests hook into reads).
int ClassifyRun::smallBatchEnd(const QList<RunInput> &inputs, const QList<qint64> &sizes, int from) const
{
    constexpr qint64 SmallInput = 1 << 20;
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
    while (end < inputs.size() && small(end))
        ++end;
    return std::max(end, from + 1);
}

// The calling thread hands the results on in order and, while the next is not ready, takes
// inputs itself; the helpers take inputs as long as they are fewer than Window ahead of the
// one handed on (a bound on the results held). So no thread waits for a batch's slowest input,
// and handing on (the report's bookkeeping) overlaps the helpers' work. A thread takes a few
// inputs at a time and reads those small enough together (BatchReader: a few system calls for
// them all, where one at a time costs an open, a read and a close each).
void ClassifyRun::classifyBatch(
    const QList<RunInput> &inputs, const QList<qint64> &sizes, int from, int end, const FileSink &sink)
{
    constexpr int Window = 64;
    constexpr int MaxTaken = 16;
    const int count = end - from;
    const int threads = std::max(1, m_options.threadCount());
    std::vector<std::vector<FileResult>> results(static_cast<size_t>(count));
    std::vector<char> done(size_t(count), 0);
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;      // the next input to take
    int handedOn = 0;  // the next input to hand on
    bool finished = false;
    // Inputs [k, end) of the batch, taken together; each is marked done as it is classified (once
    // cancelled, the rest are marked done with nothing, to be dropped).
    auto classifyTaken = [&](int k, int takenEnd, BatchReader &reader) {
        std::vector<BatchReader::File> files;
        if (reader.isValid()) {
            files.resize(size_t(takenEnd - k));
            for (int j = k; j < takenEnd; ++j) {
                const RunInput &input = inputs.at(from + j);
                BatchReader::File &file = files[size_t(j - k)];
                if (!input.isText)
                    file.path = QFile::encodeName(input.path);
                file.size = input.isText ? -1 : sizes.at(from + j);
            }
            reader.read(files);
        }
        for (int j = k; j < takenEnd; ++j) {
            std::vector<FileResult> classified;
            if (!wasCancelled()) {
                const BatchReader::File *read = files.empty() || !files[size_t(j - k)].read ? nullptr : &files[size_t(j - k)];
                classifyInput(
                    from + j, inputs.at(from + j), [&](int, FileResult file) { classified.push_back(std::move(file)); },
                    false, read ? &read->bytes : nullptr);
            }
            const std::lock_guard<std::mutex> lock(mutex);
            results[size_t(j)] = std::move(classified);
            done[size_t(j)] = 1;
            changed.notify_all();
        }
    };
    auto mayTake = [&] { return next < count && next < handedOn + Window && !wasCancelled(); };
    // How many to take: up to MaxTaken, fewer towards the end so that the threads finish together.
    auto take = [&] {
        const int share = std::clamp((count - next) / (2 * threads), 1, MaxTaken);
        const int k = next;
        next = std::min({count, next + share, handedOn + Window});
        return std::pair<int, int>(k, next);
    };
    auto helper = [&] {
        BatchReader reader(MaxTaken);
        std::unique_lock<std::mutex> lock(mutex);
        while (true) {
            changed.wait(lock, [&] { return finished || next >= count || wasCancelled() || mayTake(); });
            if (!mayTake())
                return;
            const auto [k, takenEnd] = take();
            lock.unlock();
            classifyTaken(k, takenEnd, reader);
            lock.lock();
        }
    };
    std::vector<std::thread> helpers(size_t(std::max(1, threads - 1)));
    for (std::thread &thread : helpers)
        thread = std::thread(helper);
    BatchReader reader(MaxTaken);
    std::unique_lock<std::mutex> lock(mutex);
    // A cancel stops after the input during which it came, as it does one at a time: the one
    // being handed on is finished (it may be partial), none is taken after it.
    while (handedOn < count) {
        const auto k = size_t(handedOn);
        if (done[k]) {
            std::vector<FileResult> files = std::move(results[k]);
            lock.unlock();
            const int index = from + handedOn;
            startInput(index, inputs.at(index).path, sizes.at(index));
            for (FileResult &file : files) {
                m_state.label = file.summary.path;
                sink(index, std::move(file));
            }
            m_droppedPerInput.append(0);
            m_doneBefore += std::max<qint64>(0, sizes.at(index));
            m_state.inputDone = m_state.inputTotal;
            m_state.done = m_doneBefore;
            notify(false);
            lock.lock();
            ++handedOn;
            changed.notify_all();
            if (wasCancelled())
                break;
        } else if (mayTake()) {
            const auto [k, takenEnd] = take();
            lock.unlock();
            classifyTaken(k, takenEnd, reader);
            lock.lock();
        } else if (next <= handedOn) {
            break; // cancelled before anyone took it
        } else {
            changed.wait(lock);
        }
    }
    finished = true;
    changed.notify_all();
    lock.unlock();
    for (std::thread &thread : helpers)
        thread.join();
}

void ClassifyRun::classifyInput(
    int index, const RunInput &input, const FileSink &sink, bool reportProgress, const QByteArray *bytesRead)
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
    auto visitor = [&](const QString &label, ByteStream &stream) {
        visited = true;
        if (reportProgress)
            m_state.label = label;
        // §8: a syslog time's year is its input's modification year (this year for a stream).
        sink(index, m_classifier.classify(label, stream, options, m_cancel, dedupe, source.modifiedYear()));
    };
    const QString error = bytesRead
        ? source.visitBytes(*bytesRead, m_modifiedYears.value(index), visitor, onBytes, m_cancel)
        : source.visit(visitor, onBytes, m_cancel);
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
