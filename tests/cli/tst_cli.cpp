// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the built ekyc-codes binary as a user or a script would and checks what it prints.
#include "clirun.h"
#include "core/catalogloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void listJsonReproducesSeed()
    {
        const Run r = runCli({"list", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError e;
        const QJsonArray rows = QJsonDocument::fromJson(r.out, &e).array();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 134);
        // Same rows, same order, same text as the catalog built from the seed.
        const QJsonArray expected = QJsonDocument::fromJson(ekyc::CatalogLoader::builtInJson()).object().value("codes").toArray();
        QCOMPARE(rows, expected);
        QCOMPARE(rows.at(0).toObject().keys().size(), 4);
        QVERIFY(rows.at(13).toObject().value("billable").isBool());
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("rows");
        QTest::newRow("h5") << QStringList{"--product", "h5"} << 50;
        QTest::newRow("api") << QStringList{"--product", "api"} << 53;
        QTest::newRow("billable") << QStringList{"--billable", "yes"} << 15;
        QTest::newRow("idv billable") << QStringList{"--product", "idv_sdk", "--billable", "yes"} << 9;
        QTest::newRow("h5 not billable") << QStringList{"--product", "h5", "--billable", "no"} << 48;
    }
    void listFilters()
    {
        QFETCH(QStringList, args);
        QFETCH(int, rows);
        const Run r = runCli(QStringList{"list", "--format", "json"} + args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), rows);
    }

    void listCsvAndTable()
    {
        Run r = runCli({"list", "--format", "csv", "--product", "app_sdk"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(0), QByteArray("product,code,billable,description"));
        QCOMPARE(lines.at(10), QByteArray("app_sdk,-999,no,The verification process wasn't finished"));
        r = runCli({"list", "--product", "common"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("PRODUCT  CODE"));
        QCOMPARE(r.out.count('\n'), 14);
    }

    void lookup2015ShowsThreeProducts()
    {
        const Run r = runCli({"lookup", "2015", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 3);
        QStringList got;
        for (const QJsonValue v : rows)
            got << v["product"].toString() + ":" + (v["billable"].toBool() ? "Y" : "N");
        QCOMPARE(got, (QStringList{"h5:N", "app_sdk:N", "idv_sdk:Y"}));
        const Run table = runCli({"lookup", "2015"});
        QVERIFY(table.out.contains("idv_sdk  2015  yes"));
    }

    void lookupText()
    {
        const Run r = runCli({"lookup", "too", "low", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 3);
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("no match") << QStringList{"lookup", "zzzz-nothing"} << 1 << "no code or description matches";
        QTest::newRow("no command") << QStringList{} << 2 << "Usage:";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command";
        QTest::newRow("unknown option") << QStringList{"list", "--bogus"} << 2 << "Unknown option";
        QTest::newRow("unknown product") << QStringList{"list", "--product", "pc"} << 2 << "unknown product \"pc\"";
        QTest::newRow("bad billable") << QStringList{"list", "--billable", "maybe"} << 2 << "--billable";
        QTest::newRow("bad format") << QStringList{"list", "--format", "xml"} << 2 << "unknown format";
        QTest::newRow("lookup no arg") << QStringList{"lookup"} << 2 << "needs a CODE";
        QTest::newRow("missing catalog") << QStringList{"list", "--catalog", "/nonexistent/c.json"} << 2 << "/nonexistent/c.json: cannot open";
        QTest::newRow("help") << QStringList{"--help"} << 0 << "";
        QTest::newRow("list help") << QStringList{"list", "--help"} << 0 << "";
        QTest::newRow("version") << QStringList{"--version"} << 0 << "";
    }
    void exitStatuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrFragment);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrFragment), r.err.constData());
    }

    // The usage line names the command as it is typed, not the path the binary was started by
    // (this test starts it by its full path in the build tree).
    void helpUsageLineNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("list") << "list" << "Usage: ekyc-codes list [options]";
        QTest::newRow("lookup") << "lookup" << "Usage: ekyc-codes lookup [options] CODE|TEXT";
        QTest::newRow("classify") << "classify" << "Usage: ekyc-codes classify [options] FILE...";
        QTest::newRow("merge") << "merge" << "Usage: ekyc-codes merge [options] REPORT...";
        QTest::newRow("catalog") << "catalog" << "Usage: ekyc-codes catalog [options]";
    }
    void helpUsageLineNamesTheCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run r = runCli({command, help});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.err, QByteArray());
            QCOMPARE(QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0), usage);
        }
    }

    // classify --help names every kind of input it reads.
    void classifyHelpNamesEveryFormat()
    {
        const Run r = runCli({"classify", "--help"});
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        for (const char *format : {"plain text", ".gz", ".bz2", ".xz", ".zip", "tar bundles", ".tar", ".tgz", ".tar.gz",
                                   ".tbz2", ".txz", "'-' for standard input"})
            QVERIFY2(help.contains(QLatin1String(format)), format);
    }

    void brokenCatalogNeverFallsBack()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("broken.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema_version\": 1, \"codes\": [");
        f.close();
        const Run r = runCli({"lookup", "2015", "--catalog", f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("broken.json: not valid JSON"), r.err.constData());
    }

    void customCatalogIsUsed()
    {
        QJsonObject root = QJsonDocument::fromJson(ekyc::CatalogLoader::builtInJson()).object();
        root.insert("codes", QJsonArray{QJsonObject{{"product", "h5"}, {"code", "1409"}, {"description", "New code"}, {"billable", false}}});
        QTemporaryDir dir;
        QFile f(dir.filePath("new.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();
        const Run r = runCli({"--catalog", f.fileName(), "lookup", "1409", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0)["description"].toString(), QStringLiteral("New code"));
    }

    void version()
    {
        const Run r = runCli({"--version"});
        QVERIFY(r.out.startsWith("ekyc-codes "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
