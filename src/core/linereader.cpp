#include "linereader.h"

#include <QCoreApplication>

#include <cstring>

namespace ekyc {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ekyc::LineReader", text); }
} // namespace

LineReader::LineReader(ByteStream &stream, Encoding encoding, const std::atomic<bool> *cancel)
    : m_stream(stream)
    , m_encoding(encoding)
    , m_cancel(cancel)
    , m_gb18030("GB18030")
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

bool LineReader::isValidUtf8(const char *data, qint64 size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qint64 i = 0;
    while (i < size) {
        if (s[i] < 0x80) {
            if (i + 8 <= size && isAscii(data + i, 8)) {
                i += 8;
                continue;
            }
            ++i;
            continue;
        }
        int extra;
        unsigned int cp;
        if ((s[i] & 0xE0) == 0xC0) {
            extra = 1;
            cp = s[i] & 0x1F;
        } else if ((s[i] & 0xF0) == 0xE0) {
            extra = 2;
            cp = s[i] & 0x0F;
        } else if ((s[i] & 0xF8) == 0xF0) {
            extra = 3;
            cp = s[i] & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool LineReader::looksBinary(const char *data, qint64 size)
{
    qint64 text = 0;
    qint64 control = 0;
    for (qint64 i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c == 0)
            continue;
        ++text;
        if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != 0x1B) || c == 0x7F)
            ++control;
    }
    return text > 0 && control * 10 > text;
}

QString LineReader::encodingName() const
{
    switch (m_mode) {
    case Mode::Utf16Le: return QStringLiteral("utf-16le");
    case Mode::Utf16Be: return QStringLiteral("utf-16be");
    case Mode::Gb18030: return QStringLiteral("gb18030");
    case Mode::Utf8:
    case Mode::Utf8Auto: break;
    }
    return m_usedGb18030 ? QStringLiteral("gb18030") : QStringLiteral("utf-8");
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        m_error = tr("cancelled");
        return false;
    }
    // Drop what was handed out, keep the unfinished line.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const bool utf16 = m_mode == Mode::Utf16Le || m_mode == Mode::Utf16Be;
    QByteArray &target = utf16 ? m_raw : m_buffer;
    const qint64 old = utf16 ? 0 : target.size();
    target.resize(old + BlockSize);
    const qint64 n = m_stream.read(target.data() + old, BlockSize);
    target.resize(old + std::max<qint64>(n, 0));
    if (n < 0) {
        m_error = m_stream.errorString();
        m_eof = true;
        return false;
    }
    if (n == 0)
        m_eof = true;
    if (utf16) {
        const QString text = m_utf16.decode(QByteArrayView(m_raw));
        m_buffer += text.toUtf8();
        if (m_eof && m_utf16.hasError() && m_buffer.isEmpty())
            return false;
    }
    return n > 0;
}

bool LineReader::start()
{
    m_started = true;
    // Enough bytes to see a BOM and judge whether the data is text.
    while (m_buffer.size() < BinaryProbe && !m_eof) {
        const qint64 old = m_buffer.size();
        m_buffer.resize(old + BlockSize);
        const qint64 n = m_stream.read(m_buffer.data() + old, BlockSize);
        m_buffer.resize(old + std::max<qint64>(n, 0));
        if (n < 0) {
            m_error = m_stream.errorString();
            m_eof = true;
        } else if (n == 0) {
            m_eof = true;
        }
    }
    const auto bom = [&](const char *bytes, int size) {
        return m_buffer.size() >= size && std::memcmp(m_buffer.constData(), bytes, size_t(size)) == 0;
    };
    int skip = 0;
    if (bom("\xEF\xBB\xBF", 3)) {
        m_mode = Mode::Utf8;
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
            && looksBinary(m_buffer.constData(), std::min<qint64>(m_buffer.size(), BinaryProbe))) {
            m_error = tr("binary data, not a text log");
            return false;
        }
    }
    // An explicit choice still wins over a BOM's guess for UTF-8 vs GB18030.
    if (m_mode == Mode::Utf8 && m_encoding == Encoding::Gb18030)
        m_mode = Mode::Gb18030;
    if (m_mode == Mode::Utf16Le || m_mode == Mode::Utf16Be) {
        m_utf16 = QStringDecoder(m_mode == Mode::Utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_raw = m_buffer.mid(skip);
        m_buffer = QString(m_utf16.decode(QByteArrayView(m_raw))).toUtf8();
        m_raw.clear();
    } else {
        m_buffer.remove(0, skip);
    }
    return m_error.isEmpty() || !m_buffer.isEmpty();
}

// Where a segment of an over-long line may end: after a separator that can be neither part
// of a code, a key or a value, nor the trail byte of a GB18030 pair.
qint64 LineReader::safeCut(qint64 from, qint64 limit) const
{
    const qint64 windowStart = std::max(from + 1, limit - 4096);
    for (qint64 i = limit; i > windowStart; --i) {
        switch (m_buffer.at(i - 1)) {
        case '!': case '#': case '$': case '%': case '&': case '(': case ')': case '*': case '+': case ',':
        case '/': case ';': case '<': case '>': case '?':
            return i;
        default: break;
        }
    }
    qint64 cut = limit; // no separator: cut anyway, but not inside a UTF-8 sequence
    while (cut > from + 1 && (static_cast<unsigned char>(m_buffer.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

void LineReader::prepare(const char *data, qint64 size, bool lineEnd, Segment *segment)
{
    if (lineEnd && size > 0 && data[size - 1] == '\r')
        --size;
    if (std::memchr(data, 0, size_t(size))) {
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
    const bool decodeGb = (m_mode == Mode::Gb18030 && !isAscii(data, size))
        || (m_mode == Mode::Utf8Auto && !isValidUtf8(data, size));
    if (decodeGb) {
        m_usedGb18030 = true;
        const QByteArray utf8 = QString(m_gb18030.decode(QByteArrayView(data, size))).toUtf8();
        m_gb18030.resetState();
        m_scratch = utf8;
        data = m_scratch.constData();
        size = m_scratch.size();
    }
    segment->data = data;
    segment->size = size;
    segment->lineStart = !m_inLine;
    segment->lineEnd = lineEnd;
    m_inLine = !lineEnd;
    if (lineEnd)
        ++m_lines;
}

bool LineReader::next(Segment *segment)
{
    if (!m_started && !start())
        return false;
    while (true) {
        const qint64 available = m_buffer.size() - m_pos;
        const char *begin = m_buffer.constData() + m_pos;
        const void *newline = std::memchr(begin, '\n', size_t(available));
        if (newline) {
            const qint64 length = static_cast<const char *>(newline) - begin;
            m_pos += length + 1;
            prepare(begin, length, true, segment);
            return true;
        }
        if (available > MaxSegment) {
            const qint64 cut = safeCut(m_pos, m_pos + MaxSegment);
            const qint64 length = cut - m_pos;
            m_pos = cut;
            prepare(begin, length, false, segment);
            return true;
        }
        if (!fill()) {
            if (!m_error.isEmpty() && !m_eof)
                return false;
            const qint64 rest = m_buffer.size() - m_pos;
            if (rest > 0 || m_inLine) {
                // The last line without a newline still counts.
                const char *tail = m_buffer.constData() + m_pos;
                m_pos = m_buffer.size();
                prepare(tail, rest, true, segment);
                return true;
            }
            return false;
        }
    }
}

} // namespace ekyc
