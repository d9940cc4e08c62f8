// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "candidatescan_impl.h"

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

namespace ekyc::candidatescan {

#if defined(__x86_64__) || defined(__i386__)
void scanAvx2(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result);
void scanAvx512(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result);

namespace {
// LZCNT (ABM) is CPUID 0x80000001, ECX bit 5: clang 14's __builtin_cpu_supports knows
// neither "lzcnt" nor "abm", and the fuzz build uses clang.
bool hasLzcnt()
{
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    return __get_cpuid(0x80000001, &eax, &ebx, &ecx, &edx) && (ecx & bit_LZCNT);
}
bool hasAvx2() { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt")
                        && hasLzcnt() && __builtin_cpu_supports("bmi2"); }
bool hasAvx512() { return hasAvx2() && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")
                          && __builtin_cpu_supports("avx512vbmi"); }
} // namespace
#endif

Level supportedLevel()
{
#if defined(__x86_64__) || defined(__i386__)
    // The AVX2 build also uses POPCNT, LZCNT and BMI (every AVX2 processor has them); the
    // AVX-512 one needs VBMI for its literal tables.
    static const Level level = hasAvx512() ? Level::Avx512Vbmi : hasAvx2() ? Level::Avx2 : Level::Sse2;
    return level;
#elif defined(__SSE2__)
    return Level::Sse2;
#else
    return Level::Scalar;
#endif
}

bool matchesLiterals()
{
    return matchesLiterals(supportedLevel());
}

LiteralSet::ByteSets LiteralSet::setsOf(const QByteArray &prefix)
{
    ByteSets sets{};
    for (int k = 0; k < Width; ++k) {
        if (k >= prefix.size()) {
            sets[size_t(k)] = {~std::uint64_t(0), ~std::uint64_t(0)}; // past a short literal: any byte
            continue;
        }
        const unsigned c = static_cast<unsigned char>(prefix.at(k)) & 0x7F;
        sets[size_t(k)][c >> 6] |= std::uint64_t(1) << (c & 63);
    }
    return sets;
}

LiteralSet::ByteSets LiteralSet::merged(const ByteSets &a, const ByteSets &b)
{
    ByteSets m = a;
    for (size_t k = 0; k < m.size(); ++k) {
        m[k][0] |= b[k][0];
        m[k][1] |= b[k][1];
    }
    return m;
}

double LiteralSet::acceptedStrings(const ByteSets &sets)
{
    double w = 1;
    for (const auto &set : sets)
        w *= double(__builtin_popcountll(set[0]) + __builtin_popcountll(set[1]));
    return w;
}

void LiteralSet::addToTables(const ByteSets &sets, int bucket)
{
    for (size_t k = 0; k < size_t(Width); ++k) {
        for (unsigned c = 0; c < 128; ++c) {
            if (sets[k][c >> 6] >> (c & 63) & 1)
                m_tables[k][c] |= std::uint8_t(1u << bucket);
        }
    }
}

bool LiteralSet::add(const QByteArray &literal)
{
    if (literal.size() < MinLength)
        return false;
    // The AVX-512 filter reads a byte >= 0x80 as one that no literal holds (see
    // candidatescan_avx512.cpp): a literal with such a byte is left to Vectorscan.
    if (std::any_of(literal.begin(), literal.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return false;
    Literal entry;
    entry.text = literal;
    std::memcpy(&entry.head, literal.constData(), size_t(std::min<qsizetype>(literal.size(), 8)));
    const QByteArray prefix = literal.left(Width);
    int index = m_prefixIndex.value(prefix, -1);
    if (index < 0) {
        // A bucket of its own while there is one, else the one it widens least.
        const ByteSets sets = setsOf(prefix);
        int best = 0;
        double bestCost = -1;
        for (int b = 0; b < Buckets; ++b) {
            const double cost = m_bucketUsed[size_t(b)]
                ? acceptedStrings(merged(m_bucketSets[size_t(b)], sets)) - acceptedStrings(m_bucketSets[size_t(b)])
                : 0;
            if (bestCost < 0 || cost < bestCost) {
                bestCost = cost;
                best = b;
            }
        }
        m_bucketSets[size_t(best)] = m_bucketUsed[size_t(best)] ? merged(m_bucketSets[size_t(best)], sets) : sets;
        m_bucketUsed[size_t(best)] = true;
        index = int(m_prefixes.size());
        m_prefixIndex.insert(prefix, index);
        m_prefixes.push_back(prefix);
        m_bucketOfPrefix.push_back(best);
        addToTables(sets, best);
    }
    m_literals.push_back(entry);
    std::vector<Literal> &bucket = m_buckets[size_t(m_bucketOfPrefix[size_t(index)])];
    bucket.insert(std::upper_bound(bucket.begin(), bucket.end(), entry, ByKey{}), entry);
    return true;
}

void LiteralSet::optimize()
{
    if (m_prefixes.size() <= size_t(Buckets) || m_prefixes.size() > size_t(MaxOptimized))
        return;
    // Each prefix starts as a group of its own; the two groups whose merge adds the fewest
    // accepted strings merge, until there are no more groups than buckets.
    // The costs of the pairs are kept, and only those of the group a merge changes are worked
    // out again (every process builds this set once before its first input).
    struct Group
    {
        ByteSets sets;
        double accepted;
        std::vector<size_t> prefixes;
    };
    std::vector<Group> groups;
    for (size_t i = 0; i < m_prefixes.size(); ++i) {
        const ByteSets sets = setsOf(m_prefixes[i]);
        groups.push_back(Group { sets, acceptedStrings(sets), { i } });
    }
    const auto mergeCost = [&](size_t a, size_t b) {
        return acceptedStrings(merged(groups[a].sets, groups[b].sets)) - groups[a].accepted - groups[b].accepted;
    };
    std::vector<std::vector<double>> cost(groups.size(), std::vector<double>(groups.size(), 0));
    for (size_t a = 0; a < groups.size(); ++a) {
        for (size_t b = a + 1; b < groups.size(); ++b)
            cost[a][b] = mergeCost(a, b);
    }
    while (groups.size() > size_t(Buckets)) {
        size_t bestA = 0, bestB = 1;
        double bestCost = -1;
        for (size_t a = 0; a < groups.size(); ++a) {
            for (size_t b = a + 1; b < groups.size(); ++b) {
                if (bestCost < 0 || cost[a][b] < bestCost) {
                    bestCost = cost[a][b];
                    bestA = a;
                    bestB = b;
                }
            }
        }
        groups[bestA].sets = merged(groups[bestA].sets, groups[bestB].sets);
        groups[bestA].accepted = acceptedStrings(groups[bestA].sets);
        groups[bestA].prefixes.insert(groups[bestA].prefixes.end(), groups[bestB].prefixes.begin(),
                                      groups[bestB].prefixes.end());
        groups.erase(groups.begin() + std::ptrdiff_t(bestB));
        cost.erase(cost.begin() + std::ptrdiff_t(bestB));
        for (auto &row : cost)
            row.erase(row.begin() + std::ptrdiff_t(bestB));
        for (size_t other = 0; other < groups.size(); ++other) {
            if (other != bestA)
                cost[std::min(other, bestA)][std::max(other, bestA)] = mergeCost(std::min(other, bestA), std::max(other, bestA));
        }
    }
    std::vector<int> bucketOfPrefix(m_prefixes.size(), 0);
    for (size_t bucket = 0; bucket < groups.size(); ++bucket) {
        for (size_t i : groups[bucket].prefixes)
            bucketOfPrefix[i] = int(bucket);
    }
    m_bucketOfPrefix = bucketOfPrefix;
    rebuild();
}

void LiteralSet::rebuild()
{
    for (auto &table : m_tables)
        table.fill(0);
    for (auto &bucket : m_buckets)
        bucket.clear();
    m_bucketSets = {};
    m_bucketUsed = {};
    for (size_t i = 0; i < m_prefixes.size(); ++i) {
        const size_t bucket = size_t(m_bucketOfPrefix[i]);
        addToTables(setsOf(m_prefixes[i]), int(bucket));
        m_bucketSets[bucket] = m_bucketUsed[bucket] ? merged(m_bucketSets[bucket], setsOf(m_prefixes[i])) : setsOf(m_prefixes[i]);
        m_bucketUsed[bucket] = true;
    }
    for (const Literal &literal : m_literals)
        m_buckets[size_t(m_bucketOfPrefix[size_t(m_prefixIndex.value(literal.text.left(Width)))])].push_back(literal);
    for (auto &bucket : m_buckets)
        std::stable_sort(bucket.begin(), bucket.end(), ByKey{});
}

bool LiteralSet::matchAt(const char *data, qint64 size, qint64 pos, std::uint8_t buckets) const
{
    if (pos + MinLength > size)
        return false; // no literal is shorter
    // Only the literals that start with the same MinLength bytes are compared: a bucket holds
    // dozens of action names, more as the catalog grows (docs/performance.md, session 16).
    std::uint64_t key = 0;
    std::memcpy(&key, data + pos, size_t(MinLength));
    for (; buckets; buckets &= std::uint8_t(buckets - 1)) {
        const std::vector<Literal> &bucket = m_buckets[size_t(__builtin_ctz(buckets))];
        const auto range = std::equal_range(bucket.begin(), bucket.end(), key, ByKey{});
        for (auto it = range.first; it != range.second; ++it) {
            const Literal &literal = *it;
            const qint64 length = literal.text.size();
            if (pos + length > size)
                continue;
            // Every literal is at least MinLength (5) bytes long: compare its first 8 (or all of a
            // shorter one) as one word, and the rest only when those agree.
            const qint64 headLength = std::min<qint64>(length, 8);
            std::uint64_t head = 0;
            std::memcpy(&head, data + pos, size_t(headLength));
            if (head == literal.head
                && std::memcmp(data + pos + headLength, literal.text.constData() + headLength, size_t(length - headLength)) == 0)
                return true;
        }
    }
    return false;
}

void scanScalar(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
    detail::run(data, size, extra, options, result,
                [&](const char *p) { return detail::scalarMasks(p - 1, 35, 1, 32); });
}

void scanSse2(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
#ifdef __SSE2__
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    const __m128i lower = _mm_set1_epi8(0x20);
    // Any of `bytes` at each of the 16 positions of v.
    auto anyOf = [](__m128i v, const auto &bytes) {
        __m128i m = _mm_setzero_si128();
        for (char c : bytes)
            m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
        return m;
    };
    auto half = [&](const char *p, detail::Masks &m, int shift) {
        const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        static_assert(keys::AnchorLength == 3, "three folded loads, one per anchor letter");
        const __m128i folded[keys::AnchorLength] = {
            _mm_or_si128(v0, lower),
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1)), lower),
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 2)), lower),
        };
        __m128i anchors = _mm_setzero_si128();
        for (size_t st = 0; st < keys::keyStems.size(); ++st) {
            __m128i a = _mm_cmpeq_epi8(folded[0], _mm_set1_epi8(detail::anchorLetter(st, 0)));
            for (size_t k = 1; k < keys::AnchorLength; ++k)
                a = _mm_and_si128(a, _mm_cmpeq_epi8(folded[k], _mm_set1_epi8(detail::anchorLetter(st, k))));
            anchors = _mm_or_si128(anchors, a);
        }
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p - 1));
        m.afterMark |= std::uint32_t(_mm_movemask_epi8(anyOf(before, detail::lineEndMarks))) << shift;
        m.afterBlank |= std::uint32_t(_mm_movemask_epi8(anyOf(before, detail::blanks))) << shift;
        m.newline |= std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v0, newline))) << shift;
        m.nul |= std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v0, zero))) << shift;
        m.key |= std::uint32_t(_mm_movemask_epi8(anchors)) << shift;
        m.high |= std::uint32_t(_mm_movemask_epi8(v0)) << shift;
    };
    detail::run(data, size, extra, options, result, [&](const char *p) {
        detail::Masks m;
        half(p, m, 0);
        half(p + 16, m, 16);
        return m;
    });
