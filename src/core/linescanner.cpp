// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linescanner.h"

#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include "candidatescan.h"
#include <immintrin.h>
#define EKYC_AVX512_CHUNKS 1
#endif

namespace ekyc {

namespace {

// Character classes: token characters [A-Za-z0-9_.], word characters [A-Za-z0-9_],
// value characters [A-Za-z0-9_.-], brackets [{}[\]] (R5 counts them), base64 characters
// [A-Za-z0-9+/=_-] (both alphabets).
enum : std::uint8_t { Word = 1, Token = 2, Value = 4, Bracket = 8, Base64 = 16 };

constexpr std::array<std::uint8_t, 256> makeClasses()
{
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (alnum)
            t[size_t(c)] = Word | Token | Value | Base64;
    }
    t[size_t('.')] = Token | Value;
    t[size_t('-')] = Value | Base64;
    for (const unsigned char c : {'+', '/', '='})
        t[c] = Base64;
    for (const unsigned char c : {'{', '}', '[', ']'})
        t[c] = Bracket;
    return t;
}
constexpr std::array<std::uint8_t, 256> classes = makeClasses();

inline std::uint8_t cls(char c) { return classes[static_cast<unsigned char>(c)]; }
inline bool isBlank(char c) { return c == ' ' || c == '\t'; }
constexpr char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - ('a' - 'A')) : c;
}

#ifdef __SSE2__
// 16 bytes → bit k set when byte k is a word byte [A-Za-z0-9_].
inline unsigned digitBits16(const char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i digit
        = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    return unsigned(_mm_movemask_epi8(digit));
}

inline unsigned wordBits16(const char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // Signed compares: bytes >= 0x80 are negative, so no letter or digit.
    const __m128i digit
        = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i letter = _mm_and_si128(
        _mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    const __m128i word = _mm_or_si128(_mm_or_si128(digit, letter), _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
    return unsigned(_mm_movemask_epi8(word));
}
#endif

// Where the run of word bytes [A-Za-z0-9_] from `i` ends; 16 bytes at a time where SSE2 is there
// (the words of a base64 image are 30 bytes long on average).
inline qint64 wordEnd(const char *data, qint64 i, qint64 size)
{
#ifdef __SSE2__
    for (; i + 16 <= size; i += 16) {
        const unsigned other = ~wordBits16(data + i) & 0xFFFFu;
        if (other)
            return i + __builtin_ctz(other);
    }
#endif
    while (i < size && (cls(data[i]) & Word))
        ++i;
    return i;
}

#ifdef __SSE2__
// 16 bytes → bit k set when byte k is a bracket (rawBracket counts it).
inline unsigned bracketBits16(const char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // Clearing bit 5 maps `{` to `[` and `}` to `]` (and nothing else to either).
    const __m128i folded = _mm_and_si128(v, _mm_set1_epi8(char(~0x20)));
    return unsigned(_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(folded, _mm_set1_epi8('[')), _mm_cmpeq_epi8(folded, _mm_set1_epi8(']')))));
}

// 16 bytes → bit k set when byte k is a `.` (it joins words into a dotted token).
inline unsigned dotBits16(const char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
}

// The masks a chunk with a `.` or a bracket is read from (LineScanner::specialChunk): its word
// bytes, its dots and its brackets.
struct TokenMasks
{
    std::uint64_t word = 0;
    std::uint64_t digit = 0;
    std::uint64_t dot = 0;
    std::uint64_t bracket = 0;
};

inline TokenMasks tokenMasks(const char *p)
{
    TokenMasks m;
    for (int k = 0; k < 4; ++k) {
        m.word |= std::uint64_t(wordBits16(p + 16 * k)) << (16 * k);
        m.digit |= std::uint64_t(digitBits16(p + 16 * k)) << (16 * k);
        m.dot |= std::uint64_t(dotBits16(p + 16 * k)) << (16 * k);
        m.bracket |= std::uint64_t(bracketBits16(p + 16 * k)) << (16 * k);
    }
    return m;
}

// Bits [from, to) of a 64-bit mask (0 <= from <= to <= 64).
inline std::uint64_t bitsBetween(int from, int to)
{
    const std::uint64_t below = to == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << to) - 1;
    return below & ~((std::uint64_t(1) << from) - 1);
}

