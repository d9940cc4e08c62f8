// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Makers of the bad inputs that are too big to commit (or are not plain files), shared by
// tst_badinput (core API) and tst_badinput_cli (the built CLI). Each writes its file in a
// fraction of a second, whatever size the data inflates to.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

#include <zlib.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>
#include <functional>
#include <optional>
#include <thread>

namespace badinputs {

// The good log every bad input is run beside, with what it holds (its expected report is
// tests/data/classify/expected/app-sdk.json).
inline QString goodLog()
{
    return QStringLiteral(EKYC_TEST_DATA "/classify/app-sdk.log");
}
inline constexpr qint64 GoodLines = 7;
inline constexpr qint64 GoodEvents = 5;
inline QString badData(const char *name)
{
    return QStringLiteral(EKYC_TEST_DATA "/bad/") + QLatin1String(name);
}

// Raw deflate of `chunks` MiB of NUL bytes. After a full flush the compressor starts afresh,
// so every further MiB compresses to the same bytes: the stream is built from three pieces.
struct DeflatedZeros
{
    QByteArray first, repeat, tail;
    qint64 chunks = 0;
    quint32 crc = 0;
    qint64 rawSize() const { return qint64(chunks) << 20; }
    qint64 compressedSize() const { return first.size() + (chunks - 1) * repeat.size() + tail.size(); }
};

inline std::optional<DeflatedZeros> deflateZeros(qint64 chunks)
{
    const QByteArray zeros(1 << 20, '\0');
    z_stream z {};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    auto step = [&](const QByteArray &in, int flush) {
        QByteArray out(int(deflateBound(&z, uLong(in.size()))) + 64, Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(in.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        deflate(&z, flush);
        out.truncate(out.size() - qsizetype(z.avail_out));
        return out;
    };
    DeflatedZeros d;
    d.chunks = chunks;
    d.first = step(zeros, Z_FULL_FLUSH);
    d.repeat = step(zeros, Z_FULL_FLUSH);
    const QByteArray again = step(zeros, Z_FULL_FLUSH);
    d.tail = step(QByteArray(), Z_FINISH);
    deflateEnd(&z);
    if (again != d.repeat)
        return std::nullopt;
    const uLong chunkCrc = crc32(0, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(zeros.size()));
    uLong crc = chunkCrc;
    for (qint64 i = 1; i < chunks; ++i)
        crc = crc32_combine(crc, chunkCrc, 1 << 20);
    d.crc = quint32(crc);
    return d;
}

inline void writeDeflated(QFile &file, const DeflatedZeros &d)
{
    file.write(d.first);
    for (qint64 i = 1; i < d.chunks; ++i)
        file.write(d.repeat);
    file.write(d.tail);
}

inline QByteArray le32(quint32 v)
{
    const char b[4] = { char(v), char(v >> 8), char(v >> 16), char(v >> 24) };
    return QByteArray(b, 4);
}
inline QByteArray le16(quint16 v)
{
    const char b[2] = { char(v), char(v >> 8) };
    return QByteArray(b, 2);
}

// A gzip file of `mebibytes` MiB of NUL bytes: 10,240 MiB (10 GiB) take about 10 MB, the
// best deflate can do (1:1030).
inline bool writeGzipBomb(const QString &path, qint64 mebibytes)
{
    const std::optional<DeflatedZeros> d = deflateZeros(mebibytes);
    QFile file(path);
    if (!d || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10));
    writeDeflated(file, *d);
    file.write(le32(d->crc) + le32(quint32(d->rawSize())));
    return file.error() == QFileDevice::NoError;
}

// A zip whose one member, `zeros.log`, is `mebibytes` MiB (under 4 GiB: no zip64) of NUL
// bytes, deflated; then a small member after it.
inline bool writeZipBomb(const QString &path, qint64 mebibytes, const QByteArray &afterText)
{
    const std::optional<DeflatedZeros> d = deflateZeros(mebibytes);
    QFile file(path);
    if (!d || mebibytes >= 4096 || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray central;
    quint32 offset = 0;
    auto member = [&](const QByteArray &name, quint16 method, quint32 crc, quint32 packed, quint32 size,
                      const std::function<void()> &writeData) {
        const QByteArray common = le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21) + le32(crc) + le32(packed)
            + le32(size) + le16(quint16(name.size())) + le16(0);
        file.write("PK\x03\x04" + common + name);
        writeData();
        central += "PK\x01\x02" + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name;
        offset += quint32(30 + name.size()) + packed;
    };
    member(
        "zeros.log", 8, d->crc, quint32(d->compressedSize()), quint32(d->rawSize()), [&] { writeDeflated(file, *d); });
    const quint32 afterCrc
        = quint32(crc32(0, reinterpret_cast<const Bytef *>(afterText.constData()), uInt(afterText.size())));
    member("after-the-bomb.log", 0, afterCrc, quint32(afterText.size()), quint32(afterText.size()),
        [&] { file.write(afterText); });
    file.write(central);
    file.write(
        "PK\x05\x06" + le16(0) + le16(0) + le16(2) + le16(2) + le32(quint32(central.size())) + le32(offset) + le16(0));
    return file.error() == QFileDevice::NoError;
}

// `source` gzipped again (a bomb inside a gzip: each layer alone stays under the ratio).
inline bool gzipFile(const QString &source, const QString &path)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    gzFile out = gzopen(QFile::encodeName(path).constData(), "wb9");
    if (!out)
        return false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool ok = true;
    for (qint64 n; ok && (n = in.read(buffer.data(), buffer.size())) > 0;)
        ok = gzwrite(out, buffer.constData(), unsigned(n)) == int(n);
    return gzclose(out) == Z_OK && ok;
}

// One line of `size` bytes without a newline: an action name at its start, `Result=1001`
// at its end, filler with separators between (so pieces are cut between words).
inline bool writeLongLine(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray head = "GetFaceIdResultIntl request ";
    const QByteArray tail = " then Result=1001";
    QByteArray filler;
    while (filler.size() < (1 << 20))
        filler += "lorem ipsum dolor, sit amet; ";
    file.write(head);
    qint64 left = size - head.size() - tail.size();
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, filler.size());
        file.write(filler.constData(), n);
        left -= n;
    }
    file.write(tail);
    return file.error() == QFileDevice::NoError;
}

