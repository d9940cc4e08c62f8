// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bytestream.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace ekyc {

qint64 ByteStream::readAt(char *, qint64, qint64, QString *error) const
{
    *error = QStringLiteral("not a file");
    return -1;
}

void ByteStream::skipTo(qint64) { }

qint64 BufferStream::readAt(char *buffer, qint64 max, qint64 offset, QString *) const
{
    if (offset < 0 || offset >= m_bytes.size())
        return 0;
    const qint64 n = std::min(max, m_bytes.size() - offset);
    std::memcpy(buffer, m_bytes.constData() + offset, size_t(n));
    return n;
}

qint64 BufferStream::read(char *buffer, qint64 max)
{
    const qint64 n = std::min(max, m_bytes.size() - m_pos);
    std::memcpy(buffer, m_bytes.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

qint64 PeekableStream::peek(qint64 size, qint64 readAhead)
{
    while (m_head.size() - m_headPos < size) {
        const qint64 have = m_head.size();
        // A folder of small files would otherwise allocate and free the whole read-ahead once
        // per file.
        const qint64 want = m_inner.sizedRead(m_innerAt, std::max(size - (have - m_headPos), readAhead));
        m_head.resize(have + want);
        const qint64 n = m_inner.read(m_head.data() + have, want);
        if (n < 0) {
            m_head.resize(have);
            m_error = m_inner.errorString();
            return -1;
        }
        m_innerAt += n;
        m_head.resize(have + n);
        // A file that held exactly its size at open, read to its end: one read for a small log,
        // not a second that finds nothing (a folder of thousands of them).
        m_innerEnded = n < want && m_inner.positional() && m_innerAt == m_inner.sizeHint();
        if (n == 0 || m_innerEnded)
            break;
    }
    return m_head.size() - m_headPos;
}

qint64 PeekableStream::read(char *buffer, qint64 max)
{
    if (m_headPos < m_head.size()) {
        const qint64 n = std::min(max, m_head.size() - m_headPos);
        std::memcpy(buffer, m_head.constData() + m_headPos, size_t(n));
        m_headPos += n;
        if (m_headPos == m_head.size()) {
            m_head.clear();
            m_headPos = 0;
        }
        return n;
    }
    if (m_innerEnded)
        return 0;
    const qint64 n = m_inner.read(buffer, max);
    if (n < 0)
        m_error = m_inner.errorString();
    else
        m_innerAt += n;
    return n;
}

void PeekableStream::skipTo(qint64 offset)
{
    m_head.clear();
    m_headPos = 0;
    m_innerEnded = false;
    m_inner.skipTo(offset);
    m_innerAt = offset;
}

QByteArray PeekableStream::takeBuffered()
{
    QByteArray rest = m_headPos == 0 ? std::exchange(m_head, {}) : m_head.mid(m_headPos);
    m_head.clear();
    m_headPos = 0;
    return rest;
}

} // namespace ekyc