// Each word of `word` (bits of word bytes) from the first of `marks` in it to its end: adding a
// mark's bit carries through the rest of its word, and the bits that change, with the marks, are
// those.
inline std::uint64_t fromFirstMark(std::uint64_t word, std::uint64_t marks)
{
    return (((word + marks) ^ word) | marks) & word;
}

// The last bits of the words of `word` that hold at most `maxDigits` digits: no name holds
// more (LineScanner::m_maxNameDigits), and nearly every word of a base64 image does. Past one
// digit every word's end (the catalog's names have at most one).
inline std::uint64_t fewDigitWordEnds(std::uint64_t word, std::uint64_t digits, int maxDigits)
{
    if (maxDigits > 1)
        return word & ~(word >> 1);
    std::uint64_t tails = fromFirstMark(word, digits);
    if (maxDigits == 1) {
        const std::uint64_t firstDigits = digits & ~(tails << 1);
        tails = fromFirstMark(word, digits & ~firstDigits); // from each word's second digit
    }
    return word & ~(word >> 1) & ~tails;
}

// The length of the run of word bytes from bit 0 of `word` (64: the whole chunk).
inline int leadingRun(std::uint64_t word)
{
    return ~word == 0 ? 64 : __builtin_ctzll(~word);
}

// Where the word holding bit `bit` of `word` starts.
inline int wordStart(std::uint64_t word, int bit)
{
    const std::uint64_t before = ~word & ((std::uint64_t(1) << bit) - 1);
    return before ? 64 - __builtin_clzll(before) : 0;
}

// What the word loop needs of a 64-byte chunk: its word bytes, and the last bytes of the words
// that may be names — no more digits than a name has (fewDigitWordEnds), four bytes or more
// (keyWord's shortest), and (AVX-512) a first and a last byte some name has (mayBeName, for any
// length). Nearly no word of a base64 image is left, so the loop over them rarely runs. Each
// word is judged on its own, so a word running on from the chunk before (starting at bit 0)
// only needs its end cleared. Returned in two registers (a larger struct went through memory,
// a stall after each call: docs/performance.md, session 12).
struct ChunkWords
{
    std::uint64_t word = 0;
    std::uint64_t ends = 0; // never bit 63 (the word may run on)
    // A chunk with a `.` (it joins words into a dotted token) or a bracket (rawBracket counts it)
    // is special: LineScanner::specialChunk reads it from its own masks.
    static ChunkWords special() { return ChunkWords { 0, ~std::uint64_t(0) }; }
    bool isSpecial() const { return ends == ~std::uint64_t(0); }
};

inline ChunkWords chunkWords(std::uint64_t word, std::uint64_t digits, std::uint64_t nameFirst,
                             std::uint64_t nameLast, int maxDigits)
{
    const std::uint64_t fourth = word & (word << 1) & (word << 2) & (word << 3);
    const std::uint64_t starts = word & ~(word << 1);
    const std::uint64_t ends = fewDigitWordEnds(word, digits & word, maxDigits) & ~(std::uint64_t(1) << 63) & fourth
        & nameLast & ~fromFirstMark(word, starts & ~nameFirst);
    return ChunkWords { word, ends };
}

inline ChunkWords chunkWordsSse2(const char *p, int maxDigits)
{
    std::uint64_t word = 0;
    std::uint64_t special = 0;
    std::uint64_t digits = 0;
    for (int k = 0; k < 4; ++k) {
        word |= std::uint64_t(wordBits16(p + 16 * k)) << (16 * k);
        special |= std::uint64_t(bracketBits16(p + 16 * k) | dotBits16(p + 16 * k)) << (16 * k);
    }
    if (special)
        return ChunkWords::special();
    for (int k = 0; k < 4; ++k)
        digits |= std::uint64_t(digitBits16(p + 16 * k)) << (16 * k);
    return chunkWords(word, digits, ~std::uint64_t(0), ~std::uint64_t(0), maxDigits);
}