// A catalog JSON with `rows` rows in the built-in catalog's shape.
inline QByteArray catalogWithRows(const QByteArray &builtIn, int rows)
{
    const qsizetype codesAt = builtIn.indexOf("\"codes\"");
    QByteArray out = builtIn.left(codesAt) + "\"codes\": [\n";
    out.reserve(out.size() + qsizetype(rows) * 80);
    for (int i = 0; i < rows; ++i) {
        out += "{\"product\":\"api\",\"code\":\"FailedOperation.Generated";
        out += QByteArray::number(i);
        out += "\",\"description\":\"row\",\"billable\":false}";
        out += i + 1 < rows ? ",\n" : "\n";
    }
    return out + "]}\n";
}

} // namespace badinputs

// ---------------------------------------------------------------------------------------
// The file cases shared by both tests: each row names the bad input (a file in tests/data/bad
// or one made by makeGenerated in the test's folder), the files entries it must give
// ("label|error fragment|lines|events": label as a suffix of the path, lines ">0" for "some"),
// the (product:code:status:count) groups of its events ("*": not compared), and why the row
// is an expected failure ("": it is not; otherwise a known limit, or a fix still to land).
namespace badinputs {

// Sizes of the generated bombs: 10 GiB of gzip output from ~10 MB, and a nested and a zip
// bomb small enough that a run the limits do not stop still ends in seconds.
inline constexpr qint64 GzipBombMiB = 10240;
inline constexpr qint64 NestedInnerMiB = 1024;
inline constexpr qint64 ZipBombMiB = 256;

inline QByteArray goodText()
{
    QFile f(goodLog());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Makes the generated inputs in `dir`; false when one cannot be made.
inline bool makeGenerated(const QString &dir)
{
    const QByteArray line = "GetFaceIdResultIntl {\"Response\":{\"Result\":\"2016\"}}\n";
    bool ok = writeGzipBomb(dir + QStringLiteral("/bomb-10g.gz"), GzipBombMiB)
        && writeGzipBomb(dir + QStringLiteral("/inner-1g.gz"), NestedInnerMiB)
        && gzipFile(dir + QStringLiteral("/inner-1g.gz"), dir + QStringLiteral("/bomb-nested.gz"))
        && writeZipBomb(dir + QStringLiteral("/bomb-deflate.zip"), ZipBombMiB, line)
        && QDir(dir).mkpath(QStringLiteral("a-directory"));
    ok = ok && ::symlink("loop-b", QFile::encodeName(dir + QStringLiteral("/loop-a")).constData()) == 0
        && ::symlink("loop-a", QFile::encodeName(dir + QStringLiteral("/loop-b")).constData()) == 0
        && ::mkfifo(QFile::encodeName(dir + QStringLiteral("/fifo")).constData(), 0644) == 0;
    QFile builtIn(QStringLiteral(EKYC_SOURCE_DIR "/resources/catalog/ekyc-error-codes.json"));
    QFile big(dir + QStringLiteral("/catalog-100001.json"));
    ok = ok && builtIn.open(QIODevice::ReadOnly) && big.open(QIODevice::WriteOnly)
        && big.write(catalogWithRows(builtIn.readAll(), 100001)) > 0;
    big.close();
    QFile unreadable(dir + QStringLiteral("/unreadable.log"));
    ok = ok && unreadable.open(QIODevice::WriteOnly) && unreadable.write(line) == line.size();
    unreadable.close();
    return ok && ::chmod(QFile::encodeName(unreadable.fileName()).constData(), 0) == 0;
}

// Inputs named "gen:NAME" are in the test's folder; the others in tests/data/bad.
inline QString resolve(const QString &input, const QString &dir)
{
    if (input.startsWith(QLatin1String("gen:")))
        return dir + QLatin1Char('/') + input.mid(4);
    return QStringLiteral(EKYC_TEST_DATA "/bad/") + input;
}

// Where the evil zip's members would land if anything were extracted in `cwd`.
inline QStringList escapeTargets(const QString &cwd)
{
    return { QDir::cleanPath(cwd + QStringLiteral("/../../ekyc-badinput-escape.log")),
        QStringLiteral("/tmp/ekyc-badinput-absolute.log"),
        QDir::cleanPath(cwd + QStringLiteral("/ok/../../../ekyc-badinput-dotdot.log")) };
}

inline void addFileColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("waitsFor");
}

inline void addFileRows()
{
    const QStringList none;
    const QStringList any { QStringLiteral("*") };
    auto row = [](const char *name, const char *input, const QStringList &entries, const QStringList &groups,
                   const char *waitsFor = "") {
        QTest::newRow(name) << QString::fromLatin1(input) << entries << groups << QString::fromLatin1(waitsFor);
    };
    row("empty file", "empty.log", { "empty.log||0|0" }, none);
    row("only NUL bytes", "nul-only.log", { "nul-only.log||1|0" }, none);
    row("random binary", "random.bin", { "random.bin|binary data, not a text log|0|0" }, none);
    // Its codes were counted when it was written: classified again, they would be counted twice.
    row("a report of ekyc-codes", "a-report.json",
        { "a-report.json|a report of ekyc-codes, not a log: not classified (merge reads reports)|0|0" }, none);
    // GB18030 reads 0xFF as no character and 0xC3 as the lead byte of one with the 'L'.
    row("invalid UTF-8 inside codes", "invalid-utf8.log", { "invalid-utf8.log||2|2" },
        { "app_sdk:20:unknown:1", "app_sdk:FailedOperation.Compare:unknown:1" });
    row("UTF-16 with an odd byte count", "utf16-odd.log", { "utf16-odd.log||2|2" }, { "app_sdk:2016:known:2" });
    row("UTF-8 BOM only", "bom-utf8.log", { "bom-utf8.log||0|0" }, none);
    row("UTF-16 BOM only", "bom-utf16le.log", { "bom-utf16le.log||0|0" }, none);
    row("truncated gzip", "truncated.log.gz", { "truncated.log.gz|truncated gzip data|>0|>0" }, any);
    row("corrupt gzip", "corrupt.log.gz", { "corrupt.log.gz|corrupt gzip data|0|0" }, none);
    row("gzip with a wrong CRC", "bad-crc.log.gz", { "bad-crc.log.gz|corrupt gzip data: incorrect data check|3|3" },
        { "app_sdk:2016:known:3" });
    // Offered the tar format, libarchive once took 1 KiB of NUL bytes after bzip2 for an empty
    // tar archive, and nothing was read at all.
    row("bzip2 bomb", "bomb.bz2", { "bomb.bz2|a decompression bomb?|1|0" }, none, "");
    row("bzip2 zip bomb, then a member", "bomb-bzip2.zip",
        { "bomb-bzip2.zip!zeros.log|a decompression bomb?|1|0", "bomb-bzip2.zip!after-the-bomb.log||1|1" },
        { "app_sdk:2016:known:1" });
    // Deflate cannot pass 1:1032, so no 1:2000 limit stops a single gzip or zip layer.
    const char *deflateLimit = "known limit: one deflate layer expands at most 1:1032, under the issue's 1:2000 ratio; "
                               "such a bomb runs to the 64 GB cap or a Cancel (docs/reliability.md)";
    row("gzip bomb, 10 GB from 10 MB", "gen:bomb-10g.gz", { "bomb-10g.gz|a decompression bomb?|1|0" }, none,
        deflateLimit);
    row("gzip bomb inside gzip", "gen:bomb-nested.gz", { "bomb-nested.gz|a decompression bomb?|1|0" }, none, "");
    row("deflate zip bomb, then a member", "gen:bomb-deflate.zip",
        { "bomb-deflate.zip!zeros.log|a decompression bomb?|1|0", "bomb-deflate.zip!after-the-bomb.log||1|1" },
        { "app_sdk:2016:known:1" }, deflateLimit);
    row("zip with ../ and absolute member names", "evil-names.zip",
        { "evil-names.zip!../../ekyc-badinput-escape.log||1|1", "evil-names.zip!/tmp/ekyc-badinput-absolute.log||1|0",
            "evil-names.zip!ok/../../../ekyc-badinput-dotdot.log||1|1" },
        // The member holding only {"ErrorCode":1101} has no eKYC context: not counted (R3).
        { "-:1101:not_counted:1", "api:FailedOperation.CompareLowSimilarity:known:1", "app_sdk:2016:known:1" });
    row("directory", "gen:a-directory", { "a-directory|is a directory|0|0" }, none);
    row("symlink loop", "gen:loop-a", { "loop-a|cannot open: Too many levels of symbolic links|0|0" }, none);
    row("missing file", "gen:missing.log", { "missing.log|cannot open: No such file or directory|0|0" }, none);
    row("FIFO with a writer", "gen:fifo", { "fifo||7|5" },
        { "app_sdk:-999:known:1", "app_sdk:0:known:1", "app_sdk:1001:known:1", "app_sdk:2015:known:1",
            "app_sdk:2016:known:1" });
    row("file without read permission", "gen:unreadable.log", { "unreadable.log|cannot open: Permission denied|0|0" },
        none);
}

// Catalog files that must be refused with a message naming the file and the problem.
inline void addCatalogRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << "catalog-empty.json"
                           << "the file is empty";
    QTest::newRow("malformed") << "catalog-malformed.json"
                               << "not valid JSON at byte";
    QTest::newRow("mistyped") << "catalog-mistyped.json"
                              << "codes[3].billable must be true or false";
    QTest::newRow("duplicate row") << "catalog-duplicate.json"
                                   << "codes[134] repeats the code \"11\" of product \"h5\"";
    QTest::newRow("100,001 rows") << "gen:catalog-100001.json"
                                  << "has 100001 rows, more than the limit of 100000";
    QTest::newRow("directory") << "gen:a-directory"
                               << "is a directory, not a catalog file";
    QTest::newRow("missing") << "gen:missing.json"
                             << "cannot open";
}

