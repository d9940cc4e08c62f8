// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>

namespace ekyc {

// A source of bytes: a file, a pipe, a decompressed member of an archive.
class ByteStream
{
public:
    virtual ~ByteStream() = default;
    // Up to `max` bytes into `buffer`; 0 at the end, -1 on an error (see errorString()).
    virtual qint64 read(char *buffer, qint64 max) = 0;
    // The bytes a stream holds in memory ahead of its next read(), handed over instead of read
    // (and so no longer returned by read()): the head a PeekableStream looked at, which a
    // reader then takes without a copy. Empty for most streams.
    virtual QByteArray takeBuffered() { return {}; }
    QString errorString() const { return m_error; }

    // A regular file (or bytes in memory) can also be read at any offset, from any thread: the
    // reader then leaves blocks for worker threads to read (LineReader::fill), so that the copy
    // out of the page cache is shared by the cores. Offsets count from the stream's first byte.
    virtual bool positional() const { return false; }
    // Up to `max` bytes at `offset`; 0 past the end, -1 on an error (said in `error`).
    virtual qint64 readAt(char *buffer, qint64 max, qint64 offset, QString *error) const;
    // The stream's size now (a file may grow or shrink while it is read); -1 when unknown.
    virtual qint64 sizeNow() const { return -1; }
    // The size when it was opened, to size buffers by (no system call; the file may have
    // changed since); -1 when unknown.
    virtual qint64 sizeHint() const { return -1; }
    // How much of `want` bytes to ask for at offset `at`: no more than that size holds and one
    // byte (to see the end, or that the file grew), so a small file's buffers are its size;
    // past that size, `want`.
    qint64 sizedRead(qint64 at, qint64 want) const
    {
        const qint64 hint = sizeHint();
        return hint >= 0 && at <= hint ? std::min(want, hint - at + 1) : want;
    }
    // The next read() starts at `offset`; progress counts the bytes before it as read.
    virtual void skipTo(qint64 offset);

protected:
    QString m_error;
};

// Bytes already in memory (pasted text, tests); `bytes` must outlive the stream.
class BufferStream final : public ByteStream
{
public:
    explicit BufferStream(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    qint64 read(char *buffer, qint64 max) override;
    bool positional() const override { return true; }
    qint64 readAt(char *buffer, qint64 max, qint64 offset, QString *error) const override;
    qint64 sizeNow() const override { return m_bytes.size(); }
    qint64 sizeHint() const override { return m_bytes.size(); }
    void skipTo(qint64 offset) override { m_pos = std::clamp<qint64>(offset, 0, m_bytes.size()); }

private:
    const QByteArray &m_bytes;
    qint64 m_pos = 0;
};

// Lets a reader look at the first bytes (magic numbers, BOMs) and then read them again.
class PeekableStream final : public ByteStream
{
public:
    explicit PeekableStream(ByteStream &inner)
        : m_inner(inner)
    {
    }
    // At least `size` bytes unless the stream ends first; -1 on an error. Each read asks for
    // `readAhead` bytes if that is more: what a small file holds then comes in one read.
    qint64 peek(qint64 size, qint64 readAhead = 0);
    const QByteArray &head() const { return m_head; }
    qint64 read(char *buffer, qint64 max) override;
    QByteArray takeBuffered() override;
    // Positional reads go to the inner stream (the head is only a copy of its first bytes).
    bool positional() const override { return m_inner.positional(); }
    qint64 readAt(char *buffer, qint64 max, qint64 offset, QString *error) const override
    {
        return m_inner.readAt(buffer, max, offset, error);
    }
    qint64 sizeNow() const override { return m_inner.sizeNow(); }
    qint64 sizeHint() const override { return m_inner.sizeHint(); }
    void skipTo(qint64 offset) override;

private:
    ByteStream &m_inner;
    QByteArray m_head;
    qint64 m_headPos = 0;
    qint64 m_innerAt = 0; // where the inner stream's next read() starts
    // A short read ended exactly at the size the file had when opened: its end, for a
    // regular file (only a read at the end returns fewer bytes than asked).
    bool m_innerEnded = false;
};

} // namespace ekyc