#ifdef EKYC_AVX512_CHUNKS
// `set`'s bytes below 0x80 as the two tables of a nibble lookup (byteSetBits), each 16 bytes
// repeated for the four lanes of a 64-byte register: [low nibble] has bit h for each byte
// h * 16 + low of the set, [64 + h] is bit h.
inline std::array<std::uint8_t, 128> nibbleTables(const std::array<std::uint64_t, 4> &set)
{
    std::array<std::uint8_t, 128> t {};
    for (size_t c = 0; c < 128; ++c) {
        if (set[c >> 6] >> (c & 63) & 1) {
            for (size_t lane = 0; lane < 4; ++lane)
                t[16 * lane + (c & 15)] |= std::uint8_t(1u << (c >> 4));
        }
    }
    for (size_t lane = 0; lane < 4; ++lane) {
        for (size_t h = 0; h < 8; ++h)
            t[64 + 16 * lane + h] = std::uint8_t(1u << h);
    }
    return t;
}

// Bit k set when byte k of `v` is in the set of `tables` (nibbleTables): two byte shuffles.
__attribute__((target("avx512bw"))) inline std::uint64_t byteSetBits(__m512i v, const std::uint8_t *tables)
{
    const __m512i nibble = _mm512_set1_epi8(0x0F);
    const __m512i lowBits = _mm512_shuffle_epi8(_mm512_loadu_si512(tables), _mm512_and_si512(v, nibble));
    const __m512i highBits
        = _mm512_shuffle_epi8(_mm512_loadu_si512(tables + 64), _mm512_and_si512(_mm512_srli_epi16(v, 4), nibble));
    return _mm512_test_epi8_mask(lowBits, highBits);
}

// The same from one 64-byte load, where the processor has AVX-512 (the candidate scan's test):
// a base64 image's chunks are most of an `images` log's scan. `tables`: the nibble tables of
// the bytes names start with, then of those they end with.
__attribute__((target("avx512bw"))) ChunkWords chunkWordsAvx512(const char *p, int maxDigits, const std::uint8_t *tables)
{
    const __m512i v = _mm512_loadu_si512(p);
    const __m512i folded = _mm512_and_si512(v, _mm512_set1_epi8(char(~0x20)));
    const __mmask64 special = _mm512_cmpeq_epi8_mask(folded, _mm512_set1_epi8('['))
        | _mm512_cmpeq_epi8_mask(folded, _mm512_set1_epi8(']')) | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('.'));
    if (special)
        return ChunkWords::special();
    const __mmask64 digit = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('0')), _mm512_set1_epi8(10));
    const __mmask64 letter = _mm512_cmplt_epu8_mask(
        _mm512_sub_epi8(_mm512_or_si512(v, _mm512_set1_epi8(0x20)), _mm512_set1_epi8('a')), _mm512_set1_epi8(26));
    const std::uint64_t word = digit | letter | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('_'));
    return chunkWords(word, digit, byteSetBits(v, tables), byteSetBits(v, tables + 128), maxDigits);
}
#endif
#endif

} // namespace

LineScanner::LineScanner(const CodeIndex &index)
    : m_index(index)
{
    for (int id = 0; id < index.actionCount(); ++id) {
        const QByteArray &name = index.actionName(id);
        addName(std::string_view(name.constData(), size_t(name.size())), false);
    }
    for (const keys::ContextWord &w : keys::contextWords)
        addName(w.name, w.bothSpellings);
    addName(keys::requestIdKey, true);
    for (const keys::CodeKey &key : keys::codeKeys)
        addName(key.name, true);
#ifdef EKYC_AVX512_CHUNKS
    m_avx512 = candidatescan::usesAvx512();
    ByteSet first {};
    ByteSet last {};
    for (size_t length = 4; length < m_firstBytes.size(); ++length) {
        for (size_t k = 0; k < first.size(); ++k) {
            first[k] |= m_firstBytes[length][k];
            last[k] |= m_lastBytes[length][k];
        }
    }
    const std::array<std::uint8_t, 128> firstTables = nibbleTables(first);
    const std::array<std::uint8_t, 128> lastTables = nibbleTables(last);
    std::copy(firstTables.begin(), firstTables.end(), m_nameTables.begin());
    std::copy(lastTables.begin(), lastTables.end(), m_nameTables.begin() + 128);
    ByteSet base64 {};
    for (size_t c = 0; c < 128; ++c) {
        if (cls(char(c)) & Base64)
            base64[c >> 6] |= std::uint64_t(1) << (c & 63);
    }
    const std::array<std::uint8_t, 128> base64Tables = nibbleTables(base64);
    std::copy(base64Tables.begin(), base64Tables.end(), m_base64Tables.begin());
#endif
}

