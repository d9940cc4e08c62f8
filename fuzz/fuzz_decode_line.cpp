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
//   literal matches stay a superset of the decoded ones.
#include "fuzzsupport.h"

#include "core/linereader.h"
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

    if (reader.gb18030Fallback() && everyLine.usedGb18030() == info.validUtf8)
        __builtin_trap(); // the block's validity and the line's decoding disagree
    if (!reader.gb18030Fallback() && !reader.gb18030Always() && !info.validUtf8)
        return 0; // forced UTF-8: invalid bytes pass through as they are
    if (!LineReader::isValidUtf8(reference.constData(), reference.size()) || reference.contains('\0')
        || !asciiSubsequence(reference, line))
        __builtin_trap();
    return 0;
}
