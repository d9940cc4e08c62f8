// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bad-input cases of tst_badinput through the built ekyc-codes, as a person or a script
// meets them: the exit status, the JSON report, the message on stderr, nothing written to the
// working folder, bounded time (every run has a timeout, and a run that hits it fails) and
// bounded memory. The good log given beside each bad input is still reported in full.
//
// Not tested here: a FIFO without a writer. Like `cat`, the CLI waits in open() until a writer
// comes; that is what a command-line tool should do (docs/reliability.md).
#include "../asnobody.h"
#include "../core/badinputs.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run runProgram(const QString &program, const QStringList &args, int timeoutMs, const QString &cwd = {},
    const QString &stdoutFile = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(10000);
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    }
    r.ms = timer.elapsed();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString cli()
{
    return QStringLiteral(EKYC_CLI_PATH);
}

// The CLI as user nobody (the tests run as root in CI, and root reads every file).
bool canDropPrivileges()
{
    return ::geteuid() == 0 && !asnobody::setpriv().isEmpty();
}

// The report's (product:code:status:count) rows less the good log's own five.
QStringList groupsBesidesGood(const QJsonObject &report)
{
    QMap<QString, qint64> counts;
    auto add = [&](const QJsonArray &rows, const QString &status) {
        for (const QJsonValue v : rows) {
            const QJsonObject o = v.toObject();
            const QString product = o.value(QLatin1String("product")).isString()
                ? o.value(QLatin1String("product")).toString()
                : QStringLiteral("-");
            counts[QStringLiteral("%1:%2:%3").arg(product, o.value(QLatin1String("code")).toString(), status)]
                += o.value(QLatin1String("count")).toInteger();
        }
    };
    add(report.value(QLatin1String("counts")).toArray(), QStringLiteral("known"));
    add(report.value(QLatin1String("ambiguous")).toArray(), QStringLiteral("ambiguous"));
    add(report.value(QLatin1String("unknown")).toArray(), QStringLiteral("unknown"));
    add(report.value(QLatin1String("not_counted")).toArray(), QStringLiteral("not_counted")); // no product
    for (const char *code : { "-999", "0", "1001", "2015", "2016" })
        counts[QStringLiteral("app_sdk:%1:known").arg(QLatin1String(code))] -= 1;
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() != 0)
            out << it.key() + QLatin1Char(':') + QString::number(it.value());
    }
    return out;
}

} // namespace

class TestBadInputCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cwdCount = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(badinputs::makeGenerated(m_dir.path()));
        // User nobody must reach the files (QTemporaryDir makes the folder 0700).
        QVERIFY(QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    }

    void badFiles_data()
    {
        badinputs::addFileColumns();
        badinputs::addFileRows();
    }
    void badFiles()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, entries);
        QFETCH(QStringList, groups);
        QFETCH(QString, waitsFor);
        const QString path = badinputs::resolve(input, m_dir.path());
        const bool unreadable = input == QLatin1String("gen:unreadable.log");
        if (unreadable && ::geteuid() == 0 && !canDropPrivileges())
            QSKIP("running as root without setpriv (util-linux): root reads every file");
        // As nobody: a copy of the CLI and of the good log, which may lie in a folder closed to
        // nobody (a clone in root's home).
        const bool asNobody = unreadable && ::geteuid() == 0;
        asnobody::Copies copies;
        QString program = cli();
        QString goodLog = badinputs::goodLog();
        if (asNobody) {
            QVERIFY2(copies.isValid(), qPrintable(copies.path()));
            program = copies.addProgram(cli());
            goodLog = copies.add(goodLog);
            QVERIFY(!program.isEmpty() && !goodLog.isEmpty());
        }
        const QStringList args { QStringLiteral("classify"), QStringLiteral("--format"), QStringLiteral("json"), path,
            goodLog };

        const QString cwd = m_dir.filePath(QStringLiteral("cwd/%1").arg(++m_cwdCount));
        QVERIFY(QDir().mkpath(cwd));
        std::optional<badinputs::FifoWriter> writer;
        if (input == QLatin1String("gen:fifo"))
            writer.emplace(path, badinputs::goodText());
        // Bombs must be stopped quickly; every other case is small.
        const int timeoutMs = 20000;
        const Run r = asNobody ? runProgram(asnobody::setpriv(), asnobody::setprivArgs(program, args), timeoutMs, cwd)
                               : runProgram(program, args, timeoutMs, cwd);
        if (writer)
            QVERIFY(writer->finish());
        QCOMPARE(QDir(cwd).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        for (const QString &target : badinputs::escapeTargets(cwd))
            QVERIFY2(!QFile::exists(target), qPrintable(target));

        QStringList got;
        QJsonObject report;
        QJsonObject good;
        if (!r.finished) {
            got << QStringLiteral("did not finish within %1 ms").arg(timeoutMs);
        } else if (r.exitCode < 0) {
            got << QStringLiteral("crashed: ") + QString::fromLocal8Bit(r.err.right(2000));
        } else {
            report = QJsonDocument::fromJson(r.out).object();
            for (const QJsonValue v : report.value(QLatin1String("files")).toArray()) {
                const QJsonObject f = v.toObject();
                if (f.value(QLatin1String("path")).toString() == goodLog) {
                    good = f;
                    continue;
                }
                got << badinputs::entryAs(entries.value(got.size()), f.value(QLatin1String("path")).toString(),
                    f.value(QLatin1String("error")).toString(), f.value(QLatin1String("lines")).toInteger(),
                    f.value(QLatin1String("events")).toInteger());
            }
        }
        if (!waitsFor.isEmpty())
            QEXPECT_FAIL("", qPrintable(waitsFor), Abort);
        QCOMPARE(got, entries);
        if (groups != QStringList { QStringLiteral("*") })
            QCOMPARE(groupsBesidesGood(report), groups);

        // The good log is reported in full, and so is every error, on stderr as well.
        QCOMPARE(good.value(QLatin1String("lines")).toInteger(), badinputs::GoodLines);
        QCOMPARE(good.value(QLatin1String("events")).toInteger(), badinputs::GoodEvents);
        QCOMPARE(good.value(QLatin1String("product")).toString(), QStringLiteral("app_sdk"));
        QVERIFY(good.value(QLatin1String("error")).isNull());
        bool anyError = false;
        for (const QString &e : entries) {
            if (!e.section(QLatin1Char('|'), 1, 1).isEmpty()) {
                anyError = true;
                QVERIFY2(QString::fromUtf8(r.err).contains(e.section(QLatin1Char('|'), 1, 1)), r.err.constData());
            }
        }
        QCOMPARE(r.exitCode, anyError ? 1 : 0);
        if (anyError)
            QVERIFY2(r.err.startsWith("ekyc-codes: " + QFile::encodeName(path)), r.err.constData());
        else
            QCOMPARE(r.err, QByteArray());
        QVERIFY2(r.ms < 10000, qPrintable(QStringLiteral("took %1 ms").arg(r.ms)));
    }

    // 200 MB on one line: peak RSS of the whole process, as /usr/bin/time reports it.
    void longLineMemoryStaysBounded()
    {
        const QString time = QStringLiteral("/usr/bin/time");
        if (!QFile::exists(time))
            QSKIP("/usr/bin/time (package time) is not installed");
        const QString path = m_dir.filePath(QStringLiteral("long-line.log"));
        QVERIFY(badinputs::writeLongLine(path, 200LL << 20));
        const Run r = runProgram(time,
            { QStringLiteral("-f"), QStringLiteral("%M"), cli(), QStringLiteral("classify"), QStringLiteral("--format"),
                QStringLiteral("jsonl"), path, badinputs::goodLog() },
            180000);
        QFile::remove(path);
        QVERIFY2(r.finished, "did not finish within 180 s");
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> events = r.out.trimmed().split('\n');
        QCOMPARE(events.size(), 1 + badinputs::GoodEvents);
        const QJsonObject first = QJsonDocument::fromJson(events.constFirst()).object();
        QCOMPARE(first.value(QLatin1String("file")).toString(), path);
        QCOMPARE(first.value(QLatin1String("line")).toInteger(), 1);
        QCOMPARE(first.value(QLatin1String("product")).toString(), QStringLiteral("app_sdk"));
        QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("1001"));
        const qint64 peakKiB = r.err.trimmed().split('\n').constLast().toLongLong();
        qInfo("peak RSS of ekyc-codes on the 200 MB line: %lld KiB, %lld ms", peakKiB, r.ms);
        QVERIFY(peakKiB > 0);
#ifdef EKYC_TEST_SANITIZED
        QVERIFY2(peakKiB < 256 * 1024, qPrintable(QString::number(peakKiB))); // ASan: quarantine and shadow
#else
        QVERIFY2(peakKiB < 150 * 1024, qPrintable(QString::number(peakKiB)));
#endif
    }

    // A broken --catalog: exit status 2, nothing on stdout, the file and the problem on stderr,
    // whatever the command.
    void badCatalogs_data()
    {
        badinputs::addCatalogRows();
    }
    void badCatalogs()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const QString path = badinputs::resolve(file, m_dir.path());
        for (const QStringList &command :
            { QStringList { QStringLiteral("list") }, QStringList { QStringLiteral("lookup"), QStringLiteral("2015") },
                QStringList { QStringLiteral("classify"), badinputs::goodLog() } }) {
            const Run r = runProgram(cli(), QStringList { QStringLiteral("--catalog"), path } + command, 60000);
            QVERIFY2(r.finished, "did not finish within 60 s");
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.out, QByteArray());
            QVERIFY2(r.err.startsWith("ekyc-codes: " + QFile::encodeName(path) + ": "), r.err.constData());
            QVERIFY2(QString::fromUtf8(r.err).contains(problem), r.err.constData());
        }
    }

    // Output that cannot be written (a full disk: stdout on /dev/full) must fail loudly, never
    // pass for a whole report.
    void unwritableOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("classify") << QStringList { QStringLiteral("classify"), QStringLiteral("--format"),
            QStringLiteral("json"), badinputs::goodLog() };
        QTest::newRow("list") << QStringList { QStringLiteral("list") };
        QTest::newRow("lookup") << QStringList { QStringLiteral("lookup"), QStringLiteral("2015") };
    }
    void unwritableOutput()
    {
        QFETCH(QStringList, args);
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        const Run r = runProgram(cli(), args, 60000, {}, QStringLiteral("/dev/full"));
        QVERIFY2(r.finished, "did not finish within 60 s");
        QVERIFY(r.exitCode >= 0);
        QVERIFY2(r.exitCode != 0 && r.err.contains(std::strerror(ENOSPC)),
            qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromLocal8Bit(r.err))));
    }
};

QTEST_GUILESS_MAIN(TestBadInputCli)
#include "tst_badinput_cli.moc"
