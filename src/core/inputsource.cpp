// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inputsource.h"

#include "timestamp.h"

#include <QCoreApplication>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ekyc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ekyc::InputSource", text); }

QString systemError(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

constexpr int PipeWaitSliceMs = 100;

// §8: a syslog time without a year takes its input's modification year (UTC); by arithmetic, not
// a QDateTime each (a folder of 10,000 logs asks 10,000 times).
int yearOf(time_t modified)
{
    return int(timestamps::yearOf(qint64(modified) * 1000));
}

// A file descriptor read in blocks (never mapped: a file truncated under a mapping crashes).
// A pipe or FIFO may stay silent for ever (a writer that never writes): with a cancel flag its
// reads wait in slices that look at the flag, so a cancelled run never hangs in read().
class FdStream final : public ByteStream
{
public:
    // `positional`: a regular file read from its start (not standard input, whose offset may
    // be anywhere).
    FdStream(int fd, InputSource::Progress progress, const std::atomic<bool> *cancel, bool positional,
             qint64 sizeAtOpen)
        : m_fd(fd)
        , m_progress(std::move(progress))
        , m_cancel(cancel)
        , m_positional(positional)
        , m_sizeAtOpen(sizeAtOpen)
    {
    }
    qint64 read(char *buffer, qint64 max) override
    {
        if (m_cancel && !waitReadable())
            return -1;
        if (m_seekPending) {
            if (::lseek(m_fd, m_total, SEEK_SET) < 0) {
                m_error = systemError(errno);
                return -1;
            }
            m_seekPending = false;
        }
        while (true) {
            const ssize_t n = ::read(m_fd, buffer, size_t(max));
            if (n >= 0) {
                m_total += n;
                report();
                return n;
            }
            if (errno != EINTR) {
                m_error = systemError(errno);
                return -1;
            }
        }
    }

    bool positional() const override { return m_positional; }
    qint64 readAt(char *buffer, qint64 max, qint64 offset, QString *error) const override
    {
        while (true) {
            const ssize_t n = ::pread(m_fd, buffer, size_t(max), off_t(offset));
            if (n >= 0)
                return n;
            if (errno != EINTR) {
                *error = systemError(errno);
                return -1;
            }
        }
    }
    qint64 sizeNow() const override
    {
        struct stat st;
        return m_positional && ::fstat(m_fd, &st) == 0 ? qint64(st.st_size) : -1;
    }
    qint64 sizeHint() const override { return m_sizeAtOpen; }
    // No system call here: the file offset is set when read() is next called, if ever.
    void skipTo(qint64 offset) override
    {
        m_total = offset;
        m_seekPending = true;
        report();
    }

    const qint64 &total() const { return m_total; }

private:
    // Progress never goes back (a reader may step back to a line's start).
    void report()
    {
        if (m_progress && m_total >= m_reported) {
            m_reported = m_total;
            m_progress(m_total);
        }
    }

    // False (with the error "cancelled") when the run is cancelled before data comes.
    bool waitReadable()
    {
        pollfd waiting { m_fd, POLLIN, 0 };
        while (true) {
            if (m_cancel->load(std::memory_order_relaxed)) {
                m_error = tr("cancelled");
                return false;
            }
            waiting.revents = 0;
            const int n = ::poll(&waiting, 1, PipeWaitSliceMs);
            // Regular files are always ready; an error or a hang-up is left to read() to report.
            if (n > 0 || (n < 0 && errno != EINTR))
                return true;
        }
    }

    int m_fd;
    qint64 m_total = 0;
    qint64 m_reported = 0;
    InputSource::Progress m_progress;
    const std::atomic<bool> *m_cancel;
    bool m_positional;
    qint64 m_sizeAtOpen;
    bool m_seekPending = false;
};

struct ArchiveReadContext
{
    ByteStream *source;
    QByteArray buffer;
};

la_ssize_t archiveRead(struct archive *a, void *clientData, const void **out)
{
    auto *ctx = static_cast<ArchiveReadContext *>(clientData);
    const qint64 n = ctx->source->read(ctx->buffer.data(), ctx->buffer.size());
    if (n < 0) {
        archive_set_error(a, EIO, "%s", ctx->source->errorString().toLocal8Bit().constData());
        return -1;
    }
    *out = ctx->buffer.constData();
    return la_ssize_t(n);
}

// Each layer checks its own ratio, and also its output against the raw bytes read from the
// input file so far: nested layers (gzip in gzip, a .gz in a zip) multiply their ratios, and
// each alone may stay under the limit while the whole expands a million times.
bool expandsTooMuch(qint64 out, qint64 inputBytes, const InputSource::Limits &limits)
{
    return out > (1 << 20) && out / std::max<qint64>(1, inputBytes) > limits.maxRatio;
}

// One member's decompressed bytes, with the limits that stop decompression bombs.
class ArchiveMemberStream final : public ByteStream
{
public:
    ArchiveMemberStream(struct archive *a, const InputSource::Limits &limits, const qint64 &inputBytes)
        : m_archive(a)
        , m_limits(limits)
        , m_inputBytes(inputBytes)
        , m_rawAtStart(archive_filter_bytes(a, -1))
    {
    }
    qint64 read(char *buffer, qint64 max) override
    {
        const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(max));
        if (n < 0) {
            m_error = QString::fromLocal8Bit(archive_error_string(m_archive));
            if (m_error.isEmpty())
                m_error = tr("the archive is corrupt");
            return -1;
        }
        m_out += n;
        const qint64 raw = std::max<qint64>(1, archive_filter_bytes(m_archive, -1) - m_rawAtStart);
        if (m_out > m_limits.maxMemberBytes || (m_out > (1 << 20) && m_out / raw > m_limits.maxRatio)
            || expandsTooMuch(m_out, m_inputBytes, m_limits)) {
            m_error = tr("stopped after %1 bytes of output: the data expands more than %2 times "
                         "(a decompression bomb?)")
                          .arg(m_out)
                          .arg(m_limits.maxRatio);
            return -1;
        }
        return n;
    }

private:
    struct archive *m_archive;
    InputSource::Limits m_limits;
    const qint64 &m_inputBytes;
    qint64 m_rawAtStart;
    qint64 m_out = 0;
};

