// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "codeindex.h"
#include "linereader.h"
#include "prefilter.h"
#include "report.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ekyc {

struct ClassifyOptions
{
    std::optional<Product> product; // the user's choice; a line's own action name still wins
    // Every line of the inputs is eKYC traffic (R3 d): a ticket snippet, a log that holds
    // nothing else. `--assume-ekyc`; text pasted into the window.
    bool assumeEkyc = false;
    Encoding encoding = Encoding::Auto;
    bool keepEvents = false; // per-event line numbers, for JSONL and matched lines
    // Keep each file's codes, timeline and line marks in Report::files once they are added to
    // the report's own (the window's per-file views read them). The CLI's JSON, table and CSV
    // print a file's summary only: without them a folder of 10,000 logs holds 25 MB less.
    bool keepFileDetails = true;
    // With keepEvents: keep at most this many line numbers per code and action in an input
    // (the rest are counted, their lines not kept; FileResult::eventsTruncated says so).
    // 0: keep all (JSONL needs them all).
    qint64 maxKeptEventsPerCode = 0;
    // Count an event whose line or record carries a RequestId already seen in the run once
    // (memory grows with the distinct request ids).
    bool dedupeRequestId = false;
    // Event times (docs/classification.md §8): --timezone for times without a zone (minutes
    // east of UTC), --since / --until, and --bucket (0: chosen by the span).
    std::optional<int> timezoneOffset;
    TimeWindow window;
    qint64 bucketSize = 0;
    // Tuning and testing: scan every line instead of the prefilter's candidates (the
    // reference path), the size of the blocks handed to threads, and how many threads.
    bool scanEveryLine = false;
    qint64 blockSize = LineReader::DefaultBlockSize;
    int threads = 0; // 0: one per core
    int threadCount() const; // `threads`, or the cores' count for 0
};

struct ClassifyProgress
{
    int input = 0;        // index into the inputs
    int inputCount = 0;
    QString label;        // the input (or archive member) being read
    qint64 inputDone = 0; // raw bytes read of this input
    qint64 inputTotal = -1;
    qint64 done = 0; // raw bytes read of all inputs
    qint64 total = 0; // known sizes added up (streams count as 0)
};

struct DedupeState;

// Classifies log files: the engine behind `ekyc-codes classify` and the window's drop
// target. Thread-safe to call from a worker thread; progress is reported on that thread.
// The loop over inputs is ClassifyRun's; run() and runOnText() are its short forms.
class Classifier
{
public:
    using ProgressCallback = std::function<void(const ClassifyProgress &)>;
    using FileCallback = std::function<void(const FileResult &)>;

    explicit Classifier(const Catalog &catalog);
    ~Classifier();
    Classifier(const Classifier &) = delete;
    Classifier &operator=(const Classifier &) = delete;

    // Every input in order; an input that cannot be read gets an entry with its error.
    // When `cancel` becomes true the run stops within a block (≤ 1 MiB) and returns
    // what it has, the interrupted input marked "cancelled".
    Report run(const QStringList &inputs, const ClassifyOptions &options, const ProgressCallback &progress = {},
               const std::atomic<bool> *cancel = nullptr) const;
    // The same, each input's results handed to `onFile` in order as they are ready and not kept
    // in Report::files (ClassifyRun::setFileCallback).
    Report run(const QStringList &inputs, const ClassifyOptions &options, const FileCallback &onFile) const;

    // Text that is not in a file (pasted into the window), reported under `label`.
    Report runOnText(const QByteArray &text, const QString &label, const ClassifyOptions &options) const;

    // One stream (a file, an archive member, bytes), reported under `label`. `dedupe`: the
    // request ids seen so far in the run, or null.
    // `syslogYear`: the year of a syslog time (§8: the input's modification year); 0: this year.
    FileResult classify(const QString &label, ByteStream &stream, const ClassifyOptions &options,
                        const std::atomic<bool> *cancel = nullptr, DedupeState *dedupe = nullptr,
                        qint64 syslogYear = 0) const;
    // A report of no input, stamped with the catalog.
    Report emptyReport() const;

    const CodeIndex &index() const { return m_index; }

private:
    void prefilterPipeline(LineReader &reader, class FileScan &scan, const ClassifyOptions &options,
                           const std::atomic<bool> *cancel) const;

    // What a block's scan needs besides the block — the prefilter's scratch space, the line
    // scanner — is made once and kept for the next input: a folder of ten thousand small logs
    // would otherwise build them ten thousand times.
    struct Workspace;
    std::unique_ptr<Workspace> takeWorkspace() const;
    void giveBack(std::unique_ptr<Workspace> workspace) const;

    CodeIndex m_index;
    std::unique_ptr<Prefilter> m_prefilter;
    std::unique_ptr<const class LineScanner> m_scanner; // copied into each input's FileScan
    mutable std::mutex m_spareMutex;
    mutable std::vector<std::unique_ptr<Workspace>> m_spare;
};

} // namespace ekyc
