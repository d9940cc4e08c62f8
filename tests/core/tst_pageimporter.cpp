// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PageImporter: the page's text to a catalog. Every page here is the checked-in seed (the
// 2023-07-03 page) with one edit made by the test, so each case shows what it changes.
#include "core/catalogdiff.h"
#include "core/catalogloader.h"
#include "core/catalogwriter.h"
#include "core/pageimporter.h"

#include <QFile>
#include <QTest>

using namespace ekyc;

namespace {

QByteArray readSource(const char *relative)
{
    QFile f(QStringLiteral(EKYC_SOURCE_DIR "/") + QString::fromUtf8(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", relative);
    return f.readAll();
}

QByteArray seed()
{
    static const QByteArray page = readSource("resources/seed/ekyc-error-codes.txt");
    return page;
}

// The seed with `from` (which must occur) replaced once by `to`.
QByteArray edit(QByteArray page, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = page.indexOf(from);
    if (at < 0)
        qFatal("the seed lacks %s", from.constData());
    return page.replace(at, from.size(), to);
}

QByteArray edit(const QByteArray &from, const QByteArray &to)
{
    return edit(seed(), from, to);
}

// The 1-based line on which `needle` starts (it must start a line).
int lineOf(const QByteArray &page, const QByteArray &needle)
{
    const qsizetype at = page.indexOf(QByteArray('\n' + needle));
    if (at < 0)
        qFatal("no line starts with %s", needle.constData());
    return int(page.left(at + 1).count('\n')) + 1;
}

QByteArray withoutBlankLines(const QByteArray &page)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : page.split('\n')) {
        if (!line.trimmed().isEmpty())
            kept.append(line);
    }
    return kept.join('\n');
}

// "kind product code" per change against the built-in catalog.
QStringList changesAgainstBuiltIn(const Catalog &catalog)
{
    QStringList out;
    const CatalogDiff diff(CatalogLoader::builtIn(), catalog); // changes() refers into it
    for (const CatalogChange &c : diff.changes())
        out << CatalogChange::kindId(c.kind) + QLatin1Char(' ') + productId(c.product) + QLatin1Char(' ') + c.code;
    return out;
}

const QByteArray apiHeading = "活体人脸比对(纯API)错误码";

} // namespace

class TestPageImporter : public QObject
{
    Q_OBJECT

private slots:
    // One parser: the built-in catalog is what the program makes of the seed, byte for byte
    // (the file in the source tree and the copy compiled into the binary).
    void builtInCatalogIsTheSeedsImport()
    {
        PageImporter importer(CatalogLoader::builtIn());
        const std::optional<Catalog> catalog = importer.import(seed());
        QVERIFY2(catalog, qPrintable(importer.error()));
        const QByteArray json = CatalogWriter::toJson(*catalog);
        QCOMPARE(json, readSource("resources/catalog/ekyc-error-codes.json"));
        QCOMPARE(json, CatalogLoader::builtInJson());
    }

    void pages_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QStringList>("maps"); // HEADING=PRODUCT
        QTest::addColumn<QString>("updated");
        QTest::addColumn<QString>("expectedUpdated");
        QTest::addColumn<QStringList>("expectedChanges");

