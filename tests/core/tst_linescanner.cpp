// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every "what counts as a code on a line" rule, one row each (docs/classification.md).
#include "core/catalogloader.h"
#include "core/codeindex.h"
#include "core/linescanner.h"

#include <QRandomGenerator>
#include <QTest>

#include <iterator>

using namespace ekyc;

class TestLineScanner : public QObject
{
    Q_OBJECT

    CodeIndex m_index{CatalogLoader::builtIn()};

    QString codeOf(const Occurrence &o) const
    {
        if (!o.found())
            return QString();
        return QString::fromUtf8(o.known() ? m_index.code(o.codeId).text : o.unknownText);
    }
    // R5 on a line of its own: the shallowest occurrence, the first among equals.
    static Occurrence shallowest(const LineScan &scan)
    {
        Occurrence best;
        for (const Occurrence &o : scan.occurrences) {
            if (!best.found() || o.depthFrom(0) < best.depthFrom(0))
                best = o;
        }
        return best;
    }

private slots:
    void occurrence_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("code");   // empty: no occurrence
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("position");

        // Field values
        QTest::newRow("json ErrorCode") << QByteArray("{\"Response\":{\"ErrorCode\":1001}}") << "1001" << true << 25;
        QTest::newRow("Result quoted") << QByteArray("\"Result\": \"2016\"") << "2016" << true << 11;
        QTest::newRow("escaped json in json") << QByteArray("body=\"{\\\"Result\\\":\\\"0\\\"}\"") << "0" << true << 20;
        QTest::newRow("key=value negative") << QByteArray("Result = -999") << "-999" << true << 9;
        QTest::newRow("lowercase key") << QByteArray("errorcode=2015") << "2015" << true << 10;
        QTest::newRow("single quotes") << QByteArray("{'LivenessErrorCode': '1101'}") << "1101" << true << 23;
        QTest::newRow("LiveErrorCode") << QByteArray("LiveErrorCode:1102") << "1102" << true << 14;
        QTest::newRow("CompareErrorCode") << QByteArray("CompareErrorCode\t=\t2015") << "2015" << true << 19;
        QTest::newRow("ErrCode unknown number") << QByteArray("\"ErrCode\":\"1409\"") << "1409" << false << 11;
        QTest::newRow("python sdk") << QByteArray("[TencentCloudSDKException] code:InvalidParameter message:bad")
                                    << "InvalidParameter" << true << 32;
        QTest::newRow("go sdk") << QByteArray("[TencentCloudSDKError] Code=FailedOperation.X, Message=y")
                                << "FailedOperation.X" << false << 28;
        QTest::newRow("plain code non-numeric") << QByteArray("\"code\": \"FailedOperation.CompareFail\"")
                                                << "FailedOperation.CompareFail" << true << 9;
        QTest::newRow("category value") << QByteArray("'Result': 'ResourceUnavailable'") << "ResourceUnavailable" << false << 11;
        QTest::newRow("dotted category value") << QByteArray("ErrorCode=InvalidParameterValue.Whatever")
                                               << "InvalidParameterValue.Whatever" << false << 10;
        QTest::newRow("after a dot") << QByteArray("resp.Result=2015") << "2015" << true << 12;
        QTest::newRow("trailing dot") << QByteArray("Result=1.") << "1" << true << 7;
        QTest::newRow("null skipped") << QByteArray("\"Result\":null,\"ErrorCode\":2015") << "2015" << true << 26;
        QTest::newRow("empty skipped") << QByteArray("\"Result\":\"\",\"ErrorCode\":2015") << "2015" << true << 24;
        QTest::newRow("ok skipped") << QByteArray("\"Result\":\"ok\",\"ErrorCode\":\"Success\"") << "Success" << true << 27;
        // Tokens in text
        QTest::newRow("dotted code in text") << QByteArray("failed: FailedOperation.CompareLowSimilarity.")
                                             << "FailedOperation.CompareLowSimilarity" << true << 8;
        QTest::newRow("common dotted") << QByteArray("UnauthorizedOperation.Arrears!") << "UnauthorizedOperation.Arrears" << true << 0;
        QTest::newRow("unknown dotted category") << QByteArray("x FailedOperation.SomethingNew y")
                                                 << "FailedOperation.SomethingNew" << false << 2;
        QTest::newRow("NUL inside token is padding") << QByteArray("Fail\0edOperation.CompareFail", 28)
                                                     << "" << false << -1; // the scanner gets lines without NULs
        // The shallowest wins (R5); among equals, the first
        QTest::newRow("retry before result") << QByteArray("{\"Response\":{\"CompareResults\":[{\"ErrorCode\":\"1004\"}],\"Result\":\"0\"}}")
                                             << "0" << true << 63;
        QTest::newRow("escaped response keeps its nesting")
            << QByteArray("{\"log\":\"{\\\"Response\\\":{\\\"CompareResults\\\":[{\\\"ErrorCode\\\":\\\"1004\\\"}],\\\"Result\\\":\\\"0\\\"}}\"}")
            << "0" << true << 82;
        QTest::newRow("outer before inner") << QByteArray("{\"ErrorCode\":0,\"VerificationDetailList\":[{\"ErrorCode\":1001}]}")
                                            << "0" << true << 13;
        QTest::newRow("closer at depth 0 ignored") << QByteArray("}} Result=2015 {Result=0}") << "2015" << true << 10;
        QTest::newRow("token before field") << QByteArray("FailedOperation.LipVoiceLow \"Result\":\"0\"")
                                            << "FailedOperation.LipVoiceLow" << true << 0;
        QTest::newRow("field before token") << QByteArray("\"Result\":\"0\" FailedOperation.LipVoiceLow") << "0" << true << 10;
        QTest::newRow("same place, value with dash")
            << QByteArray("ErrorCode: FailedOperation.Foo-Bar") << "FailedOperation.Foo-Bar" << false << 11;
        QTest::newRow("same place, known token wins")
            << QByteArray("ErrorCode: FailedOperation.CompareFail-x") << "FailedOperation.CompareFail" << true << 11;
        // Noise
        QTest::newRow("http status") << QByteArray("{\"code\":200,\"msg\":\"ok\"}") << "" << false << -1;
        QTest::newRow("framework zero") << QByteArray("{\"code\":0}") << "" << false << -1;
        QTest::newRow("quoted numeric under code") << QByteArray("{\"code\":\"200\"}") << "" << false << -1;
        QTest::newRow("bare number in text") << QByteArray("retry 1001 times") << "" << false << -1;
        QTest::newRow("bare name in text") << QByteArray("got InvalidParameter here") << "" << false << -1;
        QTest::newRow("StatusCode") << QByteArray("StatusCode=500") << "" << false << -1;
        QTest::newRow("key inside word") << QByteArray("MyErrorCode=1001") << "" << false << -1;
        QTest::newRow("key without separator") << QByteArray("Result 1001") << "" << false << -1;
        QTest::newRow("not a category") << QByteArray("com.example.Handler failed") << "" << false << -1;
        QTest::newRow("codes are case-sensitive") << QByteArray("\"Result\":\"success\"") << "" << false << -1;
        QTest::newRow("decimal") << QByteArray("\"Result\":0.95") << "" << false << -1;
        QTest::newRow("empty") << QByteArray("") << "" << false << -1;
    }
    void occurrence()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, code);
        QFETCH(bool, known);
        QFETCH(int, position);
        if (line.contains('\0'))
            line.replace(QByteArray(1, '\0'), QByteArray()); // what the LineReader hands on
        LineScanner scanner(m_index);
        const LineScan scan = scanner.scanLine(line.constData(), line.size(), false);
        if (QTest::currentDataTag() == QByteArray("NUL inside token is padding")) {
            QCOMPARE(codeOf(shallowest(scan)), QStringLiteral("FailedOperation.CompareFail"));
            return;
        }
        const Occurrence o = shallowest(scan);
        QCOMPARE(codeOf(o), code);
        if (!code.isEmpty()) {
            QCOMPARE(o.known(), known);
            QCOMPARE(o.position, qint64(position));
        }
    }

    void actions_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("mask");
        QTest::newRow("method call") << QByteArray("client.GetFaceIdResultIntl(req)") << int(Product::AppSdk)
                                     << int(productBit(Product::AppSdk));
        QTest::newRow("query string") << QByteArray("Action=GetWebVerificationResult&x") << int(Product::H5)
                                      << int(productBit(Product::H5));
        QTest::newRow("longer name is another action") << QByteArray("GetWebVerificationResultIntl") << int(Product::H5)
                                                       << int(productBit(Product::H5));
        QTest::newRow("suffix is not a word") << QByteArray("GetWebVerificationResultX") << -1 << 0;
        QTest::newRow("prefix is not a word") << QByteArray("MyLivenessCompare") << -1 << 0;
        QTest::newRow("two, leftmost first") << QByteArray("LivenessCompare then ApplySdkVerificationToken")
                                             << int(Product::Api)
                                             << int(productBit(Product::Api) | productBit(Product::IdvSdk));
    }
    void actions()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, first);
        QFETCH(int, mask);
        LineScanner scanner(m_index);
        const LineScan scan = scanner.scanLine(line.constData(), line.size(), false);
        QCOMPARE(scan.firstAction < 0 ? -1 : m_index.productOfAction(scan.firstAction), first);
        QCOMPARE(int(scan.actions), mask);
        QCOMPARE(scan.context, mask != 0);
    }

    void otherServiceAction()
    {
        const QByteArray line = "tccli faceid GetDetectInfoEnhanced --BizToken x then GetWebVerificationResultIntl";
        LineScanner scanner(m_index);
        const LineScan scan = scanner.scanLine(line.constData(), line.size(), false);
        QVERIFY(scan.firstAction >= 0);
        QVERIFY(m_index.isOtherAction(scan.firstAction));
        QCOMPARE(m_index.actionName(scan.firstAction), QByteArray("GetDetectInfoEnhanced"));
        QCOMPARE(int(scan.actions), int(productBit(Product::H5)));
    }

    // An action whose name holds a digit, after a base64 run, in a 64-byte chunk: found, as the
    // catalog's other actions hold such names (the chunks pass over words with two digits).
    void actionWithADigitInAChunk()
    {
        QVERIFY(m_index.actionId("BankCard2EVerification") >= 0);
        const QByteArray line = QByteArray("a1b2c3d4e5f6").repeated(10) + "+/BankCard2EVerification+ab1cd2"
            + QByteArray(100, 'x');
        LineScanner scanner(m_index);
        const LineScan scan = scanner.scanLine(line.constData(), line.size(), false);
        QCOMPARE(m_index.actionName(scan.firstAction), QByteArray("BankCard2EVerification"));
    }

    // A word that ends the line where a 64-byte chunk ends (fuzz_decode_line, finding 17: the
    // chunks left it for the next chunk, and there was none).
    void wordEndingTheLineAtAChunksEnd_data()
    {
        QTest::addColumn<int>("before");
        for (int before : { 0, 56, 60, 120, 200 })
            QTest::addRow("%d bytes before", before) << before;
    }
    void wordEndingTheLineAtAChunksEnd()
    {
        QFETCH(int, before);
        const QByteArray line = QByteArray(before, ' ') + "sdkToken";
        LineScanner scanner(m_index);
        QVERIFY(scanner.scanLine(line.constData(), line.size(), false).context);
        const QByteArray action = QByteArray(before, '-') + "GetFaceIdResultIntl";
        QVERIFY(scanner.scanLine(action.constData(), action.size(), false).firstAction >= 0);
    }

    // A name that starts in one 64-byte chunk and ends in the next, inside a base64 image whose
    // other chunks hold nothing to look at (they are passed over without the word loop:
    // docs/performance.md, session 12): found wherever it is cut, and the image's words are not.
    void nameAcrossChunksInAnImage_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("avx512"); // where the processor has it; else both rows run the SSE2 build
        for (const bool avx512 : { true, false }) {
            const char *build = avx512 ? "AVX-512" : "SSE2";
            QTest::addRow("action, %s", build) << QByteArray("GetFaceIdResultIntl") << avx512;
            QTest::addRow("context word, %s", build) << QByteArray("sdkToken") << avx512;
        }
    }
    void nameAcrossChunksInAnImage()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, avx512);
        const QByteArray image = QByteArray("k9Q2x7Z1w8Y3v6U4").repeated(16); // words of many digits
        LineScanner scanner(m_index);
        scanner.setAvx512Chunks(avx512);
        const LineScan plain = scanner.scanLine(image.constData(), image.size(), false);
        QVERIFY(plain.firstAction < 0 && !plain.context);
        for (int at = 0; at < 160; ++at) {
            const QByteArray line = image.left(at) + '/' + name + '+' + image;
            const LineScan scan = scanner.scanLine(line.constData(), line.size(), false);
            QVERIFY2(scan.firstAction >= 0 || scan.context, qPrintable(QStringLiteral("cut at %1").arg(at)));
        }
    }

    // §2.1: deeper than 1,024 bytes into a run of base64 characters (an image, a file's bytes) no
    // word is looked at; a byte of anything else ends the run. The same fed in pieces, cut
    // anywhere in the run.
    void nameDeepInBase64_data()
    {
        QTest::addColumn<QByteArray>("before"); // the bytes before the name
        QTest::addColumn<bool>("found");
        const QByteArray image = QByteArray("k9Q2x7Z1w8Y3v6U+").repeated(200).left(1023);
        QTest::addRow("1,023 bytes deep") << image.left(1022) + '/' << true;
        QTest::addRow("1,024 bytes deep") << image + '/' << false;
        QTest::addRow("3,000 bytes deep") << image.repeated(3) + "=+" << false;
        QTest::addRow("URL-safe alphabet") << image + '-' + image + "_-" << false;
        QTest::addRow("a quote ends the run") << image + '"' + image.left(20) + '/' << true;
        QTest::addRow("a blank ends the run") << image.repeated(2) + ' ' << true;
    }
    void nameDeepInBase64()
    {
        QFETCH(QByteArray, before);
        QFETCH(bool, found);
        // After the name a base64 byte, or a dot or a bracket: its chunk then holds a byte the
        // chunks of a plain image do not (LineScanner::specialChunk reads it).
        for (const QByteArray &after : { QByteArray("+"), QByteArray(".x+"), QByteArray("]+") })
        for (const QByteArray &name : { QByteArray("GetFaceIdResultIntl"), QByteArray("sdkToken") }) {
            // (The image after it: a name running on into a chunk deep in the run is looked at.)
            const QByteArray line = before + name + after + before;
            LineScanner scanner(m_index);
            const LineScan whole = scanner.scanLine(line.constData(), line.size(), false);
            QCOMPARE(whole.firstAction >= 0 || whole.context, found);
            for (int cut = 16; cut < before.size(); cut += 96) { // after a '+': no word is cut
                scanner.begin();
                scanner.feed(line.constData(), cut);
                scanner.feed(line.constData() + cut, line.size() - cut);
                const LineScan pieces = scanner.finish();
                QCOMPARE(pieces.firstAction >= 0 || pieces.context, found);
            }
        }
        // A code after the image is found however deep the image goes: it follows a byte that is
        // not base64 (a quote, a comma).
        const QByteArray response = "{\"BestFrameBase64\":\"" + before + "\",\"ErrorCode\":1001}";
        LineScanner scanner(m_index);
        QCOMPARE(codeOf(shallowest(scanner.scanLine(response.constData(), response.size(), true))), QStringLiteral("1001"));
    }

    // R2/R3: which context an occurrence needs.
    void occurrenceClass_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("cls");
        QTest::newRow("as listed") << QByteArray("{\"ErrorCode\":1001}") << int(Occurrence::Plain);
        QTest::newRow("lower first") << QByteArray("{\"errorCode\": 1001}") << int(Occurrence::Plain);
        QTest::newRow("wechat errcode") << QByteArray("{\"errcode\":0,\"errmsg\":\"ok\"}") << int(Occurrence::OtherSpelling);
        QTest::newRow("upper") << QByteArray("ERRORCODE=1001") << int(Occurrence::OtherSpelling);
        QTest::newRow("Errcode") << QByteArray("Errcode: 2015") << int(Occurrence::OtherSpelling);
        QTest::newRow("self-identifying anywhere") << QByteArray("ERRCODE=FailedOperation.CompareLowSimilarity")
                                                   << int(Occurrence::SelfIdentifying);
        QTest::newRow("self-identifying in text") << QByteArray("retry gave up: FailedOperation.CompareLowSimilarity")
                                                  << int(Occurrence::SelfIdentifying);
        QTest::newRow("common dotted needs context") << QByteArray("failed: UnauthorizedOperation.Arrears")
                                                     << int(Occurrence::Plain);
        QTest::newRow("unknown dotted needs context") << QByteArray("x FailedOperation.SomethingNew")
                                                      << int(Occurrence::Plain);
    }
    void occurrenceClass()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, cls);
        LineScanner scanner(m_index);
        const LineScan scan = scanner.scanLine(line.constData(), line.size(), false);
        QCOMPARE(scan.occurrences.size(), 1);
        QCOMPARE(int(scan.occurrences[0].cls), cls);
    }

    // R3 (a): the words and keys that give a line context.
    void context_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("context");
        QTest::newRow("BizToken") << QByteArray("    --BizToken 4A7E7CE1") << true;
        QTest::newRow("bizToken") << QByteArray("{\"bizToken\":\"x\"}") << true;
        QTest::newRow("sdkToken") << QByteArray("sdkToken=abc") << true;
        QTest::newRow("BIZTOKEN") << QByteArray("BIZTOKEN=abc") << false;
        QTest::newRow("inside a word") << QByteArray("MyBizToken=abc") << false;
        QTest::newRow("faceid") << QByteArray("$ tccli faceid GetFaceIdResultIntl") << true;
        QTest::newRow("faceid host") << QByteArray("POST https://faceid.tencentcloudapi.com/") << true;
        QTest::newRow("FaceId") << QByteArray("FaceId service") << false;
        QTest::newRow("LivenessErrorCode null") << QByteArray("{\"LivenessErrorCode\":null}") << true;
        QTest::newRow("liveErrorCode empty") << QByteArray("liveErrorCode=\"\"") << true;
        QTest::newRow("CompareErrorCode") << QByteArray("'CompareErrorCode': '2015'") << true;
        QTest::newRow("COMPAREERRORCODE") << QByteArray("COMPAREERRORCODE=2015") << false;
        QTest::newRow("key without separator") << QByteArray("LivenessErrorCode is set") << false;
        QTest::newRow("ErrorCode alone") << QByteArray("{\"ErrorCode\":1001}") << false;
        QTest::newRow("other service action") << QByteArray("GetDetectInfoEnhanced") << false;
    }
    void context()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, context);
        LineScanner scanner(m_index);
        QCOMPARE(scanner.scanLine(line.constData(), line.size(), false).context, context);
    }

    void continuation_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("continues");
        QTest::newRow("backslash") << QByteArray("$ tccli faceid GetWebVerificationResultIntl \\") << true;
        QTest::newRow("then blanks") << QByteArray("  --BizToken x \\ \t\r") << true;
        QTest::newRow("escaped in the middle") << QByteArray("a \\ b") << false;
        QTest::newRow("none") << QByteArray("--BizToken x") << false;
    }
    void continuation()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, continues);
        LineScanner scanner(m_index);
        QCOMPARE(scanner.scanLine(line.constData(), line.size(), false).continues(), continues);
    }

    void requestId_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("JSON key") << QByteArray("{\"Response\":{\"RequestId\":\"3f2a-9c\",\"ErrorCode\":0}}")
                                  << QByteArray("3f2a-9c");
        QTest::newRow("SDK exception") << QByteArray("[TencentCloudSDKException] requestId:ab12 message:x")
                                       << QByteArray("ab12");
        QTest::newRow("the first of two") << QByteArray("RequestId=one RequestId=two") << QByteArray("one");
        QTest::newRow("empty value") << QByteArray("RequestId=\"\", ErrorCode=1001") << QByteArray();
        QTest::newRow("none") << QByteArray("ErrorCode=1001") << QByteArray();
    }
    // Whether a line has a request id is known with or without its value: records keep such a
    // line (LineScan::isEmpty), only --dedupe reads the value.
    void requestId()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, value);
        LineScanner scanner(m_index);
        const LineScan kept = scanner.scanLine(line.constData(), line.size(), false);
        QCOMPARE(kept.hasRequestId, !value.isEmpty());
        QCOMPARE(kept.requestId, value);
        scanner.setKeepsRequestIds(false);
        const LineScan unkept = scanner.scanLine(line.constData(), line.size(), false);
        QCOMPARE(unkept.hasRequestId, !value.isEmpty());
        QVERIFY(unkept.requestId.isEmpty());
    }

    void brackets_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<int>("leftOpen");
        QTest::newRow("brace") << QByteArray("{") << true << 1;
        QTest::newRow("two") << QByteArray("{\"Response\": {  ") << true << 2;
        QTest::newRow("bracket") << QByteArray("\"List\": [") << true << 1;
        QTest::newRow("closed") << QByteArray("{\"a\":1}") << false << 0;
        QTest::newRow("inside a string") << QByteArray("msg=\"see {") << false << 0;
        QTest::newRow("escaped quote") << QByteArray("\"a\\\"{\": {") << true << 1;
        QTest::newRow("closer first") << QByteArray("} {") << true << 1;
    }
    void brackets()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, opens);
        QFETCH(int, leftOpen);
        LineScanner scanner(m_index);
        const LineScan scan = scanner.scanLine(line.constData(), line.size(), true);
        QCOMPARE(scan.opensRecord(), opens);
        QCOMPARE(scan.leftOpen, leftOpen);
    }

    void segmentsGiveTheSameResult()
    {
        const QByteArray line = "aaa, bbb, \"Result\":\"ok\", FailedOperation.CompareFail, LivenessCompare {";
        LineScanner whole(m_index);
        const LineScan a = whole.scanLine(line.constData(), line.size(), true);
        LineScanner pieces(m_index);
        pieces.begin();
        pieces.feed(line.constData(), 10);
        pieces.feed(line.constData() + 10, line.size() - 10);
        const LineScan b = pieces.finish();
        QCOMPARE(b.occurrences.size(), a.occurrences.size());
        QCOMPARE(codeOf(shallowest(b)), codeOf(shallowest(a)));
        QCOMPARE(shallowest(b).position, shallowest(a).position);
        QCOMPARE(b.firstAction, a.firstAction);
        QCOMPARE(b.opensRecord(), a.opensRecord());
    }

    // A LineScan scanned into again (FileScan keeps a block's LineScans from block to block)
    // holds nothing of the line before: each line of the table, scanned into a LineScan that held
    // each other line, reads as it does scanned fresh.
    void scanIntoUsedLineScan_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("response opening a record") << QByteArray(
            "2024-05-01 10:00:00 GetFaceIdResultIntl {\"Result\":\"1001\",\"RequestId\":\"r-1\",\"X\":[");
        QTest::newRow("three codes, unknown ones") << QByteArray(
            "{\"ErrorCode\":9999,\"Result\":\"FailedOperation.Nope\",\"errcode\":\"2016\"}} ]]");
        QTest::newRow("continued") << QByteArray("[TencentCloudSDKException] code:InvalidParameter \\");
        QTest::newRow("time only") << QByteArray("2024-05-01T10:00:00+08:00 nothing here");
        QTest::newRow("empty") << QByteArray();
    }
    void scanIntoUsedLineScan()
    {
        QFETCH(QByteArray, line);
        LineScanner scanner(m_index);
        scanner.setKeepsRequestIds(true);
        const LineScan fresh = scanner.scanLine(line.constData(), line.size(), true);
        // Lines that leave much behind: several occurrences (past the one kept without an
        // allocation), a request id, actions, open brackets, a continuation.
        const QList<QByteArray> others = {
            "2024-05-01 10:00:00 GetFaceIdResultIntl {\"Result\":\"1001\",\"RequestId\":\"r-2\",\"ErrorCode\":\"2015\","
            "\"LiveCode\":\"-999\",\"CompareErrorCode\":\"1101\",\"errcode\":\"7\",\"Code\":\"Nope.X\"} [ \\",
            "DetectAuth \"Code\":\"FailedOperation.A\" {\"x\":[{\"Result\":\"FailedOperation.B\"}",
            QByteArray(),
        };
        for (const QByteArray &other : others) {
            LineScan used;
            scanner.scanLine(other.constData(), other.size(), true, &used);
            used.time = Timestamp{1, 60, Timestamp::Zoned}; // as FileScan::readTimes sets them
            used.timeBefore = used.time;
            used.timeBeforeUnread = true;
            scanner.scanLine(line.constData(), line.size(), true, &used);
            QCOMPARE(used.occurrences.size(), fresh.occurrences.size());
            for (qsizetype i = 0; i < used.occurrences.size(); ++i) {
                const Occurrence &a = used.occurrences[i];
                const Occurrence &b = fresh.occurrences[i];
                QCOMPARE(a.position, b.position);
                QCOMPARE(a.codeId, b.codeId);
                QCOMPARE(a.rawDepth, b.rawDepth);
                QCOMPARE(a.rawDip, b.rawDip);
                QCOMPARE(a.cls, b.cls);
                QCOMPARE(a.unknownText, b.unknownText);
            }
            QCOMPARE(used.requestId, fresh.requestId);
            QCOMPARE(used.firstAction, fresh.firstAction);
            QCOMPARE(used.actions, fresh.actions);
            QCOMPARE(used.context, fresh.context);
            QCOMPARE(used.lastNonBlank, fresh.lastNonBlank);
            QCOMPARE(used.hasRequestId, fresh.hasRequestId);
            QCOMPARE(used.leftOpen, fresh.leftOpen);
            QCOMPARE(used.netDepth, fresh.netDepth);
            QCOMPARE(used.bracketsCounted, fresh.bracketsCounted);
            QCOMPARE(used.rawNet, fresh.rawNet);
            QCOMPARE(used.rawDip, fresh.rawDip);
            QVERIFY(used.time == fresh.time);
            QVERIFY(used.timeBefore == fresh.timeBefore);
            QCOMPARE(used.timeBeforeUnread, fresh.timeBeforeUnread);
        }
    }

    // The word loop skips 64-byte chunks without `.` or brackets, finding their words from bit
    // masks and passing over words with more digits than a name has (docs/performance.md,
    // sessions 7 and 9). Lines of base64 runs mixed with names, codes,
    // dots, brackets, blanks and UTF-8, cut anywhere around the 64-byte steps, scan the same as
    // byte by byte.
    void chunksScanAsBytewise_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("twoDigitName");
        for (quint32 seed = 1; seed <= 8; ++seed) {
            QTest::addRow("seed %u", seed) << seed << false;
            // A catalog with a name of two digits: no word is passed over for its digits.
            QTest::addRow("seed %u, a name with two digits", seed) << seed << true;
        }
    }
    void chunksScanAsBytewise()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, twoDigitName);
        Catalog catalog = CatalogLoader::builtIn();
        if (twoDigitName)
            catalog.setOtherActions(QStringList(catalog.otherActions()) << QStringLiteral("BankCard24EVerification"));
        const CodeIndex index(catalog);
        static const char *const fragments[] = {"ErrorCode=1001", "\"Result\":\"0\"", "GetFaceIdResultIntl",
            "RequestId=ab-12", "FailedOperation.CompareFail", "{", "}", "[", "]", ".", " ", "_x_", "errcode:2016",
            "Liveness", "\xe4\xb8\xad\xe6\x96\x87", "\t", "\"BestFrameBase64\":\"", "\"", "LiveErrorCode: 1102",
            "ResourceUnavailable", "=", "+", "/", " code:InvalidParameter", "+Code=1001",
            // Names with a digit, and words one digit away from a name (the chunks pass over
            // words with more digits than any name has).
            "BankCard2EVerification", " ImageRecognitionV2 ", "BankCard24EVerification", "ErrorCode2=1", "7Result",
            // Joined to a base64 run by its characters, the URL-safe ones too
            "/GetFaceIdResultIntl", "=sdkToken", "-Liveness_", "_RequestId=1"};
        static const char base64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        QRandomGenerator random(seed);
        const auto summary = [](const LineScan &scan) {
            QStringList out;
            for (const Occurrence &o : scan.occurrences)
                out << QStringLiteral("%1/%2/%3/%4/%5/%6")
                           .arg(o.position)
                           .arg(o.codeId)
                           .arg(o.rawDepth)
                           .arg(o.rawDip)
                           .arg(int(o.cls))
                           .arg(QString::fromLatin1(o.unknownText));
            out << QStringLiteral("action %1 %2 context %3 id %4 raw %5 %6 open %7 net %8")
                       .arg(scan.firstAction)
                       .arg(scan.actions)
                       .arg(scan.context)
                       .arg(QString::fromLatin1(scan.requestId))
                       .arg(scan.rawNet)
                       .arg(scan.rawDip)
                       .arg(scan.leftOpen)
                       .arg(scan.netDepth);
            return out;
        };
        LineScanner chunked(index);
        LineScanner sse2(index); // the other build of the chunks, where this processor has AVX-512
        sse2.setAvx512Chunks(false);
        LineScanner bytewise(index);
        bytewise.setChunked(false);
        for (int n = 0; n < 400; ++n) {
            QByteArray line;
            const int pieces = random.bounded(1, 12);
            for (int p = 0; p < pieces; ++p) {
                // Some runs as deep as an image's, where the chunks pass over the words
                const int run = random.bounded(8) == 0 ? random.bounded(960, 2200) : random.bounded(0, 140);
                for (int k = 0; k < run; ++k)
                    line += base64[random.bounded(64)];
                line += fragments[random.bounded(int(std::size(fragments)))];
            }
            const bool brackets = random.bounded(2) == 1;
            const QStringList expected = summary(bytewise.scanLine(line.constData(), line.size(), brackets));
            QCOMPARE(summary(chunked.scanLine(line.constData(), line.size(), brackets)), expected);
            QCOMPARE(summary(sse2.scanLine(line.constData(), line.size(), brackets)), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestLineScanner)
#include "tst_linescanner.moc"
