// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Built for Haswell (AVX2, BMI, POPCNT); only called when the processor has them (see
// candidatescan.cpp).
#include "candidatescan_impl.h"

#include <immintrin.h>

namespace ekyc::candidatescan {

namespace {

struct Vectors
{
    __m256i newline;
    __m256i zero;
    __m256i lower;
    __m256i o, d, e, s, u, l;
    __m256i openBrace, openBracket, space, tab, cr;
};

inline __m256i load(const char *p) { return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p)); }

// Bytes x with lo <= x <= hi (unsigned).
inline __m256i inRange(__m256i v, char lo, char hi)
{
    const __m256i shifted = _mm256_sub_epi8(v, _mm256_set1_epi8(lo));
    const __m256i limit = _mm256_set1_epi8(char(hi - lo));
    return _mm256_cmpeq_epi8(_mm256_min_epu8(shifted, limit), shifted);
}

// "ode"/"sul" in any case at each of the 32 positions from p (reads p - 2 to p + 37), minus the
// commonest noise of all: the plain key `code` with a number (`"code":200`, `"code":0`), which
// never counts. Other spellings of that noise go to the exact check.
inline __m256i keys(const Vectors &k, const char *p, __m256i l0, bool dropNumericCode)
{
    const __m256i l1 = _mm256_or_si256(load(p + 1), k.lower);
    const __m256i l2 = _mm256_or_si256(load(p + 2), k.lower);
    const __m256i ode = _mm256_and_si256(_mm256_cmpeq_epi8(l0, k.o),
                                         _mm256_and_si256(_mm256_cmpeq_epi8(l1, k.d), _mm256_cmpeq_epi8(l2, k.e)));
    const __m256i sul = _mm256_and_si256(_mm256_cmpeq_epi8(l0, k.s),
                                         _mm256_and_si256(_mm256_cmpeq_epi8(l1, k.u), _mm256_cmpeq_epi8(l2, k.l)));
    const __m256i c = _mm256_cmpeq_epi8(_mm256_or_si256(load(p - 1), k.lower), _mm256_set1_epi8('c'));
    const __m256i twoBefore = load(p - 2);
    const __m256i wordBefore = _mm256_or_si256(
        _mm256_or_si256(inRange(_mm256_or_si256(twoBefore, k.lower), 'a', 'z'), inRange(twoBefore, '0', '9')),
        _mm256_cmpeq_epi8(twoBefore, _mm256_set1_epi8('_')));
    const __m256i quoteColonDigit = _mm256_and_si256(
        _mm256_and_si256(_mm256_cmpeq_epi8(load(p + 3), _mm256_set1_epi8('"')),
                         _mm256_cmpeq_epi8(load(p + 4), _mm256_set1_epi8(':'))),
        inRange(load(p + 5), '0', '9'));
    const __m256i noise = dropNumericCode ? _mm256_andnot_si256(wordBefore, _mm256_and_si256(c, quoteColonDigit))
                                          : _mm256_setzero_si256();
    return _mm256_or_si256(_mm256_andnot_si256(noise, ode), sul);
}

// 32 bytes at p (reads p - 2 to p + 37): the newlines, and everything that needs a closer look.
inline __m256i interesting(const Vectors &k, const char *p, __m256i *newlines, bool dropNumericCode)
{
    const __m256i v0 = load(p);
    const __m256i before = load(p - 1);
    const __m256i opener = _mm256_or_si256(
        _mm256_or_si256(_mm256_cmpeq_epi8(before, k.openBrace), _mm256_cmpeq_epi8(before, k.openBracket)),
        _mm256_or_si256(_mm256_cmpeq_epi8(before, k.space),
                        _mm256_or_si256(_mm256_cmpeq_epi8(before, k.tab), _mm256_cmpeq_epi8(before, k.cr))));
    *newlines = _mm256_cmpeq_epi8(v0, k.newline);
    return _mm256_or_si256(keys(k, p, _mm256_or_si256(v0, k.lower), dropNumericCode),
                           _mm256_or_si256(_mm256_cmpeq_epi8(v0, k.zero), _mm256_and_si256(*newlines, opener)));
}

