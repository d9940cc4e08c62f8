// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Archives and compressed files through libarchive/zlib: every member a file of its own,
// nested .gz members, labels that are never paths, and the decompression-bomb limit.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/inputsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace ekyc;

namespace {

struct Member
{
    QByteArray name;
    QByteArray data;
};

// Writes an archive with libarchive so the test needs no external tools.
QByteArray makeArchive(int format, int filter, const QList<Member> &members)
{
    QByteArray out(64 << 20, Qt::Uninitialized);
    size_t used = 0;
    struct archive *a = archive_write_new();
    archive_write_set_format(a, format);
    if (filter != ARCHIVE_FILTER_NONE)
        archive_write_add_filter(a, filter);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const Member &m : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.constData());
        archive_entry_set_size(e, m.data.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, m.data.constData(), size_t(m.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    return makeArchive(ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_GZIP, {{"data", data}});
}

const QByteArray h5Log = "GetWebVerificationResultIntl {\"ErrorCode\":1001}\n{\"ErrorCode\":2016}\n";
const QByteArray sdkLog = "GetFaceIdResultIntl {\"Result\":\"-999\"}\n";

} // namespace

class TestArchives : public QObject
{
    Q_OBJECT

    Classifier m_classifier{CatalogLoader::builtIn()};
    QTemporaryDir m_dir;

    Report classify(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        f.close();
        return m_classifier.run({f.fileName()}, ClassifyOptions());
    }
    static QStringList labels(const Report &r, const QString &prefix)
    {
        QStringList out;
        for (const FileResult &f : r.files)
            out << f.summary.path.mid(prefix.size()) + QLatin1Char(':') + QString::number(f.summary.events)
                    + (f.summary.error.isEmpty() ? QString() : QStringLiteral(":error"));
        return out;
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("members"); // "label:events"
        const QList<Member> two = {{"logs/app.log", h5Log}, {"logs/sdk.log.gz", gzip(sdkLog)}};
        QTest::newRow("tar") << makeArchive(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE, two)
                             << QStringList{"!logs/app.log:2", "!logs/sdk.log.gz:1"};
        QTest::newRow("tar.gz") << makeArchive(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP, two)
                                << QStringList{"!logs/app.log:2", "!logs/sdk.log.gz:1"};
        QTest::newRow("tar.bz2") << makeArchive(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_BZIP2, two)
                                 << QStringList{"!logs/app.log:2", "!logs/sdk.log.gz:1"};
        QTest::newRow("tar.xz") << makeArchive(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_XZ, two)
                                << QStringList{"!logs/app.log:2", "!logs/sdk.log.gz:1"};
        QTest::newRow("zip, nested gz") << makeArchive(ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, two)
                                        << QStringList{"!logs/app.log:2", "!logs/sdk.log.gz:1"};
        QTest::newRow("bz2") << makeArchive(ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_BZIP2, {{"data", h5Log}})
                             << QStringList{":2"};
        QTest::newRow("xz") << makeArchive(ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_XZ, {{"data", h5Log}}) << QStringList{":2"};
        QTest::newRow("gz in gz") << gzip(gzip(h5Log)) << QStringList{":2"};
        // Names are labels only: nothing is ever written, "../" or "/" or not.
        QTest::newRow("hostile names") << makeArchive(ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE,
                                                      {{"../../etc/evil.log", h5Log}, {"/abs/x.log", sdkLog}})
                                       << QStringList{"!../../etc/evil.log:2", "!/abs/x.log:1"};
    }
    void formats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, members);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const QString name = QStringLiteral("input-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
        const Report r = classify(name, bytes);
        QCOMPARE(labels(r, m_dir.filePath(name)), members);
        QStringList after = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        after.removeAll(name);
        QCOMPARE(after, before);
    }

    // A small file read in a batch (BatchReader) goes through the same readers, from memory: a
    // gzip that expands too much stops at the same byte, with the same words, as when read from
    // its file. Files larger than the first read (64 KiB), not larger than a batch's (256 KiB).
    void bytesReadInABatchStopABombAsTheFileDoes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray noise(150 * 1024, Qt::Uninitialized);
        quint32 x = 12345;
        for (char &c : noise) {
            x = x * 1103515245u + 12345u;
            c = char(x >> 24);
        }
        const QByteArray letters(40 << 20, 'x');
        QTest::newRow("expands in its first 64 KiB") << gzip(letters + noise);
        QTest::newRow("expands at its end") << gzip(noise + letters);
        QTest::newRow("does not expand") << gzip(noise);
    }
    void bytesReadInABatchStopABombAsTheFileDoes()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(bytes.size() > 64 * 1024 && bytes.size() <= 256 * 1024);
        const QString path = m_dir.filePath(QStringLiteral("early.gz"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
        file.close();
        InputLimits limits;
        limits.maxRatio = 100;
        auto drain = [&](bool readAlready) {
            qint64 total = 0;
            QString streamError;
            InputSource source(path);
            auto visitor = [&](const QString &, ByteStream &stream) {
                QByteArray buffer(1 << 20, Qt::Uninitialized);
                qint64 n = 0;
                while ((n = stream.read(buffer.data(), buffer.size())) > 0)
                    total += n;
                streamError = stream.errorString();
            };
            const QString error = readAlready ? source.visitBytes(bytes, 2024, visitor, {}, nullptr, limits)
                                              : source.visit(visitor, {}, nullptr, limits);
            return QStringLiteral("%1 bytes, %2, %3").arg(total).arg(streamError, error);
        };
        QCOMPARE(drain(true), drain(false));
    }

    void bombStopsAtTheRatio()
    {
        // 64 MiB of one letter in bzip2 takes about a hundred bytes: far past the 1:2000 limit.
        // (Not zeros: libarchive reads 512 zero bytes as an empty tar archive.)
        const QByteArray zeros(64 << 20, 'x');
        const QByteArray bomb = makeArchive(ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_BZIP2, {{"data", zeros}});
        QVERIFY(bomb.size() * 2000 < zeros.size());
        const Report r = classify("bomb.bz2", bomb);
        QCOMPARE(r.files.size(), 1);
        QVERIFY2(r.files.at(0).summary.error.contains("decompression bomb"), qPrintable(r.files.at(0).summary.error));
    }
};

QTEST_GUILESS_MAIN(TestArchives)
#include "tst_archives.moc"
