// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Built for Skylake-AVX512 with VBMI; only called when the processor has it (see
// candidatescan.cpp). Compares give 64-bit masks, so the key rules are plain bit arithmetic.
#include "candidatescan_impl.h"

#include <immintrin.h>

#include <algorithm>
#include <array>
#include <limits>

namespace ekyc::candidatescan {

namespace {

using Mask = std::uint64_t;

inline __m512i load(const char *p) { return _mm512_loadu_si512(p); }
inline Mask eq(__m512i v, char c) { return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(c)); }
inline Mask eqFolded(const char *p, char lowerCaseLetter)
{
    return _mm512_cmpeq_epi8_mask(_mm512_or_si512(load(p), _mm512_set1_epi8(0x20)), _mm512_set1_epi8(lowerCaseLetter));
}
inline Mask inRange(__m512i v, char lo, char hi)
{
    return _mm512_cmple_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8(lo)), _mm512_set1_epi8(char(hi - lo)));
}
inline Mask wordBytes(const char *p)
{
    const __m512i v = load(p);
    return inRange(_mm512_or_si512(v, _mm512_set1_epi8(0x20)), 'a', 'z') | inRange(v, '0', '9') | eq(v, '_');
}

// An ASCII word byte after a byte >= 0x80 and before a letter: it may be a GB18030 trail byte
// that decoding takes into the character before, and a key start after it ("<lead>Xcode" is
// "<char>code"). Reads p - 1 to p + 64.
constexpr bool keysStartWithALetter()
{
    for (const keys::CodeKey &k : keys::codeKeys) {
        if (k.name.empty() || !((k.name[0] >= 'a' && k.name[0] <= 'z') || (k.name[0] >= 'A' && k.name[0] <= 'Z')))
            return false;
    }
    return true;
}
static_assert(keysStartWithALetter(), "trailBytes() looks for a letter after a trail byte");
inline Mask trailBytes(const char *p)
{
    return _mm512_movepi8_mask(load(p - 1)) & wordBytes(p)
        & inRange(_mm512_or_si512(load(p + 1), _mm512_set1_epi8(0x20)), 'a', 'z');
}

struct Step
{
    Mask newline = 0;
    Mask interesting = 0; // key, NUL or record opener: the step needs a closer look
    Mask key = 0;
    Mask nul = 0;
    Mask high = 0;
    Mask trail = 0; // trailBytes()
    Mask afterMark = 0;
    Mask afterBlank = 0;
    Mask literal = 0; // a literal may start here (its buckets in `buckets`)
    __m512i buckets;
};

// 64 bytes at p; reads p - 3 to p + 69. `trailBefore`: one of trailBytes() close enough
// before p for a key after it to reach into this step.
struct Tables
{
    __m512i lo[LiteralSet::Width];
    __m512i hi[LiteralSet::Width];
};
// A literal's table hits stand at its byte LiteralLead (its lane), so that the filter's seven
// tables, from two bytes before a lane to four after, hold its first LiteralSet::Width bytes.
// The lane is inside the literal, so on its line.
constexpr int LiteralLead = 2;
static_assert(LiteralLead < LiteralSet::MinLength, "a literal's lane must be one of its bytes");

// The bytes around a stem that step() and the filter test, from the anchor's lane.
constexpr int stemStart(size_t st) { return -int(keys::keyStems[st].anchor); }
constexpr int stemEnd(size_t st) { return int(keys::keyStems[st].name.size() - keys::keyStems[st].anchor); }
constexpr bool stemsFitStep()
{
    for (size_t st = 0; st < keys::keyStems.size(); ++st) {
        if (stemStart(st) - 1 < -3 || stemEnd(st) > 5 || (int(st) == keys::PlainStem && stemEnd(st) + 2 > 5))
            return false;
    }
    return true;
}
static_assert(stemsFitStep(), "step() reads from p - 3 to p + 69: a stem reaches further");
static_assert(keys::AnchorLength == 3, "step() compares three folded vectors, one per anchor letter");
constexpr bool blanksAreControlBytes()
{
    for (char c : detail::blanks) {
        if (c < 1 || c > 0x20)
            return false;
    }
    return true;
}
static_assert(blanksAreControlBytes(), "step() takes bytes 1..0x20 for the blanks chunk() looks back over");

