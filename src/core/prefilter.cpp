#include "prefilter.h"

#include "linereader.h"

#include <hs/hs.h>

#include <QSet>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ekyc {

namespace {

// A literal as a Vectorscan expression: every byte that is not a letter or digit escaped.
QByteArray literal(const QByteArray &text)
{
    QByteArray out;
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if ((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'))
            out += c;
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out;
}

struct MatchContext
{
    const char *data;
    qint64 size;
    qint64 lastLineEnd; // matches up to here are already in the list
    std::vector<qint64> *ends;
};

int onMatch(unsigned int, unsigned long long, unsigned long long to, unsigned int, void *context)
{
    auto *ctx = static_cast<MatchContext *>(context);
    const qint64 at = qint64(to) - 1; // the last byte of the match lies in the candidate line
    if (at < ctx->lastLineEnd)
        return 0;
    const void *nl = std::memchr(ctx->data + at, '\n', size_t(ctx->size - at));
    const qint64 end = nl ? static_cast<const char *>(nl) - ctx->data : ctx->size;
    ctx->ends->push_back(end);
    ctx->lastLineEnd = end + 1;
    return 0;
}

} // namespace

Prefilter::Prefilter(const CodeIndex &index)
{
    QList<QByteArray> expressions;
    QList<unsigned int> flags;
    // Field keys. The plain key `code` counts only non-numeric values, so its pattern asks for a
    // value that is not all digits: `"code":200` noise lines are not candidates.
    expressions << QByteArray("(?:^|[^a-z0-9_])(?:errorcode|errcode|result|livenesserrorcode|liveerrorcode|compareerrorcode)");
    flags << (HS_FLAG_CASELESS | HS_FLAG_MULTILINE);
    expressions << QByteArray("(?:^|[^a-z0-9_])code\\\\?[\"']?[ \\t]*[:=][ \\t]*(?:\\\\?[\"'])?-?[0-9]*[a-z_.\\-]");
    flags << (HS_FLAG_CASELESS | HS_FLAG_MULTILINE);
    // Dotted tokens: a category or a dotted code's first segment, then a dot.
    QSet<QByteArray> prefixes;
    for (const QString &category : index.catalog().categories())
        prefixes.insert(category.toUtf8() + '.');
    for (int id = 0; id < index.codeCount(); ++id) {
        const QByteArray &text = index.code(id).text;
        if (index.code(id).dotted)
            prefixes.insert(text.left(text.indexOf('.') + 1));
    }
    for (const QByteArray &prefix : prefixes) {
        expressions << literal(prefix);
        flags << 0;
    }
    // Action names and record openers; NUL bytes (padding inside a token) need the exact path.
    for (Product p : AllProducts) {
        for (const QString &action : index.catalog().product(p).actions) {
            expressions << literal(action.toUtf8());
            flags << 0;
        }
    }
    expressions << QByteArray("[\\{\\[][ \\t\\r]*\\n");
    flags << 0;
    expressions << QByteArray("\\x00");
    flags << 0;

    std::vector<const char *> patterns;
    std::vector<unsigned int> ids;
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        patterns.push_back(expressions.at(i).constData());
        ids.push_back(unsigned(i));
    }
    hs_compile_error_t *compileError = nullptr;
    if (hs_compile_multi(patterns.data(), flags.constData(), ids.data(), unsigned(patterns.size()), HS_MODE_BLOCK,
                         nullptr, &m_database, &compileError)
        != HS_SUCCESS) {
        m_error = QString::fromUtf8(compileError ? compileError->message : "unknown error");
        hs_free_compile_error(compileError);
        m_database = nullptr;
    }
}

Prefilter::~Prefilter()
{
    hs_free_database(m_database);
}

Prefilter::Scratch::Scratch(const Prefilter &filter)
{
    if (filter.m_database)
        hs_alloc_scratch(filter.m_database, &m_scratch);
}

Prefilter::Scratch::~Scratch()
{
    hs_free_scratch(m_scratch);
}

qint64 Prefilter::countNewlines(const char *data, qint64 size)
{
    qint64 count = 0;
    qint64 i = 0;
#ifdef __SSE2__
    // 16 bytes a step; byte counters are summed before they can overflow (255 steps).
    const __m128i newline = _mm_set1_epi8('\n');
    while (size - i >= 16) {
        __m128i counters = _mm_setzero_si128();
        const qint64 steps = std::min<qint64>((size - i) / 16, 255);
        for (qint64 s = 0; s < steps; ++s, i += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(bytes, newline));
        }
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
        count += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    for (; i < size; ++i)
        count += data[i] == '\n';
    return count;
}

bool Prefilter::isAscii(const char *data, qint64 size)
{
    qint64 i = 0;
#ifdef __SSE2__
    __m128i bits = _mm_setzero_si128();
    for (; size - i >= 16; i += 16)
        bits = _mm_or_si128(bits, _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i)));
    if (_mm_movemask_epi8(bits) != 0)
        return false;
#endif
    unsigned char rest = 0;
    for (; i < size; ++i)
        rest |= static_cast<unsigned char>(data[i]);
    return rest < 0x80;
}

void Prefilter::scan(const char *data, qint64 size, Scratch &scratch, BlockInfo *info) const
{
    info->candidates.clear();
    std::vector<qint64> ends;
    MatchContext ctx{data, size, 0, &ends};
    hs_scan(m_database, data, unsigned(size), 0, scratch.m_scratch, onMatch, &ctx);

    // Line starts and numbers of the candidate lines; the count is the `wc -l` part of the work.
    qint64 pos = 0;
    qint64 lines = 0;
    for (qint64 end : ends) {
        const char *lineEnd = data + end;
        const char *start = lineEnd;
        while (start > data + pos && start[-1] != '\n')
            --start;
        lines += countNewlines(data + pos, start - (data + pos));
        info->candidates.push_back(Candidate{start - data, lines});
        pos = start - data;
    }
    info->newlines = lines + countNewlines(data + pos, size - pos);
    info->validUtf8 = isAscii(data, size) || LineReader::isValidUtf8(data, size);
}

} // namespace ekyc
