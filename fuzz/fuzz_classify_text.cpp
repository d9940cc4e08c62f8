// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: bytes through the line reader, prefilter, scanner and classifier
// (Classifier::runOnText). The first byte picks the options (bits 0-2 product or
// --assume-ekyc, 3-4
// encoding, 5-7 repetition); the rest is the log.
//
// Invariants checked on every input (a mismatch traps, so libFuzzer records it):
// * the prefiltered path and the every-line reference path give the same JSON and JSONL;
// * for lines shorter than LineReader::MaxSegment, the block size changes nothing.
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace ekyc;
using fuzz::catalog;
using fuzz::classifier;

namespace {

// Repeats `text` until it is at least `size` bytes, so blocks and over-long lines are
// cut in the middle of what the fuzzer wrote.
QByteArray repeated(const QByteArray &text, qint64 size)
{
    if (text.isEmpty())
        return text;
    QByteArray out;
    out.reserve(size + text.size());
    while (out.size() < size)
        out += text;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    classifier();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::uint8_t flags = size > 0 ? data[0] : 0;
    QByteArray text
        = size > 1 ? QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)) : QByteArray();

    ClassifyOptions options;
    options.keepEvents = true;
    const int product = flags & 7; // 0, 7: none; 1..5: a product chosen by the user; 6: --assume-ekyc
    if (product >= 1 && product <= ProductCount)
        options.product = AllProducts[size_t(product - 1)];
    options.assumeEkyc = product == ProductCount + 1;
    static constexpr Encoding encodings[] = { Encoding::Auto, Encoding::Utf8, Encoding::Utf16, Encoding::Gb18030 };
    options.encoding = encodings[(flags >> 3) & 3];
    // Bits 5-7: mostly as written (0-4: the fuzzer runs fastest on short inputs); 5: repeated
    // past the 64 KiB probe, so there are several blocks, two threads prefiltering ahead of
    // the scanner; 6: the same as lines; 7: past MaxSegment, so a line without a newline is
    // handed out in pieces.
    const int amplify = flags >> 5;
    options.blockSize = 16; // each read is still at least 64 KiB
    options.threads = 1;
    // Just past the 64 KiB the reader takes first: two or three blocks, which is all the block
    // logic needs, at a third of the cost of more.
    constexpr qint64 SeveralBlocks = 80 * 1024;
    if (amplify == 5) {
        text = repeated(text, SeveralBlocks);
        options.threads = 2;
    } else if (amplify == 6) {
        text = repeated(text + '\n', SeveralBlocks);
    } else if (amplify == 7) {
        text = repeated(text, LineReader::MaxSegment + 70 * 1024);
    }

    const Classifier &c = classifier();
    const QString label = QStringLiteral("fuzz.log");
    ClassifyOptions everyLine = options;
    everyLine.scanEveryLine = true;
    everyLine.threads = 1;
    const Report fast = c.runOnText(text, label, options);
    const Report reference = c.runOnText(text, label, everyLine);
    fuzz::requireSameReports(fast, reference, catalog(), "prefiltered and every-line reports");

    // Pieces of over-long lines are cut where a block ends, so only shorter lines are
    // independent of the block size; text under 64 KiB is one block whatever the size.
    if (amplify == 5 || amplify == 6) {
        ClassifyOptions bigBlocks = options;
        bigBlocks.blockSize = LineReader::DefaultBlockSize;
        const Report big = c.runOnText(text, label, bigBlocks);
        fuzz::requireSameReports(fast, big, catalog(), "reports with small and default blocks");
    }

    // Totals add up; every event is kept once, those not counted (R3, R4) too.
    const Totals &t = fast.totals;
    if (t.events != t.known + t.ambiguous + t.unknown || fast.files.size() != 1
        || fast.files.constFirst().summary.events != t.events
        || qint64(fast.files.constFirst().events.size()) != t.events + t.notCounted)
        __builtin_trap();
    return 0;
}
