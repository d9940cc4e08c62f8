// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

#include <array>

#include <cstdint>
#include <vector>

namespace ekyc {

// The byte-level half of the Prefilter: one SIMD pass over a block that counts lines, spots
// NUL padding, non-ASCII bytes, lines ending in '{', '[' or '\\', and field keys (found by the
// stems of keys.h, "code" and "result": the pass looks for three of their letters in any case
// and lets `keyCheck` confirm the word), merges in positions found by the literal matcher, and
// lists the candidate lines in order with their numbers.
namespace candidatescan {

struct Candidate
{
    qint64 start = 0;     // offset of the line in the block
    qint64 lineIndex = 0; // lines before it in the block
};

struct Result
{
    std::vector<Candidate> *candidates = nullptr;
    qint64 newlines = 0;
    bool ascii = true;
    bool nul = false; // some byte is NUL
    // In: whether a block that turns out valid UTF-8 has its lines read as UTF-8 (not with the
    // encoding forced to GB18030). The AVX-512 build then validates the block when it meets its
    // first byte >= 0x80 (Options::validUtf8) and, when it is valid, skips the GB18030 trail-byte
    // test, which only lines decoded as GB18030 need.
    bool validateUtf8 = false;
    enum class Utf8 { NotChecked, Valid, Invalid };
    Utf8 utf8 = Utf8::NotChecked; // out: what that validation found
};

// Whether the key-like letters at `pos` really are a field key worth a look.
using KeyCheck = bool (*)(const char *data, qint64 size, qint64 pos);

// Literals (dotted-code prefixes, action names, context words) that the AVX-512 VBMI build
// matches in the same pass, Teddy-style: each literal's first seven bytes (any byte stands
// after a shorter one) select one of 5 buckets through seven 128-entry tables; a hit is
// confirmed against the bucket's literals. (The other three bits of a table byte are the
// scan's own: field keys and line ends, see candidatescan_avx512.cpp.) Seven bytes, not
// five: with the 37 actions of other services, five-byte buckets accepted "Mozil" and
// "Compl" (Mobil + BizTo, Compa + ...), on most lines of a web log.
class LiteralSet
{
public:
    static constexpr int Width = 7;
    static constexpr int MinLength = 5;
    static constexpr int Buckets = 5;
    // False (and nothing added) for a literal shorter than MinLength or with a byte >= 0x80
    // (then Vectorscan matches the literals). A new prefix goes to the
    // bucket it widens least; optimize() may do better once all are in.
    bool add(const QByteArray &literal);
    // Regroups the prefixes into buckets that accept as few other strings as possible: a
    // bucket that accepts "Resou" and "Compa" also accepts "Respo", on every "Response" of a
    // log, and each false hit costs a full look at its 64 bytes. Bottom-up merging, for up to
    // MaxOptimized prefixes (a catalog has about 20); beyond that add()'s grouping stays.
    void optimize();
    static constexpr int MaxOptimized = 64;
    bool isEmpty() const { return m_literals.empty(); }
    const std::uint8_t *table(int byte) const { return m_tables[size_t(byte)].data(); }
    // Whether a literal of the buckets in `buckets` starts at data[pos].
    bool matchAt(const char *data, qint64 size, qint64 pos, std::uint8_t buckets) const;

private:
    std::array<std::array<std::uint8_t, 128>, Width> m_tables{};
    struct Literal
    {
        QByteArray text;
        std::uint64_t head = 0; // its first 8 bytes (or all of a shorter one), compared before the rest
        // Its first MinLength bytes (of `head`): each bucket is sorted by them.
        std::uint64_t key() const { return head & ((std::uint64_t(1) << (8 * MinLength)) - 1); }
    };
    struct ByKey
    {
        bool operator()(const Literal &a, const Literal &b) const { return a.key() < b.key(); }
        bool operator()(const Literal &a, std::uint64_t key) const { return a.key() < key; }
        bool operator()(std::uint64_t key, const Literal &a) const { return key < a.key(); }
    };
    // Each bucket's byte sets (bit c of a pair of words: byte c may stand there).
    using ByteSets = std::array<std::array<std::uint64_t, 2>, Width>;
    static double acceptedStrings(const ByteSets &sets);
    static ByteSets merged(const ByteSets &a, const ByteSets &b);
    static ByteSets setsOf(const QByteArray &prefix);
    void addToTables(const ByteSets &sets, int bucket);
    void rebuild(); // the tables and buckets from m_bucketOfPrefix

    std::vector<int> m_bucketOfPrefix;
    QHash<QByteArray, int> m_prefixIndex;
    std::array<ByteSets, Buckets> m_bucketSets{};
    std::array<bool, Buckets> m_bucketUsed{};
    std::array<std::vector<Literal>, Buckets> m_buckets;
    std::vector<Literal> m_literals;
    std::vector<QByteArray> m_prefixes; // the distinct starts
};

// The builds of the scan, slowest first. Each wide build is only run where the processor has
// its instructions: AVX2 with POPCNT, LZCNT and BMI2; AVX-512 BW and VL with VBMI.
enum class Level { Scalar, Sse2, Avx2, Avx512Vbmi };
// The best build this processor runs: the one scan() uses.
Level supportedLevel();
// supportedLevel() is the AVX-512 one (AVX-512 BW, VL and VBMI): for the other AVX-512 paths.
inline bool usesAvx512()
{
    static const bool has = supportedLevel() == Level::Avx512Vbmi;
    return has;
}
// Whether a build matches Options::literals itself (else the caller must).
constexpr bool matchesLiterals(Level level) { return level == Level::Avx512Vbmi; }
// Whether scan() matches Options::literals itself on this processor.
bool matchesLiterals();

struct Options
{
    const LiteralSet *literals = nullptr;
    KeyCheck keyCheck = nullptr;
    // The wide builds may drop `"code":<digit>` before asking keyCheck: right unless the
    // catalog has a code that starts with a digit and is not a number.
    bool dropNumericCode = true;
    bool (*validUtf8)(const char *data, qint64 size) = nullptr; // for Result::validateUtf8
};

// `extra`: sorted positions that make their lines candidates (literal matches).
void scan(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result);

// The build `level` (at most supportedLevel()), for tests.
void scan(Level level, const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result);

// The portable versions, for tests and machines without AVX2.
void scanSse2(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result);
void scanScalar(const char *data, qint64 size, const std::vector<qint64> &extra, const Options &options, Result *result);

} // namespace candidatescan
} // namespace ekyc