// gzip through zlib: members one after another (as `zcat` reads them), and a truncated file
// yields what it holds before the cut, then an error.
class GzipStream final : public ByteStream
{
public:
    GzipStream(ByteStream &source, const InputSource::Limits &limits, const qint64 &inputBytes)
        : m_source(source)
        , m_limits(limits)
        , m_inputBytes(inputBytes)
        , m_in(256 * 1024, Qt::Uninitialized)
    {
        m_ok = inflateInit2(&m_z, 16 + MAX_WBITS) == Z_OK;
    }
    ~GzipStream() override { inflateEnd(&m_z); }

    qint64 read(char *buffer, qint64 max) override
    {
        if (!m_pendingError.isEmpty())
            return fail(m_pendingError);
        if (!m_ok)
            return fail(tr("cannot start the gzip decoder"));
        m_z.next_out = reinterpret_cast<Bytef *>(buffer);
        m_z.avail_out = uInt(std::min<qint64>(max, 1 << 30));
        while (m_z.avail_out > 0 && !m_done) {
            if (m_z.avail_in == 0 && !m_sourceEnd) {
                const qint64 n = m_source.read(m_in.data(), m_in.size());
                if (n < 0) {
                    m_pendingError = m_source.errorString();
                    break;
                }
                m_sourceEnd = n == 0;
                m_raw += n;
                m_z.next_in = reinterpret_cast<Bytef *>(m_in.data());
                m_z.avail_in = uInt(n);
            }
            if (m_z.avail_in == 0 && m_sourceEnd) {
                if (m_inMember)
                    m_pendingError = tr("truncated gzip data (the file ends inside a compressed member)");
                m_done = true;
                break;
            }
            if (!m_inMember) {
                // Another member follows only if it starts with the gzip magic; anything else is
                // trailing padding, ignored as gzip itself does.
                if (m_z.avail_in < 2 && !m_sourceEnd)
                    continue;
                if (m_z.avail_in < 2 || m_z.next_in[0] != 0x1f || m_z.next_in[1] != 0x8b) {
                    m_done = true;
                    break;
                }
                inflateReset(&m_z);
                m_inMember = true;
            }
            const int r = inflate(&m_z, Z_NO_FLUSH);
            if (r == Z_STREAM_END)
                m_inMember = false;
            else if (r != Z_OK && r != Z_BUF_ERROR) {
                m_pendingError = tr("corrupt gzip data: %1").arg(QString::fromLatin1(m_z.msg ? m_z.msg : "error"));
                m_done = true;
                break;
            }
        }
        // Bytes decoded before an error are handed out first; the error comes with the next call.
        const qint64 produced = qint64(reinterpret_cast<char *>(m_z.next_out) - buffer);
        if (produced == 0 && !m_pendingError.isEmpty())
            return fail(m_pendingError);
        m_out += produced;
        if (m_out > m_limits.maxMemberBytes || (m_out > (1 << 20) && m_out / std::max<qint64>(1, m_raw) > m_limits.maxRatio)
            || expandsTooMuch(m_out, m_inputBytes, m_limits))
            return fail(tr("stopped after %1 bytes of output: the data expands more than %2 times "
                           "(a decompression bomb?)")
                            .arg(m_out)
                            .arg(m_limits.maxRatio));
        return produced;
    }

private:
    qint64 fail(const QString &message)
    {
        m_error = message;
        return -1;
    }

