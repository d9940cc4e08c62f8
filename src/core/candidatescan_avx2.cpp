// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Built for Haswell (AVX2, BMI, POPCNT); only called when the processor has them (see
// candidatescan.cpp).
#include "candidatescan_impl.h"

#include <immintrin.h>

namespace ekyc::candidatescan {

namespace {

inline __m256i load(const char *p) { return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p)); }
inline __m256i fold(__m256i v) { return _mm256_or_si256(v, _mm256_set1_epi8(0x20)); }

// Bytes x with lo <= x <= hi (unsigned).
inline __m256i inRange(__m256i v, char lo, char hi)
{
    const __m256i shifted = _mm256_sub_epi8(v, _mm256_set1_epi8(lo));
    const __m256i limit = _mm256_set1_epi8(char(hi - lo));
    return _mm256_cmpeq_epi8(_mm256_min_epu8(shifted, limit), shifted);
}

// Any of `bytes` at each of the 32 positions of v.
template<size_t N>
inline __m256i anyOf(__m256i v, const char (&bytes)[N])
{
    __m256i m = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(bytes[0]));
    for (size_t k = 1; k < N; ++k)
        m = _mm256_or_si256(m, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(bytes[k])));
    return m;
}

// The plain key ("code") as its stem: where the byte before it and the bytes after it stand
// from the anchor's lane.
constexpr keys::KeyStem Plain = keys::keyStems[size_t(keys::PlainStem)];
constexpr int PlainBefore = -int(Plain.anchor) - 1;
constexpr int PlainAfter = int(Plain.name.size() - Plain.anchor);
static_assert(PlainBefore >= -2 && PlainAfter + 2 <= 5, "keys() reads from p - 2 to p + 37");
static_assert(keys::AnchorLength == 3, "three folded loads, one per anchor letter");

// Each stem's anchor in any case at each of the 32 positions from p (reads p - 2 to p + 37),
// minus the commonest noise of all: the plain key `code` with a number (`"code":200`,
// `"code":0`), which never counts. Other spellings of that noise go to the exact check.
inline __m256i keys(const char *p, __m256i l0, bool dropNumericCode)
{
    const __m256i folded[keys::AnchorLength] = {l0, fold(load(p + 1)), fold(load(p + 2))};
    __m256i noise = _mm256_setzero_si256();
    if (dropNumericCode) {
        __m256i plain = _mm256_cmpeq_epi8(load(p + PlainAfter), _mm256_set1_epi8('"'));
        plain = _mm256_and_si256(plain, _mm256_cmpeq_epi8(load(p + PlainAfter + 1), _mm256_set1_epi8(':')));
        plain = _mm256_and_si256(plain, inRange(load(p + PlainAfter + 2), '0', '9'));
        for (size_t k = 1; k <= Plain.anchor; ++k)
            plain = _mm256_and_si256(plain, _mm256_cmpeq_epi8(fold(load(p - k)), _mm256_set1_epi8(Plain.name[Plain.anchor - k])));
        const __m256i before = load(p + PlainBefore);
        const __m256i wordBefore = _mm256_or_si256(
            _mm256_or_si256(inRange(fold(before), 'a', 'z'), inRange(before, '0', '9')),
            _mm256_cmpeq_epi8(before, _mm256_set1_epi8('_')));
        noise = _mm256_andnot_si256(wordBefore, plain);
    }
    __m256i hits = _mm256_setzero_si256();
    for (size_t st = 0; st < keys::keyStems.size(); ++st) {
        __m256i anchor = _mm256_cmpeq_epi8(folded[0], _mm256_set1_epi8(detail::anchorLetter(st, 0)));
        for (size_t k = 1; k < keys::AnchorLength; ++k)
            anchor = _mm256_and_si256(anchor, _mm256_cmpeq_epi8(folded[k], _mm256_set1_epi8(detail::anchorLetter(st, k))));
        hits = _mm256_or_si256(hits, int(st) == keys::PlainStem ? _mm256_andnot_si256(noise, anchor) : anchor);
    }
    return hits;
}

// 32 bytes at p (reads p - 2 to p + 37): the newlines, and everything that needs a closer look.
inline __m256i interesting(const char *p, __m256i *newlines, bool dropNumericCode)
{
    const __m256i v0 = load(p);
    const __m256i before = load(p - 1);
    const __m256i lineEnd = _mm256_or_si256(anyOf(before, detail::lineEndMarks), anyOf(before, detail::blanks));
    *newlines = _mm256_cmpeq_epi8(v0, _mm256_set1_epi8('\n'));
    return _mm256_or_si256(keys(p, fold(v0), dropNumericCode),
                           _mm256_or_si256(_mm256_cmpeq_epi8(v0, _mm256_setzero_si256()), _mm256_and_si256(*newlines, lineEnd)));
}

inline detail::Masks masks(const char *p, bool dropNumericCode)
{
    const __m256i v0 = load(p);
    const __m256i before = load(p - 1);
    detail::Masks m;
    m.newline = std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('\n'))));
    m.nul = std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, _mm256_setzero_si256())));
    m.key = std::uint32_t(_mm256_movemask_epi8(keys(p, fold(v0), dropNumericCode)));
    m.high = std::uint32_t(_mm256_movemask_epi8(v0));
    m.afterMark = std::uint32_t(_mm256_movemask_epi8(anyOf(before, detail::lineEndMarks)));
    m.afterBlank = std::uint32_t(_mm256_movemask_epi8(anyOf(before, detail::blanks)));
    return m;
}

} // namespace

void scanAvx2(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
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
        const __m256i a = interesting(data + i, &nlA, options.dropNumericCode);
        const __m256i b = interesting(data + i + 32, &nlB, options.dropNumericCode);
        high = _mm256_or_si256(high, _mm256_or_si256(load(data + i), load(data + i + 32)));
        const bool nextLiteral = s.extra < extra.size() && extra[s.extra] < i + 64;
        if (!_mm256_testz_si256(_mm256_or_si256(a, b), _mm256_or_si256(a, b)) || nextLiteral) {
            detail::chunk(data, size, i, masks(data + i, options.dropNumericCode), extra, options, s, result);
            detail::chunk(data, size, i + 32, masks(data + i + 32, options.dropNumericCode), extra, options, s, result);
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
        detail::chunk(data, size, i, masks(data + i, options.dropNumericCode), extra, options, s, result);
    for (; i < size; i += 32) {
        const int count = int(std::min<qint64>(32, size - i));
        detail::chunk(data, size, i, detail::scalarMasks(data, size, i, count), extra, options, s, result);
    }
    result->newlines = s.lines;
    result->ascii = s.high == 0;
}

} // namespace ekyc::candidatescan
