// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs `ekyc-codes merge` as a script or a cluster's reducer would: on reports written
// by `ekyc-codes classify --format json`, and checks it sums them as one run would.
#include "clirun.h"
#include "core/catalogloader.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Small logs, each line holding at most one code (see docs/classification.md).
const QByteArray h5Log = "GetWebVerificationResultIntl {\"Response\":{\"ErrorCode\":1001,\"RequestId\":\"a\"}}\n"
                         "{\"Response\":{\"Result\":\"2016\"}}\n"
                         "{\"Response\":{\"Error\":{\"Code\":\"UnauthorizedOperation.Arrears\"}}}\n"
                         "{\"ErrorCode\":1409}\n";
const QByteArray appLog = "client.GetFaceIdResultIntl -> {\"Result\":\"-999\"}\n"
                          "{\"Result\":\"2016\"}\n{\"code\":200}\n";
const QByteArray noProductLog = "{\"ErrorCode\":1001}\n\"Result\":\"0\"\nFailedOperation.SomethingNew\n"
                                "[TencentCloudSDKException] code:InvalidParameter message:x\n";
const QByteArray apiLog = "LivenessCompare FailedOperation.CompareLowSimilarity\n\"Result\":\"Success\"\n";
// Not counted (docs/classification.md R3, R4): bare codes in a log that names no eKYC action,
// and a mainland FaceID response whatever the context.
const QByteArray otherLog = "{\"errcode\":0,\"errmsg\":\"ok\"}\n{\"ErrorCode\":1001}\n"
                            "GetDetectInfoEnhanced {\"Response\":{\"ErrCode\":0}}\n";

