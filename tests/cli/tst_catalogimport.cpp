// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `ekyc-codes catalog --from-page` and `--diff`, run as a script would: pages derived from the
// checked-in seed by the test, their catalogs, the differences and the exit statuses.
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

#include <memory>

namespace {

const QString seedPath = QStringLiteral(EKYC_SOURCE_DIR "/resources/seed/ekyc-error-codes.txt");

// The seed with `from` replaced once by `to`.
QByteArray seedWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray page = readAll(seedPath);
    const qsizetype at = page.indexOf(from);
    if (at < 0)
        qFatal("the seed lacks %s", from.constData());
    return page.replace(at, from.size(), to);
}

// A newer page: dated 2025-02-11, CompareFail billed, one code added to the API table.
QByteArray newerPage()
{
    QByteArray page = seedWith("FailedOperation.CompareFail\nComparison failed.\nN\n",
        "FailedOperation.CompareFail\nComparison failed.\nY\n"
        "FailedOperation.LivenessTimeout\nThe liveness check timed out.\nN\n");
    return page.replace("最后更新时间:2023-07-03", "最后更新时间:2025-02-11");
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }
    void cleanup() { m_tmp.reset(); }

    void theSeedGivesTheBuiltInCatalog()
    {
        const Run r = runCli({ "catalog", "--from-page", seedPath });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, ekyc::CatalogLoader::builtInJson());
        QCOMPARE(QString::fromUtf8(r.err),
            QStringLiteral(
                "catalog: 134 rows, updated 2023-07-03; against the base catalog (2023-07-03): no changes\n"));
    }

    void outputIsWrittenAtomically()
    {
        const QString page = path("page.txt");
        const QString out = path("new.json");
        QVERIFY(writeFile(page, newerPage()));
        QVERIFY(writeFile(out, "an older file"));
        const Run r = runCli({ "catalog", "--from-page", page, "--output", out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("new.json: 135 rows, updated 2025-02-11; against the base catalog (2023-07-03): "
                                "1 added, 0 removed, 1 billing changed, 0 description changed"),
            r.err.constData());
        QString error;
        const std::optional<ekyc::Catalog> catalog = ekyc::CatalogLoader::fromFile(out, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->size(), 135);
        QCOMPARE(QDir(dir().path()).entryList(QDir::Files), (QStringList { "new.json", "page.txt" }));
    }

    void mapAndUpdated()
    {
        const QString page = path("page.txt");
        QVERIFY(writeFile(page, seedWith("\n活体人脸比对(纯API)错误码\n", "\nLiveness (API)\n").replace("\n", "\r\n")));
        Run r = runCli({ "catalog", "--from-page", page });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QString(QStringLiteral("ekyc-codes: ") + page
                     + QStringLiteral(":245: the table heading \"Liveness (API)\" is none"))
                                      .toUtf8()),
            r.err.constData());
        QVERIFY(r.out.isEmpty());
        r = runCli({ "catalog", "--from-page", page, "--map", "Liveness (API)=api", "--updated", "2026-01-02" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("updated")).toString(), QStringLiteral("2026-01-02"));
        QCOMPARE(o.value(QStringLiteral("codes")).toArray().size(), 134);
    }

    // The base's titles, actions and categories are carried over.
    void anotherBaseCatalog()
    {
        QJsonObject base = QJsonDocument::fromJson(ekyc::CatalogLoader::builtInJson()).object();
        base[QStringLiteral("categories")] = QJsonArray { QStringLiteral("FailedOperation") };
        QVERIFY(writeFile(path("base.json"), QJsonDocument(base).toJson()));
        const Run r = runCli({ "catalog", "--from-page", seedPath, "--catalog", path("base.json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("categories")).toArray(),
            QJsonArray { QStringLiteral("FailedOperation") });
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("a map without =") << QStringList { "catalog", "--from-page", seedPath, "--map", "x" }
                                         << "--map takes 'HEADING=PRODUCT'";
        QTest::newRow("a map to no product")
            << QStringList { "catalog", "--from-page", seedPath, "--map", "x=pc" } << "not \"x=pc\"";
        QTest::newRow("a bad date") << QStringList { "catalog", "--from-page", seedPath, "--updated", "2023-13-01" }
                                    << "--updated takes a date YYYY-MM-DD";
        QTest::newRow("--output without --from-page")
            << QStringList { "catalog", "--check", "a", "--output", "b" } << "--output only applies to --from-page";
        QTest::newRow("--format without --diff") << QStringList { "catalog", "--from-page", seedPath, "--format",
            "csv" } << "--format only applies to --diff";
        QTest::newRow("one side only") << QStringList { "catalog", "--diff", "builtin" } << "--diff takes two catalogs";
        QTest::newRow("an unknown format")
            << QStringList { "catalog", "--diff", "builtin", "builtin", "--format", "xml" } << "unknown format \"xml\"";
        QTest::newRow("a missing page") << QStringList { "catalog", "--from-page", "/nonexistent/page.txt" }
                                        << "/nonexistent/page.txt: cannot open";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrFragment);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrFragment), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void diffOfEqualCatalogs()
    {
        const Run r = runCli({ "catalog", "--diff", "builtin", "-" }, ekyc::CatalogLoader::builtInJson());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("2023-07-03 (134 rows) → 2023-07-03 (134 rows): no changes\n"));
    }

    void diffFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("table")
            << "table"
            << QByteArray("CHANGE   PRODUCT  CODE                             BILLABLE  DESCRIPTION\n"
                          "-------  -------  -------------------------------  --------  -----------------------------\n"
                          "billing  api      FailedOperation.CompareFail      no → yes  Comparison failed.\n"
                          "added    api      FailedOperation.LivenessTimeout  no        The liveness check timed out.\n"
                          "\n"
                          "2023-07-03 (134 rows) → 2025-02-11 (135 rows): 1 added, 0 removed, 1 billing changed, "
                          "0 description changed\n");
        QTest::newRow("csv")
            << "csv"
            << QByteArray("change,product,code,old_billable,new_billable,old_description,new_description\n"
                          "billing,api,FailedOperation.CompareFail,no,yes,Comparison failed.,Comparison failed.\n"
                          "added,api,FailedOperation.LivenessTimeout,,no,,The liveness check timed out.\n");
        QTest::newRow("json")
            << "json"
            << QByteArray("{\n \"old\": {\"updated\":\"2023-07-03\",\"rows\":134},\n"
                          " \"new\": {\"updated\":\"2025-02-11\",\"rows\":135},\n"
                          " \"summary\": {\"added\":1,\"removed\":0,\"billing\":1,\"description\":0},\n"
                          " \"changes\": [\n"
                          "  {\"change\":\"billing\",\"product\":\"api\",\"code\":\"FailedOperation.CompareFail\","
                          "\"old_billable\":false,\"old_description\":\"Comparison failed.\",\"new_billable\":true,"
                          "\"new_description\":\"Comparison failed.\"},\n"
                          "  {\"change\":\"added\",\"product\":\"api\",\"code\":\"FailedOperation.LivenessTimeout\","
                          "\"new_billable\":false,\"new_description\":\"The liveness check timed out.\"}\n"
                          " ]\n}\n");
    }
    void diffFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        QVERIFY(writeFile(path("page.txt"), newerPage()));
        QCOMPARE(runCli({ "catalog", "--from-page", path("page.txt"), "--output", path("new.json") }).exitCode, 0);
        const Run r = runCli({ "catalog", "--diff", "builtin", path("new.json"), "--format", format });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, expected);
    }

    // Old and new swapped: the added code is removed, the flag goes back.
    void diffTheOtherWay()
    {
        QVERIFY(writeFile(path("page.txt"), newerPage()));
        QCOMPARE(runCli({ "catalog", "--from-page", path("page.txt"), "--output", path("new.json") }).exitCode, 0);
        const Run r = runCli({ "catalog", "--diff", path("new.json"), "builtin", "--format", "csv" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("\nbilling,api,FailedOperation.CompareFail,yes,no,"), r.out.constData());
        QVERIFY2(r.out.contains("\nremoved,api,FailedOperation.LivenessTimeout,no,,The liveness check timed out.,\n"),
            r.out.constData());
    }

    void diffOfABadFile()
    {
        QVERIFY(writeFile(path("bad.json"), "{"));
        const Run r = runCli({ "catalog", "--diff", "builtin", path("bad.json") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("bad.json: not valid JSON"), r.err.constData());
    }

private:
    const QTemporaryDir &dir() const { return *m_tmp; }
    QString path(const char *name) const { return m_tmp->filePath(QString::fromUtf8(name)); }
    std::unique_ptr<QTemporaryDir> m_tmp;
};

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
