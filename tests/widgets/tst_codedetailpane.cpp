// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalogloader.h"
#include "models/roles.h"
#include "widgets/catalog/codedetailpane.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace ekyc;

class TestCodeDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = CatalogLoader::builtIn(); }

    void startsEmpty()
    {
        CodeDetailPane pane;
        QCOMPARE(pane.shownRow(), -1);
        QCOMPARE(tree(pane)->topLevelItemCount(), 0);
        QCOMPARE(pane.headingText(), QStringLiteral("No code selected"));
    }

    void showsTheCodeInEveryProduct_data()
    {
        QTest::addColumn<int>("product"); // of the selected row
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("rows"); // "product | meaning | billable"
        QTest::addColumn<QString>("summary");
        QTest::addColumn<int>("boldRow"); // the selected product's row in the pane

        const QString yes = QString::fromUtf8("\u25CF Yes");
        const QStringList rows2015 { "H5 | Comparison failed | No", "App SDK | Face comparison failed | No",
            "Identity Verification | Comparison failed | " + yes };
        const QString summary2015 = "Billed in Identity Verification; not billed in H5, App SDK.";
        QTest::newRow("2015 from H5") << int(Product::H5) << "2015" << rows2015 << summary2015 << 0;
        QTest::newRow("2015 from Identity Verification")
            << int(Product::IdvSdk) << "2015" << rows2015 << summary2015 << 2;
        QTest::newRow("0: billed in all three")
            << int(Product::AppSdk) << "0"
            << QStringList { "H5 | Success | " + yes, "App SDK | Succeeded | " + yes,
                   "Identity Verification | Success | " + yes }
            << "Billed in H5, App SDK, Identity Verification." << 1;
        QTest::newRow("a code in one product")
            << int(Product::H5) << "1207" << QStringList { "H5 | No motions of eye closing are detected | No" }
            << "Not billed in H5." << 0;
    }
    void showsTheCodeInEveryProduct()
    {
        QFETCH(int, product);
        QFETCH(QString, code);
        QFETCH(QStringList, rows);
        QFETCH(QString, summary);
        QFETCH(int, boldRow);

        CodeDetailPane pane;
        pane.setCatalog(m_catalog);
        const qsizetype row = m_catalog.rowOf(static_cast<Product>(product), code);
        QVERIFY(row >= 0);
        pane.showRow(row);
        QCOMPARE(pane.shownRow(), row);
        QCOMPARE(pane.headingText(), code);
        QCOMPARE(pane.summaryText(), summary);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailSummary"))->text(), summary);

        QTreeWidget *products = tree(pane);
        QStringList shown;
        for (int i = 0; i < products->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = products->topLevelItem(i);
            shown << item->text(CodeDetailPane::ProductDetailColumn) + " | "
                    + item->text(CodeDetailPane::MeaningDetailColumn) + " | "
                    + item->text(CodeDetailPane::BillingDetailColumn);
            QCOMPARE(item->font(0).bold(), i == boldRow);
            // The billing is data too, so the delegate can tint the billed product.
            QCOMPARE(item->data(0, BillableRole).toBool(), item->text(CodeDetailPane::BillingDetailColumn) != "No");
        }
        QCOMPARE(shown, rows);
    }

    void clears()
    {
        CodeDetailPane pane;
        pane.setCatalog(m_catalog);
        pane.showRow(m_catalog.rowOf(Product::H5, u"2015"));
        QCOMPARE(tree(pane)->topLevelItemCount(), 3);
        pane.showRow(-1);
        QCOMPARE(tree(pane)->topLevelItemCount(), 0);
        QCOMPARE(pane.shownRow(), -1);
        pane.showRow(m_catalog.size()); // out of range: nothing to describe
        QCOMPARE(tree(pane)->topLevelItemCount(), 0);

        pane.showRow(m_catalog.rowOf(Product::H5, u"2015"));
        pane.setCatalog(Catalog()); // a replaced catalog: the old row means nothing now
        QCOMPARE(pane.shownRow(), -1);
        QCOMPARE(tree(pane)->topLevelItemCount(), 0);
    }

private:
    static QTreeWidget *tree(const CodeDetailPane &pane)
    {
        return pane.findChild<QTreeWidget *>(QStringLiteral("detailProducts"));
    }

    Catalog m_catalog;
};

QTEST_MAIN(TestCodeDetailPane)
#include "tst_codedetailpane.moc"
