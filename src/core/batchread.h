// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

#include <memory>
#include <vector>

namespace ekyc {

// Reads a batch of small regular files with few system calls: through io_uring (liburing), the
// batch's opens go to the kernel in one call and its reads and closes in a second, where the
// usual way costs an open, a read and a close each — on a virtual machine, where a system call
// is dear, most of what a folder of small logs costs (docs/performance.md, "Many small inputs
// read together (session 13)").
//
// A file counts as read only when its read returned exactly the size it was given (the size a
// stat() gave just before, so the file ended there when it was read); anything else — it could
// not be opened, it changed size, it is not a regular file any more, no io_uring here — leaves
// it unread, for the caller to read the usual way, which also words its errors.
class BatchReader
{
public:
    struct File
    {
        QByteArray path;     // as open() takes it (QFile::encodeName)
        qint64 size = -1;    // the size to expect: 0 to MaxSize (other files are left unread)
        QByteArray bytes;    // the file's bytes once read
        bool read = false;
    };
    static constexpr qint64 MaxSize = 256 * 1024;

    // Up to `capacity` files a batch. Without io_uring (Linux before 5.6, a sandbox that forbids
    // it, a build without liburing) the reader is not valid and reads nothing.
    explicit BatchReader(int capacity);
    ~BatchReader();
    BatchReader(const BatchReader &) = delete;
    BatchReader &operator=(const BatchReader &) = delete;

    bool isValid() const { return m_ring != nullptr; }
    int capacity() const { return m_capacity; }

    // Reads files.size() <= capacity() files; sets each one's `read` and `bytes`.
    void read(std::vector<File> &files);

private:
    struct Ring;
    std::unique_ptr<Ring> m_ring;
    int m_capacity = 0;
    std::vector<QByteArray> m_abandoned; // buffers of reads a failed ring may still fill
};

} // namespace ekyc
