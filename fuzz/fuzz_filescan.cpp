// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the pieces below the whole reader, on a buffer and on one thread: blocks
// of whole lines as LineReader cuts them (small ones, so lines meet block edges), the prefilter and
// FileScan::prepare (the exact scan of candidate lines), and FileScan's record, logical-line
// and context bookkeeping, against FileScan on every line. No thread pool, no 64 KiB first
// read per input beyond the reader's own: thousands of inputs a second where
// fuzz_classify_text runs tens.
//
// The first byte picks: bits 0-1 the encoding (auto, utf-8, gb18030, gb18030); bits 2-4 the
// block size (16 << n bytes); bits 5-6 the candidate scan's build (scalar, SSE2, AVX2, AVX-512,
// capped at what the processor runs); bit 7 every line has context (--assume-ekyc).
//
// Invariants checked on every input (a mismatch traps, so libFuzzer records it):
// * the prefiltered blocks and the every-line scan give the same JSON and JSONL;
// * as in Classifier, blocks after the first that holds a line that is not UTF-8 are not
//   validated (checkUtf8 off), and that changes nothing either.
#include "fuzzsupport.h"

#include "core/filescan.h"

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace ekyc;
using fuzz::catalog;
using fuzz::classifier;
using fuzz::prefilter;
using fuzz::startedReader;

namespace {

// Blocks of whole lines, as LineReader cuts them: up to `size` bytes, or one longer line. (Not
// through LineReader itself: its 64 KiB first read per input would cost more than the rest.)
std::vector<LineReader::Block> blocksOf(const QByteArray &text, qint64 size)
{
    std::vector<LineReader::Block> blocks;
    qint64 pos = 0;
    while (pos < text.size()) {
        const qint64 limit = std::min<qint64>(pos + size, text.size());
        qint64 cut = text.lastIndexOf('\n', limit - 1) + 1;
        if (cut <= pos) {
            const qint64 next = text.indexOf('\n', limit);
            cut = next < 0 ? text.size() : next + 1;
        }
        if (limit == text.size())
            cut = text.size();
        LineReader::Block block;
        block.bytes = text.mid(pos, cut - pos);
        blocks.push_back(block);
        pos = cut;
    }
    return blocks;
}

Report reportOf(FileResult result)
{
    Report report;
    report.addFile(std::move(result));
    report.sort();
    return report;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    prefilter();
    startedReader(0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::uint8_t flags = size > 0 ? data[0] : 0;
    const QByteArray text
        = size > 1 ? QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)) : QByteArray();
    const qint64 blockSize = qint64(16) << ((flags >> 2) & 7);
    const auto level = std::min(candidatescan::Level((flags >> 5) & 3), candidatescan::supportedLevel());

    const LineReader &reader = startedReader(flags & 3);
    const std::vector<LineReader::Block> blocks = blocksOf(text, blockSize);

    const CodeIndex &index = classifier().index();
    FileScan::Settings settings;
    settings.keepEvents = true;
    settings.everyLineHasContext = (flags & 0x80) != 0;
    FileScan reference(index, reader, settings);
    FileScan fast(index, reader, settings);
    static LineScanner scanner(index); // stateless between lines; made once (its tables)
    static Prefilter::Scratch scratch(prefilter()); // Vectorscan's scratch: costly to allocate
    LineDecoder decoder(reader);
    bool notUtf8 = false;
    // Kept from block to block and from input to input, as a Classifier's workspaces are (the
    // LineScans in it are scanned into again).
    static FileScan::Prepared prepared;
    for (const LineReader::Block &b : blocks) {
        reference.addBlock(b, nullptr);
        prefilter().scan(b.bytes.constData(), b.bytes.size(), scratch, &prepared.info, level, !notUtf8,
                         reader.gb18030Always());
        notUtf8 = notUtf8 || !prepared.info.validUtf8;
        FileScan::prepare(b, scanner, decoder, &prepared);
        fast.addBlock(b, &prepared);
    }
    auto summary = [&](const FileScan &scan, bool usedGb18030) {
        FileSummary s;
        s.path = QStringLiteral("fuzz.log");
        s.lines = scan.lineCount();
        s.encoding = reader.encodingName(usedGb18030);
        return s;
    };
    const FileSummary referenceSummary = summary(reference, reference.usedGb18030());
    const FileSummary fastSummary = summary(fast, fast.usedGb18030());
    fuzz::requireSameReports(reportOf(fast.finish(fastSummary, std::nullopt)),
        reportOf(reference.finish(referenceSummary, std::nullopt)), catalog(),
        "prefiltered and every-line FileScan reports");
    return 0;
}
