// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The privacy test of the window (docs/reliability.md, "Privacy"): ekyc-codes-gui starts
// offscreen under strace with logs on its command line, classifies them and quits by itself
// (EKYC_EXIT_AFTER_CLASSIFY=1, src/widgets/exitafterclassify.h). It must open no AF_INET or
// AF_INET6 socket; it may write (its settings, caches) only in the home and XDG folders the
// test gives it; and no file there may hold a line, or a request id or token, of the logs.
// fontconfig's font cache is the one write allowed elsewhere: the first program to draw text
// on a machine writes it (as root, in /var/cache/fontconfig), whatever that program is.
// Skips when strace is missing or cannot trace here, like tst_privacy.
#include "tracing.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tracing;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(EKYC_TEST_DATA "/classify/") + name;
}

// What must never be written: each line of the text logs longer than a date, and each id or
// token (a UUID) in them, so that a line cut short or masked still shows.
QStringList secretsOf(const QStringList &logs)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"));
    QStringList out;
    for (const QString &log : logs) {
        QFile file(fixture(log));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(log));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.trimmed().size() > 24)
                out << line.trimmed();
        }
        for (auto it = uuid.globalMatch(text); it.hasNext();)
            out << it.next().captured();
    }
    out.removeDuplicates();
    return out;
}

// The files under `root` (hidden ones too) that hold one of `secrets`, with the first found.
QStringList filesHolding(const QString &root, const QStringList &secrets)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        for (const QString &secret : secrets) {
            if (bytes.contains(secret.toUtf8())) {
                out << file.fileName() + QStringLiteral(": ") + secret;
                break;
            }
        }
    }
    return out;
}

