// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linereader.h"
#include "reportreader.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include "candidatescan.h"
#include <immintrin.h>
#define EKYC_AVX512_BINARY_TEST 1
#endif

namespace ekyc {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ekyc::LineReader", text); }
} // namespace

LineReader::LineReader(ByteStream &stream, Encoding encoding, const std::atomic<bool> *cancel, qint64 blockSize)
    : m_stream(stream)
    , m_encoding(encoding)
    , m_cancel(cancel)
    , m_blockSize(std::max<qint64>(blockSize, 16))
{
}

bool LineReader::isAscii(const char *data, qint64 size)
{
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    }
    return true;
}

// simdjson's validator (SIMD, chosen at run time): strict UTF-8 as the standard has it, no
// overlong forms, surrogates or values past U+10FFFF; about 10 GB/s where a byte-by-byte check
// ran at 1.4 GB/s on Chinese text (docs/performance.md).
bool LineReader::isValidUtf8(const char *data, qint64 size)
{
    return simdjson::validate_utf8(data, size_t(size));
}

namespace {

// A control character of a binary file: below 0x20 but not NUL, tab, LF, FF, CR or ESC; or DEL.
bool isControl(unsigned char c)
{
    return (c < 0x20 && c != 0 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
}

#ifdef EKYC_AVX512_BINARY_TEST
// 64 bytes a step, into bit masks: for a folder of small logs the test reads every byte of
// every file (the SSE2 loop below was a tenth of such a run). Counts what isControl() counts.
__attribute__((target("avx512bw,popcnt"))) qint64 countAvx512(const char *data, qint64 size, qint64 *nul, qint64 *control)
{
    qint64 i = 0;
    for (; i + 64 <= size; i += 64) {
        const __m512i v = _mm512_loadu_si512(data + i);
        const __mmask64 zero = _mm512_cmpeq_epi8_mask(v, _mm512_setzero_si512());
        const __mmask64 below = _mm512_cmplt_epu8_mask(v, _mm512_set1_epi8(0x20));
        const __mmask64 allowed = zero | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\t'))
            | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\n')) | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\f'))
            | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\r')) | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(0x1B));
        const __mmask64 ctl = (below & ~allowed) | _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(0x7F));
        *nul += _mm_popcnt_u64(zero);
        *control += _mm_popcnt_u64(ctl);
    }
    return i;
}
#endif

} // namespace

// NULs are left out (UTF-16 text is half NULs); more than one control character in ten of the
// rest is binary. Every input's first block goes through here, so for folders of small logs it
// was a tenth of the run (docs/performance.md): AVX-512 counts 64 bytes at a time in bit masks
// where the processor has it, then SSE2 16 bytes at a time in byte counters, summed every 255
// vectors.
bool LineReader::looksBinary(const char *data, qint64 size)
{
    qint64 nul = 0;
    qint64 control = 0;
    qint64 i = 0;
#ifdef EKYC_AVX512_BINARY_TEST
    if (candidatescan::usesAvx512())
        i = countAvx512(data, size, &nul, &control);
#endif
#ifdef __SSE2__
    const __m128i none = _mm_setzero_si128();
    while (i + 16 <= size) {
        __m128i nuls = none;
        __m128i controls = none;
        const qint64 end = std::min<qint64>(size & ~qint64(15), i + 255 * 16);
        for (; i < end; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i zero = _mm_cmpeq_epi8(v, none);
            const __m128i below = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v); // v < 0x20
            const __m128i allowed = _mm_or_si128(
                _mm_or_si128(_mm_or_si128(zero, _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\f')))),
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x1B))));
            const __m128i ctl
                = _mm_or_si128(_mm_andnot_si128(allowed, below), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
            nuls = _mm_sub_epi8(nuls, zero); // a hit is -1: subtracting counts it
            controls = _mm_sub_epi8(controls, ctl);
        }
        const __m128i n = _mm_sad_epu8(nuls, none);
        const __m128i c = _mm_sad_epu8(controls, none);
        nul += _mm_cvtsi128_si32(n) + _mm_cvtsi128_si32(_mm_srli_si128(n, 8));
        control += _mm_cvtsi128_si32(c) + _mm_cvtsi128_si32(_mm_srli_si128(c, 8));
    }