// Writes `bytes` to `path` (or stops the test) and gives the path back.
QString written(const QString &path, const QByteArray &bytes)
{
    if (!writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Not JSON gives an empty object, which the checks on its values then reject.
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A log for the split test: the issue's code shapes, unknown codes, an action of another
// product on a line of its own, and noise, mixed so every split size cuts differently.
QByteArray mixedLog()
{
    const QList<QByteArray> shapes = {
        "2024-06-01T10:00:%1Z INFO GET /health {\"code\":200,\"msg\":\"ok\"}",
        "{\"Response\":{\"ErrorCode\":1001,\"RequestId\":\"a%1\"}}",
        "{\"Response\":{\"Result\":\"2016\",\"RequestId\":\"b%1\"}}",
        "compare %1 FailedOperation.CompareLowSimilarity",
        "[TencentCloudSDKException] code:InvalidParameter message:x requestId:r%1",
        "{\"Response\":{\"ErrorCode\":1409,\"RequestId\":\"c%1\"}}",
        "client.GetFaceIdResultIntl(%1) -> {\"Result\":\"-999\"}",
        "DEBUG {\"code\":0,\"data\":[%1]}",
        "WARN %1 FailedOperation.SomethingNew",
        "{\"Response\":{\"Error\":{\"Code\":\"UnauthorizedOperation.Arrears\"},\"RequestId\":\"d%1\"}}",
        "{\"Response\":{\"Result\":\"0\",\"RequestId\":\"e%1\"}}",
        "INFO user=%1 StatusCode=500 1001 in free text",
        "LivenessCompare {\"Response\":{\"Error\":{\"Code\":\"FailedOperation.CompareLowSimilarity\"}}} %1",
        "tccli faceid GetDetectInfoEnhanced {\"Response\":{\"ErrCode\":0,\"RequestId\":\"f%1\"}}",
    };
    // Every line starts with a time 37 minutes after the last, written in UTC, with +08:00 or
    // without a zone in turn: the whole log spans 60 hours (hourly buckets, "mixed" zones), a
    // part of 3 lines under two (one-minute buckets), so merge must coarsen them as one run does.
    QByteArray log;
    const QDateTime start(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 97; ++i) {
        const QDateTime t = start.addSecs(qint64(i) * 37 * 60);
        const QString time = i % 3 == 0 ? t.toString(Qt::ISODate)
            : i % 3 == 1                ? t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)
                                        : t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        log += (time + QLatin1Char(' ') + QString::fromLatin1(shapes.at((i * 5) % shapes.size())).arg(i)).toUtf8()
            + '\n';
    }
    return log;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return written(m_dir.filePath(name), bytes); }
    // classify's JSON report on `logs` (relative to the temporary folder), written to `reportName`.
    QString classify(const QStringList &logs, const QString &reportName, const QStringList &options = {})
    {
        const Run r = runCli(QStringList { "classify", "--format", "json" } + options + logs, {}, m_dir.path());
        if (r.exitCode != 0)
            qFatal("classify failed: %s", r.err.constData());
        return write(reportName, r.out);
    }
    // Writes `log` to DIR/whole.log, cuts it with `split -l` as a cluster cuts a file into
    // splits, and classifies each part as a mapper would; returns the reports, in order.
    QStringList splitAndClassify(
        const QTemporaryDir &dir, const QByteArray &log, int linesPerPart, const QStringList &options, bool viaStdin)
    {
        written(dir.filePath("whole.log"), log);
        QProcess split;
        split.setWorkingDirectory(dir.path());
        split.start("split", { "-l", QString::number(linesPerPart), "whole.log", "part-" });
        if (!split.waitForFinished(30000) || split.exitCode() != 0)
            qFatal("split failed");
        QStringList reports;
        for (const QString &part : QDir(dir.path()).entryList({ "part-*" }, QDir::Files, QDir::Name)) {
            const QStringList args = QStringList { "classify", "--format", "json" } + options;
            const Run r = viaStdin ? runCli(args + QStringList { "-" }, read(dir.filePath(part)))
                                   : runCli(args + QStringList { dir.filePath(part) });
            if (r.exitCode != 0)
                qFatal("classify failed: %s", r.err.constData());
            reports << written(dir.filePath(part + ".json"), r.out);
        }
        return reports;
    }
    QString customCatalog()
    {
        QJsonObject root = QJsonDocument::fromJson(ekyc::CatalogLoader::builtInJson()).object();
        root.insert("updated", "2024-01-01");
        return write("newer-catalog.json", QJsonDocument(root).toJson());
    }

private slots:
    void initTestCase()
    {
        write("h5.log", h5Log);
        write("app.log", appLog);
        write("none.log", noProductLog);
        write("api.log", apiLog);
        write("other.log", otherLog);
    }

    // merge of the per-file reports == one classify run over the same files, byte for byte.
    void mergeEqualsOneRun_data()
    {
        QTest::addColumn<QStringList>("logs");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("notCounted");
        QTest::newRow("two") << QStringList { "h5.log", "app.log" } << QStringList {} << 4 + 2 << 0;
        // none.log names no eKYC action: its four codes need context they do not have.
        QTest::newRow("four") << QStringList { "h5.log", "none.log", "api.log", "app.log" } << QStringList {} << 8
                              << 4;
        QTest::newRow("three, --product h5") << QStringList { "app.log", "none.log", "h5.log" }
                                             << QStringList { "--product", "h5" } << 2 + 4 + 4 << 0;
        QTest::newRow("not counted") << QStringList { "other.log", "none.log", "other.log" } << QStringList {} << 0
                                     << 3 + 4 + 3;
        QTest::newRow("not counted, --assume-ekyc") << QStringList { "other.log", "none.log" }
                                                    << QStringList { "--assume-ekyc" } << 2 + 4 << 1;
    }
    void mergeEqualsOneRun()
    {
        QFETCH(QStringList, logs);
        QFETCH(QStringList, options);
        QFETCH(int, events);
        QFETCH(int, notCounted);
        QStringList reports;
        for (const QString &log : logs)
            reports << classify({ log }, log + ".json", options);
        const Run one = runCli(QStringList { "classify", "--format", "json" } + options + logs, {}, m_dir.path());
        QCOMPARE(one.exitCode, 0);
        const Run merged = runCli(QStringList { "merge" } + reports);
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.err.isEmpty(), merged.err.constData());
        QCOMPARE(merged.out, one.out);
        QCOMPARE(object(merged.out).value("totals")["events"].toInt(), events);
        QCOMPARE(object(merged.out).value("totals")["not_counted"].toInt(), notCounted);
        QCOMPARE(object(merged.out)["files"].toArray().size(), logs.size());
    }

    void mergeOfMerges()
    {
        const QStringList logs { "h5.log", "none.log", "other.log", "app.log", "api.log" };
        QStringList reports;
        for (const QString &log : logs)
            reports << classify({ log }, log + ".json");
        const Run all = runCli(QStringList { "merge" } + reports);
        QCOMPARE(all.exitCode, 0);
        const QString left = write("left.json", runCli({ "merge", reports.at(0), reports.at(1) }).out);
        const QString right
            = write("right.json", runCli({ "merge", reports.at(2), reports.at(3), reports.at(4) }).out);
        const Run twice = runCli({ "merge", left, right });
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.out, all.out);
        // A merge of one report is that report.
        QCOMPARE(runCli({ "merge", reports.at(0) }).out, read(reports.at(0)));
        // '-' reads one report from standard input.
        QCOMPARE(runCli({ "merge", "-", right }, read(left)).out, all.out);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::newRow("table") << "table"
                               << QByteArrayList { "Failed to call the liveness engine", "Totals: 6 events" };
        QTest::newRow("csv") << "csv"
                             << QByteArrayList { "status,product,code,candidates,description,count,billable,reason,action\n",
                                    "known,app_sdk,-999,,The verification process wasn't finished,1,no,,\n" };
        QTest::newRow("json") << "json" << QByteArrayList { "\"totals\": {\"events\":6," };
    }
    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArrayList, expected);
        const QString a = classify({ "h5.log" }, "fa.json");
        const QString b = classify({ "app.log" }, "fb.json", { "--product", "app_sdk" });
        const Run r = runCli({ "merge", "--format", format, a, b });
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray &fragment : expected)
            QVERIFY2(r.out.contains(fragment), r.out.constData());
    }

    void catalogs_data()
    {
        QTest::addColumn<QStringList>("reportCatalogs"); // per report: "old" (built-in) or "new"
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("mixed") << QStringList { "old", "new" } << QStringList {} << 2
                               << QStringList { "cat-0.json was written with the catalog of 2023-07-03 (134 codes), ",
                                      "cat-1.json with the catalog of 2024-01-01 (134 codes); reports from different" };
        QTest::newRow("new, table") << QStringList { "new" } << QStringList { "--format", "table" } << 2
                                    << QStringList { "of 2024-01-01 (134 codes), but the catalog in use is of 2023" };
        QTest::newRow("new, its catalog")
            << QStringList { "new" } << QStringList { "--format=table", "--catalog=NEW" } << 0 << QStringList {};
        QTest::newRow("old, --catalog new") << QStringList { "old" } << QStringList { "--catalog=NEW" } << 2
                                            << QStringList { "give the reports' catalog with --catalog" };
    }
    void catalogs()
    {
        QFETCH(QStringList, reportCatalogs);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, messages);
        const QString newer = customCatalog();
        args.replaceInStrings("NEW", newer);
        QStringList reports;
        for (qsizetype i = 0; i < reportCatalogs.size(); ++i)
            reports << classify({ "h5.log" }, QString("cat-%1.json").arg(i),
                reportCatalogs.at(i) == "new" ? QStringList { "--catalog", newer } : QStringList {});
        const Run r = runCli(QStringList { "merge" } + args + reports);
        QCOMPARE(r.exitCode, exitCode);
        for (const QString &message : messages)
            QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.out.isEmpty(), exitCode != 0);
    }

    void billingDisagreement()
    {
        const QString a = classify({ "h5.log" }, "bill-a.json");
        QByteArray edited = read(a);
        // h5 1001 billed, its totals kept consistent: only the disagreement is wrong.
        const QByteArray from = "\"1001\",\"count\":1,\"billable\":false", totals = "\"billable\":1,";
        QVERIFY(edited.contains(from) && edited.contains(totals));
        edited.replace(from, "\"1001\",\"count\":1,\"billable\":true").replace(totals, "\"billable\":2,");
        const QString b = write("bill-b.json", edited);
        const Run r = runCli({ "merge", a, b });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains("bill-a.json and " + b.toUtf8() + " disagree on the billing of h5 1001"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: the file does not exist
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QByteArray() << 1 << "cannot open";
        QTest::newRow("empty file") << QByteArray("") << 2 << "the file is empty";
        QTest::newRow("a log") << QByteArray("GET /health 200\n") << 2
                               << "not a JSON report (it does not start with '{'";
        QTest::newRow("list's array") << QByteArray("[{\"product\":\"h5\"}]") << 2 << "does not start with '{'";
        QTest::newRow("JSON log lines") << h5Log.mid(h5Log.indexOf('{')) << 2 << "not valid JSON at byte";
        QTest::newRow("other object") << QByteArray("{\"a\": 1}") << 2 << "missing key \"catalog\"";
        // A report of version 1 (before not-counted events): summed with newer ones it would mix two rule sets.
        QTest::newRow("older version")
            << QByteArray(R"({"catalog":{"updated":"2023-07-03","codes":134},"files":[],"counts":[],"ambiguous":[],)"
                          R"("unknown":[],"totals":{"events":0,"known":0,"ambiguous":0,"unknown":0,"billable":0,)"
                          R"("billable_uncertain":0}})")
            << 2 << "made by an older version of ekyc-codes";
    }
    void badInputs()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString good = classify({ "h5.log" }, "good.json");
        const QString bad = content.isNull() ? m_dir.filePath("no-such-report.json")
                                             : write(QString("bad-%1.json").arg(QTest::currentDataTag()), content);
        const Run r = runCli({ "merge", good, bad });
        QCOMPARE(r.exitCode, exitCode);
        // One line naming the file and the problem, and no partial sum on stdout.
        QVERIFY2(r.err.startsWith("ekyc-codes: " + bad.toUtf8() + ": "), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    // An input classify could not read stays an error in the merge, with classify's exit status.
    void inputErrorsCarryOver()
    {
        const Run failed = runCli({ "classify", "--format", "json", "missing.log" }, {}, m_dir.path());
        QCOMPARE(failed.exitCode, 1);
        const Run r = runCli({ "merge", write("failed.json", failed.out), classify({ "h5.log" }, "ok.json") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(object(r.out)["files"].toArray().size(), 2);
        QVERIFY2(r.err.startsWith("ekyc-codes: missing.log: "), r.err.constData());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no report") << QStringList { "merge" } << 2 << "merge needs at least one REPORT";
        QTest::newRow("stdin twice") << QStringList { "merge", "-", "-" } << 2 << "can be given only once";
        QTest::newRow("jsonl") << QStringList { "merge", "--format", "jsonl", "x.json" } << 2
                               << "unknown format \"jsonl\"";
        QTest::newRow("directory") << QStringList { "merge", "." } << 1 << "is a directory";
        QTest::newRow("help") << QStringList { "merge", "--help" } << 0
                              << "1 when a REPORT cannot be read (missing, unreadable, a directory), nothing";
        QTest::newRow("listed") << QStringList { "--help" } << 0 << "sum JSON reports of classify";
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, fragment);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(exitCode == 0 ? r.out : r.err).contains(fragment), r.err.constData());
    }

    // The issue's equivalence: classify the parts of a split log with --product, merge the
    // reports, and get what one run over the whole log gives (the files list aside).
    void splitClassifyMergeEqualsOneRun_data()
    {
        QTest::addColumn<int>("linesPerPart");
        QTest::addColumn<bool>("viaStdin");
        QTest::newRow("3 lines per part") << 3 << false;
        QTest::newRow("7 lines, stdin") << 7 << true;
        QTest::newRow("30 lines, stdin") << 30 << true;
        QTest::newRow("one part") << 1000 << false;
    }
    void splitClassifyMergeEqualsOneRun()
    {
        QFETCH(int, linesPerPart);
        QFETCH(bool, viaStdin);
        QTemporaryDir dir;
        const QStringList options { "--product", "h5" };
        const QStringList reports = splitAndClassify(dir, mixedLog(), linesPerPart, options, viaStdin);
        QCOMPARE(reports.size(), (97 + linesPerPart - 1) / linesPerPart);
        const Run merged = runCli(QStringList { "merge" } + reports);
        QCOMPARE(merged.exitCode, 0);
        const Run one = runCli(QStringList { "classify", "--format", "json", dir.filePath("whole.log") } + options);
        QCOMPARE(one.exitCode, 0);
        const QJsonObject m = object(merged.out), o = object(one.out);
        for (const char *key : { "catalog", "counts", "ambiguous", "unknown", "not_counted", "totals", "timeline" })
            QCOMPARE(m.value(key), o.value(key));
        // The timeline compared is about something: hourly buckets over 60 hours, mixed zones.
        QCOMPARE(o["timeline"]["bucket"].toString(), QStringLiteral("1h"));
        QCOMPARE(o["timeline"]["zone"].toString(), QStringLiteral("mixed"));
        QCOMPARE(o["timeline"]["events"].toArray().size(), 60);
        QCOMPARE(o["timeline"]["without_time"].toInteger(), 0);
        auto sum = [](const QJsonObject &report, const char *key) {
            qint64 total = 0;
            for (const QJsonValue f : report["files"].toArray())
                total += f[key].toInteger();
            return total;
        };
        QCOMPARE(m["files"].toArray().size(), reports.size());
        QCOMPARE(sum(m, "lines"), qint64(97));
        QCOMPARE(sum(m, "lines"), sum(o, "lines"));
        QCOMPARE(sum(m, "events"), sum(o, "events"));
        QCOMPARE(sum(m, "not_counted"), sum(o, "not_counted"));
        // The comparison is about something: the whole run has known codes in several
        // products (a line's own action wins over --product) and unknown codes.
        QSet<QString> products;
        for (const QJsonValue row : o["counts"].toArray())
            products.insert(row["product"].toString());
        QCOMPARE(products, (QSet<QString> { "api", "app_sdk", "common", "h5" }));
        QVERIFY(o["unknown"].toArray().size() >= 2 && o.value("totals")["events"].toInt() > 50);
        // --product gives every line context, but another service's response stays out.
        QCOMPARE(o["not_counted"].toArray().size(), 1);
        QCOMPARE(o["not_counted"][0]["action"].toString(), QStringLiteral("GetDetectInfoEnhanced"));
    }

    // Why the recipe insists on --product: without it a part that holds no action name has no
    // eKYC context for its bare codes (not counted), and with --assume-ekyc alone each part
    // still infers its own product (ambiguous where one run says h5).
    void splitWithoutProductDiffers()
    {
        QTemporaryDir dir;
        const QByteArray log
            = "ApplyWebVerificationBizTokenIntl accepted\n{\"ErrorCode\":1001}\n{\"ErrorCode\":1001}\n";
        auto totals = [](const QByteArray &json) { return object(json).value("totals").toObject(); };
        const QStringList reports = splitAndClassify(dir, log, 1, {}, false);
        QCOMPARE(reports.size(), 3);
        const QByteArray one = runCli({ "classify", "--format", "json", dir.filePath("whole.log") }).out;
        const QByteArray merged = runCli(QStringList { "merge" } + reports).out;
        QCOMPARE(object(one)["counts"].toArray().at(0)["product"].toString(), QStringLiteral("h5"));
        QCOMPARE(totals(one)["events"].toInt(), 2);
        QCOMPARE(totals(one)["not_counted"].toInt(), 0);
        QCOMPARE(totals(merged)["events"].toInt(), 0);
        QCOMPARE(totals(merged)["not_counted"].toInt(), 2);

        QTemporaryDir assumed;
        const QStringList assumedReports = splitAndClassify(assumed, log, 1, { "--assume-ekyc" }, false);
        const QByteArray mergedAssumed = runCli(QStringList { "merge" } + assumedReports).out;
        QCOMPARE(totals(mergedAssumed)["events"].toInt(), 2);
        QCOMPARE(totals(mergedAssumed)["ambiguous"].toInt(), 2);
        QCOMPARE(totals(mergedAssumed)["not_counted"].toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
