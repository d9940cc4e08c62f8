// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The block loop shared by the SSE2, AVX2 and scalar builds of candidatescan (each .cpp is
// compiled with its own instruction set and includes this once).

#include "candidatescan.h"
#include "keys.h"

#include <cstring>

namespace ekyc::candidatescan::detail {

// The last non-blank byte of a line that makes it a candidate: a record may open there ('{',
// '['), or the logical line goes on (R1, '\\'). Blanks are what a line may end in after it.
inline constexpr char lineEndMarks[] = {'{', '[', '\\'};
inline constexpr char blanks[] = {' ', '\t', '\r'};

constexpr bool isLineEndMark(char c)
{
    for (char m : lineEndMarks) {
        if (c == m)
            return true;
    }
    return false;
}
constexpr bool isBlank(char c)
{
    for (char b : blanks) {
        if (c == b)
            return true;
    }
    return false;
}

// Every pass folds case with `| 0x20`: right for ASCII letters only.
constexpr bool stemsAreLowerCaseLetters()
{
    for (const keys::KeyStem &stem : keys::keyStems) {
        for (char c : stem.name) {
            if (c < 'a' || c > 'z')
                return false;
        }
        for (char c : stem.joinedAfter) {
            if (c < 'a' || c > 'z')
                return false;
        }
    }
    return true;
}
static_assert(stemsAreLowerCaseLetters(), "the passes fold case with | 0x20: stems of lower-case letters only");

// The three letters a pass compares for stem s, from its anchor on.
constexpr char anchorLetter(size_t s, size_t k) { return keys::keyStems[s].name[keys::keyStems[s].anchor + k]; }

struct Masks
{
    std::uint32_t newline = 0;
    std::uint32_t nul = 0;
    std::uint32_t key = 0;
    std::uint32_t high = 0;
    std::uint32_t afterMark = 0;    // the byte before is one of lineEndMarks
    std::uint32_t afterBlank = 0;   // the byte before is a space, tab or CR
    std::uint32_t literal = 0;      // a confirmed literal starts here
};

inline int lowestBit(std::uint32_t m) { return __builtin_ctz(m); }
inline int highestBit(std::uint32_t m) { return 31 - __builtin_clz(m); }

// Masks of bytes [i, i + count) (count <= 32) without reading past `size`.
inline Masks scalarMasks(const char *d, qint64 size, qint64 i, int count)
{
    Masks m;
    auto at = [&](qint64 k) -> unsigned char { return k < size ? static_cast<unsigned char>(d[k]) : 0; };
    for (int b = 0; b < count; ++b) {
        const unsigned char c = at(i + b);
        const std::uint32_t bit = 1u << b;
        if (c == '\n')
            m.newline |= bit;
        if (c == 0)
            m.nul |= bit;
        if (c >= 0x80)
            m.high |= bit;
        const unsigned char before = i + b > 0 ? at(i + b - 1) : 0;
        if (before != 0 && isLineEndMark(char(before)))
            m.afterMark |= bit;
        if (before != 0 && isBlank(char(before)))
            m.afterBlank |= bit;
        for (size_t s = 0; s < keys::keyStems.size(); ++s) {
            bool anchor = true;
            for (size_t k = 0; k < keys::AnchorLength; ++k)
                anchor = anchor && (at(i + b + qint64(k)) | 0x20) == anchorLetter(s, k);
            if (anchor)
                m.key |= bit;
        }
    }
    return m;
}

struct State
{
    qint64 lines = 0;          // newlines before the current chunk
    qint64 lastNewline = -1;   // the last newline before the current chunk
    qint64 lastCandidate = -1; // start of the last candidate line listed
    size_t extra = 0;          // next literal match to merge
    std::uint32_t high = 0;
};

// Turns one chunk's masks into candidate lines.
inline void chunk(const char *d, qint64 size, qint64 i, Masks m, const std::vector<qint64> &extra,
                  const Options &options, State &s, Result *r)
{
    std::uint32_t candidates = m.nul | m.literal;
    for (std::uint32_t keys = m.key; keys; keys &= keys - 1) {
        const int b = lowestBit(keys);
        if (options.keyCheck(d, size, i + b))
            candidates |= 1u << b;
    }
    // A line whose last non-blank byte is '{' or '[' may open a multi-line record, one ending
    // in '\\' goes on on the next line; only lines ending in blanks need a look back.
    candidates |= m.newline & m.afterMark;
    for (std::uint32_t nl = m.newline & m.afterBlank; nl; nl &= nl - 1) {
        const qint64 p = i + lowestBit(nl);
        qint64 k = p - 1;
        while (k > s.lastNewline && isBlank(d[k]))
            --k;
        if (k > s.lastNewline && isLineEndMark(d[k]))
            candidates |= 1u << (p - i);
    }
    while (s.extra < extra.size() && extra[s.extra] < i + 32) {
        candidates |= 1u << (extra[s.extra] - i);
        ++s.extra;
    }
    for (; candidates; candidates &= candidates - 1) {
        const int b = lowestBit(candidates);
        const std::uint32_t before = m.newline & ((1u << b) - 1u);
        const qint64 start = before ? i + highestBit(before) + 1 : s.lastNewline + 1;
        if (start != s.lastCandidate) {
            r->candidates->push_back(Candidate{start, s.lines + __builtin_popcount(before)});
            s.lastCandidate = start;
        }
    }
    s.lines += __builtin_popcount(m.newline);
    if (m.newline)
        s.lastNewline = i + highestBit(m.newline);
    s.high |= m.high;
    r->nul = r->nul || m.nul;
}

// `Wide` computes the masks of 32 bytes at d + i; it may read from d + i - 1 to d + i + 34.
template<typename Wide>
void run(const char *d, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *r, Wide wide)
{
    r->candidates->clear();
    State s;
    qint64 i = 0;
    if (size >= 34) {
        chunk(d, size, 0, scalarMasks(d, size, 0, 32), extra, options, s, r);
        i = 32;
    }
    for (; i + 34 <= size; i += 32)
        chunk(d, size, i, wide(d + i), extra, options, s, r);
    for (; i < size; i += 32) {
        const int count = int(std::min<qint64>(32, size - i));
        chunk(d, size, i, scalarMasks(d, size, i, count), extra, options, s, r);
    }
    r->newlines = s.lines;
    r->ascii = s.high == 0;
}

} // namespace ekyc::candidatescan::detail
