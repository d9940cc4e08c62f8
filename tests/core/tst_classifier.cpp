// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Classification of whole inputs: records, product resolution, billing, encodings,
// compressed inputs and bad inputs, through the engine's public API.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/reportwriter.h"

#include <QDir>

#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ekyc;

namespace {

// "product:code:status:count" rows of a report, in report order: counts, ambiguous, unknown.
QStringList rows(const Report &r)
{
    QStringList out;
    for (const CountRow &c : r.counts)
        out << QStringLiteral("%1:%2:known:%3").arg(productId(c.product), c.code).arg(c.count);
    for (const AmbiguousRow &a : r.ambiguous)
        out << QStringLiteral("-:%1:ambiguous:%2").arg(a.code).arg(a.count);
    for (const UnknownRow &u : r.unknown)
        out << QStringLiteral("%1:%2:unknown:%3").arg(u.product ? productId(*u.product) : "-", u.code).arg(u.count);
    for (const NotCountedRow &n : r.notCounted)
        out << QStringLiteral("%1:%2:%3:%4").arg(notCountedReasonId(n.reason), n.code, n.action).arg(n.count);
    return out;
}

// The line numbers of the first input's kept events, in order.
QList<qint64> linesOf(const Report &r)
{
    QList<qint64> out;
    for (const CompactEvent &e : r.files.at(0).events)
        out << e.line;
    return out;
}

QByteArray lines(std::initializer_list<const char *> list)
{
    QByteArray out;
    for (const char *l : list)
        out += QByteArray(l) + '\n';
    return out;
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT

    Classifier m_classifier{CatalogLoader::builtIn()};
    QTemporaryDir m_dir;

    // The mechanics (products, billing, records, encodings) on eKYC traffic, as with
    // --assume-ekyc; what needs context and what does not has tests of its own (context()).
    Report text(const QByteArray &bytes, std::optional<Product> product = std::nullopt, bool assumeEkyc = true)
    {
        ClassifyOptions options;
        options.product = product;
        options.keepEvents = true;
        options.assumeEkyc = assumeEkyc;
        return m_classifier.runOnText(bytes, QStringLiteral("pasted"), options);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void resolution_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("source");

        QTest::newRow("action on the line") << lines({"GetFaceIdResultIntl {\"Result\":\"2015\"}"}) << ""
                                            << QStringList{"app_sdk:2015:known:1"} << "app_sdk" << "actions";
        QTest::newRow("file product from actions")
            << lines({"call ApplySdkVerificationToken", "{\"ErrorCode\":2015}", "{\"ErrorCode\":1001}"}) << ""
            << QStringList{"idv_sdk:1001:known:1", "idv_sdk:2015:known:1"} << "idv_sdk" << "actions";
        QTest::newRow("two products' actions: codes decide")
            << lines({"GetFaceIdTokenIntl ok", "GetWebVerificationResult ok", "\"ErrorCode\":1101", "\"ErrorCode\":1001"})
            << "" << QStringList{"h5:1001:known:1", "h5:1101:known:1"} << "h5" << "codes";
        QTest::newRow("code implies product") << lines({"\"ErrorCode\":-999", "\"ErrorCode\":2016"}) << ""
                                              << QStringList{"app_sdk:-999:known:1", "app_sdk:2016:known:1"}
                                              << "app_sdk" << "codes";
        QTest::newRow("Success implies api") << lines({"\"Code\":\"Success\"", "\"Result\":\"InvalidParameter\""}) << ""
                                             << QStringList{"api:InvalidParameter:known:1", "api:Success:known:1"}
                                             << "api" << "codes";
        QTest::newRow("short numbers imply nothing") << lines({"\"Result\":1", "\"Result\":\"1001\""}) << ""
                                                     << QStringList{"h5:1:known:1", "-:1001:ambiguous:1"} << "" << "none";
        QTest::newRow("category names imply nothing")
            << lines({"\"Code\":\"UnsupportedOperation\"", "\"ErrorCode\":2015"}) << ""
            << QStringList{"api:UnsupportedOperation:known:1", "-:2015:ambiguous:1"} << "" << "none";
        QTest::newRow("common codes imply nothing") << lines({"code:InternalError", "\"ErrorCode\":2015"}) << ""
                                                    << QStringList{"common:InternalError:known:1", "-:2015:ambiguous:1"}
                                                    << "" << "none";
        QTest::newRow("two implied products: none") << lines({"\"ErrorCode\":1101", "\"ErrorCode\":-999"}) << ""
                                                    << QStringList{"h5:1101:known:1", "app_sdk:-999:known:1"} << ""
                                                    << "none";
        QTest::newRow("user product") << lines({"\"ErrorCode\":2015", "\"ErrorCode\":1001"}) << "idv_sdk"
                                      << QStringList{"idv_sdk:1001:known:1", "idv_sdk:2015:known:1"} << "idv_sdk"
                                      << "user";
        QTest::newRow("line action beats user") << lines({"GetFaceIdResultIntl \"Result\":\"2015\""}) << "idv_sdk"
                                                << QStringList{"app_sdk:2015:known:1"} << "idv_sdk" << "user";
        QTest::newRow("common code under a product") << lines({"code:InvalidParameter"}) << "h5"
                                                     << QStringList{"common:InvalidParameter:known:1"} << "h5" << "user";
        QTest::newRow("another product's code is unknown")
            << lines({"FailedOperation.CompareLowSimilarity"}) << "h5"
            << QStringList{"h5:FailedOperation.CompareLowSimilarity:unknown:1"} << "h5" << "user";
        QTest::newRow("new H5 code") << lines({"GetWebVerificationResultIntl \"ErrorCode\":1409"}) << ""
                                     << QStringList{"h5:1409:unknown:1"} << "h5" << "actions";
        QTest::newRow("unknown without product") << lines({"FailedOperation.SomethingNew"}) << ""
                                                 << QStringList{"-:FailedOperation.SomethingNew:unknown:1"} << ""
                                                 << "none";
        QTest::newRow("one event per line") << lines({"\"ErrorCode\":2015 \"ErrorCode\":1001 FailedOperation.X"})
                                            << "h5" << QStringList{"h5:2015:known:1"} << "h5" << "user";
    }
    void resolution()
    {
        QFETCH(QByteArray, log);
        QFETCH(QString, user);
        QFETCH(QStringList, expected);
        QFETCH(QString, product);
        QFETCH(QString, source);
        const Report r = text(log, user.isEmpty() ? std::nullopt : productFromId(user));
        QCOMPARE(rows(r), expected);
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.at(0).summary.product ? productId(*r.files.at(0).summary.product) : QString(), product);
        QCOMPARE(productSourceId(r.files.at(0).summary.productSource), source);
    }