#endif
    for (; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        nul += c == 0;
        control += isControl(c);
    }
    const qint64 text = size - nul;
    return text > 0 && control * 10 > text;
}

QString LineReader::encodingName(bool anyGb18030) const
{
    switch (m_mode) {
    case Mode::Utf16Le: return QStringLiteral("utf-16le");
    case Mode::Utf16Be: return QStringLiteral("utf-16be");
    case Mode::Gb18030: return QStringLiteral("gb18030");
    case Mode::Utf8:
    case Mode::Utf8Auto: break;
    }
    return anyGb18030 ? QStringLiteral("gb18030") : QStringLiteral("utf-8");
}

qint64 LineReader::readSome(QByteArray *into, qint64 max)
{
    const qint64 old = into->size();
    into->resize(old + max);
    const qint64 n = m_stream.read(into->data() + old, max);
    into->resize(old + std::max<qint64>(n, 0));
    m_read += std::max<qint64>(n, 0);
    if (n < 0) {
        m_error = m_stream.errorString();
        m_eof = true;
    } else if (n == 0) {
        m_eof = true;
    }
    return n;
}

bool LineReader::start()
{
    m_started = true;
    // Enough bytes to see a BOM and judge whether the data is text. What the stream has looked
    // at already comes without a copy — all of a small file, whose block then is that buffer.
    m_carry = m_stream.takeBuffered();
    m_read += m_carry.size();
    // No buffer of the probe's size for each file of a folder (ByteStream::sizedRead).
    while (m_carry.size() < BinaryProbe && !m_eof)
        readSome(&m_carry, m_stream.sizedRead(m_read, BinaryProbe - m_carry.size()));
    const auto bom = [&](const char *bytes, int size) {
        return m_carry.size() >= size && std::memcmp(m_carry.constData(), bytes, size_t(size)) == 0;
    };
    int skip = 0;
    if (bom("\xEF\xBB\xBF", 3)) {
        m_mode = m_encoding == Encoding::Gb18030 ? Mode::Gb18030 : Mode::Utf8;
        skip = 3;
    } else if (bom("\xFF\xFE", 2)) {
        m_mode = Mode::Utf16Le;
        skip = 2;
    } else if (bom("\xFE\xFF", 2)) {
        m_mode = Mode::Utf16Be;
        skip = 2;
    } else {
        switch (m_encoding) {
        case Encoding::Auto: m_mode = Mode::Utf8Auto; break;
        case Encoding::Utf8: m_mode = Mode::Utf8; break;
        case Encoding::Utf16: m_mode = Mode::Utf16Le; break;
        case Encoding::Gb18030: m_mode = Mode::Gb18030; break;
        }
        if (m_encoding != Encoding::Utf16
            && looksBinary(m_carry.constData(), std::min<qint64>(m_carry.size(), BinaryProbe))) {
            m_error = tr("binary data, not a text log");
            m_carry.clear();
            return false;
        }
    }
    // A report written by ekyc-codes holds the codes of the logs it was made from: classified
    // again (a folder of logs with last week's report in it), each would be counted twice.
    if (!utf16() && looksLikeReport(m_carry)) {
        m_error = tr("a report of ekyc-codes, not a log: not classified (merge reads reports)");
        m_carry.clear();
        return false;
    }
    m_carry.remove(0, skip);
    if (utf16()) {
        m_utf16 = QStringDecoder(m_mode == Mode::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_carry = QString(m_utf16.decode(QByteArrayView(m_carry))).toUtf8();
    }
    return true;
}

// Where a piece of an over-long line may end: after a separator that can be neither part
// of a code, a key or a value, nor the trail byte of a GB18030 pair.
qint64 LineReader::safeCut(const QByteArray &bytes, qint64 limit) const
{
    const qint64 windowStart = std::max<qint64>(1, limit - 4096);
    for (qint64 i = limit; i > windowStart; --i) {
        switch (bytes.at(i - 1)) {
        case '!': case '#': case '$': case '%': case '&': case '(': case ')': case '*': case '+': case ',':
        case '/': case ';': case '<': case '>': case '?':
            return i;
        default: break;
        }
    }
    qint64 cut = limit; // no separator: cut anyway, but not inside a UTF-8 sequence
    while (cut > 1 && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

void LineReader::fail(const QString &error)
{
    m_error = error;
    m_eof = true;
    m_carry.clear();
}

// The first newline in [from, to) (or the last one, `backward`), read from the stream in
// growing pieces; -1 when there is none, -2 when the stream failed (fail() called) or came
// out shorter than it was.
qint64 LineReader::findNewline(qint64 from, qint64 to, bool backward)
{
    // Most lines end within a few hundred bytes; tiny blocks (tests, fuzzing) look less far.
    qint64 want = std::clamp<qint64>(m_blockSize / 256, 64, 4096);
    while (from < to) {
        const qint64 n = std::min(want, to - from);
        const qint64 at = backward ? to - n : from;
        m_probe.resize(n);
        QString error;
        const qint64 got = m_stream.readAt(m_probe.data(), n, at, &error);
        if (got < 0)
            fail(error);
        if (got != n)
            return -2;
        const void *nl = backward ? memrchr(m_probe.constData(), '\n', size_t(n))
                                  : std::memchr(m_probe.constData(), '\n', size_t(n));
        if (nl)
            return at + (static_cast<const char *>(nl) - m_probe.constData());
        if (backward)
            to = at;
        else
            from = at + n;
        want = 64 * 1024;
    }
    return -1;
}

// The block runs from where the last one ended to the last newline within the block size, so
// its lines are shorter than the block size (at most MaxSegment); only the few KiB before that
// point are read here. A line that starts the block and is longer than the block size makes a
// block of its own if it ends within MaxSegment bytes, else it is read (and cut in pieces) as
// before.
LineReader::Unread LineReader::nextUnread(Block *block)
{
    const qint64 size = m_stream.sizeNow();
    if (size < m_read) {
        // Unknown, or less than was read already: a file of /proc says 0, or the file shrank.
        // Read on as before, to the end the reads find.
        m_unreadAllowed = false;
        return Unread::ReadInstead;
    }
    // Back to the start of the carried bytes (a line's start): the block reads them again.
    m_read -= m_carry.size();
    m_carry.resize(0);
    m_eof = false;
    m_stream.skipTo(m_read);
    const qint64 start = m_read;
    if (start >= size) {
        m_eof = true;
        return Unread::Ended;
    }
    const qint64 step = std::min(m_blockSize, MaxSegment);
    qint64 end = size;
    if (size - start > step) {
        const qint64 last = start + step - 1;
        qint64 nl = findNewline(start, last + 1, true);
        if (nl == -1) { // one line up to `last` at least
            const qint64 limit = std::min(size, start + MaxSegment + 1);
            nl = findNewline(last + 1, limit, false);
            if (nl == -1 && limit == size)
                nl = size - 1; // the input's last line, without a newline
        }
        if (nl < 0)
            return m_error.isEmpty() ? Unread::ReadInstead : Unread::Ended;
        end = nl + 1;
    }
    block->bytes.resize(0);
    block->continuesLine = false;
    block->endsInsideLine = false;
    block->offset = start;
    block->unread = end - start;
    m_read = end;
    m_eof = end >= size;
    m_stream.skipTo(end);
    return Unread::Made;
}

QString LineReader::fill(Block *block) const
{
    const qint64 size = block->unread;
    block->unread = 0;
    // A block's size varies with where its last line ends: room for the largest once, so that
    // the next block does not move the bytes to fresh pages (a realloc that copies)
    if (block->bytes.capacity() < size)
        block->bytes.reserve(std::max(size, std::min(m_blockSize, MaxSegment)) + 64);
    block->bytes.resize(size);
    qint64 done = 0;
    while (done < size) {
        QString error;
        const qint64 n = m_stream.readAt(block->bytes.data() + done, size - done, block->offset + done, &error);
        if (n < 0) {
            block->bytes.resize(done);
            return error;
        }
        if (n == 0)
            break;
        done += n;
    }
    if (done < size) {
        block->bytes.resize(done);
        block->cut = true;
    }
    return {};
}

bool LineReader::next(Block *block)
{
    if (!m_started && !start())
        return false;
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        m_error = tr("cancelled");
        return false;
    }
    block->unread = 0;
    block->cut = false;
    if (m_unreadAllowed && !m_inLine && m_error.isEmpty() && !utf16() && m_stream.positional()
        && (!m_eof || m_carry.size() > m_blockSize)) {
        switch (nextUnread(block)) {
        case Unread::Made: return true;
        case Unread::Ended: return false;
        case Unread::ReadInstead: break;
        }
    }
    // The block starts with the carried tail and is filled up to the block size, and on
    // until it holds a newline or a line longer than MaxSegment.
    QByteArray &bytes = block->bytes;
    bytes.resize(0); // keeps the block's memory: fresh pages would cost more than the copy
    if (!m_eof) // else the carry is all there is: a small input needs no block-sized buffer
        bytes.reserve(m_blockSize + 64);
    bytes.append(m_carry);
    m_carry.resize(0);
    const char *lastNewline = nullptr;
    while (!m_eof) {
        const qint64 want = std::max<qint64>(m_blockSize - bytes.size(), 64 * 1024);
        if (bytes.size() >= m_blockSize) {
            lastNewline = static_cast<const char *>(memrchr(bytes.constData(), '\n', size_t(bytes.size())));
            if (lastNewline || bytes.size() > MaxSegment)
                break;
        }
        if (utf16()) {
            m_raw.clear();
            readSome(&m_raw, want);
            bytes += QString(m_utf16.decode(QByteArrayView(m_raw))).toUtf8();
        } else {
            readSome(&bytes, want);
        }
    }
    block->continuesLine = m_inLine;
    block->endsInsideLine = false;
    if (bytes.isEmpty())
        return false;
    if (m_eof) {
        m_inLine = false;
        block->offset = utf16() ? -1 : m_read - bytes.size();
        return true;
    }
    // Cut after the last newline; keep the rest for the next block.
    const char *begin = bytes.constData();
    qint64 cut;
    if (lastNewline && (lastNewline - begin) + 1 >= bytes.size() - MaxSegment) {
        cut = (lastNewline - begin) + 1;
        m_inLine = false;
    } else {
        // A line longer than MaxSegment: hand out a piece of it.
        const qint64 from = lastNewline ? (lastNewline - begin) + 1 : 0;
        cut = from + safeCut(bytes.mid(from), std::min<qint64>(bytes.size() - from, MaxSegment) - 1);
        block->endsInsideLine = true;
        m_inLine = true;
    }
    m_carry.append(bytes.constData() + cut, bytes.size() - cut);
    bytes.truncate(cut);
    block->offset = utf16() ? -1 : m_read - m_carry.size() - bytes.size();
    return true;
}

LineDecoder::LineDecoder(const LineReader &reader)
    : m_reader(reader)
{
}

QByteArrayView LineDecoder::decode(const char *data, qint64 size, bool lineEnd)
{
    if (lineEnd && size > 0 && data[size - 1] == '\r')
        --size;
    if (m_clean)
        return QByteArrayView(data, size);
    if (m_mayHaveNul && std::memchr(data, 0, size_t(size))) {
        m_scratch.resize(size);
        qint64 n = 0;
        for (qint64 i = 0; i < size; ++i) {
            if (data[i] != 0)
                m_scratch[n++] = data[i];
        }
        m_scratch.resize(n);
        data = m_scratch.constData();
        size = n;
    }
    const bool decode = (m_reader.gb18030Always() && !LineReader::isAscii(data, size))
        || (m_reader.gb18030Fallback() && !LineReader::isValidUtf8(data, size));
    if (decode) {
        m_usedGb18030 = true;
        // With a newline after it, a sequence cut short at the end of the line becomes U+FFFD, as
        // an invalid byte does; alone, the decoder would keep it as state and it would vanish
        // (`[` then a stray lead byte would read as a record opener).
        QByteArray line(data, size);
        line += '\n';
        if (!m_gb18030)
            m_gb18030.emplace("GB18030");
        QString text = m_gb18030->decode(line);
        m_gb18030->resetState();
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        m_scratch = text.toUtf8();
        return QByteArrayView(m_scratch);
    }
    return QByteArrayView(data, size);
}

} // namespace ekyc
