// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "classifyrun.h"

#include "inputsource.h"

#include <QFileInfo>

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

namespace {

// §8: a syslog time's year is its input's modification year (this year for a stream).
qint64 syslogYearOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() ? info.lastModified().toUTC().date().year() : 0;
}

} // namespace

Report ClassifyRun::report(const QList<RunInput> &inputs)
{
    Report report = m_classifier.emptyReport();
    report.timeline.bins = TimeBins(m_options.bucketSize);
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
    for (int i = 0; i < inputs.size() && !wasCancelled(); ++i) {
        m_state.input = i;
        m_state.label = inputs.at(i).path;
        m_state.inputDone = 0;
        m_state.inputTotal = sizes.at(i);
        m_state.done = m_doneBefore;
        if (m_intervalMs > 0)
            notify(true); // every new input shows at once
        const qint64 droppedBefore = m_dedupe.dropped;
        classifyInput(i, inputs.at(i), sink);
        m_droppedPerInput.append(m_dedupe.dropped - droppedBefore);
        m_doneBefore += std::max<qint64>(0, sizes.at(i));
    }
}

void ClassifyRun::classifyInput(int index, const RunInput &input, const FileSink &sink)
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
        m_state.inputDone = raw;
        m_state.done = m_doneBefore + raw;
        notify(false);
    };
    bool visited = false;
    const QString error = source.visit(
        [&](const QString &label, ByteStream &stream) {
            visited = true;
            m_state.label = label;
            sink(index, m_classifier.classify(label, stream, options, m_cancel, dedupe, syslogYearOf(input.path)));
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
