// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Logs hold customers' personal data, so the programs talk to no network and write nothing
// but their output (docs/reliability.md, "Privacy"). The CLI runs under strace, which records
// every socket and connect call (and every file it opens for writing, creates, links, renames
// or removes, and every folder it makes): an AF_INET or AF_INET6 socket fails the test, and so
// does any file written. Skips when strace is missing or cannot trace here (no ptrace in some
// containers). The window's variant, which may write its settings (but no log text) in its own
// folders, is tst_privacy_gui.cpp (built with the GUI).
#include "tracing.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tracing;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(EKYC_TEST_DATA "/classify/") + QLatin1String(name);
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString unavailable = unavailableReason(m_dir.path());
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    // The detectors themselves, on lines as strace writes them.
    void detectorsFindWhatTheyLookFor()
    {
        const QStringList trace {
            QStringLiteral("4711 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3"),
            QStringLiteral("4711 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 4"),
            QStringLiteral(
                "4711 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"1.2.3.4\")}, 16) = 0"),
            QStringLiteral("4711 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 6"),
            QStringLiteral("4711 openat(AT_FDCWD, \"/tmp/copy.log\", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 7"),
            QStringLiteral("4711 openat(AT_FDCWD, \"/var/log/app.log\", O_RDONLY|O_CLOEXEC) = 8"),
            QStringLiteral("4711 renameat2(AT_FDCWD, \"a\", AT_FDCWD, \"b\", 0) = 0"),
            QStringLiteral("4711 +++ exited with 0 +++"),
            QStringLiteral("4711 openat(AT_FDCWD</tmp>, \"/home/u/.config/x\", O_RDWR|O_CLOEXEC|O_TMPFILE, 0600) = 9"),
            QStringLiteral("4711 linkat(AT_FDCWD</tmp>, \"/proc/self/fd/9\", AT_FDCWD</tmp>, \"x.conf\", "
                           "AT_SYMLINK_FOLLOW) = 0"),
            QStringLiteral("4711 mkdir(\"sub\", 0777) = 0"),
            QStringLiteral(
                "4711 openat(3</var/cache>, \"fc/x.cache-8\", O_RDONLY|O_CLOEXEC) = 10</var/cache/fc/x.cache-8>"),
        };
        QCOMPARE(networkLines(trace), trace.mid(0, 3));
        QCOMPARE(writeLines(trace), (QStringList { trace.at(4), trace.at(6), trace.at(8), trace.at(9), trace.at(10) }));
        // Where each write lands: relative names in the descriptor's folder or the working folder.
        QCOMPARE(writtenPaths(trace.at(4), QStringLiteral("/w")), QStringList { "/tmp/copy.log" });
        QCOMPARE(writtenPaths(trace.at(6), QStringLiteral("/w")), (QStringList { "/w/a", "/w/b" }));
        QCOMPARE(writtenPaths(trace.at(8), QStringLiteral("/w")), QStringList { "/home/u/.config/x" });
        QCOMPARE(writtenPaths(trace.at(9), QStringLiteral("/w")), QStringList { "/tmp/x.conf" });
        QCOMPARE(writtenPaths(trace.at(10), QStringLiteral("/w")), QStringList { "/w/sub" });
        QCOMPARE(writtenPaths(QStringLiteral("4711 openat(3</var/cache>, \"fc/../y\", O_WRONLY) = 4"), QString()),
            QStringList { "/var/cache/y" });
    }

    void noNetworkNoFilesWritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("opened"); // a file the run must be seen opening
        const QString zip = fixture("bundle.zip");
        const QString gz = fixture("app.log.gz");
        QTest::newRow("classify json") << QStringList { "classify", "--format", "json", zip, gz, fixture("utf16le.log"),
            fixture("gbk-mixed.log"), fixture("records.log") }
                                       << 0 << zip;
        QTest::newRow("classify jsonl") << QStringList { "classify", "--format", "jsonl", fixture("h5-web.log") } << 0
                                        << fixture("h5-web.log");
        QTest::newRow("classify table, an error") << QStringList { "classify", fixture("corrupt.zip"),
            fixture("idv-sdk.log") } << 1 << fixture("idv-sdk.log");
        QTest::newRow("lookup") << QStringList { "lookup", "2015" } << 0 << QString();
        QTest::newRow("lookup text, json")
            << QStringList { "lookup", "too", "low", "--format", "json" } << 0 << QString();
        QTest::newRow("list csv") << QStringList { "list", "--format", "csv" } << 0 << QString();
        QTest::newRow("other catalog") << QStringList {
            "--catalog", QStringLiteral(EKYC_SOURCE_DIR "/resources/catalog/ekyc-error-codes.json"), "lookup", "1001"
        } << 0 << QStringLiteral(EKYC_SOURCE_DIR "/resources/catalog/ekyc-error-codes.json");
    }
    void noNetworkNoFilesWritten()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, opened);
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
        const QString traceFile
            = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(unsafe, QStringLiteral("-"))
                + QStringLiteral(".trace"));
        const Traced t = runTraced(traceFile, QStringLiteral(EKYC_CLI_PATH), args);
        QVERIFY2(t.finished, "did not finish within 120 s");
        QCOMPARE(t.exitCode, exitCode);
        QVERIFY(!t.out.isEmpty());
        // The trace saw the whole run: its end and, where the run reads a file, the open.
        QVERIFY2(!t.trace.filter(QStringLiteral("+++ exited with %1 +++").arg(exitCode)).isEmpty(),
            qPrintable(t.trace.join(QLatin1Char('\n'))));
        if (!opened.isEmpty())
            QVERIFY2(!t.trace.filter(QLatin1Char('"') + opened + QLatin1Char('"')).isEmpty(),
                qPrintable(t.trace.join(QLatin1Char('\n'))));

        const QStringList network = networkLines(t.trace);
        const QStringList written = writeLines(t.trace);
        QVERIFY2(network.isEmpty(), qPrintable(QStringLiteral("network sockets:\n") + network.join(QLatin1Char('\n'))));
        QVERIFY2(written.isEmpty(), qPrintable(QStringLiteral("files written:\n") + written.join(QLatin1Char('\n'))));
        const QStringList sockets = t.trace.filter(QStringLiteral("socket("));
        if (!sockets.isEmpty())
            qInfo("other sockets (not network): %s", qPrintable(sockets.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