void LineScanner::setAvx512Chunks(bool on)
{
#ifdef EKYC_AVX512_CHUNKS
    m_avx512 = on && candidatescan::usesAvx512();
#else
    Q_UNUSED(on);
#endif
}

// `anyCase`: the first and last letters may be of either case (a superset of every spelling).
void LineScanner::addName(std::string_view name, bool anyCase)
{
    if (name.empty())
        return;
    m_maxNameDigits = std::max(
        m_maxNameDigits, int(std::count_if(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })));
    const size_t length = std::min<size_t>(name.size(), 63);
    auto add = [](ByteSet &set, char c) {
        const auto u = static_cast<unsigned char>(c);
        set[u >> 6] |= std::uint64_t(1) << (u & 63);
    };
    auto addBoth = [&](char first, char last) {
        add(m_firstBytes[length], first);
        add(m_lastBytes[length], last);
    };
    addBoth(name.front(), name.back());
    if (anyCase) {
        addBoth(keys::lower(name.front()), keys::lower(name.back()));
        addBoth(upper(name.front()), upper(name.back()));
    }
}

bool LineScanner::isNumeric(const char *text, qint64 size)
{
    qint64 i = (size > 0 && text[0] == '-') ? 1 : 0;
    if (i >= size)
        return false;
    for (; i < size; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

LineScan LineScanner::scanLine(const char *data, qint64 size, bool countBrackets)
{
    LineScan scan;
    scanLine(data, size, countBrackets, &scan);
    return scan;
}

void LineScanner::scanLine(const char *data, qint64 size, bool countBrackets, LineScan *out)
{
    out->clear();
    m_scan = out;
    reset();
    scanCodes(data, size, 0);
    m_scan->rawNet = m_rawDepth;
    m_scan->rawDip = -m_rawMin;
    qint64 end = size;
    while (end > 0 && (isBlank(data[end - 1]) || data[end - 1] == '\r'))
        --end;
    m_scan->lastNonBlank = end > 0 ? data[end - 1] : 0;
    if (countBrackets || m_scan->lastNonBlank == '{' || m_scan->lastNonBlank == '[')
        this->countBrackets(data, size);
    m_scan = &m_own;
}

void LineScanner::begin()
{
    m_own.clear();
    m_scan = &m_own;
    reset();
}

// The state of a line's scan, before its first byte.
void LineScanner::reset()
{
    m_offset = 0;
    m_inString = false;
    m_escape = false;
    m_depth = 0;
    m_rawDepth = 0;
    m_rawMin = 0;
    m_base64Run = 0;
}

void LineScanner::feed(const char *data, qint64 size)
{
    m_scan = &m_own;
    scanCodes(data, size, m_offset);
    m_scan->rawNet = m_rawDepth;
    m_scan->rawDip = -m_rawMin;
    countBrackets(data, size);
    for (qint64 i = size; i > 0; --i) {
        if (!isBlank(data[i - 1]) && data[i - 1] != '\r') {
            m_scan->lastNonBlank = data[i - 1];
            break;
        }
    }
    m_offset += size;
}

void LineScanner::countBrackets(const char *data, qint64 size)
{
    m_scan->bracketsCounted = true;
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        switch (c) {
        case '"': m_inString = true; break;
        case '{':
        case '[':
            ++m_scan->netDepth;
            ++m_depth;
            break;
        case '}':
        case ']':
            --m_scan->netDepth;
            if (m_depth > 0)
                --m_depth;
            break;
        default: break;
        }
    }
    m_scan->leftOpen = m_depth;
}

void LineScanner::rawBracket(char c)
{
    // R5 counts every bracket, inside strings too, so an escaped response keeps its nesting.
    if (c == '{' || c == '[') {
        ++m_rawDepth;
    } else if (c == '}' || c == ']') {
        --m_rawDepth;
        m_rawMin = std::min(m_rawMin, m_rawDepth);
    }
}

void LineScanner::consider(qint64 position, int codeId, const char *text, qint64 size, bool otherSpelling)
{
    Occurrence o;
    o.position = position;
    o.codeId = codeId;
    o.rawDepth = m_rawDepth;
    o.rawDip = -m_rawMin;
    if (codeId >= 0 && m_index.code(codeId).selfIdentifying)
        o.cls = Occurrence::SelfIdentifying;
    else
        o.cls = otherSpelling ? Occurrence::OtherSpelling : Occurrence::Plain;
    if (codeId < 0)
        o.unknownText = QByteArray(text, size);

    QVarLengthArray<Occurrence, 1> &kept = m_scan->occurrences;
    // `a` is never chosen over `b` when b may count wherever a may, is no deeper from any
    // starting depth, and comes first (or is strictly shallower).
    auto covers = [](const Occurrence &b, const Occurrence &a, bool bFirst) {
        if (b.cls > a.cls)
            return false;
        const int bZero = b.depthFrom(0);
        const int aZero = a.depthFrom(0);
        if (bFirst)
            return bZero <= aZero && b.rawDepth <= a.rawDepth;
        return bZero < aZero && b.rawDepth < a.rawDepth;
    };
    qsizetype at = 0;
    while (at < kept.size() && kept[at].position < position)
        ++at;
    if (at < kept.size() && kept[at].position == position) {
        // A token and a field value at the same place: the known reading wins.
        if (kept[at].known() || codeId < 0)
            return;
        kept[at] = std::move(o);
        return;
    }
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (covers(kept[i], o, i < at))
            return;
    }
    // Drop what the newcomer covers, then insert it in reading order.
    for (qsizetype i = kept.size() - 1; i >= 0; --i) {
        if (covers(o, kept[i], i >= at)) {
            kept.remove(i);
            if (i < at)
                --at;
        }
    }
    if (kept.size() == LineScan::MaxKept) {
        if (at == kept.size())
            return;
        kept.removeLast(); // full: the last in reading order goes
    }
    kept.insert(at, std::move(o));
}

