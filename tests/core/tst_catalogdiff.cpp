// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CatalogDiff and its writer: what a new catalog changes against an old one.
#include "core/catalogdiff.h"
#include "core/catalogdiffwriter.h"
#include "core/catalogloader.h"

#include <QTest>

using namespace ekyc;

namespace {

// The built-in catalog with its rows passed through `edit` (which may drop or add rows).
Catalog edited(const std::function<void(QList<CodeEntry> &)> &edit)
{
    const Catalog base = CatalogLoader::builtIn();
    QList<ProductInfo> products;
    for (Product p : AllProducts)
        products.append(base.product(p));
    QList<CodeEntry> entries = base.entries();
    edit(entries);
    Catalog catalog(products, entries, base.categories());
    catalog.setUpdated(QStringLiteral("2025-02-11"));
    return catalog;
}

qsizetype rowOf(const QList<CodeEntry> &entries, Product product, const QString &code)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).product == product && entries.at(i).code == code)
            return i;
    }
    qFatal("no row %s", qPrintable(code));
}

} // namespace

class TestCatalogDiff : public QObject
{
    Q_OBJECT

private slots:
    void sameCatalogHasNoChanges()
    {
        const CatalogDiff diff(CatalogLoader::builtIn(), CatalogLoader::builtIn());
        QVERIFY(diff.isEmpty());
        QCOMPARE(CatalogDiffWriter::write(diff, CatalogDiffWriter::Format::Table),
            QStringLiteral("2023-07-03 (134 rows) → 2023-07-03 (134 rows): no changes\n"));
        QCOMPARE(CatalogDiffWriter::write(diff, CatalogDiffWriter::Format::Csv),
            QStringLiteral("change,product,code,old_billable,new_billable,old_description,new_description\n"));
    }

    // Each kind, in product order; one row with two changes gives two; the same code in
    // another table is another row.
    void everyKindInProductOrder()
    {
        const Catalog newCatalog = edited([](QList<CodeEntry> &rows) {
            CodeEntry &compare = rows[rowOf(rows, Product::Api, QStringLiteral("FailedOperation.CompareFail"))];
            compare.billable = true;
            compare.description = QStringLiteral("Comparison failed (billed).");
            rows.removeAt(rowOf(rows, Product::H5, QStringLiteral("2015")));
            rows.append(CodeEntry {
                Product::Common, QStringLiteral("FailedOperation.NewCheck"), QStringLiteral("New."), true });
        });
        const CatalogDiff diff(CatalogLoader::builtIn(), newCatalog);
        QStringList seen;
        for (const CatalogChange &c : diff.changes())
            seen << CatalogChange::kindId(c.kind) + QLatin1Char(' ') + productId(c.product) + QLatin1Char(' ') + c.code;
        QCOMPARE(seen,
            (QStringList { QStringLiteral("added common FailedOperation.NewCheck"), QStringLiteral("removed h5 2015"),
                QStringLiteral("billing api FailedOperation.CompareFail"),
                QStringLiteral("description api FailedOperation.CompareFail") }));
        QCOMPARE(diff.count(CatalogChange::Added), 1);
        QCOMPARE(diff.count(CatalogChange::Removed), 1);
        QCOMPARE(diff.changesOf(Product::Api, QStringLiteral("FailedOperation.CompareFail")).size(), 2);
        QVERIFY(diff.changesOf(Product::IdvSdk, QStringLiteral("2015")).isEmpty());
        const CatalogChange billing = diff.changes().at(2);
        QCOMPARE(billing.oldBillable, false);
        QCOMPARE(billing.newBillable, true);

        QCOMPARE(CatalogDiffWriter::summary(diff),
            QStringLiteral("1 added, 1 removed, 1 billing changed, 1 description changed"));
        const QString csv = CatalogDiffWriter::write(diff, CatalogDiffWriter::Format::Csv);
        QVERIFY2(csv.contains(QStringLiteral("\nbilling,api,FailedOperation.CompareFail,no,yes,Comparison failed.,"
                                             "Comparison failed (billed).\n")),
            qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("\nadded,common,FailedOperation.NewCheck,,yes,,New.\n")), qPrintable(csv));
        const QString table = CatalogDiffWriter::write(diff, CatalogDiffWriter::Format::Table);
        QVERIFY2(table.contains(QStringLiteral("no → yes")), qPrintable(table));
        QVERIFY2(table.endsWith(QStringLiteral("2023-07-03 (134 rows) → 2025-02-11 (134 rows): 1 added, 1 removed, "
                                               "1 billing changed, 1 description changed\n")),
            qPrintable(table));
        const QString json = CatalogDiffWriter::write(diff, CatalogDiffWriter::Format::Json);
        QVERIFY2(json.contains(QStringLiteral("{\"change\":\"removed\",\"product\":\"h5\",\"code\":\"2015\","
                                              "\"old_billable\":false,\"old_description\":\"Comparison failed\"}")),
            qPrintable(json));
    }
};

QTEST_GUILESS_MAIN(TestCatalogDiff)
#include "tst_catalogdiff.moc"
