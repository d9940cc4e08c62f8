// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bytestream.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <atomic>
#include <optional>

namespace ekyc {

enum class Encoding { Auto, Utf8, Utf16, Gb18030 };

// Cuts a byte stream into blocks of whole lines (docs/classification.md, "Inputs"). A BOM
// decides the encoding; UTF-16 is turned into UTF-8 here, GB18030 line by line later
// (LineDecoder), so ASCII and UTF-8 logs are never transcoded. A line longer than
// MaxSegment is handed out in pieces so memory stays flat whatever the input.
class LineReader
{
public:
    static constexpr qint64 DefaultBlockSize = 1 << 20;
    static constexpr qint64 MaxSegment = 1 << 20;
    static constexpr qint64 BinaryProbe = 64 * 1024;

    struct Block
    {
        QByteArray bytes;
        bool continuesLine = false; // the first line began in an earlier block
        bool endsInsideLine = false; // the last line goes on in the next block
        // Where the block's first byte is in the stream; -1 when its bytes are not the
        // stream's (UTF-16, transcoded).
        qint64 offset = -1;
        // More than 0: the block's bytes are still in the stream, `unread` of them from
        // `offset`, and fill() reads them (see setUnreadBlocks).
        qint64 unread = 0;
        // fill() found the stream shorter than the block (a file truncated while it is read):
        // the input ends with this block, as it ends where a sequential read finds its end.
        bool cut = false;
    };

    LineReader(ByteStream &stream, Encoding encoding, const std::atomic<bool> *cancel = nullptr,
               qint64 blockSize = DefaultBlockSize);

    // The next block; false at the end, on an error or when cancelled (see error()).
    bool next(Block *block);

    // With a stream that can be read at any offset (a regular file), blocks of whole lines are
    // handed out unread where that is safe: their bytes are read by fill(), on the threads that
    // work on them, so the copy out of the page cache is no longer the reading thread's alone.
    // Only the bytes before each block's end are read here, to find its last newline. Lines
    // longer than MaxSegment, UTF-16 and streams that are not positional are read as before.
    void setUnreadBlocks(bool allowed) { m_unreadAllowed = allowed; }
    // Reads an unread block's bytes (thread-safe: positional reads only). Returns an error, or
    // an empty string; a stream shorter than the block gives what it holds and sets `cut`.
    QString fill(Block *block) const;
    // Ends the input with an error found outside the reader (a failed fill()).
    void fail(const QString &error);

    // Whether every byte has been handed out (no next block).
    bool atEnd() const { return m_eof && m_carry.isEmpty(); }
    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    bool utf16() const { return m_mode == Mode::Utf16Le || m_mode == Mode::Utf16Be; }
    // Whether lines are GB18030 always (by choice) or when they are not valid UTF-8 (auto).
    bool gb18030Always() const { return m_mode == Mode::Gb18030; }
    bool gb18030Fallback() const { return m_mode == Mode::Utf8Auto; }
    // "utf-8", "utf-16le", "utf-16be", or "gb18030" (`anyGb18030`: some line was read as such).
    QString encodingName(bool anyGb18030) const;

    static bool isValidUtf8(const char *data, qint64 size);
    static bool isAscii(const char *data, qint64 size);
    // More than 10% control bytes (NUL, tab, CR, LF, FF, ESC not counted).
    static bool looksBinary(const char *data, qint64 size);

private:
    enum class Mode { Utf8Auto, Utf8, Utf16Le, Utf16Be, Gb18030 };
    enum class Unread { Made, Ended, ReadInstead };
    bool start();
    Unread nextUnread(Block *block);
    qint64 findNewline(qint64 from, qint64 to, bool backward);
    qint64 readSome(QByteArray *into, qint64 max);
    qint64 safeCut(const QByteArray &bytes, qint64 limit) const;

    ByteStream &m_stream;
    Encoding m_encoding;
    const std::atomic<bool> *m_cancel;
    qint64 m_blockSize;
    Mode m_mode = Mode::Utf8Auto;
    bool m_started = false;
    bool m_eof = false;
    bool m_cancelled = false;
    bool m_inLine = false; // the carry is the tail of a line already partly handed out
    bool m_unreadAllowed = false;
    qint64 m_read = 0;     // bytes read from the stream so far, or handed out unread
    QByteArray m_carry;    // bytes after the last newline of the previous block
    QByteArray m_raw;      // UTF-16 bytes before decoding
    QByteArray m_probe;    // bytes looked at for an unread block's end
    QStringDecoder m_utf16;
    QString m_error;
};

// Turns one line of a block into text the scanner reads: trailing CR and NUL padding
// dropped, GB18030 decoded into UTF-8 when the reader's encoding asks for it.
class LineDecoder
{
public:
    // The reader's encoding is asked at each line: it is known only once the reader has
    // looked at the first bytes (BOM, --encoding), which may be after this is made.
    explicit LineDecoder(const LineReader &reader);
    // Returns the line's bytes (possibly in an internal buffer valid until the next call).
    QByteArrayView decode(const char *data, qint64 size, bool lineEnd);
    // What the prefilter found out about the block the next lines come from: when it has no
    // NUL and needs no transcoding, decode() only drops a line's CR.
    void setBlock(bool ascii, bool validUtf8, bool nul)
    {
        m_clean = !nul && (ascii || (validUtf8 && !m_reader.gb18030Always()));
        m_mayHaveNul = nul;
    }
    bool usedGb18030() const { return m_usedGb18030; }
    void noteInvalidUtf8() { m_usedGb18030 = m_usedGb18030 || m_reader.gb18030Fallback(); }

private:
    const LineReader &m_reader;
    bool m_usedGb18030 = false;
    bool m_clean = false;
    bool m_mayHaveNul = true; // false: the block was seen to hold no NUL
    std::optional<QStringDecoder> m_gb18030; // made when a line needs it: a codec is dear to open
    QByteArray m_scratch;
};

} // namespace ekyc
