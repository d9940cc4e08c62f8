// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A write that fails — to a folder the user may not write to, or on a full disk — leaves the
// file it would have replaced byte for byte as it was, leaves no temporary file beside it,
// and says why: the results export (ResultsExport::writeAtomically), the matched-lines export
// (MatchedLinesLoader::exportCsv), the settings (AppSettings, through QSettings) and the CLI's
// `catalog --export`. A full disk is a file size limit (RLIMIT_FSIZE: "File too large");
// a read-only folder is one without write permission, and since root writes anywhere, a run
// as root runs each such row again as user nobody (setpriv), in a copy of this test and of the
// CLI that nobody may run wherever the build lies (tests/asnobody.h).
#include "models/appsettings.h"
#include "models/matchedlinesloader.h"
#include "models/resultsexport.h"
#include "models/settingsformat.h"

#include "../asnobody.h"
#include "faults.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ekyc;

namespace {

constexpr rlim_t Limit = 10000; // under the 20 KB of the built-in catalog's JSON, and no multiple of a buffer
constexpr const char *CliCopyVariable = "EKYC_TEST_CLI_COPY";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

QByteArray logText(int size)
{
    QByteArray text;
    for (int i = 1; text.size() < size; ++i)
        text += "GetFaceIdResultIntl {\"Result\":\"2016\"} request " + QByteArray::number(i) + '\n';
    return text;
}

// Each writer writes about `size` bytes (the catalog: 20 KB) over `path`, and returns why it
// failed.
QString writeResults(const QString &path, int size)
{
    return ResultsExport::writeAtomically(path, QString(size, u'x'));
}

QString writeMatchedLines(const QString &path, int size)
{
    const QByteArray text = logText(size);
    LineRequest request;
    request.input = 0;
    request.label = QStringLiteral("pasted text");
    for (qint64 line = 1, lines = text.count('\n'); line <= lines; ++line)
        request.lines.push_back(line);
    MatchedLinesLoader loader;
    QSignalSpy finished(&loader, &MatchedLinesLoader::exportFinished);
    loader.exportCsv(path, { LineSource { QString(), text } }, { request },
        { MatchedLinesLoader::Tag { QStringLiteral("app_sdk"), QStringLiteral("2016") } }, false);
    if (!finished.wait(20000))
        return QStringLiteral("(no exportFinished)");
    if (finished.constFirst().at(0).toBool())
        return QString();
    const QString message = finished.constFirst().at(1).toString();
    return message.isEmpty() ? QStringLiteral("(failed without a reason)") : message;
}

QString writeSettings(int size)
{
    AppSettings settings;
    settings.setLayout(QStringLiteral("big"), QByteArray(size, 'x'));
    const QSettings::Status status = settings.sync();
    return status == QSettings::AccessError ? QStringLiteral("QSettings::AccessError")
        : status == QSettings::NoError      ? QString()
                                            : QStringLiteral("QSettings::FormatError");
}

// The CLI, or the copy of it that runAsNobody() made for a copy of this test.
QString cliProgram()
{
    return qEnvironmentVariable(CliCopyVariable, QStringLiteral(EKYC_CLI_PATH));
}

QString exportCatalog(const QString &path, bool limited)
{
    QProcess cli;
    if (limited)
        cli.setChildProcessModifier(faults::fileSizeLimitInChild(Limit));
    cli.start(cliProgram(), { QStringLiteral("catalog"), QStringLiteral("--export"), path, QStringLiteral("--force") });
    if (!cli.waitForFinished(20000))
        return QStringLiteral("(the CLI did not finish)");
    const QString err = QString::fromLocal8Bit(cli.readAllStandardError()).trimmed();
    if (cli.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("(the CLI crashed) ") + err;
    if (cli.exitCode() == 0)
        return QString();
    return cli.exitCode() == 1 ? err : QStringLiteral("(exit status %1) ").arg(cli.exitCode()) + err;
}

} // namespace

class TestExportFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("ekyc-codes-fault-tests")); }

    void failedWriteKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<bool>("readOnlyFolder"); // else: a full disk
        QTest::addColumn<int>("size"); // of what is written
        QTest::addColumn<QString>("reason"); // a fragment of the error
        for (const char *writer : { "results", "matched lines", "settings", "catalog --export" }) {
            const bool settings = QLatin1String(writer) == QLatin1String("settings");
            const QString w = QString::fromLatin1(writer);
            QTest::addRow("%s, read-only folder", writer)
                << w << true << 256 * 1024
                << (settings ? QStringLiteral("QSettings::AccessError") : QStringLiteral("Permission denied"));
            const QString full = settings ? QStringLiteral("QSettings::AccessError") : QStringLiteral("File too large");
            QTest::addRow("%s, full disk", writer) << w << false << 256 * 1024 << full;
            // Under QFile's 16 KiB buffer the cut comes in the flush of commit(), not in a write.
            if (QLatin1String(writer) != QLatin1String("catalog --export"))
                QTest::addRow("%s, 12 KB, full disk", writer) << w << false << 12000 << full;
        }
    }
    void failedWriteKeepsTheOldFile()
    {
        QFETCH(QString, writer);
        QFETCH(bool, readOnlyFolder);
        QFETCH(int, size);
        QFETCH(QString, reason);
        if (readOnlyFolder && faults::needsOtherUser()) {
            runAsNobody();
            return;
        }

        // The folder, and in it the file the write replaces.
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QString folder = base.path();
        QString path = base.filePath(QStringLiteral("old.out"));
        const bool settings = writer == QLatin1String("settings");
        if (settings) {
            QSettings::setPath(SettingsFormat::install(), QSettings::UserScope, base.path());
            QCoreApplication::setApplicationName(QStringLiteral("settings-%1").arg(++m_settingsFiles));
            AppSettings old;
            old.setLanguage(UiLanguage::Chinese);
            QCOMPARE(old.sync(), QSettings::NoError);
            QVERIFY(old.writesAtomically());
            path = old.fileName();
            folder = QFileInfo(path).absolutePath();
        } else {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly) && old.write("the previous export\n") > 0);
        }
        const QByteArray before = readFile(path);
        const QStringList entries = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(entries, QStringList { QFileInfo(path).fileName() });

        QString error;
        if (readOnlyFolder) {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        {
            std::optional<faults::FileSizeLimit> limit;
            if (!readOnlyFolder && writer != QLatin1String("catalog --export")) {
                limit.emplace(Limit);
                QVERIFY(limit->isActive());
            }
            if (writer == QLatin1String("results"))
                error = writeResults(path, size);
            else if (writer == QLatin1String("matched lines"))
                error = writeMatchedLines(path, size);
            else if (settings)
                error = writeSettings(size);
            else
                error = exportCatalog(path, !readOnlyFolder);
        }
        // Looked at before the folder is writable again (a QSettings would try again then).
        const QByteArray after = readFile(path);
        const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY(
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        QCOMPARE(after.size(), before.size());
        QCOMPARE(after, before);
        QCOMPARE(left, entries); // no temporary file left
        QVERIFY2(error.contains(reason), qPrintable(QStringLiteral("the error: \"%1\"").arg(error)));
    }

private:
    // Runs this row again in a copy of this test as user nobody, who cannot write where root can.
    void runAsNobody()
    {
        if (asnobody::setpriv().isEmpty())
            QSKIP("running as root without setpriv (util-linux): root writes to any folder");
        const QString function = QStringLiteral("%1:%2").arg(
            QString::fromLatin1(QTest::currentTestFunction()), QString::fromLatin1(QTest::currentDataTag()));
        // The build may lie where nobody cannot go (a clone in root's home folder).
        asnobody::Copies copies;
        QVERIFY2(copies.isValid(), qPrintable(copies.path()));
        const QString self = copies.addProgram(QCoreApplication::applicationFilePath());
        const QString cli = copies.addProgram(QStringLiteral(EKYC_CLI_PATH));
        QVERIFY(!self.isEmpty() && !cli.isEmpty());
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.setWorkingDirectory(copies.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), copies.path()); // root's home is closed to nobody
        env.insert(QString::fromLatin1(CliCopyVariable), cli);
        child.setProcessEnvironment(env);
        child.start(asnobody::setpriv(), asnobody::setprivArgs(self, { function }));
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
        // The row ran there (was neither skipped nor filtered out) and passed.
        QVERIFY2(
            out.contains("PASS   : TestExportFaults::" + function.toUtf8().replace(':', '(') + ')'), out.constData());
    }

    int m_settingsFiles = 0;
};

QTEST_GUILESS_MAIN(TestExportFaults)
#include "tst_exportfaults.moc"