void LineScanner::classifyValue(qint64 position, const char *text, qint64 size, bool plainCodeKey, bool otherSpelling)
{
    if (size <= 0)
        return;
    const bool numeric = isNumeric(text, size);
    if (plainCodeKey && numeric)
        return; // "code":200 is an HTTP or framework status, not ours
    const std::string_view value(text, size_t(size));
    const int id = m_index.find(value);
    if (id >= 0) {
        consider(position, id, text, size, otherSpelling);
        return;
    }
    if (numeric || m_index.isCategory(value)) {
        consider(position, -1, text, size, otherSpelling);
        return;
    }
    const size_t dot = value.find('.');
    if (dot != std::string_view::npos && m_index.isCategory(value.substr(0, dot)))
        consider(position, -1, text, size, otherSpelling);
}

bool LineScanner::fieldValue(const char *data, qint64 size, qint64 afterKey, qint64 *start, qint64 *end)
{
    auto skipQuote = [&](qint64 i) {
        if (i < size && (data[i] == '"' || data[i] == '\''))
            return i + 1;
        if (i + 1 < size && data[i] == '\\' && data[i + 1] == '"')
            return i + 2;
        return i;
    };
    qint64 i = skipQuote(afterKey);
    while (i < size && isBlank(data[i]))
        ++i;
    if (i >= size || (data[i] != ':' && data[i] != '='))
        return false;
    ++i;
    while (i < size && isBlank(data[i]))
        ++i;
    i = skipQuote(i);
    *start = i;
    while (i < size && (cls(data[i]) & Value))
        ++i;
    *end = i;
    while (*end > *start && data[*end - 1] == '.')
        --*end;
    return true;
}