#else
    scanScalar(data, size, extra, options, result);
#endif
}

namespace {

void scanLevel(Level level, const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
    switch (level) {
#if defined(__x86_64__) || defined(__i386__)
    case Level::Avx512Vbmi:
        scanAvx512(data, size, extra, options, result);
        return;
    case Level::Avx2:
        scanAvx2(data, size, extra, options, result);
        return;
#else
    case Level::Avx512Vbmi:
    case Level::Avx2:
#endif
    case Level::Sse2:
        scanSse2(data, size, extra, options, result);
        return;
    case Level::Scalar:
        break;
    }
    scanScalar(data, size, extra, options, result);
}

// The passes see a line's end mark ('{', '[', '\\') at its newline; the input's last line may
// have none (fuzz_filescan finding 16: a continued last line lost the time it gives its logical
// line on the prefiltered path).
void addUnterminatedLastLine(const char *data, qint64 size, Result *result)
{
    // The mark first (blanks are never a newline): most last lines end in none, and an over-long
    // line's piece is a whole block, not to be walked back over for its start.
    qint64 k = size - 1;
    while (k >= 0 && detail::isBlank(data[k]))
        --k;
    if (k < 0 || !detail::isLineEndMark(data[k]))
        return;
    const void *newline = memrchr(data, '\n', size_t(k));
    const qint64 start = newline ? static_cast<const char *>(newline) - data + 1 : 0;
    if (!result->candidates->empty() && result->candidates->back().start == start)
        return;
    result->candidates->push_back(Candidate{start, result->newlines});
}

} // namespace

void scan(Level level, const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
    scanLevel(level, data, size, extra, options, result);
    addUnterminatedLastLine(data, size, result);
}

void scan(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
    static const Level level = supportedLevel();
    scan(level, data, size, extra, options, result);
}

} // namespace ekyc::candidatescan