    // R1–R6 on lines as the issue gives them, without --assume-ekyc: "product:code:status:count"
    // rows, then "reason:code:action:count" for what is not counted, and the counted events' lines.
    void context_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<qint64>>("eventLines");
        const QByteArray sdkError = "{\"errorCode\": 1001, \"errorMessage\": \"External id is required.\"}";
        QTest::newRow("R3 no eKYC action") << lines({sdkError.constData()}) << QStringList{"no_context:1001::1"}
                                           << QList<qint64>{1};
        QTest::newRow("R3 eKYC action elsewhere")
            << lines({sdkError.constData(), "callback from device errcode=1001", "x GetWebVerificationResultIntl y"})
            << QStringList{"h5:1001:known:1", "no_context:1001::1"} << QList<qint64>{1, 2};
        QTest::newRow("R3 context key gives the line context")
            << lines({"{\"ErrorCode\":0,\"VerificationDetailList\":[{\"LivenessErrorCode\":1001}]}"})
            << QStringList{"-:0:ambiguous:1"} << QList<qint64>{1};
        QTest::newRow("R3 self-identifying") << lines({"retry gave up: FailedOperation.CompareLowSimilarity"})
                                             << QStringList{"api:FailedOperation.CompareLowSimilarity:known:1"}
                                             << QList<qint64>{1};
        QTest::newRow("R3 common code needs context") << lines({"cvm RunInstances failed: UnauthorizedOperation.Arrears"})
                                                      << QStringList{"no_context:UnauthorizedOperation.Arrears::1"}
                                                      << QList<qint64>{1};
        QTest::newRow("R3 SDK exception") << lines({"[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:x requestId:y"})
                                          << QStringList{"no_context:AuthFailure.SignatureFailure::1"} << QList<qint64>{1};
        QTest::newRow("R2 wechat in an eKYC log")
            << lines({"GetFaceIdResultIntl {\"Result\":\"0\"}", "{\"errcode\":0,\"errmsg\":\"ok\"}"})
            << QStringList{"app_sdk:0:known:1", "no_context:0::1"} << QList<qint64>{1, 2};
        QTest::newRow("R2 other spelling, context on its line")
            << lines({"faceid callback errcode=1001", "GetFaceIdResultIntl ok"}) << QStringList{"app_sdk:1001:known:1"}
            << QList<qint64>{1};
        QTest::newRow("R3 inferred product gives context (b)")
            << lines({"retry gave up: FailedOperation.CompareLowSimilarity", "{\"ErrorCode\":\"1001\"}"})
            << QStringList{"api:FailedOperation.CompareLowSimilarity:known:1", "api:1001:unknown:1"} << QList<qint64>{1, 2};
        QTest::newRow("R1 multi-line tccli command")
            << lines({"$ tccli faceid GetWebVerificationResultIntl --cli-unfold-argument \\",
                      "    --BizToken 4A7E7CE1-834C-4016-84DB-23823024233F", "{", "    \"Response\": {",
                      "        \"ErrorCode\": 0,", "        \"RequestId\": \"x\"", "    }", "}"})
            << QStringList{"h5:0:known:1"} << QList<qint64>{5};
        QTest::newRow("R1 action on a later physical line")
            << lines({"send \"ErrorCode\":2015 \\", "  via GetSdkVerificationResult"}) << QStringList{"idv_sdk:2015:known:1"}
            << QList<qint64>{1};
        QTest::newRow("R4 mainland FaceID")
            << lines({"tccli faceid GetDetectInfoEnhanced --BizToken abc", "{", "  \"ErrCode\": 0", "}"})
            << QStringList{"other_service:0:GetDetectInfoEnhanced:1"} << QList<qint64>{3};
        QTest::newRow("R4 even a self-identifying code")
            << lines({"DetectAuth FailedOperation.CompareLowSimilarity"})
            << QStringList{"other_service:FailedOperation.CompareLowSimilarity:DetectAuth:1"} << QList<qint64>{1};
        QTest::newRow("R5 retries: the final result")
            << lines({"GetSdkVerificationResult {\"Response\":{\"CompareResults\":[{\"ErrorCode\":\"1004\"}],\"Result\":\"0\",\"RequestId\":\"r\"}}"})
            << QStringList{"idv_sdk:0:known:1"} << QList<qint64>{1};
        QTest::newRow("R5 pretty-printed retries")
            << lines({"GetSdkVerificationResult", "{", "  \"Response\": {", "    \"CompareResults\": [", "      {",
                      "        \"ErrorCode\": \"1004\"", "      }", "    ],", "    \"Result\": \"0\"", "  }", "}"})
            << QStringList{"idv_sdk:0:known:1"} << QList<qint64>{9};
        QTest::newRow("R5 escaped in a docker line")
            << lines({"{\"log\":\"GetSdkVerificationResult {\\\"Response\\\":{\\\"CompareResults\\\":[{\\\"ErrorCode\\\":\\\"1004\\\"}],\\\"Result\\\":\\\"0\\\"}}\"}"})
            << QStringList{"idv_sdk:0:known:1"} << QList<qint64>{1};
        QTest::newRow("R6 a stray brace costs nothing")
            << lines({"Processing request {", "GetWebVerificationResultIntl", "{", "  \"ErrorCode\": 1001", "}",
                      "GetWebVerificationResultIntl", "{", "  \"ErrorCode\": 2015", "}"})
            << QStringList{"h5:1001:known:1", "h5:2015:known:1"} << QList<qint64>{4, 8};
    }
    void context()
    {
        QFETCH(QByteArray, log);
        QFETCH(QStringList, expected);
        QFETCH(QList<qint64>, eventLines);
        for (bool everyLine : {false, true}) {
            ClassifyOptions options;
            options.keepEvents = true;
            options.scanEveryLine = everyLine;
            options.blockSize = 64;
            const Report r = m_classifier.runOnText(log, QStringLiteral("pasted"), options);
            QCOMPARE(rows(r), expected);
            QCOMPARE(linesOf(r), eventLines);
        }
    }

    void unknownHereKnownElsewhere()
    {
        const Report r = text(lines({"{\"Result\":\"2015\"}", "{\"Result\":\"7777\"}"}), Product::Api);
        QCOMPARE(r.unknown.size(), 2);
        for (const UnknownRow &u : r.unknown) {
            const ProductMask expected = u.code == QLatin1String("2015")
                ? ProductMask(productBit(Product::H5) | productBit(Product::AppSdk) | productBit(Product::IdvSdk))
                : ProductMask(0);
            QCOMPARE(int(u.inCatalogAs), int(expected));
        }
    }

    // A log of lines that all end in '{' is read in time proportional to its size (R6).
    void manyOpenersStayLinear()
    {
        QByteArray log;
        for (int i = 0; i < 20000; ++i)
            log += "GetFaceIdResultIntl {\"Result\":\"0\", \"more\": {\n";
        const Report r = text(log);
        QCOMPARE(r.totals.events, 20000);
    }

    void billing()
    {
        const Report r = text(lines({"\"ErrorCode\":0", "\"ErrorCode\":2016", "\"ErrorCode\":1001", "\"ErrorCode\":1001",
                                     "FailedOperation.New", "\"Result\":2"}));
        // 0 and 2016 are billed wherever they exist; 1001 only in idv_sdk; 2 is H5's, not billed, and
        // (a short number) does not make the file an H5 file.
        QCOMPARE(r.totals.events, 6);
        QCOMPARE(r.totals.known, 1);
        QCOMPARE(r.totals.ambiguous, 4);
        QCOMPARE(r.totals.unknown, 1);
        QCOMPARE(r.totals.billable, 2);
        QCOMPARE(r.totals.billableUncertain, 2);
        const auto it = std::find_if(r.ambiguous.cbegin(), r.ambiguous.cend(),
                                     [](const AmbiguousRow &a) { return a.code == "1001"; });
        QVERIFY(it != r.ambiguous.cend());
        QCOMPARE(it->billable, std::nullopt);
        QCOMPARE(int(it->candidates),
                 int(productBit(Product::H5) | productBit(Product::AppSdk) | productBit(Product::IdvSdk)));
    }

    void dedupeByRequestId()
    {
        const QByteArray log = lines({
            "gateway GetWebVerificationResultIntl {\"Response\":{\"ErrorCode\":1001,\"RequestId\":\"req-1\"}}",
            "app {\"Response\":{\"ErrorCode\":1001,\"RequestId\":\"req-1\"}}",
            "[TencentCloudSDKException] code:FailedOperation.X message:y requestId:req-2",
            "[TencentCloudSDKException] code:FailedOperation.X message:y requestId:req-2",
            "{", "  \"Response\": {", "    \"ErrorCode\": 2016,", "    \"RequestId\": \"req-3\"", "  }", "}",
            "again {\"Response\":{\"ErrorCode\":2016,\"RequestId\":\"req-3\"}}",
            "other {\"ErrorCode\":2016,\"RequestId\":\"req-4\"}",
            "no id {\"ErrorCode\":2016}", "no id {\"ErrorCode\":2016}"});
        ClassifyOptions options;
        options.keepEvents = true;
        const Report all = m_classifier.runOnText(log, "dup", options);
        QCOMPARE(all.totals.events, 9);
        QVERIFY(!all.dedupe);
        options.dedupeRequestId = true;
        const Report once = m_classifier.runOnText(log, "dup", options);
        QVERIFY(once.dedupe);
        QCOMPARE(once.duplicatesDropped, 3); // req-1, req-2 and req-3 again
        QCOMPARE(once.totals.events, 6);
        QCOMPARE(rows(once), (QStringList{"h5:2016:known:4", "h5:1001:known:1", "h5:FailedOperation.X:unknown:1"}));
        // Ids are remembered across the inputs of one run.
        const QString a = write("dup-a.log", log);
        const QString b = write("dup-b.log", log);
        const Report two = m_classifier.run({a, b}, options);
        QCOMPARE(two.duplicatesDropped, 3 + 7); // the second copy: all seven events with an id
        QCOMPARE(two.totals.events, 6 + 2); // only the two lines without an id count again
    }

    void keptEventsAreCapped()
    {
        QByteArray log;
        for (int i = 0; i < 50; ++i)
            log += "\"ErrorCode\":1101\n\"ErrorCode\":1102\n";
        ClassifyOptions options;
        options.keepEvents = true;
        options.assumeEkyc = true;
        options.maxKeptEventsPerCode = 10;
        const Report r = m_classifier.runOnText(log, "many", options);
        QCOMPARE(r.totals.events, 100); // counted, all of them
        QCOMPARE(r.files.at(0).events.size(), size_t(20));
        QVERIFY(r.files.at(0).eventsTruncated);
        QCOMPARE(r.files.at(0).events.back().line, 20);
        options.maxKeptEventsPerCode = 0;
        const Report all = m_classifier.runOnText(log, "many", options);
        QCOMPARE(all.files.at(0).events.size(), size_t(100));
        QVERIFY(!all.files.at(0).eventsTruncated);
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<qint64>>("eventLines");
        QTest::newRow("pretty json counts once")
            << lines({"{", "  \"Response\": {", "    \"Result\": \"2015\",", "    \"ErrorCode\": \"1001\"", "  }", "}"})
            << QStringList{"-:2015:ambiguous:1"} << QList<qint64>{3};
        QTest::newRow("tccli command line before")
            << lines({"$ tccli faceid GetFaceIdResultIntl --BizToken abc", "{", "  \"Result\": \"2015\"", "}",
                      "{\"Result\": \"2015\"}"})
            << QStringList{"app_sdk:2015:known:2"} << QList<qint64>{3, 5};
        QTest::newRow("action inside the record") << lines({"{", "  \"Result\": \"1001\",", "  \"Action\": \"GetSdkVerificationResult\"", "}"})
                                                  << QStringList{"idv_sdk:1001:known:1"} << QList<qint64>{2};
        QTest::newRow("two records") << lines({"{", "\"ErrorCode\":2016", "}", "[", "{\"ErrorCode\":0}", "]"})
                                     << QStringList{"-:0:ambiguous:1", "-:2016:ambiguous:1"} << QList<qint64>{2, 5};
        QTest::newRow("brackets in strings") << lines({"{", "\"Msg\": \"}}}\",", "\"ErrorCode\":2016", "}", "\"ErrorCode\":0"})
                                             << QStringList{"-:0:ambiguous:1", "-:2016:ambiguous:1"} << QList<qint64>{3, 5};
        QTest::newRow("unclosed at the end") << lines({"{", "\"ErrorCode\":2016"}) << QStringList{"-:2016:ambiguous:1"}
                                             << QList<qint64>{2};
    }
    void records()
    {
        QFETCH(QByteArray, log);
        QFETCH(QStringList, expected);
        QFETCH(QList<qint64>, eventLines);
        const Report r = text(log);
        QCOMPARE(rows(r), expected);
        QCOMPARE(linesOf(r), eventLines);
    }

    void recordLimit()
    {
        // A record ends after 1,000 lines even when never closed: the next code counts again.
        QByteArray log = "{\n\"ErrorCode\":2016\n";
        for (int i = 0; i < 998; ++i)
            log += "\"x\": 1,\n";
        log += "\"ErrorCode\":0\n"; // line 1001: a new line of its own
        const Report r = text(log);
        QCOMPARE(rows(r), (QStringList{"-:0:ambiguous:1", "-:2016:ambiguous:1"}));
        QCOMPARE(r.files.at(0).events.at(1).line, 1001);
    }

    void lineEndsAndCounts()
    {
        const Report r = text("\"ErrorCode\":2016\r\nfoo\r\n\"ErrorCode\":1101");
        QCOMPARE(r.files.at(0).summary.lines, 3);
        QCOMPARE(rows(r), (QStringList{"h5:1101:known:1", "h5:2016:known:1"}));
        QCOMPARE(text("").files.at(0).summary.lines, 0);
        QCOMPARE(text("\xEF\xBB\xBF").files.at(0).summary.lines, 0);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QStringList>("expected");
        const QString log = QString::fromUtf8("错误 \"ErrorCode\":1101\n\"Result\":\"-999\"\n");
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QStringEncoder gb("GB18030");
        const QStringList both{"h5:1101:known:1", "app_sdk:-999:known:1"};
        QTest::newRow("utf-8") << log.toUtf8() << "utf-8" << both;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + log.toUtf8() << "utf-8" << both;
        QTest::newRow("utf-16le") << QByteArray(le.encode(log)) << "utf-16le" << both;
        QTest::newRow("utf-16be") << QByteArray(be.encode(log)) << "utf-16be" << both;
        QTest::newRow("gbk line amid utf-8")
            << QByteArray(gb.encode(QString::fromUtf8("错误 \"ErrorCode\":1101\n"))) + "\"Result\":\"-999\"\n" << "gb18030"
            << both;
        // 0x81 0x46 is one GBK character whose trail byte is an ASCII 'F': it must not start a code.
        QTest::newRow("gbk trail byte is not a letter")
            << QByteArray("x \x81" "FailedOperation.CompareFail\n") << "gb18030" << QStringList{};
        QTest::newRow("same bytes without the lead byte") << QByteArray("x FailedOperation.CompareFail\n") << "utf-8"
                                                          << QStringList{"api:FailedOperation.CompareFail:known:1"};
        QTest::newRow("NUL padding") << QByteArray("\0\0\0\"ErrorCode\"\0:\0" "1101\n\0\0", 25) << "utf-8"
                                     << QStringList{"h5:1101:known:1"};
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QStringList, expected);
        const Report r = text(bytes);
        QCOMPARE(r.files.at(0).summary.error, QString());
        QCOMPARE(r.files.at(0).summary.encoding, encoding);
        QCOMPARE(rows(r), expected);
    }

    void chosenEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        const QByteArray trail("x \x81" "FailedOperation.CompareFail\n");
        // auto: the line is not UTF-8, so it is GB18030, where 0x81 'F' is one character.
        QTest::newRow("auto") << trail << int(Encoding::Auto) << "gb18030" << QStringList{};
        // utf-8: the stray byte is just an invalid byte; the code after it counts.
        QTest::newRow("utf-8") << trail << int(Encoding::Utf8) << "utf-8"
                               << QStringList{"api:FailedOperation.CompareFail:known:1"};
        QTest::newRow("gb18030") << trail << int(Encoding::Gb18030) << "gb18030" << QStringList{};
        // gb18030 even for a line that is valid UTF-8: "é" (C3 A9) is two GB18030 characters.
        QTest::newRow("gb18030, valid utf-8") << QByteArray("\xC3\xA9 \"ErrorCode\":1101\n") << int(Encoding::Gb18030)
                                              << "gb18030" << QStringList{"h5:1101:known:1"};
        // "中X" (E4 B8 AD 58) is valid UTF-8; in GB18030 it is E4B8 and AD58, and "Result" after
        // them is a key. Deep in a long line, steps after the block's first Chinese character,
        // where the AVX-512 scan skips the GB18030 trail-byte test for a valid UTF-8 block —
        // unless the encoding is forced to GB18030.
        const QByteArray hidden = QByteArray(50, 'a') + "\xE4\xB8\xAD" + QByteArray(150, 'a')
            + " \"\xE4\xB8\xADXResult\":\"1101\" " + QByteArray(150, 'b') + '\n';
        QTest::newRow("gb18030, valid utf-8, key after a trail byte")
            << hidden << int(Encoding::Gb18030) << "gb18030" << QStringList{"h5:1101:known:1"};
        QTest::newRow("auto, valid utf-8, no key after the trail byte") << hidden << int(Encoding::Auto) << "utf-8"
                                                                        << QStringList{};
        // Not UTF-8 (D6D0 is GBK's "中"): the line is GB18030, where 0x81 'X' is one character and
        // "Result" after it a key, steps after the block's first byte >= 0x80.
        const QByteArray gb = QByteArray(50, 'a') + "\xD6\xD0" + QByteArray(150, 'a') + " \"\x81XResult\":\"1101\" "
            + QByteArray(150, 'b') + '\n';
        QTest::newRow("auto, not utf-8, key after a trail byte") << gb << int(Encoding::Auto) << "gb18030"
                                                                 << QStringList{"h5:1101:known:1"};
    }
    void chosenEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        ClassifyOptions options;
        options.encoding = Encoding(encoding);
        options.assumeEkyc = true;
        for (bool everyLine : {true, false}) {
            options.scanEveryLine = everyLine;
            const Report r = m_classifier.run({write("enc.log", bytes)}, options);
            QCOMPARE(r.files.at(0).summary.encoding, name);
            QCOMPARE(rows(r), expected);
        }
    }

    void binaryIsAnError()
    {
        QByteArray bytes;
        for (int i = 0; i < 4000; ++i)
            bytes += char(i % 32 == 10 ? 1 : i % 7);
        const Report r = text(bytes);
        QVERIFY(r.files.at(0).summary.error.contains("binary"));
        QCOMPARE(r.totals.events, 0);
    }

    void longLineStaysFlat()
    {
        // 3 MiB without a newline, the code near the end: found, in segments of 1 MiB.
        QByteArray line;
        while (line.size() < 3 * 1024 * 1024)
            line += "abc, def; ";
        line += "\"ErrorCode\":1101 tail";
        const Report r = text(line);
        QCOMPARE(r.files.at(0).summary.lines, 1);
        QCOMPARE(rows(r), (QStringList{"h5:1101:known:1"}));
    }

    void filesAndArchives()
    {
        const QByteArray log = lines({"GetWebVerificationResultIntl", "\"ErrorCode\":1001", "\"ErrorCode\":2016"});
        const QString plain = write("plain.log", log);
        QProcess gzip;
        gzip.start("gzip", {"-k", "-f", plain});
        QVERIFY(gzip.waitForFinished());
        QCOMPARE(gzip.exitCode(), 0);
        const QString gz = plain + ".gz";
        QFile gzFile(gz);
        QVERIFY(gzFile.open(QIODevice::ReadOnly));
        const QByteArray gzBytes = gzFile.readAll();
        const QString truncated = write("truncated.log.gz", gzBytes.left(gzBytes.size() - 12));

        ClassifyOptions options;
        const Report r = m_classifier.run({plain, gz, truncated, m_dir.filePath("missing.log"), m_dir.path()}, options);
        QCOMPARE(r.files.size(), 5);
        QCOMPARE(r.files.at(0).summary.error, QString());
        QCOMPARE(r.files.at(1).summary.error, QString());
        QCOMPARE(r.files.at(1).summary.path, gz);
        QCOMPARE(r.files.at(1).summary.events, 2);
        // A truncated gzip keeps what it held before the cut, and says so.
        QVERIFY(r.files.at(2).summary.error.contains("truncated"));
        QVERIFY(r.files.at(2).summary.lines >= 2);
        QVERIFY(r.files.at(2).summary.events >= 1);
        QVERIFY(r.files.at(3).summary.error.contains("cannot open"));
        QVERIFY(r.files.at(4).summary.error.contains("directory"));
        QVERIFY(r.hasErrors());
        QCOMPARE(r.files.at(0).summary.totals, r.files.at(1).summary.totals);
        QCOMPARE(r.files.at(0).summary.events, 2);
    }

    void cancelStopsAtOnce()
    {
        QByteArray big;
        while (big.size() < 8 * 1024 * 1024)
            big += "GetWebVerificationResultIntl \"ErrorCode\":1001\n";
        const QString path = write("big.log", big);
        std::atomic<bool> cancel{true};
        const Report r = m_classifier.run({path}, ClassifyOptions(), {}, &cancel);
        QVERIFY(r.totals.events < 100000);
    }

    // The fast path (prefilter, blocks on threads) must give exactly what scanning every line
    // gives, whatever the block size: records and lines straddling block edges count once.
    void fastPathEqualsEveryLineScan_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("blockSize");
        // The fixtures, and small logs in the shapes of bench/gen-log.py's profiles (Chinese text,
        // GB18030 lines among UTF-8 ones, base64 images; tests/data/profiles/README.md).
        for (const auto &[folder, tag] : { std::pair { "/classify", "" }, std::pair { "/profiles", "profiles/" } }) {
            const QDir dir(QStringLiteral(EKYC_TEST_DATA) + QLatin1String(folder));
            for (const QFileInfo &info : dir.entryInfoList({ QStringLiteral("*.*") }, QDir::Files, QDir::Name)) {
                if (info.suffix() == QLatin1String("md"))
                    continue;
                for (qint64 size : { qint64(16), qint64(100), qint64(4096), LineReader::DefaultBlockSize })
                    QTest::addRow("%s%s/%lld", tag, qPrintable(info.fileName()), size) << info.filePath() << size;
            }
        }
    }
    void fastPathEqualsEveryLineScan()
    {
        QFETCH(QString, path);
        QFETCH(qint64, blockSize);
        ClassifyOptions reference;
        reference.keepEvents = true;
        reference.scanEveryLine = true;
        ClassifyOptions fast = reference;
        fast.scanEveryLine = false;
        fast.blockSize = blockSize;
        const Catalog catalog = CatalogLoader::builtIn();
        auto render = [&](const Report &r) {
            QString text;
            QTextStream out(&text);
            writeReport(out, r, catalog, ReportFormat::Json);
            writeReport(out, r, catalog, ReportFormat::Jsonl);
            return text;
        };
        QCOMPARE(render(m_classifier.run({path}, fast)), render(m_classifier.run({path}, reference)));
    }

    // Validation (simdjson's) is strict UTF-8: what it refuses is read as GB18030.
    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("code=1001") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << true;
        QTest::newRow("chinese") << QByteArray("\xE4\xB8\xAD\xE6\x96\x87") << true;
        QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << true;
        QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << true;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("cut short") << QByteArray("ab\xE4\xB8") << false;
        QTest::newRow("stray trail") << QByteArray("\x80") << false;
        QTest::newRow("gb18030") << QByteArray("\xD6\xD0\xCE\xC4") << false;
        QTest::newRow("0xFF") << QByteArray("\xFF") << false;
        // Past 64 bytes (one SIMD step) of ASCII, at both sides of a step's edge.
        for (int at : { 62, 63, 64, 65, 127 }) {
            QTest::addRow("valid at %d", at) << (QByteArray(at, 'x') + "\xE4\xB8\xAD" + QByteArray(70, 'y')) << true;
            QTest::addRow("cut at %d", at) << (QByteArray(at, 'x') + "\xE4\xB8" + QByteArray(70, 'y')) << false;
        }
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(LineReader::isValidUtf8(bytes.constData(), bytes.size()), valid);
    }

    void progressReachesTheEnd()
    {
        const QString path = write("p.log", QByteArray(3 * 1024 * 1024, 'x'));
        qint64 last = 0;
        qint64 total = 0;
        m_classifier.run({path}, ClassifyOptions(), [&](const ClassifyProgress &p) {
            QVERIFY(p.done >= last);
            last = p.done;
            total = p.total;
        });
        QCOMPARE(total, qint64(3 * 1024 * 1024));
        QCOMPARE(last, total);
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