bool isUnder(const QString &path, const QStringList &roots)
{
    for (const QString &root : roots) {
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

class TestPrivacyGui : public QObject
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

    // The content check itself: a file holding a line, or only an id of it, is found.
    void secretsAreFoundInFiles()
    {
        const QStringList secrets = secretsOf({ QStringLiteral("app-sdk.log") });
        QVERIFY(secrets.contains(QStringLiteral("3F2A9C1B-77E0-4D2B-8E61-0B9C4D5E6F70")));
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral(".cache/deep")));
        QFile file(root.filePath(QStringLiteral(".cache/deep/.x")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("recent=1\nlast=Result \"RequestId\":\"2d1a3e66-7ca1-4a2a-95d3-913f4d8e3cb2\"\n");
        file.close();
        QCOMPARE(filesHolding(root.path(), secrets),
            QStringList { file.fileName() + QStringLiteral(": 2d1a3e66-7ca1-4a2a-95d3-913f4d8e3cb2") });
        QVERIFY(QFile::remove(file.fileName()));
        QCOMPARE(filesHolding(root.path(), secrets), QStringList());
    }

    // The write check tells fontconfig's cache apart from anything else, with the calls the
    // window made on a machine whose font cache was empty.
    void fontCacheIsToldApart_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("fontCache");
        const QString cache = QStringLiteral("/var/cache/fontconfig//4c599c202bc5c08e2d34565a40eac3b2-le64.cache-8");
        QTest::newRow("open the cache")
            << QStringLiteral("7 openat(AT_FDCWD</tmp>, \"%1\", O_RDWR|O_CLOEXEC) = -1").arg(cache) << true;
        QTest::newRow("its temporary name")
            << QStringLiteral("7 openat(AT_FDCWD</tmp>, \"%1.TMP-bLaBCm\", O_RDWR|O_CREAT|O_EXCL, 0600) = 4").arg(cache)
            << true;
        QTest::newRow("the lock") << QStringLiteral("7 link(\"%1.TMP-bLaBCm\", \"%1.LCK\") = 0").arg(cache) << true;
        QTest::newRow("the new one in place") << QStringLiteral("7 rename(\"%1.NEW\", \"%1\") = 0").arg(cache) << true;
        QTest::newRow("the tag") << QStringLiteral("7 openat(AT_FDCWD</>, \"/var/cache/fontconfig/CACHEDIR.TAG\", "
                                                   "O_WRONLY|O_CREAT|O_TRUNC, 0644) = 4")
                                 << true;
        QTest::newRow("a user's cache folder made")
            << QStringLiteral("7 mkdir(\"/home/u/.cache/fontconfig\", 0777) = 0") << true;
        QTest::newRow("a user's cache") << QStringLiteral(
            "7 openat(3</home/u/.cache/fontconfig>, \"0123456789abcdef0123456789abcdef-le64.cache-9\", "
            "O_RDWR|O_CREAT, 0666) = 4") << true;
        QTest::newRow("the settings there") << QStringLiteral("7 openat(AT_FDCWD</>, \"/var/cache/fontconfig/"
                                                              "ekyc-codes-gui.conf\", O_WRONLY|O_CREAT, 0666) = 4")
                                            << false;
        QTest::newRow("a cache's name elsewhere")
            << QStringLiteral("7 openat(AT_FDCWD</tmp>, \"4c599c202bc5c08e2d34565a40eac3b2-le64.cache-8\", O_RDWR) = 4")
            << false;
        QTest::newRow("a cache's name, longer")
            << QStringLiteral("7 openat(AT_FDCWD</tmp>, \"%1.log\", O_RDWR|O_CREAT, 0666) = 4").arg(cache) << false;
        QTest::newRow("out of the cache by ..")
            << QStringLiteral("7 rename(\"%1.NEW\", \"/var/cache/fontconfig/../app-sdk.log\") = 0").arg(cache) << false;
        QTest::newRow("a folder called fontconfig elsewhere")
            << QStringLiteral("7 mkdir(\"/tmp/fontconfig\", 0777) = 0") << false;
    }
    void fontCacheIsToldApart()
    {
        QFETCH(QString, line);
        QFETCH(bool, fontCache);
        QCOMPARE(writeLines({ line }), QStringList { line });
        const QStringList paths = writtenPaths(line, QStringLiteral("/tmp"));
        QVERIFY(!paths.isEmpty());
        // A line is the cache's when all the paths it writes are.
        QCOMPARE(std::all_of(paths.cbegin(), paths.cend(), isFontCache), fontCache);
    }

    void noNetworkNoLogTextWritten_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QStringList>("textLogs"); // the inputs whose lines are looked for
        QTest::addColumn<QString>("classified"); // what the window says it classified
        QTest::newRow("a log") << QStringList { "app-sdk.log" } << QStringList { "app-sdk.log" }
                               << "classified 1 input(s), 5 event(s)";
        QTest::newRow("logs, a zip and a gzip")
            << QStringList { "h5-web.log", "records.log", "bundle.zip", "app.log.gz" }
            // 15: bundle.zip's mobile.log names no eKYC action, its two codes are not counted (R3).
            << QStringList { "h5-web.log", "records.log" } << "classified 4 input(s), 15 event(s)";
    }
    void noNetworkNoLogTextWritten()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QStringList, textLogs);
        QFETCH(QString, classified);
        // The window's own folders, and an empty working folder where nothing may appear.
        QTemporaryDir home;
        QTemporaryDir cwd;
        QVERIFY(home.isValid() && cwd.isValid());
        const QStringList names { "home", "config", "cache", "data", "runtime" };
        QStringList roots;
        for (const QString &name : names) {
            QVERIFY(QDir(home.path()).mkdir(name));
            roots << QDir(home.filePath(name)).canonicalPath();
        }
        QVERIFY(QFile::setPermissions(
            roots.at(4), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("EKYC_EXIT_AFTER_CLASSIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), roots.at(0));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), roots.at(1));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), roots.at(2));
        env.insert(QStringLiteral("XDG_DATA_HOME"), roots.at(3));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), roots.at(4));
        QStringList args;
        for (const QString &input : inputs)
            args << fixture(input);

        const QString traceFile
            = m_dir.filePath(QStringLiteral("gui-%1.trace").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        const Traced t = runTraced(traceFile, QStringLiteral(EKYC_GUI_PATH), args, env, cwd.path());
        const QString trace = t.trace.join(QLatin1Char('\n'));
        QVERIFY2(t.finished, "the window did not quit within 120 s");
        QVERIFY2(t.exitCode == 0, qPrintable(QString::fromLocal8Bit(t.err)));
        // It classified: it says so, and the trace saw it open every input.
        QVERIFY2(t.err.contains(classified.toUtf8()), t.err.constData());
        QVERIFY2(!t.trace.filter(QStringLiteral("+++ exited with 0 +++")).isEmpty(), qPrintable(trace));
        for (const QString &input : args)
            QVERIFY2(!t.trace.filter(QLatin1Char('"') + input + QLatin1Char('"')).isEmpty(), qPrintable(input));

        const QStringList network = networkLines(t.trace);
        QVERIFY2(network.isEmpty(), qPrintable(QStringLiteral("network sockets:\n") + network.join(QLatin1Char('\n'))));
        QStringList outside;
        QStringList inside;
        QStringList fontCache;
        for (const QString &line : writeLines(t.trace)) {
            for (const QString &path : writtenPaths(line, cwd.path()))
                (isUnder(path, roots) ? inside : isFontCache(path) ? fontCache : outside) << path;
        }
        if (!fontCache.isEmpty())
            qInfo(
                "fontconfig's cache written (a first start on this machine): %lld calls", qlonglong(fontCache.size()));
        QVERIFY2(outside.isEmpty(), qPrintable(QStringLiteral("written outside its folders:\n") + outside.join(u'\n')));
        // The settings are written (so the check above saw real writes), and hold no log text.
        QVERIFY2(inside.contains(roots.at(1) + QStringLiteral("/ekyc-codes/ekyc-codes-gui.conf")),
            qPrintable(inside.join(u'\n')));
        QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        const QStringList leaks = filesHolding(home.path(), secretsOf(textLogs));
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("log text written:\n") + leaks.join(u'\n')));
        inside.removeDuplicates();
        qInfo("written, all in its own folders: %s", qPrintable(inside.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestPrivacyGui)
#include "tst_privacy_gui.moc"
