// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "classifier.h"
#include "eventtally.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace ekyc {

// One input of a run: a path (a file, an archive, "-" for standard input) or bytes that are
// in no file (text pasted into the window), with what the user said about it.
struct RunInput
{
    QString path;   // the file; for bytes, the name they are reported under
    QByteArray text;
    bool isText = false;
    std::optional<Product> product; // overrides ClassifyOptions::product when set
    bool assumeEkyc = false;        // added to ClassifyOptions::assumeEkyc

    static RunInput file(const QString &path);
    static RunInput bytes(const QByteArray &text, const QString &label);
    static QList<RunInput> files(const QStringList &paths);
};

// A run over inputs: their sizes, the loop over them, progress and cancel, written once for
// `ekyc-codes classify` (one report for all inputs) and the window (one report per input,
// run off the GUI thread by ClassificationController). Progress is reported on the thread
// that runs it; cancel is polled per block, and the interrupted input is marked "cancelled".
class ClassifyRun
{
public:
    using ProgressCallback = Classifier::ProgressCallback;

    ClassifyRun(const Classifier &classifier, const ClassifyOptions &options);

    // Every read (intervalMs 0), or at most one call per interval plus one as each input or
    // archive member starts, so that a new name shows at once. Small inputs classified on all
    // cores (a batch) report as each is handed on; every read means one at a time.
    void setProgress(ProgressCallback progress, int intervalMs = 0);
    void setCancel(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // One report per input, in order; a cancelled run stops after the interrupted input.
    QList<Report> reports(const QList<RunInput> &inputs);
    // All inputs in one report (the CLI's).
    Report report(const QList<RunInput> &inputs);
    // With a callback, report() hands each file to it in order, as soon as it is ready, and
    // keeps only the totals: Report::files stays empty (the CLI writes each file's row as
    // it comes, and holds none of them).
    using FileCallback = Classifier::FileCallback;
    void setFileCallback(FileCallback onFile) { m_onFile = std::move(onFile); }

    bool wasCancelled() const { return m_cancel && m_cancel->load(); }

private:
    using FileSink = std::function<void(int input, FileResult file)>;
    void forEachFile(const QList<RunInput> &inputs, const FileSink &sink);
    QList<qint64> sizesOf(const QList<RunInput> &inputs);
    void startInput(int index, const QString &label, qint64 size);
    int smallBatchEnd(const QList<RunInput> &inputs, const QList<qint64> &sizes, int from) const;
    void classifyBatch(
        const QList<RunInput> &inputs, const QList<qint64> &sizes, int from, int end, const FileSink &sink);
    // `bytesRead`: the file's bytes, read already with the size sizesOf() gave.
    void classifyInput(int index, const RunInput &input, const FileSink &sink, bool reportProgress,
                       const QByteArray *bytesRead = nullptr);
    void notify(bool force);
    Report finished(Report report, qint64 duplicatesDropped) const;

    const Classifier &m_classifier;
    ClassifyOptions m_options;
    ProgressCallback m_progress;
    FileCallback m_onFile;
    int m_intervalMs = 0;
    QElapsedTimer m_sinceNotified;
    QString m_notifiedLabel;
    ClassifyProgress m_state;
    qint64 m_doneBefore = 0;
    const std::atomic<bool> *m_cancel = nullptr;
    DedupeState m_dedupe;
    QList<qint64> m_droppedPerInput; // duplicates dropped in each input (--dedupe request-id)
    QList<int> m_modifiedYears;      // of each input, by sizesOf()
};

} // namespace ekyc
