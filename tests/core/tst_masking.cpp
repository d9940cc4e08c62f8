// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/masking.h"

#include <QTest>

using namespace ekyc;

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void masks_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("masked");

        // Nothing personal: the line stays as it is.
        QTest::newRow("no personal data") << "GetFaceIdResultIntl {\"Result\":\"1001\",\"Description\":\"ok\"}"
                                          << "GetFaceIdResultIntl {\"Result\":\"1001\",\"Description\":\"ok\"}";
        QTest::newRow("empty") << "" << "";

        // Runs of 11 or more digits keep their last 4.
        QTest::newRow("mobile number") << "call 13812345678 now" << "call *******5678 now";
        QTest::newRow("18-character ID card") << "id 11010519491231002X ok" << "id *************1002X ok";
        QTest::newRow("10 digits stay") << "ts=1688544000 n=1234567890" << "ts=1688544000 n=1234567890";
        QTest::newRow("exactly 11 digits") << "12345678901" << "*******8901";
        QTest::newRow("run inside a word") << "req_1234567890123" << "req_*********0123";
        QTest::newRow("two runs") << "a 98765432109 b 12345678901234" << "a *******2109 b **********1234";
        QTest::newRow("full-width digits are no run") << QString::fromUtf8("１２３４５６７８９０１２")
                                                      << QString::fromUtf8("１２３４５６７８９０１２");

        // Values of the personal keys.
        QTest::newRow("JSON BizToken") << "{\"BizToken\":\"3F2A-77AB-11\",\"Result\":\"0\"}"
                                       << "{\"BizToken\":\"***\",\"Result\":\"0\"}";
        QTest::newRow("JSON with blanks") << "{ \"Name\" : \"张三\", \"Mobile\": \"13812345678\" }"
                                          << "{ \"Name\" : \"***\", \"Mobile\": \"***\" }";
        QTest::newRow("key case-insensitive") << "{\"idcard\":\"110105194912310021\"}" << "{\"idcard\":\"***\"}";
        QTest::newRow("query string") << "GET /cb?SdkToken=abc123&Result=0 200" << "GET /cb?SdkToken=***&Result=0 200";
        QTest::newRow("tccli option") << "tccli faceid GetFaceIdResultIntl --SdkToken 3F2A --region ap-singapore"
                                      << "tccli faceid GetFaceIdResultIntl --SdkToken *** --region ap-singapore";
        QTest::newRow("option of another name") << "--FileName a.log" << "--FileName a.log";
        QTest::newRow("logfmt") << "Token=xyz Name=Li Result=2015" << "Token=*** Name=*** Result=2015";
        QTest::newRow("python dict") << "{'Name': 'Wang Wu', 'Result': '0'}" << "{'Name': '***', 'Result': '0'}";
        QTest::newRow("escaped JSON in a string")
            << "{\"log\":\"{\\\"Token\\\":\\\"t-1\\\",\\\"Result\\\":\\\"0\\\"}\"}"
            << "{\"log\":\"{\\\"Token\\\":\\\"***\\\",\\\"Result\\\":\\\"0\\\"}\"}";
        QTest::newRow("escaped quote inside a value") << "{\"Name\":\"a \\\"b\\\" c\",\"x\":1}"
                                                      << "{\"Name\":\"***\",\"x\":1}";
        QTest::newRow("base64 image") << "{\"ImageBase64\":\"/9j/4AAQSkZJRgABAQ==\",\"VideoBase64\":\"AAAA+/=\"}"
                                      << "{\"ImageBase64\":\"***\",\"VideoBase64\":\"***\"}";
        QTest::newRow("part of a longer key stays") << "{\"FileName\":\"a.jpg\",\"AccessToken\":\"k\"}"
                                                    << "{\"FileName\":\"a.jpg\",\"AccessToken\":\"k\"}";
        QTest::newRow("null stays") << "{\"Name\":null,\"Token\":\"\"}" << "{\"Name\":null,\"Token\":\"\"}";
        QTest::newRow("unterminated value") << "{\"Name\":\"cut off" << "{\"Name\":\"***";
        QTest::newRow("key as a value is no key") << "{\"field\":\"Name\",\"v\":1}" << "{\"field\":\"Name\",\"v\":1}";

        // E-mail addresses keep their domain.
        QTest::newRow("e-mail") << "notify li.wei+kyc@example.com.cn done" << "notify ***@example.com.cn done";
        QTest::newRow("two e-mails") << "a@b.io,c_d@e-f.org" << "***@b.io,***@e-f.org";
        QTest::newRow("no TLD is no e-mail") << "user@localhost" << "user@localhost";

        // Together.
        QTest::newRow("all kinds") << "Mobile=13812345678 mail=x@y.com id=110105194912310021"
                                   << "Mobile=*** mail=***@y.com id=**************0021";
    }
    void masks()
    {
        QFETCH(QString, line);
        QFETCH(QString, masked);
        QCOMPARE(maskPersonalData(line), masked);
    }

    void maskingTwiceChangesNothing()
    {
        const QString once = maskPersonalData(u"Name=Li 13812345678 a@b.com");
        QCOMPARE(maskPersonalData(once), once);
    }
};

QTEST_APPLESS_MAIN(TestMasking)
#include "tst_masking.moc"
