// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the writers make of the events the rules do not count (issue 14, "Report"): the JSON
// keys, JSONL's "counted", and the "Not counted" section of the table and CSV; and R7's note
// on unknown codes that other tables have. The report is built by hand, so these checks do
// not depend on the engine.
#include "core/catalogloader.h"
#include "core/reportwriter.h"

#include <QTest>

using namespace ekyc;

namespace {

const Catalog &catalog()
{
    static const Catalog c = CatalogLoader::builtIn();
    return c;
}

constexpr ProductMask Three = 0x16; // h5, app_sdk, idv_sdk: the tables that have 0 and 2015

// One input: a known code, an unknown code that other tables have, one without, and
// not-counted events of both reasons. Events kept for JSONL.
Report sample(bool withUnknownElsewhere = true)
{
    FileResult f;
    f.summary.path = QStringLiteral("app.log");
    f.summary.lines = 9;
    f.summary.events = 3;
    f.summary.product = Product::Api;
    f.summary.productSource = ProductSource::Actions;
    f.summary.encoding = QStringLiteral("utf-8");
    f.summary.totals = Totals { 3, 1, 0, 2, 1, 0, 3 };
    const auto noAction = NotCountedReason::NoContext;
    ResolvedGroup known { EventStatus::Known, Product::H5, QStringLiteral("0"), 0, true, 1, 0, noAction, {} };
    ResolvedGroup elsewhere { EventStatus::Unknown, Product::Api, QStringLiteral("2015"), 0, std::nullopt, 1, Three,
        noAction, {} };
    ResolvedGroup unknown { EventStatus::Unknown, Product::Api, QStringLiteral("7777"), 0, std::nullopt, 1, 0, noAction,
        {} };
    ResolvedGroup noContext { EventStatus::NotCounted, std::nullopt, QStringLiteral("0"), Three, std::nullopt, 1, 0,
        noAction, {} };
    ResolvedGroup other { EventStatus::NotCounted, std::nullopt, QStringLiteral("0"), Three, std::nullopt, 2, 0,
        NotCountedReason::OtherService, QStringLiteral("GetDetectInfoEnhanced") };
    f.groups = { known, withUnknownElsewhere ? elsewhere : unknown, unknown, noContext, other };
    f.events = { { 1, 3, {} }, { 2, 0, {} }, { 4, 4, {} }, { 5, 1, {} }, { 7, 4, {} }, { 9, 2, {} } };
    Report r;
    r.catalogUpdated = catalog().updated();
    r.catalogCodes = catalog().size();
    r.addFile(f);
    r.sort();
    return r;
}

QString written(const Report &r, ReportFormat format)
{
    QString text;
    QTextStream out(&text);
    writeReport(out, r, catalog(), format);
    out.flush();
    return text;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("json") << int(ReportFormat::Json)
                              << QStringList {
                                     R"("encoding":"utf-8","error":null,"not_counted":3,"first_time":null,"last_time":null})",
                                     R"({"product":"api","code":"2015","count":1,"in_catalog_as":["app_sdk","h5","idv_sdk"]})",
                                     R"({"product":"api","code":"7777","count":1,"in_catalog_as":[]})",
                                     "  \"not_counted\": [\n"
                                     R"(    {"code":"0","reason":"other_service","action":"GetDetectInfoEnhanced",)"
                                     R"("candidates":["app_sdk","h5","idv_sdk"],"count":2},)"
                                     "\n"
                                     R"(    {"code":"0","reason":"no_context","action":null,)"
                                     R"("candidates":["app_sdk","h5","idv_sdk"],"count":1})"
                                     "\n  ],\n  \"totals\": ",
                                     R"("billable_uncertain":0,"not_counted":3})",
                                 };
        QTest::newRow("jsonl") << int(ReportFormat::Jsonl)
                               << QStringList {
                                      R"({"file":"app.log","line":1,"time":null,"product":null,"code":"0","status":"not_counted",)"
                                      R"("billable":null,"counted":false,"reason":"no_context","action":null})"
                                      "\n",
                                      R"({"file":"app.log","line":2,"time":null,"product":"h5","code":"0","status":"known",)"
                                      R"("billable":true,"counted":true})"
                                      "\n",
                                      R"({"file":"app.log","line":4,"time":null,"product":null,"code":"0","status":"not_counted",)"
                                      R"("billable":null,"counted":false,"reason":"other_service",)"
                                      R"("action":"GetDetectInfoEnhanced"})"
                                      "\n",
                                      R"({"file":"app.log","line":9,"time":null,"product":"api","code":"7777","status":"unknown",)"
                                      R"("billable":null,"counted":true})"
                                      "\n",
                                  };
        QTest::newRow("csv") << int(ReportFormat::Csv)
                             << QStringList {
                                    "status,product,code,candidates,description,count,billable,reason,action\n",
                                    "known,h5,0,,Success,1,yes,,\n",
                                    QStringLiteral("unknown,api,2015,app_sdk h5 idv_sdk,"
                                                   "\"not an API code; in H5, App SDK, Identity Verification\",1,,,\n"),
                                    "unknown,api,7777,,not in the 2023-07-03 catalog,1,,,\n",
                                    QStringLiteral("not_counted,,0,app_sdk h5 idv_sdk,a response of another service's action "
                                                   "(e.g. mainland FaceID GetDetectInfoEnhanced),2,,other_service,"
                                                   "GetDetectInfoEnhanced\n"),
                                    QStringLiteral("not_counted,,0,app_sdk h5 idv_sdk,\"no eKYC context on its line or in the log: "
                                                   "another service's code, or pass --assume-ekyc / --product\",1,,no_context,\n"),
                                };
        QTest::newRow("table") << int(ReportFormat::Table)
                               << QStringList {
                                      QStringLiteral("\nUnknown (not codes of their product in the 2023-07-03 catalog)\n"
                                                     "PRODUCT  CODE  COUNT  NOTE\n"),
                                      "api      2015  1      not an API code; in H5, App SDK, Identity Verification\n",
                                      "api      7777  1      not in the 2023-07-03 catalog\n",
                                      QStringLiteral("\nNot counted (not in the totals)\n"
                                                     "CODE  COUNT  REASON         ACTION                 CANDIDATES\n"),
                                      QStringLiteral("0     2      other_service  GetDetectInfoEnhanced  app_sdk, h5, idv_sdk\n"
                                                     "0     1      no_context     -                      app_sdk, h5, idv_sdk\n"),
                                      QStringLiteral("no_context: no eKYC context on its line or in the log: another service's "
                                                     "code, or pass --assume-ekyc / --product.\n"
                                                     "other_service: a response of another service's action (e.g. mainland FaceID "
                                                     "GetDetectInfoEnhanced).\n"),
                                      "Totals: 3 events (1 known, 0 ambiguous, 2 unknown); 1 billable",
                                      "Not counted: 3 (see above).\n",
                                  };
    }
    void formats()
    {
        QFETCH(int, format);
        QFETCH(QStringList, fragments);
        const QString text = written(sample(), ReportFormat(format));
        for (const QString &fragment : fragments)
            QVERIFY2(text.contains(fragment), qPrintable(QStringLiteral("missing:\n%1\nin:\n%2").arg(fragment, text)));
    }

