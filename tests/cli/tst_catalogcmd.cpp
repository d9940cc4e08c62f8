// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `ekyc-codes catalog`: --export writes the built-in JSON atomically, --check validates a file.
// Runs the built binary as a script would.
#include "clirun.h"
#include "core/catalogloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {

// The built-in catalog with one change applied to its JSON object.
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(ekyc::CatalogLoader::builtInJson()).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestCatalogCommand : public QObject
{
    Q_OBJECT

private slots:
    // A fresh folder per test function, so one test's files never meet another's.
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }
    void cleanup() { m_tmp.reset(); }

    void exportWritesTheBuiltInJson()
    {
        const QString path = dir().filePath(QStringLiteral("exported.json"));
        const Run r = runCli({"catalog", "--export", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty()); // the summary goes to stderr, so `--export -` stays pure JSON
        QVERIFY2(r.err.contains("built-in catalog written, 134 rows, updated 2023-07-03"), r.err.constData());
        QCOMPARE(readAll(path), ekyc::CatalogLoader::builtInJson());
        // No temporary file of QSaveFile's left behind.
        QCOMPARE(QDir(dir().path()).entryList(QDir::Files), QStringList{"exported.json"});
    }

    void exportToStandardOutput()
    {
        const Run r = runCli({"catalog", "--export", "-"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, ekyc::CatalogLoader::builtInJson());
    }

    void exportKeepsAnExistingFileWithoutForce()
    {
        const QString path = dir().filePath(QStringLiteral("mine.json"));
        QVERIFY(writeFile(path, "my edits"));
        Run r = runCli({"catalog", "--export", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("mine.json: already exists; add --force"), r.err.constData());
        QCOMPARE(readAll(path), QByteArray("my edits"));

        r = runCli({"catalog", "--export", path, "--force"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(path), ekyc::CatalogLoader::builtInJson());
    }

    void exportToAMissingFolderFails()
    {
        const QString path = dir().filePath(QStringLiteral("no/such/folder/c.json"));
        const Run r = runCli({"catalog", "--export", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("c.json: cannot write"), r.err.constData());
        QVERIFY(!QFile::exists(path));
    }

    void checkAcceptsAValidCatalog_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("summary");
        QTest::newRow("built-in") << ekyc::CatalogLoader::builtInJson() << "valid, 134 rows, updated 2023-07-03";
        QTest::newRow("edited: a newer page with one row fewer")
            << edited([](QJsonObject &o) {
                   o[QStringLiteral("updated")] = QStringLiteral("2024-02-29");
                   QJsonArray codes = o[QStringLiteral("codes")].toArray();
                   codes.removeLast();
                   o[QStringLiteral("codes")] = codes;
               })
            << "valid, 133 rows, updated 2024-02-29";
    }
    void checkAcceptsAValidCatalog()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, summary);
        const QString path = dir().filePath(QStringLiteral("c.json"));
        QVERIFY(writeFile(path, json));
        const Run r = runCli({"catalog", "--check", path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), path + QStringLiteral(": ") + summary + QLatin1Char('\n'));
        QVERIFY(r.err.isEmpty());
    }

    void checkRejectsABrokenCatalog_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("malformed") << QByteArray("{\"codes\": [") << "not valid JSON";
        QTest::newRow("duplicate row") << edited([](QJsonObject &o) {
            QJsonArray codes = o[QStringLiteral("codes")].toArray();
            codes.append(codes.at(0));
            o[QStringLiteral("codes")] = codes;
        }) << "repeats the code";
        QTest::newRow("unknown product") << edited([](QJsonObject &o) {
            QJsonArray codes = o[QStringLiteral("codes")].toArray();
            QJsonObject row = codes.at(0).toObject();
            row[QStringLiteral("product")] = QStringLiteral("pc");
            codes[0] = row;
            o[QStringLiteral("codes")] = codes;
        }) << "codes[0].product";
    }
    void checkRejectsABrokenCatalog()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QString path = dir().filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(path, json));
        const Run r = runCli({"catalog", "--check", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        // The loader's own message: the file, then the problem.
        QVERIFY2(err.startsWith(QStringLiteral("ekyc-codes: ") + path + QLatin1Char(':')), qPrintable(err));
        QVERIFY2(err.contains(problem), qPrintable(err));
    }

    void checkSeveralFilesReportsEach()
    {
        const QString good = dir().filePath(QStringLiteral("good.json"));
        const QString missing = dir().filePath(QStringLiteral("missing.json"));
        QVERIFY(writeFile(good, ekyc::CatalogLoader::builtInJson()));
        const Run r = runCli({"catalog", "--check", missing, "--check", good});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.out), good + QStringLiteral(": valid, 134 rows, updated 2023-07-03\n"));
        QVERIFY2(r.err.contains("missing.json: cannot open"), r.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("nothing to do") << QStringList{"catalog"} << "exactly one of --export FILE, --check FILE, --from-page FILE and --diff OLD NEW";
        QTest::newRow("both") << QStringList{"catalog", "--export", "a.json", "--check", "b.json"}
                              << "exactly one of";
        QTest::newRow("force without export") << QStringList{"catalog", "--check", "b.json", "--force"}
                                              << "--force only applies to --export";
        QTest::newRow("a stray argument") << QStringList{"catalog", "--check", "b.json", "extra"}
                                          << "unexpected argument \"extra\"";
        QTest::newRow("--catalog instead of --check") << QStringList{"catalog", "--catalog", "b.json"}
                                                       << "not --catalog";
        QTest::newRow("unknown option") << QStringList{"catalog", "--bogus"} << "Unknown option";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrFragment);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrFragment), r.err.constData());
        QVERIFY2(r.err.contains("Try 'ekyc-codes catalog --help'."), r.err.constData());
    }

    void helpNamesTheCommand()
    {
        Run r = runCli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("  catalog     export (--export), check (--check), import the page (--from-page), compare (--diff)"));
        r = runCli({"catalog", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--export <FILE>"));
        QVERIFY(r.out.contains("--check <FILE>"));
        QVERIFY(r.out.contains("--force"));
    }

private:
    const QTemporaryDir &dir() const { return *m_tmp; }
    std::unique_ptr<QTemporaryDir> m_tmp;
};

QTEST_GUILESS_MAIN(TestCatalogCommand)
#include "tst_catalogcmd.moc"
