// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "codeindex.h"
#include "timestamp.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>

namespace ekyc {

// A code occurrence on a line (docs/classification.md, "What counts as a code").
struct Occurrence
{
    // R3: which context an occurrence needs to count. A self-identifying code counts
    // wherever it stands; a value under a key spelt another way (`errcode`) needs context
    // on its own line or record (or the user's word); everything else needs any context.
    enum Class : std::uint8_t { SelfIdentifying = 0, Plain = 1, OtherSpelling = 2 };

    qint64 position = -1; // byte offset of the code text in its line; -1: none
    int codeId = -1;      // a known code's id in the CodeIndex; -1 for an unknown occurrence
    int rawDepth = 0;     // R5: every `{` `[` before it minus every `}` `]`, from the line's start
    int rawDip = 0;       // how far that count went below 0 before it (>= 0)
    Class cls = Plain;
    QByteArray unknownText;

    bool found() const { return position >= 0; }
    bool known() const { return codeId >= 0; }
    // Its depth when the line starts at depth `start` (counts never go below 0).
    int depthFrom(int start) const { return rawDepth + std::max(start, rawDip); }
};

// What one line tells the classifier: its plain values (LineScan adds those that hold memory).
struct LineFacts
{
    int firstAction = -1;    // CodeIndex action id of the leftmost action name (products' and others'), or -1
    ProductMask actions = 0; // products of every product action name on the line
    bool context = false;    // R3 (a): a product's action, a context word or a context key
    char lastNonBlank = 0;
    bool hasRequestId = false; // a RequestId field with a value is on the line
    int leftOpen = 0; // brackets this line leaves open (closers without an opener ignored)
    int netDepth = 0; // openers minus closers
    bool bracketsCounted = false;
    int rawNet = 0; // R5: every bracket, strings included: openers minus closers over the line
    int rawDip = 0; // how far that count went below 0 (>= 0)
    // Set by FileScan only on the lines an event may take its time from (§8): the first
    // timestamp on the line, and for a line that opens a record or continues (R1) the one on
    // the physical line before it (`timeBeforeUnread`: that line was in the previous block).
    Timestamp time;
    Timestamp timeBefore;
    bool timeBeforeUnread = false;
};

struct LineScan : LineFacts
{
    // The occurrences that can be the shallowest one for some starting depth and context
    // (R5; others are dropped), in reading order. At most MaxKept: past that, later ones
    // are dropped too (a line would need seven ever-shallower codes).
    static constexpr int MaxKept = 6;
    QVarLengthArray<Occurrence, 1> occurrences; // most lines keep one: no allocation
    QByteArray requestId; // the first one's value (for --dedupe); empty when the scanner does not keep them

    bool opensRecord() const { return (lastNonBlank == '{' || lastNonBlank == '[') && leftOpen > 0; }
    bool continues() const { return lastNonBlank == '\\'; } // R1: the logical line goes on
    // Whether the line tells the rules nothing, so it can be left out. (Brackets and request ids
    // matter only on lines that may belong to a record, where brackets are counted.)
    bool isEmpty() const
    {
        return occurrences.isEmpty() && firstAction < 0 && !context && !continues() && !opensRecord()
            && netDepth == 0
            && !(bracketsCounted
                 && (rawNet != 0 || rawDip != 0 || hasRequestId || time.kind != Timestamp::None));
    }
    // The depth a record's next line starts at, when this line started at `start`.
    int depthAfter(int start) const { return rawNet + std::max(start, rawDip); }
    // As a new LineScan, keeping the memory it has: a block's candidate lines are scanned into
    // the same LineScans each time, rather than into new ones assigned and moved (on a log of
    // eKYC lines only, 0.97x the time: docs/performance.md, session 16).
    void clear()
    {
        static_cast<LineFacts &>(*this) = LineFacts {};
        while (!occurrences.isEmpty()) // clear() calls an out-of-line reallocation
            occurrences.removeLast();
        requestId.clear();
    }
};

// Scans lines of UTF-8 (or ASCII-compatible decoded) text. A line may come in several
// segments (very long lines); segments must not cut a token.
class LineScanner
{
public:
    explicit LineScanner(const CodeIndex &index);

    // A whole line in one piece. Brackets are counted when `countBrackets` is set or
    // the line could open a record.
    LineScan scanLine(const char *data, qint64 size, bool countBrackets);
    // The same into `out`, cleared first: its memory is used again.
    void scanLine(const char *data, qint64 size, bool countBrackets, LineScan *out);