    // A report where nothing is not counted and no unknown code is in another table reads as
    // before: no new section, the unknown table's old title and columns.
    void noNewSectionsWhenEmpty()
    {
        Report r = sample(false);
        r.notCounted.clear();
        r.totals.notCounted = 0;
        const QString table = written(r, ReportFormat::Table);
        QVERIFY2(table.contains("\nUnknown (not in the 2023-07-03 catalog)\nPRODUCT  CODE  COUNT\n"), qPrintable(table));
        QVERIFY(!table.contains("Not counted"));
        QVERIFY(!table.contains("NOTE"));
        QVERIFY(written(r, ReportFormat::Json).contains("  \"not_counted\": [],\n"));
    }

    void unknownNote_data()
    {
        QTest::addColumn<int>("product"); // -1: none
        QTest::addColumn<int>("inCatalogAs");
        QTest::addColumn<QString>("note");
        QTest::newRow("nowhere") << int(Product::H5) << 0 << "not in the 2023-07-03 catalog";
        QTest::newRow("api, three tables")
            << int(Product::Api) << int(Three) << "not an API code; in H5, App SDK, Identity Verification";
        QTest::newRow("h5, one table") << int(Product::H5) << int(productBit(Product::Api))
                                       << "not an H5 code; in API";
        QTest::newRow("no product") << -1 << int(productBit(Product::IdvSdk)) << "in Identity Verification";
    }
    void unknownNote()
    {
        QFETCH(int, product);
        QFETCH(int, inCatalogAs);
        QFETCH(QString, note);
        UnknownRow row { product < 0 ? std::nullopt : std::optional(Product(product)), QStringLiteral("2015"), 1,
            ProductMask(inCatalogAs) };
        QCOMPARE(ekyc::unknownNote(row, QStringLiteral("2023-07-03")), note);
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
