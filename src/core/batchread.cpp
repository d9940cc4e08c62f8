// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "batchread.h"

#ifdef EKYC_HAVE_LIBURING
#include <liburing.h>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ekyc {

#ifdef EKYC_HAVE_LIBURING

struct BatchReader::Ring
{
    io_uring ring {};
    bool initialized = false;
    // Only a ring that was set up is torn down: io_uring_queue_exit() closes the ring's
    // descriptor, which in a ring whose set-up failed is 0 — another file's, once standard input
    // is closed (a sandbox without io_uring lost inputs to that).
    ~Ring()
    {
        if (initialized)
            io_uring_queue_exit(&ring);
    }

    // Submits what is queued and takes `expected` completions, handing each to `done`. False
    // when the ring failed (then it is not used again: entries may be left in it); `submitted`
    // says how many of the entries, in the order queued, went to the kernel.
    template<typename Done>
    bool complete(unsigned expected, Done done, int *submittedOut = nullptr)
    {
        int submitted = 0;
        do {
            submitted = io_uring_submit(&ring);
        } while (submitted == -EINTR);
        if (submittedOut)
            *submittedOut = std::max(submitted, 0);
        if (submitted < 0)
            return false;
        bool whole = unsigned(submitted) == expected;
        for (int seen = 0; seen < submitted;) {
            io_uring_cqe *cqe = nullptr;
            const int r = io_uring_wait_cqe(&ring, &cqe);
            if (r == -EINTR)
                continue;
            if (r < 0)
                return false;
            done(cqe->user_data, cqe->res);
            io_uring_cqe_seen(&ring, cqe);
            ++seen;
        }
        return whole;
    }
};

BatchReader::BatchReader(int capacity)
    : m_capacity(capacity)
{
    auto ring = std::make_unique<Ring>();
    // Two entries a file: a read and its close go in together.
    ring->initialized = io_uring_queue_init(unsigned(2 * capacity), &ring->ring, 0) == 0;
    if (ring->initialized)
        m_ring = std::move(ring);
}

BatchReader::~BatchReader() = default;

void BatchReader::read(std::vector<File> &files)
{
    for (File &f : files) {
        f.read = false;
        f.bytes.clear();
    }
    if (!m_ring || files.empty() || files.size() > size_t(m_capacity))
        return;
    io_uring *ring = &m_ring->ring;
    std::vector<int> fds(files.size(), -1);
    unsigned opens = 0;
    for (size_t i = 0; i < files.size(); ++i) {
        if (files[i].size < 0 || files[i].size > MaxSize)
            continue;
        io_uring_sqe *sqe = io_uring_get_sqe(ring);
        // O_NONBLOCK: a path that became a FIFO since it was measured must not wait for a writer.
        io_uring_prep_openat(sqe, AT_FDCWD, files[i].path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
        io_uring_sqe_set_data64(sqe, i);
        ++opens;
    }
    if (opens == 0)
        return;
    const bool opened = m_ring->complete(opens, [&](quint64 i, int res) { fds[size_t(i)] = res; });
    auto closeAll = [&] {
        for (int &fd : fds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    };
    if (!opened) {
        closeAll();
        m_ring.reset();
        return;
    }
    // One byte more than expected: a read that returns the size exactly met the end of the file.
    unsigned entries = 0;
    std::vector<int> closeEntry(files.size(), -1); // the queue position of each file's close
    for (size_t i = 0; i < files.size(); ++i) {
        if (fds[i] < 0)
            continue;
        files[i].bytes = QByteArray(files[i].size + 1, Qt::Uninitialized);
        io_uring_sqe *sqe = io_uring_get_sqe(ring);
        io_uring_prep_read(sqe, fds[i], files[i].bytes.data(), unsigned(files[i].size + 1), 0);
        sqe->flags |= IOSQE_IO_HARDLINK; // the close follows whatever the read gives
        io_uring_sqe_set_data64(sqe, i);
        sqe = io_uring_get_sqe(ring);
        io_uring_prep_close(sqe, fds[i]);
        io_uring_sqe_set_data64(sqe, i | (quint64(1) << 63));
        closeEntry[i] = int(entries + 1);
        entries += 2;
    }
    int submitted = 0;
    const bool readAll = m_ring->complete(entries, [&](quint64 data, int res) {
        const size_t i = size_t(data & ~(quint64(1) << 63));
        if (data >> 63) {
            fds[i] = -1; // closed (a failed close still frees the descriptor)
            return;
        }
        files[i].read = res >= 0 && qint64(res) == files[i].size;
    }, &submitted);
    if (!readAll) {
        // The ring failed while reads were in flight: their buffers stay with the reader, which
        // reads nothing more, rather than be freed under them. A descriptor whose close went to
        // the kernel is left to it (closing it here could close another file that took its
        // number); the others are closed here.
        for (size_t i = 0; i < files.size(); ++i) {
            if (fds[i] >= 0 || !files[i].bytes.isEmpty())
                m_abandoned.push_back(std::move(files[i].bytes));
            files[i].read = false;
            if (fds[i] >= 0 && closeEntry[i] >= 0 && closeEntry[i] < submitted)
                fds[i] = -1;
        }
        closeAll();
        m_ring.reset();
    }
    for (File &f : files) {
        if (f.read)
            f.bytes.resize(f.size);
        else
            f.bytes = QByteArray();
    }
}

#else

struct BatchReader::Ring
{
};

BatchReader::BatchReader(int capacity)
    : m_capacity(capacity)
{
}

BatchReader::~BatchReader() = default;

void BatchReader::read(std::vector<File> &files)
{
    for (File &f : files) {
        f.read = false;
        f.bytes.clear();
    }
}

#endif

} // namespace ekyc