        const QStringList none;
        QTest::newRow("the seed") << seed() << none << QString() << "2023-07-03" << none;
        QByteArray crlf = seed();
        crlf.replace("\n", "\r\n");
        QTest::newRow("CRLF") << crlf << none << QString() << "2023-07-03" << none;
        QTest::newRow("no blank lines") << withoutBlankLines(seed()) << none << QString() << "2023-07-03" << none;
        QByteArray spread = withoutBlankLines(seed());
        spread.replace("\n", "\n\n");
        QTest::newRow("a blank line between every cell") << spread << none << QString() << "2023-07-03" << none;
        QTest::newRow("a byte order mark")
            << QByteArray("\xef\xbb\xbf" + seed()) << none << QString() << "2023-07-03" << none;
        QTest::newRow("trailing spaces and tabs")
            << edit("Comparison failed\nY", "Comparison failed \t\nY\t") << none << QString() << "2023-07-03" << none;
        QTest::newRow("a renamed heading, mapped")
            << edit("\n" + apiHeading + "\n", "\nLiveness Compare (API) error codes\n")
            << QStringList { QStringLiteral("Liveness Compare (API) error codes=api") } << QString() << "2023-07-03"
            << none;
        QTest::newRow("the English title as heading")
            << edit("\n" + apiHeading + "\n", "\nLiveness + Face Compare (API)\n") << none << QString() << "2023-07-03"
            << none;
        QTest::newRow("a code added to one table")
            << edit("FailedOperation.CompareFail\nComparison failed.\nN\n",
                   "FailedOperation.CompareFail\nComparison failed.\nN\nFailedOperation.NewCheck\nA new check.\nY\n")
            << none << QString() << "2023-07-03"
            << QStringList { QStringLiteral("added api FailedOperation.NewCheck") };
        QTest::newRow("a billing flag flipped")
            << edit("FailedOperation.CompareFail\nComparison failed.\nN",
                   "FailedOperation.CompareFail\nComparison failed.\nY")
            << none << QString() << "2023-07-03"
            << QStringList { QStringLiteral("billing api FailedOperation.CompareFail") };
        QTest::newRow("a description reworded")
            << edit("-999\nThe verification process wasn't finished", "-999\nThe verification was not finished") << none
            << QString() << "2023-07-03" << QStringList { QStringLiteral("description app_sdk -999") };
        QTest::newRow("a code removed") << edit("FailedOperation.CompareFail\nComparison failed.\nN\n", "") << none
                                        << QString() << "2023-07-03"
                                        << QStringList { QStringLiteral("removed api FailedOperation.CompareFail") };
        QTest::newRow("a later page") << edit("最后更新时间:2023-07-03", "最后更新时间:2025-02-11") << none << QString()
                                      << "2025-02-11" << none;
        QTest::newRow("an English date line")
            << edit("最后更新时间:2023-07-03", "Last updated: 2024-12-30") << none << QString() << "2024-12-30" << none;
        QTest::newRow("--updated wins over the page") << seed() << none << "2026-01-02"
                                                      << "2026-01-02" << none;
    }
    void pages()
    {
        QFETCH(QByteArray, page);
        QFETCH(QStringList, maps);
        QFETCH(QString, updated);
        QFETCH(QString, expectedUpdated);
        QFETCH(QStringList, expectedChanges);

        const Catalog builtIn = CatalogLoader::builtIn();
        PageImporter importer(builtIn);
        for (const QString &map : maps)
            importer.mapHeading(map.section(QLatin1Char('='), 0, 0), *productFromId(map.section(QLatin1Char('='), 1)));
        if (!updated.isEmpty())
            importer.setUpdated(updated);
        const std::optional<Catalog> catalog = importer.import(page);
        QVERIFY2(catalog, qPrintable(importer.error()));
        QCOMPARE(catalog->updated(), expectedUpdated);
        QCOMPARE(changesAgainstBuiltIn(*catalog), expectedChanges);
        // What the page does not print comes from the base catalog.
        QCOMPARE(catalog->product(Product::Api).titleZh, builtIn.product(Product::Api).titleZh);
        QCOMPARE(catalog->product(Product::H5).actions, builtIn.product(Product::H5).actions);
        QCOMPARE(catalog->otherActions(), builtIn.otherActions());
        QCOMPARE(catalog->categories(), builtIn.categories());
        QCOMPARE(catalog->source(), builtIn.source());
    }

    void brokenPages_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("expectedError");
        QTest::addColumn<int>("expectedLine");

        const QByteArray noFlag = edit("FailedOperation.CompareFail\nComparison failed.\nN\n",
            "FailedOperation.CompareFail\nComparison failed.\n");
        QTest::newRow("a row without Y/N")
            << noFlag << "the row of code \"FailedOperation.CompareFail\" has no Y/N billing flag"
            << lineOf(noFlag, "FailedOperation.CompareFail\n");
        const QByteArray lastNoFlag = edit("The comparison similarity did not reach the passing standard\nY",
            "The comparison similarity did not reach the passing standard");
        QTest::newRow("the page's last row without Y/N")
            << lastNoFlag << "the row of code \"2016\" has no Y/N billing flag" << lineOf(lastNoFlag, "2016\n");
        const QByteArray yes = edit("2015\nComparison failed\nY", "2015\nComparison failed\nYes");
        QTest::newRow("a flag other than Y/N") << yes << "the billing flag \"Yes\" of code \"2015\" is not Y or N"
                                               << lineOf(yes, "2015\nComparison failed\nYes") + 2;
        const QByteArray shi = edit(
            "-999\nThe verification process wasn't finished\nN", "-999\nThe verification process wasn't finished\n否");
        QTest::newRow("a flag in Chinese")
            << shi << "the billing flag \"否\" of code \"-999\" is not Y or N" << lineOf(shi, "-999\n") + 2;
        const QByteArray twice = edit("FailedOperation.CompareFail\nComparison failed.\nN\n",
            "FailedOperation.CompareFail\nComparison failed.\nN\n"
            "FailedOperation.CompareFail\nComparison failed again.\nY\n");
        QTest::newRow("a code twice in one table")
            << twice
            << QStringLiteral(
                   "the code \"FailedOperation.CompareFail\" appears twice in the table \"%1\" (first at line %2)")
                   .arg(QString::fromUtf8(apiHeading))
                   .arg(lineOf(twice, "FailedOperation.CompareFail\n"))
            << lineOf(twice, "FailedOperation.CompareFail\nComparison failed again.");
        // The common table without its rows: the prose after it follows the column headings.
        const qsizetype commonRows = seed().indexOf("是否计费\n") + int(sizeof("是否计费\n")) - 1;
        QByteArray empty = seed();
        empty.remove(commonRows, seed().indexOf("以下是eKYC") - commonRows);
        QTest::newRow("an empty table") << empty << "the table \"公共错误码(所有服务共用)\" has no rows"
                                        << lineOf(empty, "公共错误码(所有服务共用)");
        QByteArray missing = seed();
        const qsizetype idv = missing.indexOf("Identity Verification(App SDK)错误码");
        missing.remove(idv, missing.indexOf("联系我们") - idv);
        QTest::newRow("a table missing") << missing
                                         << "the page has no table \"Identity Verification(App SDK)错误码\" (product "
                                            "idv_sdk); if it was renamed, say "
                                            "which with --map 'HEADING=idv_sdk'"
                                         << 0;
        const QByteArray renamed = edit("\n" + apiHeading + "\n", "\nLiveness Compare (API) error codes\n");
        QTest::newRow("a renamed heading, not mapped")
            << renamed
            << "the table heading \"Liveness Compare (API) error codes\" is none of the catalog's; say which product "
               "it "
               "is with --map 'Liveness Compare (API) error codes=PRODUCT' (PRODUCT: common, h5, app_sdk, api, idv_sdk)"
            << lineOf(renamed, "Liveness Compare (API)");
        const QByteArray spaced = edit("FailedOperation.CompareFail\n", "Failed Operation.CompareFail\n");
        QTest::newRow("a code with a space")
            << spaced
            << QStringLiteral("\"Failed Operation.CompareFail\" stands where a code should be in the table \"%1\"")
                   .arg(QString::fromUtf8(apiHeading))
            << lineOf(spaced, "Failed Operation");
        const QByteArray twoTables = edit("\n" + apiHeading + "\n", "\n活体人脸比对(App SDK)错误码\n");
        QTest::newRow("a product's table twice")
            << twoTables
            << QStringLiteral("a second table of product app_sdk (the first is at line %1)")
                   .arg(lineOf(twoTables, "活体人脸比对(App SDK)错误码"))
            << lineOf(twoTables, "活体人脸比对(App SDK)错误码\n\n错误码\n描述\n是否计费\nSuccess");
        QTest::newRow("no date") << edit("最后更新时间:2023-07-03 17:18:38\n",
            "") << "the page has no \"last updated\" line (最后更新时间); give the date with --updated YYYY-MM-DD"
                                 << 0;
        QTest::newRow("an impossible date") << edit("最后更新时间:2023-07-03", "最后更新时间:2023-02-30")
                                            << "the \"last updated\" date \"2023-02-30\" is not a date" << 7;
        QTest::newRow("not the page")
            << QByteArray("hello\nworld\n")
            << "the page has no \"last updated\" line (最后更新时间); give the date with --updated YYYY-MM-DD" << 0;
        QTest::newRow("an empty file")
            << QByteArray()
            << "the page has no \"last updated\" line (最后更新时间); give the date with --updated YYYY-MM-DD" << 0;
    }
    void brokenPages()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, expectedError);
        QFETCH(int, expectedLine);
        PageImporter importer(CatalogLoader::builtIn());
        QVERIFY(!importer.import(page));
        QCOMPARE(importer.errorMessage(), expectedError);
        QCOMPARE(importer.errorLine(), expectedLine);
        // Only an unknown heading names the heading for a caller to ask about.
        QCOMPARE(importer.unknownHeading().isEmpty(), !expectedError.startsWith(QStringLiteral("the table heading")));
        if (expectedLine > 0)
            QCOMPARE(importer.error(), QStringLiteral("line %1: %2").arg(expectedLine).arg(expectedError));
    }

    void aPageWithoutTablesNeedsOnlyADateToFail()
    {
        PageImporter importer(CatalogLoader::builtIn());
        importer.setUpdated(QStringLiteral("2024-01-01"));
        QVERIFY(!importer.import("just some text\n"));
        QCOMPARE(importer.errorMessage(),
            QStringLiteral("the page has no error-code tables (no column headings 错误码 / 描述 / 是否计费)"));
    }

    // A base catalog other than the built-in one lends its titles and actions.
    void theBaseCatalogLendsWhatThePageLacks()
    {
        Catalog base = CatalogLoader::builtIn();
        QList<ProductInfo> products;
        for (Product p : AllProducts) {
            ProductInfo info = base.product(p);
            if (p == Product::Api)
                info.actions.append(QStringLiteral("CompareFaceLivenessV2"));
            products.append(info);
        }
        Catalog custom(products, base.entries(), { QStringLiteral("FailedOperation") });
        PageImporter importer(custom);
        const std::optional<Catalog> catalog = importer.import(seed());
        QVERIFY2(catalog, qPrintable(importer.error()));
        QVERIFY(catalog->product(Product::Api).actions.contains(QStringLiteral("CompareFaceLivenessV2")));
        QCOMPARE(catalog->categories(), QStringList { QStringLiteral("FailedOperation") });
        QCOMPARE(catalog->size(), base.size());
    }
};

QTEST_GUILESS_MAIN(TestPageImporter)
#include "tst_pageimporter.moc"