    ByteStream &m_source;
    InputSource::Limits m_limits;
    const qint64 &m_inputBytes;
    QByteArray m_in;
    z_stream m_z{};
    bool m_ok = false;
    bool m_inMember = false;
    bool m_sourceEnd = false;
    bool m_done = false;
    qint64 m_raw = 0;
    qint64 m_out = 0;
    QString m_pendingError;
};

QString visitStream(const QString &label, ByteStream &source, const InputSource::Visitor &visitor,
                    const InputSource::Limits &limits, const qint64 &inputBytes, int depth,
                    const std::atomic<bool> *cancel);

// Zip and tar archives hold members; everything else looksCompressed() accepts is one
// compressed stream (.bz2, .xz, .zst).
bool isZipOrTar(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")
        || (head.size() >= 262 && std::memcmp(head.constData() + 257, "ustar", 5) == 0);
}

QString visitArchive(const QString &label, PeekableStream &source, const InputSource::Visitor &visitor,
                     const InputSource::Limits &limits, const qint64 &inputBytes, int depth,
                     const std::atomic<bool> *cancel)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    if (isZipOrTar(source.head())) {
        archive_read_support_format_zip(a);
        archive_read_support_format_tar(a);
        archive_read_support_format_gnutar(a);
    } else {
        // One compressed stream: decompressed here, and what is inside (a tar, text) is looked
        // at afterwards, as for gzip. Offered the tar format as well, libarchive would take text
        // that starts with 1 KiB of NUL bytes (a log padded by copytruncate) for an empty tar.
        archive_read_support_format_raw(a);
    }
    ArchiveReadContext ctx{&source, QByteArray(256 * 1024, Qt::Uninitialized)};
    QString error;
    if (archive_read_open(a, &ctx, nullptr, archiveRead, nullptr) != ARCHIVE_OK) {
        error = tr("cannot read the archive: %1").arg(QString::fromLocal8Bit(archive_error_string(a)));
        archive_read_free(a);
        return error;
    }
    struct archive_entry *entry = nullptr;
    while (!(cancel && cancel->load(std::memory_order_relaxed))) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            error = tr("corrupt archive: %1").arg(QString::fromLocal8Bit(archive_error_string(a)));
            break;
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const bool raw = archive_format(a) == ARCHIVE_FORMAT_RAW;
        // Member names are labels only: "../x" or "/etc/x" is never a path we touch.
        const QString memberLabel =
            raw ? label : label + QLatin1Char('!') + QString::fromUtf8(archive_entry_pathname_utf8(entry)
                                                                            ? archive_entry_pathname_utf8(entry)
                                                                            : archive_entry_pathname(entry));
        ArchiveMemberStream member(a, limits, inputBytes);
        const QString memberError = visitStream(memberLabel, member, visitor, limits, inputBytes, depth + 1, cancel);
        if (!memberError.isEmpty()) {
            error = memberError;
            break;
        }
    }
    archive_read_free(a);
    return error;
}

QString visitStream(const QString &label, ByteStream &source, const InputSource::Visitor &visitor,
                    const InputSource::Limits &limits, const qint64 &inputBytes, int depth,
                    const std::atomic<bool> *cancel)
{
    PeekableStream peekable(source);
    // 512 bytes tell the format; reading up to the reader's first probe at once spares a small
    // file a system call (its bytes come in one read, then the end of file).
    if (peekable.peek(512, 64 * 1024) < 0) {
        // Report the failure through the visitor so the member gets its own entry.
        visitor(label, peekable);
        return {};
    }
    const QByteArray &head = peekable.head();
    if (depth < limits.maxNesting && head.startsWith("\x1f\x8b")) {
        // A .gz (or .tar.gz): decompress here, then look at what is inside.
        GzipStream gzip(peekable, limits, inputBytes);
        return visitStream(label, gzip, visitor, limits, inputBytes, depth + 1, cancel);
    }
    if (depth < limits.maxNesting && InputSource::looksCompressed(head))
        return visitArchive(label, peekable, visitor, limits, inputBytes, depth, cancel);
    visitor(label, peekable);
    return {};
}

// Opening a FIFO for reading blocks until a writer opens it too, and in the window that open()
// would run on the classifier's thread, where Cancel and closing the window wait for it. So
// every input is opened without blocking, and a FIFO is waited for in slices that look at the
// cancel flag; then the descriptor is made blocking again and read like any file. Until a
// writer has come, Linux reports neither data nor a hang-up on the FIFO (a read() would say
// end of file), so only POLLIN or POLLHUP — data, or a writer that came and went — end the wait.

