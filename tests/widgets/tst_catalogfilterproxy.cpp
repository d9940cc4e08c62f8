// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalogloader.h"
#include "models/catalogfilterproxy.h"
#include "models/catalogmodel.h"
#include "models/roles.h"

#include "modelrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ekyc;
using BillableFilter = CatalogFilterProxy::BillableFilter;

Q_DECLARE_METATYPE(BillableFilter)

class TestCatalogFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<CatalogModel>();
        m_proxy = std::make_unique<CatalogFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        // Attached before the catalog is loaded, so the load itself goes through the tester.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCatalog(CatalogLoader::builtIn());
    }
    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void startsWithEveryRowInPageOrder()
    {
        QCOMPARE(m_proxy->rowCount(), 134);
        QCOMPARE(m_proxy->billableRowCount(), 15);
        QVERIFY(m_proxy->isRankOrder());
        QCOMPARE(m_proxy->userSortColumn(), -1);
        QCOMPARE(modelRows(m_proxy.get(), 2),
            (QStringList { "common:InvalidParameter", "common:InvalidParameterValue.BizTokenIllegal" }));
        QCOMPARE(modelRows(m_proxy.get()).last(), QStringLiteral("idv_sdk:2016"));
    }

    void filters_data()
    {
        QTest::addColumn<int>("product"); // -1: All
        QTest::addColumn<bool>("includeCommon");
        QTest::addColumn<BillableFilter>("billable");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("billableCount");
        QTest::addColumn<QStringList>("first"); // the first rows, in order

        const int all = -1;
        QTest::newRow("everything") << all << true << BillableFilter::All << "" << 134 << 15
                                    << QStringList { "common:InvalidParameter" };
        QTest::newRow("all products without common")
            << all << false << BillableFilter::All << "" << 122 << 15 << QStringList { "h5:0", "h5:1" };
        QTest::newRow("H5 with common") << int(Product::H5) << true << BillableFilter::All << "" << 62 << 2
                                        << QStringList { "common:InvalidParameter" };
        QTest::newRow("H5 alone") << int(Product::H5) << false << BillableFilter::All << "" << 50 << 2
                                  << QStringList { "h5:0", "h5:1", "h5:2" };
        QTest::newRow("Common ignores the check box") << int(Product::Common) << false << BillableFilter::All << ""
                                                      << 12 << 0 << QStringList { "common:InvalidParameter" };
        QTest::newRow("App SDK with common") << int(Product::AppSdk) << true << BillableFilter::All << "" << 22 << 2
                                             << QStringList { "common:InvalidParameter" };
        QTest::newRow("billable only") << all << true << BillableFilter::Billable << "" << 15 << 15
                                       << QStringList { "h5:0", "h5:2016", "app_sdk:0" };
        QTest::newRow("not billable") << all << true << BillableFilter::NotBillable << "" << 119 << 0
                                      << QStringList { "common:InvalidParameter" };
        QTest::newRow("billable in Identity Verification")
            << int(Product::IdvSdk) << true << BillableFilter::Billable << "" << 9 << 9
            << QStringList { "idv_sdk:0", "idv_sdk:1001" };
        QTest::newRow("2015 everywhere") << all << true << BillableFilter::All << "2015" << 3 << 1
                                         << QStringList { "h5:2015", "app_sdk:2015", "idv_sdk:2015" };
        QTest::newRow("2015 billed") << all << true << BillableFilter::Billable << "2015" << 1 << 1
                                     << QStringList { "idv_sdk:2015" };
        QTest::newRow("2015 in H5") << int(Product::H5) << true << BillableFilter::All << "2015" << 1 << 0
                                    << QStringList { "h5:2015" };
        QTest::newRow("blank query is no query")
            << all << true << BillableFilter::All << "   " << 134 << 15 << QStringList { "common:InvalidParameter" };
        QTest::newRow("nothing matches") << all << true << BillableFilter::All << "zzzz" << 0 << 0 << QStringList {};
        QTest::newRow("exact, case-insensitive") << all << true << BillableFilter::All << "INTERNALERROR" << 1 << 0
                                                 << QStringList { "common:InternalError" };
        QTest::newRow("exact code before descriptions") << all << true << BillableFilter::All << "success" << 3 << 3
                                                        << QStringList { "api:Success", "h5:0", "idv_sdk:0" };
        QTest::newRow("code text before description")
            << all << true << BillableFilter::All << "eye" << 3 << 0
            << QStringList { "api:FailedOperation.ActionCloseEye", "api:FailedOperation.SilentEyeLiveFail", "h5:1207" };
        QTest::newRow("prefix before code text")
            << all << true << BillableFilter::All << "20" << 31 << 8
            << QStringList { "h5:202", "h5:2001", "h5:2004", "h5:2010", "h5:2011", "h5:2012", "h5:2013", "h5:2014",
                   "h5:2015", "h5:2016", "app_sdk:2004", "app_sdk:2012", "app_sdk:2013", "app_sdk:2014", "app_sdk:2015",
                   "app_sdk:2016", "idv_sdk:2004", "idv_sdk:2012", "idv_sdk:2013", "idv_sdk:2014", "idv_sdk:2015",
                   "idv_sdk:2016", "h5:1201", "h5:1202" };
        QTest::newRow("words in descriptions, page order")
            << all << true << BillableFilter::All << "Comparison failed" << 7 << 1
            << QStringList { "h5:2011", "h5:2015", "app_sdk:1004", "app_sdk:2015", "api:FailedOperation.CompareFail",
                   "api:FailedOperation.LifePhotoDetectFake", "idv_sdk:2015" };
    }
    void filters()
    {
        QFETCH(int, product);
        QFETCH(bool, includeCommon);
        QFETCH(BillableFilter, billable);
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(int, billableCount);
        QFETCH(QStringList, first);

        m_proxy->setProduct(product < 0 ? std::nullopt : std::optional(static_cast<Product>(product)));
        m_proxy->setIncludeCommon(includeCommon);
        m_proxy->setBillableFilter(billable);
        m_proxy->setQuery(query);
        QCOMPARE(m_proxy->rowCount(), count);
        QCOMPARE(m_proxy->billableRowCount(), billableCount);
        QCOMPARE(modelRows(m_proxy.get(), int(first.size())), first);
    }

    // A word of a product's table title, in either language, finds that table's codes.
    void productTitlesMatch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("zh") << QStringLiteral("活体");
        QTest::newRow("en") << QStringLiteral("liveness");
    }
    void productTitlesMatch()
    {
        QFETCH(QString, query);
        m_proxy->setQuery(query);
        QSet<QString> shown;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            shown.insert(QString::number(index.data(ProductRole).toInt()) + u':' + index.data(CodeRole).toString());
        }
        int wanted = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            const auto product = Product(index.data(ProductRole).toInt());
            if (product != Product::H5 && product != Product::AppSdk && product != Product::Api)
                continue;
            ++wanted;
            QVERIFY(shown.contains(QString::number(int(product)) + u':' + index.data(CodeRole).toString()));
        }
        QVERIFY(wanted > 0);
        // Beyond the tables' rows, only rows that match by code or description.
        int others = 0;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            const auto product = Product(index.data(ProductRole).toInt());
            if (product != Product::H5 && product != Product::AppSdk && product != Product::Api) {
                ++others;
                QVERIFY(index.data(RankRole).toInt() != int(MatchRank::NoMatch));
            }
        }
        QCOMPARE(m_proxy->rowCount(), wanted + others);
    }

    void rankRoleFollowsQuery()
    {
        m_proxy->setQuery(QStringLiteral("20"));
        QCOMPARE(m_proxy->index(0, 0).data(RankRole).toInt(), int(MatchRank::CodePrefix));
        QCOMPARE(m_proxy->index(30, 0).data(RankRole).toInt(), int(MatchRank::CodeSubstring));
        m_proxy->setQuery(QStringLiteral("2015"));
        QCOMPARE(m_proxy->index(0, 0).data(RankRole).toInt(), int(MatchRank::ExactCode));
        m_proxy->setQuery(QString());
        QCOMPARE(m_proxy->index(0, 0).data(RankRole).toInt(), int(MatchRank::NoMatch));
    }

    void matchRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("row"); // in the proxy
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<TextRange>>("ranges");
        QTest::newRow("code") << "2015" << 0 << int(CodeColumn) << QList<TextRange> { { 0, 4 } };
        QTest::newRow("not in the description") << "2015" << 0 << int(DescriptionColumn) << QList<TextRange> {};
        QTest::newRow("never the product column") << "2015" << 0 << int(ProductColumn) << QList<TextRange> {};
        QTest::newRow("description, any case")
            << "COMPARISON" << 3 << int(DescriptionColumn)
            << QList<TextRange> { { 4, 10 } }; // h5:2016 "The comparison similarity..."
        QTest::newRow("inside a code") << "voicelow" << 0 << int(CodeColumn) << QList<TextRange> { { 19, 8 } };
        QTest::newRow("no query") << "" << 0 << int(CodeColumn) << QList<TextRange> {};
    }
    void matchRanges()
    {
        QFETCH(QString, query);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QList<TextRange>, ranges);
        m_proxy->setQuery(query);
        QCOMPARE(m_proxy->index(row, column).data(MatchRangesRole).value<QList<TextRange>>(), ranges);
    }

    void columnSortReplacesRankOrder()
    {
        m_proxy->setQuery(QStringLiteral("2015"));
        const QStringList ranked = modelRows(m_proxy.get());
        QCOMPARE(ranked, (QStringList { "h5:2015", "app_sdk:2015", "idv_sdk:2015" }));

        m_proxy->sort(BillableColumn, Qt::DescendingOrder);
        QVERIFY(!m_proxy->isRankOrder());
        QCOMPARE(m_proxy->userSortColumn(), int(BillableColumn));
        // Billed first; the tie keeps the page's order.
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "idv_sdk:2015", "h5:2015", "app_sdk:2015" }));

        m_proxy->sort(ProductColumn, Qt::DescendingOrder);
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "idv_sdk:2015", "app_sdk:2015", "h5:2015" }));

        // Column 0 ascending is also what rank order uses internally: the switch must still re-sort.
        m_proxy->sort(ProductColumn, Qt::AscendingOrder);
        m_proxy->setQuery(QStringLiteral("success"));
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "h5:0", "api:Success", "idv_sdk:0" }));
        m_proxy->sort(-1);
        QVERIFY(m_proxy->isRankOrder());
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "api:Success", "h5:0", "idv_sdk:0" }));
    }

    void codesSortAsNumbers()
    {
        m_proxy->setProduct(Product::AppSdk);
        m_proxy->setIncludeCommon(false);
        m_proxy->sort(CodeColumn, Qt::AscendingOrder);
        QCOMPARE(modelRows(m_proxy.get()),
            (QStringList { "app_sdk:-999", "app_sdk:0", "app_sdk:1001", "app_sdk:1004", "app_sdk:2004", "app_sdk:2012",
                "app_sdk:2013", "app_sdk:2014", "app_sdk:2015", "app_sdk:2016" }));
        m_proxy->setProduct(Product::H5);
        QCOMPARE(modelRows(m_proxy.get(), 14).mid(10), (QStringList { "h5:15", "h5:16", "h5:202", "h5:1001" }));
        // Numbers before names when both kinds meet.
        m_proxy->setProduct(std::nullopt);
        m_proxy->setQuery(QStringLiteral("success"));
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "h5:0", "idv_sdk:0", "api:Success" }));
    }

    void unchangedFilterDoesNotRelayout()
    {
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        m_proxy->setIncludeCommon(true);
        m_proxy->setBillableFilter(BillableFilter::All);
        m_proxy->setQuery(QStringLiteral("  "));
        QCOMPARE(layout.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void followsReplacedCatalog()
    {
        m_proxy->setProduct(Product::H5);
        m_proxy->setBillableFilter(BillableFilter::Billable);
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "h5:0", "h5:2016" }));
        m_model->setCatalog(Catalog({},
            { CodeEntry { Product::Common, QStringLiteral("Busy"), QStringLiteral("Try later"), true },
                CodeEntry { Product::H5, QStringLiteral("9999"), QStringLiteral("New code"), true },
                CodeEntry { Product::H5, QStringLiteral("9998"), QStringLiteral("Newer"), false },
                CodeEntry { Product::Api, QStringLiteral("9999"), QStringLiteral("Other"), true } },
            {}));
        // The same filters apply to the new rows.
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "common:Busy", "h5:9999" }));
        m_proxy->setQuery(QStringLiteral("new"));
        QCOMPARE(modelRows(m_proxy.get()), (QStringList { "h5:9999" }));
    }

private:
    std::unique_ptr<CatalogModel> m_model;
    std::unique_ptr<CatalogFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestCatalogFilterProxy)
#include "tst_catalogfilterproxy.moc"