// Each stem in any case, a whole word or joined after its letter, at its anchor's lanes.
inline Mask stemWords(const char *p, Mask anchors, size_t st, bool dropNumericCode)
{
    const keys::KeyStem &stem = keys::keyStems[st];
    Mask m = anchors;
    for (int k = stemStart(st); k < stemEnd(st); ++k) {
        if (k < 0 || k >= int(keys::AnchorLength))
            m &= eqFolded(p + k, stem.name[size_t(k - stemStart(st))]);
    }
    const Mask wordStart = ~wordBytes(p + stemStart(st) - 1);
    m &= ~wordBytes(p + stemEnd(st));
    if (int(st) == keys::PlainStem && dropNumericCode) {
        // `"code":200` — the plain key with a number — never counts.
        const Mask numeric = wordStart & eq(load(p + stemEnd(st)), '"') & eq(load(p + stemEnd(st) + 1), ':')
            & inRange(load(p + stemEnd(st) + 2), '0', '9');
        m &= ~numeric;
    }
    Mask start = wordStart;
    for (char c : stem.joinedAfter)
        start |= eqFolded(p + stemStart(st) - 1, c);
    return m & start;
}

// `trails`: whether a byte >= 0x80 may be a GB18030 lead byte (not in a block known to be valid UTF-8).
inline Step step(const char *p, bool trailBefore, bool trails, bool dropNumericCode, const Tables *tables)
{
    Step s;
    const __m512i lower = _mm512_set1_epi8(0x20);
    const __m512i v = load(p);
    const __m512i before = load(p - 1);
    const __m512i r1 = load(p + 1);
    const __m512i r2 = load(p + 2);
    if (tables) {
        // Reads from p - 2 to p + 67.
        static_assert(LiteralSet::Width - LiteralLead <= 5, "step() reads up to p + 69");
        __m512i buckets = _mm512_permutex2var_epi8(tables->lo[0], load(p - LiteralLead), tables->hi[0]);
        for (int k = 1; k < LiteralSet::Width; ++k)
            buckets = _mm512_and_si512(buckets, _mm512_permutex2var_epi8(tables->lo[k], load(p + k - LiteralLead), tables->hi[k]));
        s.buckets = buckets;
        s.literal = _mm512_test_epi8_mask(buckets, buckets);
    }
    s.newline = eq(v, '\n');
    s.nul = eq(v, 0);
    s.high = _mm512_movepi8_mask(v);
    s.trail = trails ? trailBytes(p) : 0;
    for (char c : detail::lineEndMarks)
        s.afterMark |= eq(before, c);
    // A space, tab or CR (or another control byte) is <= 0x20.
    s.afterBlank = _mm512_cmple_epu8_mask(_mm512_sub_epi8(before, _mm512_set1_epi8(1)), _mm512_set1_epi8(0x1F));
    const __m512i folded[keys::AnchorLength] = {_mm512_or_si512(v, lower), _mm512_or_si512(r1, lower),
                                                 _mm512_or_si512(r2, lower)};
    Mask anchors[keys::keyStems.size()];
    Mask anyAnchor = 0;
    for (size_t st = 0; st < keys::keyStems.size(); ++st) {
        anchors[st] = eq(folded[0], detail::anchorLetter(st, 0));
        for (size_t k = 1; k < keys::AnchorLength; ++k)
            anchors[st] &= eq(folded[k], detail::anchorLetter(st, k));
        anyAnchor |= anchors[st];
    }
    if (!anyAnchor) {
        s.key = 0;
    } else if (trailBefore || s.trail) {
        // A GB18030 trail byte may hide the start of a key ("<lead>Xcode" decodes to
        // "<char>code"): every hit goes to the key check. Elsewhere a byte >= 0x80 is a
        // non-word byte like any other.
        s.key = anyAnchor;
    } else {
        // Keys are the stems (code, result) as whole words or joined after their letter
        // (errorcode, errcode, livenesserrorcode, ...: an 'r' before "code"); keyCheck decides.
        for (size_t st = 0; st < keys::keyStems.size(); ++st)
            s.key |= stemWords(p, anchors[st], st, dropNumericCode);
    }
    s.interesting = s.key | s.nul | s.literal | (s.newline & (s.afterMark | s.afterBlank));
    return s;
}

detail::Masks half(const Step &s, int shift, std::uint32_t literal)
{
    detail::Masks m;
    m.literal = literal;
    m.newline = std::uint32_t(s.newline >> shift);
    m.nul = std::uint32_t(s.nul >> shift);
    m.key = std::uint32_t(s.key >> shift);
    m.high = std::uint32_t(s.high >> shift);
    m.afterMark = std::uint32_t(s.afterMark >> shift);
    m.afterBlank = std::uint32_t(s.afterBlank >> shift);
    return m;
}

