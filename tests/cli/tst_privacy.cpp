// Logs hold customers' personal data, so the programs talk to no network and write nothing
// but their output (docs/reliability.md, "Privacy"). The CLI runs under strace, which records
// every socket and connect call (and every file it opens, creates, renames or removes): an
// AF_INET or AF_INET6 socket fails the test, and so does a file opened for writing.
// Skips when strace is missing or cannot trace here (no ptrace in some containers).
// The window's variant (offscreen, with a classification) is left for the GUI work.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString strace()
{
    return QStandardPaths::findExecutable(QStringLiteral("strace"));
}

QString fixture(const char *name)
{
    return QStringLiteral(EKYC_TEST_DATA "/classify/") + QLatin1String(name);
}

struct Traced
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList trace;
};

Traced runTraced(const QString &traceFile, const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // LeakSanitizer cannot work under ptrace: in a sanitizer build, leaks are left to the
    // other tests.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
        (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("detect_leaks=0"));
    p.setProcessEnvironment(env);
    p.start(strace(),
        QStringList { QStringLiteral("-f"), QStringLiteral("-q"), QStringLiteral("-e"),
            QStringLiteral("trace=%network,open,openat,creat,rename,renameat,renameat2,unlink,"
                           "unlinkat,truncate"),
            QStringLiteral("-o"), traceFile, program }
            + args);
    Traced t;
    t.finished = p.waitForFinished(120000);
    if (!t.finished) {
        p.kill();
        p.waitForFinished(10000);
    } else if (p.exitStatus() == QProcess::NormalExit) {
        t.exitCode = p.exitCode();
    }
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    QFile file(traceFile);
    if (file.open(QIODevice::ReadOnly))
        t.trace = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return t;
}

// strace lines that show an internet socket, or a file opened for writing, created, renamed,
// removed or truncated.
QStringList networkLines(const QStringList &trace)
{
    static const QRegularExpression internet(QStringLiteral("socket\\(AF_INET6?[,)]|sa_family=AF_INET6?[,}]"));
    QStringList out;
    for (const QString &line : trace) {
        if (line.contains(internet))
            out << line;
    }
    return out;
}

QStringList writeLines(const QStringList &trace)
{
    static const QRegularExpression writing(
        QStringLiteral("^\\d+\\s+(?:open|openat)\\(.*(?:O_WRONLY|O_RDWR|O_CREAT|O_TRUNC)|"
                       "^\\d+\\s+(?:creat|rename|renameat2?|unlink|unlinkat|truncate)\\("));
    QStringList out;
    for (const QString &line : trace) {
        if (line.contains(writing))
            out << line;
    }
    return out;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (strace().isEmpty())
            QSKIP("strace is not installed (tools/install-deps.sh build installs it)");
        QVERIFY(m_dir.isValid());
        // Whether tracing works here at all: some containers forbid ptrace.
        const Traced probe = runTraced(m_dir.filePath(QStringLiteral("probe.trace")), QStringLiteral("/bin/true"), {});
        if (!probe.finished || probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("strace cannot trace here: ") + QString::fromLocal8Bit(probe.err)));
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
        };
        QCOMPARE(networkLines(trace), trace.mid(0, 3));
        QCOMPARE(writeLines(trace), (QStringList { trace.at(4), trace.at(6) }));
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
        QVERIFY2(t.trace.filter(QStringLiteral("+++ exited with %1 +++").arg(exitCode)).size() >= 1,
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
