// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "classifier.h"

#include "classifyrun.h"
#include "filescan.h"

#include <QDateTime>
#include <QThread>
#include <QThreadPool>

#include <array>
#include <cstring>
#include <future>

namespace ekyc {

Classifier::Classifier(const Catalog &catalog)
    : m_index(catalog)
    , m_prefilter(std::make_unique<Prefilter>(m_index))
    , m_scanner(std::make_unique<LineScanner>(m_index))
{
    if (!m_prefilter->isValid()) {
        qWarning("ekyc: the prefilter could not be built (%s); scanning every line", qPrintable(m_prefilter->error()));
        m_prefilter.reset();
    }
}

int ClassifyOptions::threadCount() const
{
    static const int cores = QThread::idealThreadCount(); // a system call: once, not per input
    return std::max(1, threads > 0 ? threads : cores);
}

struct Classifier::Workspace
{
    explicit Workspace(const Prefilter &prefilter, const CodeIndex &index)
        : scratch(prefilter)
        , scanner(index)
    {
    }
    Prefilter::Scratch scratch;
    LineScanner scanner;
    // A block's scan results, here rather than per input: a folder's inputs reuse the
    // vectors' memory instead of growing new ones.
    FileScan::Prepared prepared;
};

Classifier::~Classifier() = default;

std::unique_ptr<Classifier::Workspace> Classifier::takeWorkspace() const
{
    {
        const std::lock_guard<std::mutex> lock(m_spareMutex);
        if (!m_spare.empty()) {
            std::unique_ptr<Workspace> workspace = std::move(m_spare.back());
            m_spare.pop_back();
            return workspace;
        }
    }
    return std::make_unique<Workspace>(*m_prefilter, m_index);
}

void Classifier::giveBack(std::unique_ptr<Workspace> workspace) const
{
    if (!workspace)
        return;
    const std::lock_guard<std::mutex> lock(m_spareMutex);
    m_spare.push_back(std::move(workspace));
}

Report Classifier::emptyReport() const
{
    Report report;
    report.catalogUpdated = m_index.catalog().updated();
    report.catalogCodes = m_index.catalog().size();
    return report;
}

FileResult Classifier::classify(const QString &label, ByteStream &stream, const ClassifyOptions &options,
                                const std::atomic<bool> *cancel, DedupeState *dedupe, qint64 syslogYear) const
{
    LineReader reader(stream, options.encoding, cancel, options.blockSize);
    FileScan::Settings settings;
    settings.keepEvents = options.keepEvents;
    settings.maxKeptPerCode = options.maxKeptEventsPerCode;
    settings.dedupe = dedupe;
    settings.everyLineHasContext = options.assumeEkyc || options.product.has_value();
    settings.syslogYear = syslogYear > 0 ? syslogYear : QDateTime::currentDateTimeUtc().date().year();
    settings.timezoneOffset = options.timezoneOffset;
    settings.window = options.window;
    settings.bucketSize = options.bucketSize;
    FileScan scan(m_index, reader, settings, m_scanner.get());
    if (options.scanEveryLine || !m_prefilter) {
        LineReader::Block block;
        while (reader.next(&block))
            scan.addBlock(block, nullptr);
    } else {
        prefilterPipeline(reader, scan, options, cancel);
    }
    FileSummary summary;
    summary.path = label;
    summary.lines = scan.lineCount();
    summary.encoding = reader.encodingName(scan.usedGb18030());
    summary.error = reader.error();
    return scan.finish(std::move(summary), options.product);
}

// Blocks are cut here and added in order; the prefilter (the bulk of the work) runs on the
// pool for several blocks at once, and for a regular file the pool also reads each block's
// bytes (LineReader::setUnreadBlocks). Memory: Slots blocks in flight.
void Classifier::prefilterPipeline(LineReader &reader, FileScan &scan, const ClassifyOptions &options,
                                   const std::atomic<bool> *cancel) const
{
    constexpr int Slots = 4;
    struct Slot
    {
        LineReader::Block block;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<LineDecoder> decoder;
        std::future<void> done;
        QString error; // of fill()
    };
    // The pool is made with its first task: an input that fits in one block (most of a folder
    // of small logs) is scanned here, without a pool, threads or blocks it does not use
    // (docs/performance.md, "Many small inputs").
    std::optional<QThreadPool> pool;
    std::array<Slot, Slots> ring;
    // Given back when the loop ends, which waits for every task it started.
    struct GiveBack
    {
        const Classifier &owner;
        std::array<Slot, Slots> &ring;
        ~GiveBack()
        {
            for (Slot &slot : ring)
                owner.giveBack(std::move(slot.workspace));
        }
    } giveBack { *this, ring };
    bool firstBlock = true;
    // Set once a block holds a line that is not UTF-8: the input is then reported as gb18030
    // whatever the other blocks hold, and they need no validation (only their candidate lines
    // are judged, each on its own).
    std::atomic<bool> notUtf8 { false };
    int head = 0;
    int inFlight = 0;
    bool more = true;
    bool ended = false; // a block failed or found the input cut short: the blocks after it are not added
    reader.setUnreadBlocks(true);
    while (true) {
        while (more && inFlight < Slots) {
            Slot &slot = ring[size_t((head + inFlight) % Slots)];
            if (!reader.next(&slot.block)) {
                more = false;
                break;
            }
            if (!slot.decoder) { // the reader knows the encoding once it has started
                slot.workspace = takeWorkspace();
                slot.workspace->scanner.setKeepsRequestIds(scan.keepsRequestIds());
                slot.decoder = std::make_unique<LineDecoder>(reader);
            }
            auto work = [this, &slot, &notUtf8, &reader] {
                if (slot.block.unread > 0) {
                    slot.error = reader.fill(&slot.block);
                    if (!slot.error.isEmpty())
                        return;
                }
                const bool checkUtf8 = !notUtf8.load(std::memory_order_relaxed);
                m_prefilter->scan(slot.block.bytes.constData(), slot.block.bytes.size(), slot.workspace->scratch,
                    &slot.workspace->prepared.info, checkUtf8, reader.gb18030Always());
                if (checkUtf8 && !slot.workspace->prepared.info.validUtf8)
                    notUtf8.store(true, std::memory_order_relaxed);
                FileScan::prepare(slot.block, slot.workspace->scanner, *slot.decoder, &slot.workspace->prepared);
            };
            if (firstBlock && reader.atEnd()) {
                work(); // no future either: it would cost more than a small input's scan
                slot.done = {};
            } else {
                if (!pool) {
                    pool.emplace();
                    pool->setMaxThreadCount(options.threadCount());
                }
                auto task = std::make_shared<std::packaged_task<void()>>(work);
                slot.done = task->get_future();
                pool->start([task] { (*task)(); });
            }
            firstBlock = false;
            ++inFlight;
        }
        if (inFlight == 0)
            break;
        Slot &slot = ring[size_t(head)];
        if (slot.done.valid())
            slot.done.wait();
        // Once cancelled, blocks still in flight are only waited for, not added: the run ends
        // within a block's worth of work.
        if (!slot.error.isEmpty() && !ended) {
            reader.fail(slot.error);
            slot.error.clear();
            ended = true;
        }
        // (A block cut to nothing adds nothing, not even a line mark past the input's end.)
        if (!ended && !(cancel && cancel->load(std::memory_order_relaxed))
            && !(slot.block.cut && slot.block.bytes.isEmpty()))
            scan.addBlock(slot.block, &slot.workspace->prepared);
        if (slot.block.cut)
            ended = true;
        more = more && !ended;
        head = (head + 1) % Slots;
        --inFlight;
    }
}

Report Classifier::run(const QStringList &inputs, const ClassifyOptions &options, const ProgressCallback &progress,
                       const std::atomic<bool> *cancel) const
{
    ClassifyRun run(*this, options);
    run.setProgress(progress);
    run.setCancel(cancel);
    return run.report(RunInput::files(inputs));
}

Report Classifier::run(const QStringList &inputs, const ClassifyOptions &options, const FileCallback &onFile) const
{
    ClassifyRun run(*this, options);
    run.setFileCallback(onFile);
    return run.report(RunInput::files(inputs));
}

Report Classifier::runOnText(const QByteArray &text, const QString &label, const ClassifyOptions &options) const
{
    return ClassifyRun(*this, options).report({RunInput::bytes(text, label)});
}

} // namespace ekyc