// The literal mask of `count` bytes at i, byte by byte (the first and last steps of a block).
std::uint32_t scalarLiterals(const char *data, qint64 size, qint64 i, int count, const LiteralSet *literals)
{
    std::uint32_t mask = 0;
    if (!literals)
        return mask;
    for (int b = 0; b < count; ++b) {
        const qint64 start = i + b - LiteralLead; // of a literal whose lane is i + b
        if (start < 0)
            continue;
        std::uint8_t buckets = 0xFF;
        for (int k = 0; k < LiteralSet::Width && buckets; ++k) {
            const qint64 at = start + k;
            buckets &= literals->table(k)[at < size ? static_cast<unsigned char>(data[at]) & 0x7F : 0];
        }
        if (buckets && literals->matchAt(data, size, start, buckets))
            mask |= 1u << b;
    }
    return mask;
}

detail::Masks scalarStep(const char *data, qint64 size, qint64 i, int count, const LiteralSet *literals)
{
    detail::Masks m = detail::scalarMasks(data, size, i, count);
    m.literal = scalarLiterals(data, size, i, count, literals);
    return m;
}

// The filter in front of step(): seven 128-entry tables looked up, Teddy-style, at the bytes
// from two before each lane to four after it. A lane survives if all seven agree on a bit:
// bits 0-4 a literal's bucket (its seven bytes from two before the lane on), one bit per stem of
// keys::keyStems ("<non-word or r>c[o]de<non-word>", "re[s]ult<non-word>": the brackets mark
// the lane, the same lanes as step()'s anchors; bytes beyond the tables' reach are not
// tested), LineEnd a newline after a blank or a line-end mark (a record may open there, or the
// logical line go on). Most steps of a log have none of these and skip step() altogether; a
// step that has one is looked at in full, so the filter only has to be a superset of what
// step() and chunk() find, lane for lane.
constexpr std::uint8_t stemBit(size_t st) { return std::uint8_t(0x20u << st); }
constexpr std::uint8_t LineEnd = 0x80;
static_assert(LiteralSet::Buckets <= 5 && keys::keyStems.size() <= 2,
              "the literal buckets share a byte with one bit per stem and the line ends");
constexpr int FilterBefore = LiteralLead; // table k looks at the byte k - FilterBefore from the lane
constexpr int FilterTableCount = 7;
static_assert(FilterTableCount == LiteralSet::Width, "the filter's tables are the literals' tables");
constexpr int PlainEnd = stemEnd(size_t(keys::PlainStem));
constexpr int PlainBefore = stemStart(size_t(keys::PlainStem)) - 1;
static_assert(PlainBefore >= -FilterBefore, "the filter drops `\"code\":<digit>` by the byte before the stem");

struct FilterTables
{
    __m512i lo[FilterTableCount];
    __m512i hi[FilterTableCount];
};

