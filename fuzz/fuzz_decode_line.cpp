// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the decoder of one line (LineDecoder) and the block facts the prefilter
// hands it. The first byte picks the reader's encoding (bits 0-1: auto, utf-8, gb18030) and
// whether the line ends with a newline (bit 2); the rest, up to its first '\n', is the line.
//
// Invariants checked on every input (a mismatch traps):
// * the fast path (LineDecoder told what the prefilter found about the block: ASCII, valid
//   UTF-8, NUL bytes) gives the same bytes as the decoder judging the line itself;
// * the block's validUtf8 says exactly whether the every-line path decodes the line as
//   GB18030 (automatic encoding), so both report the same encoding;
// * what comes out is valid UTF-8 (unless UTF-8 was forced), holds no NUL, and its ASCII bytes
//   are a subsequence of the line's: decoding never makes ASCII text, which is why raw-byte
//   literal matches stay a superset of the decoded ones;
// * the line scanner finds the same on the decoded line with its 64-byte chunks as byte by byte
//   (bit 3 of the first byte: brackets counted).
#include "fuzzsupport.h"

#include "core/linereader.h"
#include "core/linescanner.h"
#include "core/prefilter.h"

#include <cstddef>
#include <cstdint>

using namespace ekyc;
using fuzz::classifier;
using fuzz::prefilter;
using fuzz::startedReader;

namespace {

bool asciiSubsequence(QByteArrayView out, QByteArrayView in)
{
    qsizetype j = 0;
    for (char c : out) {
        if (static_cast<unsigned char>(c) >= 0x80)
            continue;
        while (j < in.size() && in[j] != c)
            ++j;
        if (j == in.size())
            return false;
        ++j;
    }
    return true;
}

// Everything a line scan tells the classifier, as text.
QString scanText(const LineScan &scan)
{
    QString text;
    for (const Occurrence &o : scan.occurrences)
        text += QStringLiteral("%1 %2 %3 %4 %5 %6;").arg(o.position).arg(o.codeId).arg(o.rawDepth).arg(o.rawDip)
                    .arg(int(o.cls)).arg(QString::fromLatin1(o.unknownText.toHex()));
    return text + QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                      .arg(scan.firstAction).arg(int(scan.actions)).arg(scan.context)
                      .arg(QString::fromLatin1(scan.requestId.toHex())).arg(scan.rawNet).arg(scan.rawDip)
                      .arg(scan.leftOpen).arg(scan.netDepth).arg(int(scan.lastNonBlank));
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
    const int which = (flags & 3) == 3 ? 2 : flags & 3;
    const bool lineEnd = (flags & 4) != 0;
    QByteArray line
        = size > 1 ? QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)) : QByteArray();
    const qsizetype newline = line.indexOf('\n');
    if (newline >= 0)
        line.truncate(newline);
    const LineReader &reader = startedReader(which);

    LineDecoder everyLine(reader);
    const QByteArray reference = everyLine.decode(line.constData(), line.size(), lineEnd).toByteArray();

    Prefilter::BlockInfo info;
    static Prefilter::Scratch scratch(prefilter());
    prefilter().scan(line.constData(), line.size(), scratch, &info);
    LineDecoder fast(reader);
    fast.setBlock(info.ascii, info.validUtf8, info.nul);
    const QByteArray decoded = fast.decode(line.constData(), line.size(), lineEnd).toByteArray();
    fuzz::requireSame(
        QString::fromLatin1(decoded.toHex()), QString::fromLatin1(reference.toHex()), "fast and every-line decoding");

    static LineScanner chunked(classifier().index());
    static LineScanner bytewise = [] {
        LineScanner s(classifier().index());
        s.setChunked(false);
        return s;
    }();
    const bool brackets = (flags & 8) != 0;
    fuzz::requireSame(scanText(chunked.scanLine(reference.constData(), reference.size(), brackets)),
        scanText(bytewise.scanLine(reference.constData(), reference.size(), brackets)),
        "chunked and byte-by-byte line scans");

    if (reader.gb18030Fallback() && everyLine.usedGb18030() == info.validUtf8)
        __builtin_trap(); // the block's validity and the line's decoding disagree
    if (!reader.gb18030Fallback() && !reader.gb18030Always() && !info.validUtf8)
        return 0; // forced UTF-8: invalid bytes pass through as they are
    if (!LineReader::isValidUtf8(reference.constData(), reference.size()) || reference.contains('\0')
        || !asciiSubsequence(reference, line))
        __builtin_trap();
    return 0;
}
