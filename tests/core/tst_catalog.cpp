// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalog.h"
#include "core/catalogloader.h"

#include <QTest>

using namespace ekyc;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = CatalogLoader::builtIn(); }

    void totalRows() { QCOMPARE(m_catalog.size(), 134); }
    void header()
    {
        QCOMPARE(m_catalog.updated(), QStringLiteral("2023-07-03"));
        QCOMPARE(m_catalog.schemaVersion(), 1);
        QCOMPARE(m_catalog.categories().size(), 17);
        QVERIFY(m_catalog.isCategory(u"FailedOperation"));
        QVERIFY(!m_catalog.isCategory(u"failedoperation"));
    }

    void rowsPerTable_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<int>("rows");
        QTest::newRow("common") << "common" << 12;
        QTest::newRow("h5") << "h5" << 50;
        QTest::newRow("app_sdk") << "app_sdk" << 10;
        QTest::newRow("api") << "api" << 53;
        QTest::newRow("idv_sdk") << "idv_sdk" << 9;
    }
    void rowsPerTable()
    {
        QFETCH(QString, product);
        QFETCH(int, rows);
        const Product p = productFromId(product).value();
        const auto n = std::count_if(m_catalog.entries().cbegin(), m_catalog.entries().cend(),
                                     [p](const CodeEntry &e) { return e.product == p; });
        QCOMPARE(n, rows);
    }

    void spotValues_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("billable");
        QTest::newRow("api Success") << "api" << "Success" << "Success" << true;
        QTest::newRow("api CompareLowSimilarity") << "api" << "FailedOperation.CompareLowSimilarity"
                                                  << "The comparison similarity did not reach the passing standard." << true;
        QTest::newRow("idv 2015") << "idv_sdk" << "2015" << "Comparison failed" << true;
        QTest::newRow("h5 2015") << "h5" << "2015" << "Comparison failed" << false;
        QTest::newRow("app_sdk 2015") << "app_sdk" << "2015" << "Face comparison failed" << false;
        QTest::newRow("h5 1106 verbatim") << "h5" << "1106" << QString::fromUtf8("The volume of the video is too low\u8bd5") << false;
        QTest::newRow("app_sdk -999") << "app_sdk" << "-999" << "The verification process wasn't finished" << false;
        QTest::newRow("common InternalError") << "common" << "InternalError" << "Internal error" << false;
        QTest::newRow("h5 0") << "h5" << "0" << "Success" << true;
        QTest::newRow("h5 2016") << "h5" << "2016" << "The comparison similarity did not reach the passing standard" << true;
    }
    void spotValues()
    {
        QFETCH(QString, product);
        QFETCH(QString, code);
        QFETCH(QString, description);
        QFETCH(bool, billable);
        const qsizetype row = m_catalog.rowOf(productFromId(product).value(), code);
        QVERIFY2(row >= 0, qPrintable(code));
        QCOMPARE(m_catalog.at(row).description, description);
        QCOMPARE(m_catalog.at(row).billable, billable);
    }

    void seedOrderKept()
    {
        // 1401 comes after 2016 in the H5 table, as on the page.
        const qsizetype r2016 = m_catalog.rowOf(Product::H5, u"2016");
        QCOMPARE(m_catalog.at(r2016 + 1).code, QStringLiteral("1401"));
        QCOMPARE(m_catalog.at(0).code, QStringLiteral("InvalidParameter"));
        QCOMPARE(m_catalog.at(133).code, QStringLiteral("2016"));
        QCOMPARE(m_catalog.at(133).product, Product::IdvSdk);
    }

    void billedDifferentlyAcrossProducts_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *c : {"1001", "1004", "2004", "2012", "2013", "2014", "2015"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void billedDifferentlyAcrossProducts()
    {
        QFETCH(QString, code);
        QCOMPARE(m_catalog.at(m_catalog.rowOf(Product::H5, code)).billable, false);
        QCOMPARE(m_catalog.at(m_catalog.rowOf(Product::AppSdk, code)).billable, false);
        QCOMPARE(m_catalog.at(m_catalog.rowOf(Product::IdvSdk, code)).billable, true);
    }

    void lookupAcrossProducts_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("products");
        QTest::newRow("1001") << "1001" << QStringList{"h5", "app_sdk", "idv_sdk"};
        QTest::newRow("2015") << "2015" << QStringList{"h5", "app_sdk", "idv_sdk"};
        QTest::newRow("0") << "0" << QStringList{"h5", "app_sdk", "idv_sdk"};
        QTest::newRow("InvalidParameter") << "InvalidParameter" << QStringList{"common", "api"};
        QTest::newRow("1101") << "1101" << QStringList{"h5"};
        QTest::newRow("case-sensitive") << "success" << QStringList{};
        QTest::newRow("absent") << "1409" << QStringList{};
    }
    void lookupAcrossProducts()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, products);
        QStringList got;
        for (qsizetype row : m_catalog.rowsForCode(code))
            got << productId(m_catalog.at(row).product);
        QCOMPARE(got, products);
    }

    void actions_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("h5") << "h5"
                            << QStringList{"ApplyWebVerificationBizTokenIntl", "GetWebVerificationResultIntl",
                                           "ApplyWebVerificationToken", "GetWebVerificationResult"};
        QTest::newRow("app_sdk") << "app_sdk" << QStringList{"GetFaceIdTokenIntl", "GetFaceIdResultIntl"};
        QTest::newRow("api") << "api"
                             << QStringList{"CompareFaceLiveness", "LivenessCompare", "VideoLivenessCompare",
                                            "DetectReflectLivenessAndCompare"};
        QTest::newRow("idv_sdk") << "idv_sdk" << QStringList{"ApplySdkVerificationToken", "GetSdkVerificationResult"};
        QTest::newRow("common") << "common" << QStringList{};
    }
    void actions()
    {
        QFETCH(QString, product);
        QFETCH(QStringList, actions);
        const Product p = productFromId(product).value();
        QCOMPARE(m_catalog.product(p).actions, actions);
        for (const QString &a : actions)
            QCOMPARE(m_catalog.productForAction(a), std::optional<Product>(p));
    }

    void titles()
    {
        QCOMPARE(m_catalog.product(Product::H5).titleZh, QString::fromUtf8("活体人脸比对(移动端H5)错误码"));
        QCOMPARE(m_catalog.product(Product::IdvSdk).titleEn, QStringLiteral("Identity Verification (App SDK)"));
    }

    void productIds()
    {
        QCOMPARE(productIdList(), QStringLiteral("common, h5, app_sdk, api, idv_sdk"));
        QCOMPARE(productFromId(u"app_sdk"), std::optional<Product>(Product::AppSdk));
        QCOMPARE(productFromId(u"H5"), std::nullopt);
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
