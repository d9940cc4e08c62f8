// Built for Skylake-AVX512 with VBMI; only called when the processor has it (see
// candidatescan.cpp). Compares give 64-bit masks, so the key rules are plain bit arithmetic.
#include "candidatescan_impl.h"

#include <immintrin.h>

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

struct Step
{
    Mask newline = 0;
    Mask interesting = 0; // key, NUL or record opener: the step needs a closer look
    Mask key = 0;
    Mask nul = 0;
    Mask high = 0;
    Mask afterBracket = 0;
    Mask afterBlank = 0;
    Mask literal = 0; // a literal may start here (its buckets in `buckets`)
    __m512i buckets;
};

// 64 bytes at p; reads p - 3 to p + 69. `highBefore`: a byte >= 0x80 close enough before p to
// be the GB18030 lead byte of a trail byte that starts a key word reaching into this step.
struct Tables
{
    __m512i lo[LiteralSet::Width];
    __m512i hi[LiteralSet::Width];
};

inline Step step(const char *p, bool highBefore, bool dropNumericCode, const Tables *tables)
{
    Step s;
    const __m512i lower = _mm512_set1_epi8(0x20);
    const __m512i v = load(p);
    const __m512i before = load(p - 1);
    const __m512i r1 = load(p + 1); // reads up to p + 68 with the five literal bytes
    const __m512i r2 = load(p + 2);
    if (tables) {
        __m512i buckets = _mm512_and_si512(_mm512_permutex2var_epi8(tables->lo[0], v, tables->hi[0]),
                                           _mm512_permutex2var_epi8(tables->lo[1], r1, tables->hi[1]));
        buckets = _mm512_and_si512(buckets, _mm512_permutex2var_epi8(tables->lo[2], r2, tables->hi[2]));
        for (int k = 3; k < LiteralSet::Width; ++k)
            buckets = _mm512_and_si512(buckets, _mm512_permutex2var_epi8(tables->lo[k], load(p + k), tables->hi[k]));
        s.buckets = buckets;
        s.literal = _mm512_test_epi8_mask(buckets, buckets);
    }
    s.newline = eq(v, '\n');
    s.nul = eq(v, 0);
    s.high = _mm512_movepi8_mask(v);
    // '{' | 0x20 == '[' | 0x20; a space, tab or CR (or another control byte) is <= 0x20.
    s.afterBracket = eq(_mm512_or_si512(before, lower), '{');
    s.afterBlank = _mm512_cmple_epu8_mask(_mm512_sub_epi8(before, _mm512_set1_epi8(1)), _mm512_set1_epi8(0x1F));
    const __m512i l0 = _mm512_or_si512(v, lower);
    const __m512i l1 = _mm512_or_si512(r1, lower);
    const __m512i l2 = _mm512_or_si512(r2, lower);
    const Mask ode = eq(l0, 'o') & eq(l1, 'd') & eq(l2, 'e');
    const Mask sul = eq(l0, 's') & eq(l1, 'u') & eq(l2, 'l');
    if (!(ode | sul)) {
        s.key = 0;
    } else if (highBefore || s.high) {
        // A GB18030 trail byte may hide the start of a key: every hit goes to the exact check.
        s.key = ode | sul;
    } else {
        // Keys are code, errorcode, errcode, livenesserrorcode, liveerrorcode, compareerrorcode
        // (a 'c' after a word break or an 'r') and result, each a whole word.
        const Mask nonWordBefore2 = ~wordBytes(p - 2);
        const Mask codeEnd = ode & eqFolded(p - 1, 'c') & (nonWordBefore2 | eqFolded(p - 2, 'r')) & ~wordBytes(p + 3);
        // `"code":200` — the plain key with a number — never counts.
        const Mask numericCode = !dropNumericCode ? 0 : nonWordBefore2 & eq(load(p + 3), '"') & eq(load(p + 4), ':') & inRange(load(p + 5), '0', '9');
        const Mask resultWord = sul & eqFolded(p - 2, 'r') & eqFolded(p - 1, 'e') & eqFolded(p + 3, 't')
            & ~wordBytes(p - 3) & ~wordBytes(p + 4);
        s.key = (codeEnd & ~numericCode) | resultWord;
    }
    s.interesting = s.key | s.nul | s.literal | (s.newline & (s.afterBracket | s.afterBlank));
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
    m.afterBracket = std::uint32_t(s.afterBracket >> shift);
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
        std::uint8_t buckets = 0xFF;
        for (int k = 0; k < LiteralSet::Width && buckets; ++k) {
            const qint64 at = i + b + k;
            buckets &= at < size ? literals->table(k)[static_cast<unsigned char>(data[at]) & 0x7F] : 0;
        }
        if (buckets && literals->matchAt(data, size, i + b, buckets))
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
    Mask high = 0;
    Mask previousHigh = 0;
    for (; i + 72 <= size; i += 64) {
        // "<lead><trail>LivenessErrorCode": the lead byte may stand 19 bytes before the "ode" hit
        // (the longest key has 17 letters), so the last 24 bytes of the step before count.
        const Step st = step(data + i, (previousHigh >> 40) != 0 || (i == 32 && s.high), options.dropNumericCode,
                                withLiterals ? &tables : nullptr);
        previousHigh = st.high;
        high |= st.high;
        const bool nextLiteral = s.extra < extra.size() && extra[s.extra] < i + 64;
        if (st.interesting || nextLiteral) {
            Mask confirmed = 0;
            if (st.literal) {
                alignas(64) std::uint8_t buckets[64];
                _mm512_store_si512(buckets, st.buckets);
                for (Mask m = st.literal; m; m &= m - 1) {
                    const int b = int(_tzcnt_u64(m));
                    if (options.literals->matchAt(data, size, i + b, buckets[b]))
                        confirmed |= Mask(1) << b;
                }
            }
            detail::chunk(data, size, i, half(st, 0, std::uint32_t(confirmed)), extra, options, s, result);
            detail::chunk(data, size, i + 32, half(st, 32, std::uint32_t(confirmed >> 32)), extra, options, s, result);
            continue;
        }
        // Ordinary text: count its lines and move on.
        s.lines += _mm_popcnt_u64(st.newline);
        if (st.newline)
            s.lastNewline = i + 63 - qint64(_lzcnt_u64(st.newline));
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