// The stems' and line ends' bits of the filter's tables: the same for every call, and worked out
// byte by byte — once, not per block (a folder of small logs calls scan() once per file).
using FilterBytes = std::array<std::array<std::uint8_t, 128>, FilterTableCount>;
FilterBytes stemAndLineEndBits()
{
    FilterBytes t{};
    const auto isWord = [](int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    const auto upper = [](char c) { return char(c - ('a' - 'A')); };
    // Whether stem `st` tests the byte at `offset` from its lane (else any byte passes).
    const auto tests = [](size_t st, int offset) { return offset >= stemStart(st) - 1 && offset <= stemEnd(st); };
    for (int c = 0; c < 128; ++c) {
        for (int k = 0; k < FilterTableCount; ++k) {
            const int offset = k - FilterBefore;
            std::uint8_t bits = 0;
            for (size_t st = 0; st < keys::keyStems.size(); ++st) {
                const keys::KeyStem &stem = keys::keyStems[st];
                bool passes = !tests(st, offset);
                if (offset == stemStart(st) - 1)
                    passes = !isWord(c) || std::any_of(stem.joinedAfter.begin(), stem.joinedAfter.end(),
                                                       [&](char j) { return c == j || c == upper(j); });
                else if (offset == stemEnd(st))
                    passes = !isWord(c);
                else if (tests(st, offset))
                    passes = c == stem.name[size_t(offset - stemStart(st))] || c == upper(stem.name[size_t(offset - stemStart(st))]);
                if (passes)
                    bits |= stemBit(st);
            }
            if (offset == -1)
                bits |= (detail::isBlank(char(c)) || detail::isLineEndMark(char(c))) ? LineEnd : 0;
            else if (offset == 0)
                bits |= c == '\n' ? LineEnd : 0;
            else
                bits |= LineEnd;
            t[size_t(k)][size_t(c)] = bits;
        }
    }
    return t;
}

FilterTables filterTables(const LiteralSet *literals)
{
    static const FilterBytes fixed = stemAndLineEndBits();
    FilterTables tables;
    for (int k = 0; k < FilterTableCount; ++k) {
        tables.lo[k] = _mm512_loadu_si512(fixed[size_t(k)].data());
        tables.hi[k] = _mm512_loadu_si512(fixed[size_t(k)].data() + 64);
        if (literals) { // a literal's bucket bits are its own: they only add to the stems'
            tables.lo[k] = _mm512_or_si512(tables.lo[k], _mm512_loadu_si512(literals->table(k)));
            tables.hi[k] = _mm512_or_si512(tables.hi[k], _mm512_loadu_si512(literals->table(k) + 64));
        }
    }
    return tables;
}

// Counts the lines of the steps from `i` on that the filter clears, and returns the first
// step that needs step() (or one past `last`). Kept apart, with its state in registers: this
// loop is most of the time a scan takes.
//
// Bytes >= 0x80. Until the block has had one (`AfterHigh` false), a step with one goes to step().
// After that (Chinese text is seldom alone in a block), the filter reads each as 0x7F — a byte
// that is no word byte, blank, line-end mark or literal byte (LiteralSet::add takes no literal
// with a byte >= 0x80), as step() reads it — and only a step that may hold a GB18030 trail byte
// before a key (trailBytes()) goes to step(). The block's `ascii` is already false then, so the
// steps skipped need not say that they hold such bytes.
//
// `Trails` false: the block is valid UTF-8 and read as such, so no byte is a GB18030 trail byte.
template<bool AfterHigh, bool Trails>
qint64 skipOrdinary(const char *data, qint64 i, qint64 last, const FilterTables &filter, bool dropNumericCode,
                    qint64 nextExtra, detail::State *s)
{
    const auto lookup = [&filter](int k, __m512i bytes) {
        if constexpr (AfterHigh)
            bytes = _mm512_min_epu8(bytes, _mm512_set1_epi8(0x7F));
        return _mm512_permutex2var_epi8(filter.lo[k], bytes, filter.hi[k]);
    };
    qint64 lines = s->lines;
    qint64 lastNewline = s->lastNewline;
    for (; i <= last; i += 64) {
        const char *p = data + i;
        const __m512i v = load(p);
        static_assert(FilterTableCount == 7, "seven lookups, from p - 2 to p + 4");
        const __m512i a = _mm512_ternarylogic_epi32(lookup(0, load(p - 2)), lookup(1, load(p - 1)), lookup(2, v), 0x80);
        const __m512i b = _mm512_ternarylogic_epi32(lookup(3, load(p + 1)), lookup(4, load(p + 2)), lookup(5, load(p + 3)), 0x80);
        const __m512i ab = _mm512_ternarylogic_epi32(a, b, lookup(6, load(p + 4)), 0x80);
        Mask hits = _mm512_test_epi8_mask(ab, ab);
        if (dropNumericCode) {
            // `"code":200`, the commonest noise, is dropped here (without a branch: it is
            // on about one line in four of a typical log) rather than in step().
            constexpr std::uint8_t plainBit = stemBit(size_t(keys::PlainStem));
            const Mask plain = _mm512_test_epi8_mask(ab, _mm512_set1_epi8(char(plainBit)));
            const Mask others = _mm512_test_epi8_mask(ab, _mm512_set1_epi8(char(~plainBit)));
            Mask joined = 0;
            for (char c : keys::keyStems[size_t(keys::PlainStem)].joinedAfter)
                joined |= eqFolded(p + PlainBefore, c);
            const Mask numeric = ~joined & eq(load(p + PlainEnd), '"')
                & eq(load(p + PlainEnd + 1), ':') & inRange(load(p + PlainEnd + 2), '0', '9');
            hits = others | (plain & ~numeric);
        }
        // NUL, or a byte >= 0x80 (before the block's first, any; after it, a trailBytes() byte):
        // step() decides.
        Mask odd;
        if constexpr (AfterHigh && Trails)
            odd = eq(v, 0) | trailBytes(p);
        else if constexpr (AfterHigh)
            odd = eq(v, 0);
        else
            odd = _mm512_cmpgt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8(1)), _mm512_set1_epi8(0x7E));
        if ((hits | odd) != 0)
            break;
        if (nextExtra < i + 64)
            break;
        const Mask newline = eq(v, '\n');
        lines += qint64(_mm_popcnt_u64(newline));
        if (newline)
            lastNewline = i + 63 - qint64(_lzcnt_u64(newline));
    }
    s->lines = lines;
    s->lastNewline = lastNewline;
    return i;
}

} // namespace

