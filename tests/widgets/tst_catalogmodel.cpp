// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalogloader.h"
#include "models/catalogmodel.h"
#include "models/roles.h"

#include "modelrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ekyc;

namespace {

Catalog smallCatalog()
{
    return Catalog({},
        { CodeEntry { Product::Api, QStringLiteral("Success"), QStringLiteral("OK"), true },
            CodeEntry { Product::H5, QStringLiteral("7"), QStringLiteral("Seven"), false } },
        {});
}

} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsCatalogUnderTester()
    {
        CatalogModel model;
        // Attached to the empty model, so the reset that loads the rows is checked too.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 5); // with Change, hidden while the built-in catalog is in use
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalog(CatalogLoader::builtIn());
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 134);
        QCOMPARE(model.catalog().size(), 134);
        // Rows keep the page's order.
        QCOMPARE(modelRows(&model, 2),
            (QStringList { "common:InvalidParameter", "common:InvalidParameterValue.BizTokenIllegal" }));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    }

    void headers()
    {
        CatalogModel model;
        QCOMPARE(model.headerData(ProductColumn, Qt::Horizontal).toString(), QStringLiteral("Product"));
        QCOMPARE(model.headerData(CodeColumn, Qt::Horizontal).toString(), QStringLiteral("Code"));
        QCOMPARE(model.headerData(DescriptionColumn, Qt::Horizontal).toString(), QStringLiteral("Description"));
        QCOMPARE(model.headerData(BillableColumn, Qt::Horizontal).toString(), QStringLiteral("Billable"));
    }

    void cells_data()
    {
        QTest::addColumn<int>("product");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("display"); // the four columns
        QTest::addColumn<bool>("billable");
        QTest::newRow("2015 in H5, not billed")
            << int(Product::H5) << "2015" << QStringList { "H5", "2015", "Comparison failed", "No" } << false;
        QTest::newRow("2015 in Identity Verification, billed")
            << int(Product::IdvSdk) << "2015"
            << QStringList { "Identity Verification", "2015", "Comparison failed", QString::fromUtf8("\u25CF Yes") }
            << true;
        QTest::newRow("API success, billed")
            << int(Product::Api) << "Success"
            << QStringList { "API", "Success", "Success", QString::fromUtf8("\u25CF Yes") } << true;
        QTest::newRow("common code") << int(Product::Common) << "InternalError"
                                     << QStringList { "Common", "InternalError", "Internal error", "No" } << false;
        QTest::newRow("App SDK -999") << int(Product::AppSdk) << "-999"
                                      << QStringList { "App SDK", "-999", "The verification process wasn't finished",
                                             "No" }
                                      << false;
    }
    void cells()
    {
        QFETCH(int, product);
        QFETCH(QString, code);
        QFETCH(QStringList, display);
        QFETCH(bool, billable);
        CatalogModel model;
        model.setCatalog(CatalogLoader::builtIn());
        const qsizetype row = model.catalog().rowOf(static_cast<Product>(product), code);
        QVERIFY(row >= 0);
        QStringList shown;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(int(row), column);
            shown << index.data().toString();
            // The roles answer the same whatever the column.
            QCOMPARE(index.data(ProductRole).toInt(), product);
            QCOMPARE(index.data(CodeRole).toString(), code);
            QCOMPARE(index.data(BillableRole).toBool(), billable);
            QCOMPARE(index.data(CatalogRowRole).value<qsizetype>(), row);
        }
        QCOMPARE(shown, display + QStringList{QString()}); // Change: nothing against the built-in catalog
        QCOMPARE(model.index(int(row), DescriptionColumn).data(Qt::ToolTipRole).toString(), display.at(2));
    }

    void replacedCatalogResetsModel()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(CatalogLoader::builtIn());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalog(smallCatalog());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(modelRows(&model), (QStringList { "api:Success", "h5:7" }));
        QCOMPARE(model.index(1, DescriptionColumn).data().toString(), QStringLiteral("Seven"));
        model.setCatalog(Catalog());
        QCOMPARE(model.rowCount(), 0);
    }

    void roleNamesNameTheMeaning()
    {
        CatalogModel model;
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(BillableRole), QByteArray("billable"));
        QCOMPARE(names.value(MatchRangesRole), QByteArray("matchRanges"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