// A word of 4+ bytes: an action name, a context word, RequestId, or a code field key.
void LineScanner::keyWord(const char *data, qint64 size, qint64 wordStart, qint64 wordEnd, qint64 offset)
{
    const qint64 wordSize = wordEnd - wordStart;
    const std::string_view word(data + wordStart, size_t(wordSize));
    const int action = m_index.actionId(word);
    if (action >= 0) {
        if (m_scan->firstAction < 0)
            m_scan->firstAction = action;
        const int product = m_index.productOfAction(action);
        if (product >= 0) {
            m_scan->actions |= ProductMask(1u << product);
            m_scan->context = true;
        }
        return;
    }
    if (!m_scan->context) {
        for (const keys::ContextWord &w : keys::contextWords) {
            if (w.bothSpellings ? keys::isTencentSpelling(word, w.name) : word == w.name) {
                m_scan->context = true;
                return;
            }
        }
    }
    // "RequestId" in any case: the JSON key and the SDK exceptions' requestId:/RequestId=.
    if (!m_scan->hasRequestId && keys::equalsIgnoringCase(word, keys::requestIdKey)) {
        qint64 start = 0;
        qint64 end = 0;
        if (fieldValue(data, size, wordEnd, &start, &end) && end > start) {
            m_scan->hasRequestId = true;
            if (m_keepRequestIds)
                m_scan->requestId = QByteArray(data + start, end - start);
        }
        return;
    }
    const keys::CodeKey *key = CodeIndex::codeKey(word);
    if (!key)
        return;
    qint64 start = 0;
    qint64 end = 0;
    if (!fieldValue(data, size, wordEnd, &start, &end))
        return;
    const bool tencentSpelling = keys::isTencentSpelling(word, key->name);
    if (key->givesContext && tencentSpelling)
        m_scan->context = true; // whatever its value, null too
    classifyValue(offset + start, data + start, end - start, key->plainCode, !tencentSpelling);
}

#ifdef EKYC_AVX512_CHUNKS
// A chunk is quiet when it holds neither `.` nor a bracket, no word in it may be a name, and the
// word that ran on into it (if any) is no name either: most of a base64 image. Passing over them
// here, in one function built for AVX-512, keeps the constants of chunkWordsAvx512 in registers
// (docs/performance.md, session 12). Deeper than Base64Depth into a run of base64 characters no
// word is looked at (deepInBase64), so such chunks are passed over with one test each, the word
// that ran on into them too if it started that deep. Returns the first chunk that is not quiet
// (its masks in `word` and `ends`, special or not), or where fewer than 64 bytes are left.
__attribute__((target("avx512bw"))) qint64 LineScanner::quietChunksAvx512(const char *data, qint64 size, qint64 i,
                                                                          qint64 *runsOn, std::uint64_t *word,
                                                                          std::uint64_t *ends) const
{
    qint64 base64Before = 0; // base64 characters just before `i` (counted from where the loop began)
    const std::uint8_t *base64 = m_base64Tables.data();
    auto notBase64 = [data, base64](qint64 at) __attribute__((target("avx512bw"))) {
        return ~byteSetBits(_mm512_loadu_si512(data + at), base64);
    };
    for (; i + 64 <= size; i += 64) {
        std::uint64_t other = notBase64(i);
        if (other == 0 && base64Before >= Base64Depth && (*runsOn < 0 || *runsOn - (i - base64Before) >= Base64Depth)) {
            // Every word from here to the run's end starts deep in it. Where the run ends no word
            // goes on (word characters are base64 characters): the loop goes on from there, at a
            // byte outside words, as it always is.
            do {
                i += 64;
            } while (i + 64 <= size && (other = notBase64(i)) == 0);
            *runsOn = -1;
            base64Before = 0;
            if (i + 64 > size)
                return i; // the byte loop looks at the rest, each word deep too
            i += __builtin_ctzll(other);
            if (i + 64 > size)
                return i;
            other = notBase64(i);
        }
        base64Before = other ? __builtin_clzll(other) : base64Before + 64;
        const ChunkWords chunk = chunkWordsAvx512(data + i, m_maxNameDigits, m_nameTables.data());
        *word = chunk.word;
        *ends = chunk.ends;
        if (chunk.isSpecial())
            return i;
        std::uint64_t rest = chunk.word;
        if (*runsOn >= 0) {
            const int length = leadingRun(rest);
            if (length == 64)
                continue;
            if (i + length - *runsOn >= 4 && mayBeName(data + *runsOn, i + length - *runsOn))
                return i;
            rest &= ~std::uint64_t(0) << length;
            if (chunk.ends & rest)
                return i;
        } else if (chunk.ends) {
            return i;
        }
        *runsOn = rest >> 63 ? i + wordStart(rest, 63) : -1;
    }
    return i;
}
#else
qint64 LineScanner::quietChunksAvx512(const char *, qint64, qint64 i, qint64 *, std::uint64_t *, std::uint64_t *) const
{
    return i;
}
#endif