// Returns the open descriptor and its status in `st`, or -1 with `error` set ("cancelled" when
// the wait was cancelled). A regular file keeps O_NONBLOCK, which Linux ignores for it: two
// system calls fewer per input, which counts in a folder of thousands of small logs.
int openInput(const QString &path, const std::atomic<bool> *cancel, struct stat *st, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("cannot open: %1").arg(systemError(errno));
        return -1;
    }
    auto fail = [&](const QString &message) {
        ::close(fd);
        *error = message;
        return -1;
    };
    if (::fstat(fd, st) != 0)
        return fail(tr("cannot open: %1").arg(systemError(errno)));
    if (S_ISREG(st->st_mode) || S_ISDIR(st->st_mode))
        return fd;
    if (S_ISFIFO(st->st_mode)) {
        pollfd waiting { fd, POLLIN, 0 };
        while (true) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return fail(tr("cancelled"));
            waiting.revents = 0;
            const int n = ::poll(&waiting, 1, PipeWaitSliceMs);
            if (n < 0 && errno != EINTR)
                return fail(tr("cannot open: %1").arg(systemError(errno)));
            if (n > 0 && (waiting.revents & (POLLIN | POLLHUP | POLLERR)))
                break;
        }
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
        return fail(tr("cannot open: %1").arg(systemError(errno)));
    return fd;
}

} // namespace

InputSource::InputSource(QString path)
    : m_path(std::move(path))
{
}

qint64 InputSource::size() const
{
    return fileInfo().size;
}

InputSource::FileInfo InputSource::fileInfo() const
{
    FileInfo info;
    struct stat st;
    if (m_path == QLatin1String("-") || ::stat(QFile::encodeName(m_path).constData(), &st) != 0
        || !S_ISREG(st.st_mode))
        return info;
    info.size = qint64(st.st_size);
    info.modifiedYear = yearOf(st.st_mtime);
    return info;
}

QString InputSource::visitBytes(const QByteArray &bytes, int modifiedYear, const Visitor &visitor,
                                const Progress &progress, const std::atomic<bool> *cancel, const Limits &limits)
{
    m_modifiedYear = modifiedYear;
    BufferStream stream(bytes);
    const qint64 total = bytes.size();
    if (progress)
        progress(total);
    return visitStream(m_path, stream, visitor, limits, total, 0, cancel);
}

const QStringList &InputSource::packedSuffixes()
{
    static const QStringList suffixes { QStringLiteral(".gz"), QStringLiteral(".bz2"), QStringLiteral(".xz"),
        QStringLiteral(".zst"), QStringLiteral(".zip"), QStringLiteral(".tar"), QStringLiteral(".tgz"),
        QStringLiteral(".tbz2"), QStringLiteral(".txz"), QStringLiteral(".tzst") };
    return suffixes;
}

bool InputSource::looksCompressed(const QByteArray &head)
{
    auto startsWith = [&](const char *magic, int size) {
        return head.size() >= size && std::memcmp(head.constData(), magic, size_t(size)) == 0;
    };
    // xz's magic ends in a NUL byte, which startsWith() compares by its size.
    // NOLINTBEGIN(bugprone-string-literal-with-embedded-nul)
    return startsWith("\x1f\x8b", 2) || startsWith("PK\x03\x04", 4) || startsWith("PK\x05\x06", 4)
        || startsWith("BZh", 3) || startsWith("\xfd" "7zXZ\x00", 6) || startsWith("\x28\xb5\x2f\xfd", 4)
        || (head.size() >= 262 && std::memcmp(head.constData() + 257, "ustar", 5) == 0);
    // NOLINTEND(bugprone-string-literal-with-embedded-nul)
}

QString InputSource::visit(const Visitor &visitor, const Progress &progress, const std::atomic<bool> *cancel,
                           const Limits &limits)
{
    int fd = 0;
    const bool isStdin = m_path == QLatin1String("-");
    struct stat st;
    bool statted = true;
    if (isStdin) {
        statted = ::fstat(fd, &st) == 0;
    } else {
        QString error;
        fd = openInput(m_path, cancel, &st, &error);
        if (fd < 0)
            return error;
    }
    m_modifiedYear = statted && S_ISREG(st.st_mode) && !isStdin ? yearOf(st.st_mtime) : 0;
    if (statted && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return tr("is a directory");
    }
    // Only pipes, FIFOs and the like wait in slices; a regular file's reads never block for long.
    const bool mayStall = !(statted && S_ISREG(st.st_mode));
    const bool positional = !mayStall && !isStdin;
    FdStream stream(fd, progress, mayStall ? cancel : nullptr, positional, positional ? qint64(st.st_size) : -1);
    const QString error = visitStream(m_path, stream, visitor, limits, stream.total(), 0, cancel);
    if (!isStdin)
        ::close(fd);
    return error;
}

} // namespace ekyc