inline detail::Masks masks(const Vectors &k, const char *p, bool dropNumericCode)
{
    const __m256i v0 = load(p);
    const __m256i before = load(p - 1);
    detail::Masks m;
    m.newline = std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, k.newline)));
    m.nul = std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, k.zero)));
    m.key = std::uint32_t(_mm256_movemask_epi8(keys(k, p, _mm256_or_si256(v0, k.lower), dropNumericCode)));
    m.high = std::uint32_t(_mm256_movemask_epi8(v0));
    m.afterBracket = std::uint32_t(_mm256_movemask_epi8(
        _mm256_or_si256(_mm256_cmpeq_epi8(before, k.openBrace), _mm256_cmpeq_epi8(before, k.openBracket))));
    m.afterBlank = std::uint32_t(_mm256_movemask_epi8(_mm256_or_si256(
        _mm256_cmpeq_epi8(before, k.space), _mm256_or_si256(_mm256_cmpeq_epi8(before, k.tab), _mm256_cmpeq_epi8(before, k.cr)))));
    return m;
}

} // namespace

void scanAvx2(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
    const Vectors k{_mm256_set1_epi8('\n'), _mm256_setzero_si256(), _mm256_set1_epi8(0x20), _mm256_set1_epi8('o'),
                    _mm256_set1_epi8('d'),  _mm256_set1_epi8('e'),   _mm256_set1_epi8('s'),  _mm256_set1_epi8('u'),
                    _mm256_set1_epi8('l'),  _mm256_set1_epi8('{'),   _mm256_set1_epi8('['),  _mm256_set1_epi8(' '),
                    _mm256_set1_epi8('\t'), _mm256_set1_epi8('\r')};
    result->candidates->clear();
    detail::State s;
    qint64 i = 0;
    if (size >= 40) {
        detail::chunk(data, size, 0, detail::scalarMasks(data, size, 0, 32), extra, options, s, result);
        i = 32;
    }
    // 64 bytes a step. Most steps hold only ordinary text: count their lines and move on.
    __m256i high = _mm256_setzero_si256();
    for (; i + 70 <= size; i += 64) {
        __m256i nlA, nlB;
        const __m256i a = interesting(k, data + i, &nlA, options.dropNumericCode);
        const __m256i b = interesting(k, data + i + 32, &nlB, options.dropNumericCode);
        high = _mm256_or_si256(high, _mm256_or_si256(load(data + i), load(data + i + 32)));
        const bool nextLiteral = s.extra < extra.size() && extra[s.extra] < i + 64;
        if (!_mm256_testz_si256(_mm256_or_si256(a, b), _mm256_or_si256(a, b)) || nextLiteral) {
            detail::chunk(data, size, i, masks(k, data + i, options.dropNumericCode), extra, options, s, result);
            detail::chunk(data, size, i + 32, masks(k, data + i + 32, options.dropNumericCode), extra, options, s, result);
            continue;
        }
        const std::uint64_t newlines = std::uint64_t(std::uint32_t(_mm256_movemask_epi8(nlA)))
            | (std::uint64_t(std::uint32_t(_mm256_movemask_epi8(nlB))) << 32);
        s.lines += _mm_popcnt_u64(newlines);
        if (newlines)
            s.lastNewline = i + 63 - qint64(_lzcnt_u64(newlines));
    }
    if (_mm256_movemask_epi8(high))
        s.high = 1;
    for (; i + 38 <= size; i += 32)
        detail::chunk(data, size, i, masks(k, data + i, options.dropNumericCode), extra, options, s, result);
    for (; i < size; i += 32) {
        const int count = int(std::min<qint64>(32, size - i));
        detail::chunk(data, size, i, detail::scalarMasks(data, size, i, count), extra, options, s, result);
    }
    result->newlines = s.lines;
    result->ascii = s.high == 0;
}

} // namespace ekyc::candidatescan
