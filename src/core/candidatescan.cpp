#include "candidatescan_impl.h"

#include <algorithm>

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

bool matchesLiterals()
{
#if defined(__x86_64__) || defined(__i386__)
    static const bool avx512 = hasAvx512();
    return avx512;
#else
    return false;
#endif
}

bool LiteralSet::add(const QByteArray &literal)
{
    if (literal.size() < Width)
        return false;
    const QByteArray prefix = literal.left(Width);
    if (std::find(m_prefixes.begin(), m_prefixes.end(), prefix) == m_prefixes.end())
        m_prefixes.push_back(prefix);
    Literal entry;
    entry.text = literal;
    std::memcpy(&entry.head, literal.constData(), size_t(std::min<qsizetype>(literal.size(), 8)));
    m_literals.push_back(entry);
    ++m_count;
    assignBuckets(); // a few dozen literals: redoing it each time costs nothing
    return true;
}

void LiteralSet::assignBuckets()
{
    // Agglomerative: each prefix starts as a group of its own; the two groups whose merge adds
    // the fewest accepted strings (the product of the five byte-set sizes) merge, until there
    // are no more groups than buckets.
    using Sets = std::array<std::array<bool, 128>, Width>;
    struct Group
    {
        Sets sets{};
        std::vector<size_t> prefixes;
    };
    const auto weight = [](const Sets &sets) {
        double w = 1;
        for (const auto &set : sets)
            w *= double(std::count(set.begin(), set.end(), true));
        return w;
    };
    const auto merged = [](const Sets &a, const Sets &b) {
        Sets m = a;
        for (size_t k = 0; k < m.size(); ++k) {
            for (size_t c = 0; c < 128; ++c)
                m[k][c] = m[k][c] || b[k][c];
        }
        return m;
    };
    std::vector<Group> groups;
    for (size_t i = 0; i < m_prefixes.size(); ++i) {
        Group g;
        for (int k = 0; k < Width; ++k)
            g.sets[size_t(k)][static_cast<unsigned char>(m_prefixes[i].at(k)) & 0x7F] = true;
        g.prefixes.push_back(i);
        groups.push_back(g);
    }
    while (groups.size() > size_t(Buckets)) {
        size_t bestA = 0, bestB = 1;
        double bestCost = -1;
        for (size_t a = 0; a < groups.size(); ++a) {
            for (size_t b = a + 1; b < groups.size(); ++b) {
                const double cost = weight(merged(groups[a].sets, groups[b].sets)) - weight(groups[a].sets)
                    - weight(groups[b].sets);
                if (bestCost < 0 || cost < bestCost) {
                    bestCost = cost;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        groups[bestA].sets = merged(groups[bestA].sets, groups[bestB].sets);
        groups[bestA].prefixes.insert(groups[bestA].prefixes.end(), groups[bestB].prefixes.begin(),
                                      groups[bestB].prefixes.end());
        groups.erase(groups.begin() + std::ptrdiff_t(bestB));
    }
    for (auto &table : m_tables)
        table.fill(0);
    for (auto &bucket : m_buckets)
        bucket.clear();
    for (size_t bucket = 0; bucket < groups.size(); ++bucket) {
        for (size_t i : groups[bucket].prefixes) {
            for (int k = 0; k < Width; ++k)
                m_tables[size_t(k)][static_cast<unsigned char>(m_prefixes[i].at(k)) & 0x7F] |= std::uint8_t(1u << bucket);
            for (const Literal &literal : m_literals) {
                if (literal.text.startsWith(m_prefixes[i]))
                    m_buckets[bucket].push_back(literal);
            }
        }
    }
}

bool LiteralSet::matchAt(const char *data, qint64 size, qint64 pos, std::uint8_t buckets) const
{
    for (; buckets; buckets &= std::uint8_t(buckets - 1)) {
        for (const Literal &literal : m_buckets[size_t(__builtin_ctz(buckets))]) {
            const qint64 length = literal.text.size();
            if (pos + length > size)
                continue;
            // Every literal is at least Width (5) bytes long: compare its first 8 (or all of a
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
    const __m128i o = _mm_set1_epi8('o'), dd = _mm_set1_epi8('d'), e = _mm_set1_epi8('e');
    const __m128i s = _mm_set1_epi8('s'), u = _mm_set1_epi8('u'), l = _mm_set1_epi8('l');
    auto half = [&](const char *p, detail::Masks &m, int shift) {
        const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i v1 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1)), lower);
        const __m128i v2 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 2)), lower);
        const __m128i l0 = _mm_or_si128(v0, lower);
        const __m128i ode = _mm_and_si128(_mm_cmpeq_epi8(l0, o), _mm_and_si128(_mm_cmpeq_epi8(v1, dd), _mm_cmpeq_epi8(v2, e)));
        const __m128i sul = _mm_and_si128(_mm_cmpeq_epi8(l0, s), _mm_and_si128(_mm_cmpeq_epi8(v1, u), _mm_cmpeq_epi8(v2, l)));
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p - 1));
        m.afterBracket |= std::uint32_t(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(before, _mm_set1_epi8('{')),
                                                                       _mm_cmpeq_epi8(before, _mm_set1_epi8('[')))))
            << shift;
        m.afterBlank |= std::uint32_t(_mm_movemask_epi8(_mm_or_si128(
                            _mm_cmpeq_epi8(before, _mm_set1_epi8(' ')),
                            _mm_or_si128(_mm_cmpeq_epi8(before, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(before, _mm_set1_epi8('\r'))))))
            << shift;
        m.newline |= std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v0, newline))) << shift;
        m.nul |= std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v0, zero))) << shift;
        m.key |= std::uint32_t(_mm_movemask_epi8(_mm_or_si128(ode, sul))) << shift;
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

void scan(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result)
{
#if defined(__x86_64__) || defined(__i386__)
    // The AVX2 build also uses POPCNT, LZCNT and BMI (every AVX2 processor has them); the
    // AVX-512 one needs VBMI for its literal tables.
    static const bool avx2 = hasAvx2();
    static const bool avx512 = hasAvx512();
    if (avx512) {
        scanAvx512(data, size, extra, options, result);
        return;
    }
    if (avx2) {
        scanAvx2(data, size, extra, options, result);
        return;
    }
#endif
    scanSse2(data, size, extra, options, result);
}

} // namespace ekyc::candidatescan