void scanAvx512(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
    result->candidates->clear();
    detail::State s;
    qint64 i = 0;
    const bool withLiterals = options.literals && !options.literals->isEmpty();
    const LiteralSet *literals = withLiterals ? options.literals : nullptr;
    if (size >= 40) {
        detail::chunk(data, size, 0, scalarStep(data, size, 0, 32, literals), extra, options, s, result);
        i = 32;
    }
    Tables tables;
    if (withLiterals) {
        for (int k = 0; k < LiteralSet::Width; ++k) {
            tables.lo[k] = _mm512_loadu_si512(options.literals->table(k));
            tables.hi[k] = _mm512_loadu_si512(options.literals->table(k) + 64);
        }
    }
    const FilterTables filter = filterTables(literals);
    const bool dropNumericCode = options.dropNumericCode;
    Mask high = 0;
    Mask previousTrail = 0; // of the last step looked at in full (a filtered step has none)
    // Until the block is known to be valid UTF-8 (validated at its first byte >= 0x80), such a
    // byte may be a GB18030 lead byte.
    bool trails = true;
    bool validated = false;
    auto validateOnce = [&] {
        if (validated || !(high || s.high))
            return;
        validated = true;
        if (!result->validateUtf8 || !options.validUtf8)
            return;
        const bool valid = options.validUtf8(data, size);
        result->utf8 = valid ? Result::Utf8::Valid : Result::Utf8::Invalid;
        trails = !valid;
    };
    validateOnce(); // the first 32 bytes may hold one
    const qint64 last = size - 72; // the last step that may read its 72 bytes
    while (i <= last) {
        // "<lead><trail>LivenessErrorCode": the trail byte stands one byte before the start of
        // the key the step's first lanes anchor, so the last 24 bytes of the step before count.
        static_assert(keys::longestReachBeforeAnchor() + 1 <= 24, "a key reaches back further than the look-back");
        const bool trailBefore = trails && ((previousTrail >> 40) != 0 || (i == 32 && s.high));
        if (!trailBefore) {
            const qint64 nextExtra = s.extra < extra.size() ? extra[s.extra] : std::numeric_limits<qint64>::max();
            if (!(high || s.high))
                i = skipOrdinary<false, true>(data, i, last, filter, dropNumericCode, nextExtra, &s);
            else if (trails)
                i = skipOrdinary<true, true>(data, i, last, filter, dropNumericCode, nextExtra, &s);
            else
                i = skipOrdinary<true, false>(data, i, last, filter, dropNumericCode, nextExtra, &s);
        }
        if (i > last)
            break;
        const Step st = step(data + i, trailBefore, trails, options.dropNumericCode, withLiterals ? &tables : nullptr);
        previousTrail = st.trail;
        high |= st.high;
        validateOnce();
        const bool nextLiteral = s.extra < extra.size() && extra[s.extra] < i + 64;
        if (st.interesting || nextLiteral) {
            Mask confirmed = 0;
            if (st.literal) {
                alignas(64) std::uint8_t buckets[64];
                _mm512_store_si512(buckets, st.buckets);
                for (Mask m = st.literal; m; m &= m - 1) {
                    const int b = int(_tzcnt_u64(m));
                    if (options.literals->matchAt(data, size, i + b - LiteralLead, buckets[b]))
                        confirmed |= Mask(1) << b;
                }
            }
            detail::chunk(data, size, i, half(st, 0, std::uint32_t(confirmed)), extra, options, s, result);
            detail::chunk(data, size, i + 32, half(st, 32, std::uint32_t(confirmed >> 32)), extra, options, s, result);
        } else {
            // Ordinary text after all: count its lines and move on.
            s.lines += _mm_popcnt_u64(st.newline);
            if (st.newline)
                s.lastNewline = i + 63 - qint64(_lzcnt_u64(st.newline));
        }
        i += 64;
    }
    if (high)
        s.high = 1;
    for (; i < size; i += 32) {
        const int count = int(std::min<qint64>(32, size - i));
        detail::chunk(data, size, i, scalarStep(data, size, i, count, literals), extra, options, s, result);
    }
    result->newlines = s.lines;
    result->ascii = s.high == 0;
}

} // namespace ekyc::candidatescan