    // The same for a line that arrives in pieces: begin, feed..., finish.
    void begin();
    void feed(const char *data, qint64 size);
    LineScan finish() { return std::move(m_own); } // then begin() again

    // After a key ending at `afterKey`: `<quote>? [ \t]* [:=] [ \t]* <quote>? value`. Sets the
    // value's span (trailing dots removed); false when no separator follows the key.
    static bool fieldValue(const char *data, qint64 size, qint64 afterKey, qint64 *start, qint64 *end);
    static bool isNumeric(const char *text, qint64 size); // -?[0-9]+

    // Tests: off, every byte goes through the word loop one at a time (the reference for the
    // 64-byte chunks it otherwise skips between words).
    void setChunked(bool chunked) { m_chunked = chunked; }
    // Tests: off, the chunks' SSE2 build where the processor has AVX-512 (on is the default
    // where it has; both must scan as the byte loop does).
    void setAvx512Chunks(bool on);

    // Whether LineScan::requestId gets the value (on by default). Only --dedupe reads it, and
    // copying it is an allocation per line that has one (docs/performance.md, session 12).
    void setKeepsRequestIds(bool keep) { m_keepRequestIds = keep; }

private:
    void reset();
    void scanCodes(const char *data, qint64 size, qint64 offset);
    void countBrackets(const char *data, qint64 size);
    void consider(qint64 position, int codeId, const char *text, qint64 size, bool otherSpelling);
    void classifyValue(qint64 position, const char *text, qint64 size, bool plainCodeKey, bool otherSpelling);
    void keyWord(const char *data, qint64 size, qint64 wordStart, qint64 wordEnd, qint64 offset);
    void dottedToken(const char *data, qint64 tokenStart, qint64 tokenEnd, qint64 offset);
    qint64 specialChunk(const char *data, qint64 size, qint64 i, qint64 offset);
    void rawBracket(char c);
    // A run of base64 characters this long holds an image or a file's bytes past this depth
    // (docs/classification.md §2.1; the chunks pass over such runs without looking at them).
    static constexpr qint64 Base64Depth = 1024;
    qint64 base64Before(const char *data, qint64 p) const;
    bool deepInBase64(const char *data, qint64 p) const;

    // Whether a word could be one keyWord() looks for: an action name, a context word, RequestId or
    // a code key, by its length and its first and last bytes. Most words of a log, and nearly all
    // of a base64 image's, are turned away here (docs/performance.md, issue 18).
    bool mayBeName(const char *word, qint64 size) const
    {
        const size_t length = size_t(std::min<qint64>(size, 63));
        const auto first = static_cast<unsigned char>(word[0]);
        const auto last = static_cast<unsigned char>(word[size - 1]);
        return (m_firstBytes[length][first >> 6] >> (first & 63) & 1)
            && (m_lastBytes[length][last >> 6] >> (last & 63) & 1);
    }
    void addName(std::string_view name, bool anyCase);
    // AVX-512 only (linescanner.cpp): from `i`, passes over the chunks the word loop has
    // nothing to do in, and returns where it must look, with that chunk's masks.
    qint64 quietChunksAvx512(const char *data, qint64 size, qint64 i, qint64 *runsOn, std::uint64_t *word,
                             std::uint64_t *ends) const;

    const CodeIndex &m_index;
    using ByteSet = std::array<std::uint64_t, 4>;
    std::array<ByteSet, 64> m_firstBytes {}; // [length, 63 for longer]: bytes a name of that length starts with
    std::array<ByteSet, 64> m_lastBytes {};
    // The bytes names of four bytes or more start with, then end with, as nibble tables for the
    // AVX-512 chunks (linescanner.cpp, chunkWordsAvx512)
    std::array<std::uint8_t, 256> m_nameTables {};
    std::array<std::uint8_t, 128> m_base64Tables {}; // base64 characters, the same way
    LineScan m_own; // the line begin() starts
    // The LineScan being filled: m_own, or scanLine()'s `out`. Set by every call that starts or
    // goes on with a line, so a copy of the scanner never writes into another's.
    LineScan *m_scan = &m_own;
    qint64 m_offset = 0;
    bool m_inString = false;
    bool m_escape = false;
    int m_depth = 0;
    int m_rawDepth = 0;
    int m_rawMin = 0;
    bool m_chunked = true;
    bool m_avx512 = false; // the chunks' AVX-512 build (linescanner.cpp)
    bool m_keepRequestIds = true;
    qint64 m_base64Run = 0; // base64 characters the segments before ended in (at most Base64Depth)
    int m_maxNameDigits = 0; // the most digits a name has (1: BankCard2EVerification): words with more are passed over
};

} // namespace ekyc