void LineScanner::scanCodes(const char *data, qint64 size, qint64 offset)
{
    qint64 i = 0;
#ifdef __SSE2__
    qint64 bytewiseUntil = 0; // a chunk with a `.` or a bracket goes through the loop below
    qint64 runsOn = -1;       // the start of a word that ran on past the last chunk
    // (and is not done when that chunk ended the text: fuzz_decode_line, finding 17)
    while (i < size || runsOn >= 0) {
#else
    while (i < size) {
#endif
#ifdef __SSE2__
        // 64 bytes at a time where they hold neither `.` nor a bracket (text, a base64 image:
        // docs/performance.md, sessions 7 and 9): each word inside is found from bit masks and
        // looked at as below, the bytes between words need nothing. `i` is always at a token's
        // start or at a byte outside tokens, so a run of word bits starting at bit 0 is a whole
        // word's start (or the rest of the word that ran on past the chunk before).
        if (m_chunked && i >= bytewiseUntil && i + 64 <= size) {
#ifdef EKYC_AVX512_CHUNKS
            ChunkWords chunk;
            if (m_avx512) {
                i = quietChunksAvx512(data, size, i, &runsOn, &chunk.word, &chunk.ends);
                if (i + 64 > size)
                    continue;
            } else {
                chunk = chunkWordsSse2(data + i, m_maxNameDigits);
            }
#else
            const ChunkWords chunk = chunkWordsSse2(data + i, m_maxNameDigits);
#endif
            if (chunk.isSpecial() && runsOn < 0) {
                // Its tokens are read from masks as the byte loop reads them, up to the one
                // that may run on past the chunk (docs/performance.md, session 16).
                const qint64 resume = specialChunk(data, size, i, offset);
                if (resume > i) {
                    i = resume;
                    continue;
                }
                bytewiseUntil = i + 1; // one token from here on, past the chunk: the byte loop
            } else if (chunk.isSpecial()) {
                bytewiseUntil = i + 64;
            } else {
                // The words that may be names are looked at (the same calls of keyWord as the
                // loop below makes: it finds no name in the others), and the chunks follow each
                // other: a word that runs on past one is ended in the next (a `.` after it makes
                // that chunk special: the loop below then takes the token from the word's start).
                std::uint64_t word = chunk.word;
                std::uint64_t ends = chunk.ends;
                if (runsOn >= 0) {
                    const int length = leadingRun(word);
                    if (length == 64) {
                        i += 64;
                        continue;
                    }
                    if (i + length - runsOn >= 4 && mayBeName(data + runsOn, i + length - runsOn)
                        && !deepInBase64(data, runsOn))
                        keyWord(data, size, runsOn, i + length, offset);
                    word &= ~std::uint64_t(0) << length;
                    ends &= ~std::uint64_t(0) << length;
                    runsOn = -1;
                }
                for (; ends; ends &= ends - 1) {
                    const int last = __builtin_ctzll(ends);
                    const int first = wordStart(word, last);
                    if (mayBeName(data + i + first, last + 1 - first) && !deepInBase64(data, i + first))
                        keyWord(data, size, i + first, i + last + 1, offset);
                }
                if (word >> 63)
                    runsOn = i + wordStart(word, 63);
                i += 64;
                continue;
            }
        }
        if (runsOn >= 0) { // the loop below takes the word from its start
            i = runsOn;
            runsOn = -1;
        }
#endif
        if (!(cls(data[i]) & Token)) {
            // Up to the next token (Chinese text, blanks, punctuation): only brackets count.
            do {
                if (cls(data[i]) & Bracket)
                    rawBracket(data[i]);
                ++i;
            } while (i < size && !(cls(data[i]) & Token));
            continue;
        }
        const qint64 tokenStart = i;
        bool dotted = false;
        // Words inside the token: keys and action names are whole words.
        while (i < size && (cls(data[i]) & Token)) {
            if (data[i] == '.') {
                dotted = true;
                ++i;
                continue;
            }
            const qint64 wordStart = i;
            i = wordEnd(data, i, size);
            if (i - wordStart >= 4 && mayBeName(data + wordStart, i - wordStart) && !deepInBase64(data, wordStart))
                keyWord(data, size, wordStart, i, offset);
        }
        if (dotted)
            dottedToken(data, tokenStart, i, offset);
    }
    // The base64 run this segment ends in goes on in the next one (a line fed in pieces).
    m_base64Run = base64Before(data, size);
}

// A token [tokenStart, tokenEnd) with a `.` in it, its words looked at already: a dotted code
// (`FailedOperation.X`) or one of a category, trailing dots left out.
void LineScanner::dottedToken(const char *data, qint64 tokenStart, qint64 tokenEnd, qint64 offset)
{
    if (deepInBase64(data, tokenStart))
        return;
    qint64 end = tokenEnd;
    while (end > tokenStart && data[end - 1] == '.')
        --end;
    const std::string_view token(data + tokenStart, size_t(end - tokenStart));
    if (token.find('.') == std::string_view::npos)
        return;
    const int id = m_index.find(token);
    if (id >= 0)
        consider(offset + tokenStart, id, token.data(), qint64(token.size()), false);
    else if (m_index.isCategory(token.substr(0, token.find('.'))))
        consider(offset + tokenStart, -1, token.data(), qint64(token.size()), false);
}

#ifdef __SSE2__
// The 64 bytes at `i`, which hold a `.` or a bracket, read as the byte loop reads them, in the
// order it reads them: each bracket counted; each word that may be a name looked at (the same
// words as in other chunks: chunkWords); each token with a dot looked up once its words are.
// `i` is at a token's start or outside tokens. A token that reaches the chunk's last byte may
// go on past it: the chunk is read up to its start, which is returned (`i` itself when it
// starts there); else i + 64.
qint64 LineScanner::specialChunk(const char *data, qint64 size, qint64 i, qint64 offset)
{
    const TokenMasks m = tokenMasks(data + i);
    const std::uint64_t token = m.word | m.dot;
    const int stop = token >> 63 ? wordStart(token, 63) : 64;
    const std::uint64_t read = bitsBetween(0, stop);
    const std::uint64_t nameEnds
        = chunkWords(m.word, m.digit, ~std::uint64_t(0), ~std::uint64_t(0), m_maxNameDigits).ends & read;
    const std::uint64_t dotted = fromFirstMark(token, m.dot); // from a token's first dot to its end
    const std::uint64_t dottedEnds = dotted & ~(dotted >> 1) & read;
    const std::uint64_t brackets = m.bracket & read;
    for (std::uint64_t events = nameEnds | dottedEnds | brackets; events; events &= events - 1) {
        const int b = __builtin_ctzll(events);
        const std::uint64_t bit = std::uint64_t(1) << b;
        if (brackets & bit) {
            rawBracket(data[i + b]);
            continue;
        }
        if (nameEnds & bit) {
            const int first = wordStart(m.word, b);
            if (mayBeName(data + i + first, b + 1 - first) && !deepInBase64(data, i + first))
                keyWord(data, size, i + first, i + b + 1, offset);
        }
        if (dottedEnds & bit)
            dottedToken(data, i + wordStart(token, b), i + b + 1, offset);
    }
    return i + stop;
}
#endif

// How many base64 characters come just before `p`, counting those the segments before ended in,
// up to Base64Depth.
qint64 LineScanner::base64Before(const char *data, qint64 p) const
{
    const qint64 stop = std::max<qint64>(0, p - Base64Depth);
    qint64 k = p;
    while (k > stop && (cls(data[k - 1]) & Base64))
        --k;
    return k == 0 ? std::min(Base64Depth, p + m_base64Run) : p - k;
}

// Whether the Base64Depth bytes before `p` are all base64 characters: `p` is deep inside an
// image or a file's bytes, and no word starting there is looked at (docs/classification.md §2.1).
bool LineScanner::deepInBase64(const char *data, qint64 p) const
{
    return base64Before(data, p) >= Base64Depth;
}

} // namespace ekyc