// "label|error|lines|events" of an entry, in the expected entry's terms where they agree (so
// a comparison shows only what differs).
inline QString entryAs(const QString &expected, const QString &path, const QString &error, qint64 lines, qint64 events)
{
    const QStringList e = expected.split(QLatin1Char('|'));
    auto count = [](const QString &want, qint64 got) {
        if (want == QLatin1String(">0") && got > 0)
            return want;
        return QString::number(got);
    };
    const QString label = e.size() == 4 && path.endsWith(e.at(0)) ? e.at(0) : path;
    const QString err
        = e.size() == 4 && (e.at(1).isEmpty() ? error.isEmpty() : error.contains(e.at(1))) ? e.at(1) : error;
    return QStringList { label, err, count(e.value(2), lines), count(e.value(3), events) }.join(QLatin1Char('|'));
}

// Whether this process holds `path` open: a reader waiting for a FIFO's writer has it open
// (without blocking) before any writer comes.
inline bool isOpenHere(const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/self/fd"));
    // QDir sorts each link by its target's type: a FIFO is a System entry, a file one of Files.
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(fds.filePath(fd)) == target)
            return true;
    }
    return false;
}

// Frees a reader stuck in a blocking open() of a FIFO without a writer (the bug a test looks
// for), so that the test fails instead of hanging: a writer comes and goes, the reader sees
// end of file. Does nothing when no reader is there.
inline void releaseFifoReader(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0)
        ::close(fd);
}

// A FIFO's writer: writes `data` once the reader opens the FIFO. finish() releases it if the
// reader never did, so a failing test cannot hang on it.
class FifoWriter
{
public:
    FifoWriter(const QString &path, const QByteArray &data)
        : m_path(QFile::encodeName(path))
        , m_thread([this, data] {
            std::signal(SIGPIPE, SIG_IGN); // a reader that stops early must not kill the test
            const int fd = ::open(m_path.constData(), O_WRONLY | O_CLOEXEC);
            if (fd < 0)
                return;
            // Two bursts: the file grows while it is read.
            const qsizetype half = data.size() / 2;
            m_written = ::write(fd, data.constData(), size_t(half)) == half
                && ::write(fd, data.constData() + half, size_t(data.size() - half)) == data.size() - half;
            ::close(fd);
        })
    {
    }
    ~FifoWriter() { finish(); }
    bool finish()
    {
        if (m_thread.joinable()) {
            const int unblock = ::open(m_path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            m_thread.join();
            if (unblock >= 0)
                ::close(unblock);
        }
        return m_written;
    }

private:
    QByteArray m_path;
    std::atomic<bool> m_written { false };
    std::thread m_thread;
};

} // namespace badinputs
