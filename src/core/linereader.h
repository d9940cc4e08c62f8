#pragma once

#include "bytestream.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <atomic>

namespace ekyc {

enum class Encoding { Auto, Utf8, Utf16, Gb18030 };

// Cuts a byte stream into lines of UTF-8 text (docs/classification.md, "Inputs"):
// BOMs, UTF-16 and GB18030 decoded, NUL padding dropped, a trailing CR dropped.
// A line longer than MaxSegment comes in several segments so memory stays flat.
class LineReader
{
public:
    static constexpr qint64 BlockSize = 1 << 20;
    static constexpr qint64 MaxSegment = 1 << 20;
    static constexpr qint64 BinaryProbe = 64 * 1024;

    struct Segment
    {
        const char *data = nullptr;
        qint64 size = 0;
        bool lineStart = true; // the first segment of its line
        bool lineEnd = true;   // the last segment of its line
    };

    LineReader(ByteStream &stream, Encoding encoding, const std::atomic<bool> *cancel = nullptr);

    // The next segment; false at the end, on an error or when cancelled.
    bool next(Segment *segment);

    qint64 lineCount() const { return m_lines; }
    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    // "utf-8", "utf-16le", "utf-16be" or "gb18030" (when any line was read as GB18030).
    QString encodingName() const;

    static bool isValidUtf8(const char *data, qint64 size);
    static bool isAscii(const char *data, qint64 size);
    // More than 10% control bytes (NUL, tab, CR, LF, FF, ESC not counted) in `head`.
    static bool looksBinary(const char *data, qint64 size);

private:
    enum class Mode { Utf8Auto, Utf8, Utf16Le, Utf16Be, Gb18030 };
    bool start();
    bool fill();
    qint64 safeCut(qint64 from, qint64 limit) const;
    void prepare(const char *data, qint64 size, bool lineEnd, Segment *segment);

    ByteStream &m_stream;
    Encoding m_encoding;
    const std::atomic<bool> *m_cancel;
    Mode m_mode = Mode::Utf8Auto;
    bool m_started = false;
    bool m_eof = false;
    bool m_inLine = false;
    bool m_usedGb18030 = false;
    bool m_cancelled = false;
    QByteArray m_buffer; // UTF-8 (or raw ASCII-compatible) bytes not yet handed out
    qint64 m_pos = 0;
    QByteArray m_raw;     // a read block before UTF-16 decoding
    QByteArray m_scratch; // a segment after NUL removal / GB18030 decoding
    QStringDecoder m_utf16;
    QStringDecoder m_gb18030;
    qint64 m_lines = 0;
    QString m_error;
};

} // namespace ekyc
