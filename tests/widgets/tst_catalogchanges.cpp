// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A newer catalog in the window: the preview of File ▸ Update Catalog from Page…, the
// Changes filter and column of the catalog view, the detail pane's old billing beside the
// new, and the status bar's count of changes since the built-in catalog. Every page is the
// checked-in seed with edits made here.
#include "core/catalogloader.h"
#include "core/pageimporter.h"
#include "models/catalogdiffmodel.h"
#include "models/catalogfilterproxy.h"
#include "models/catalogmodel.h"
#include "models/catalogsource.h"
#include "models/roles.h"
#include "widgets/catalog/catalogswitcher.h"
#include "widgets/catalog/changefilterbox.h"
#include "widgets/catalog/codedetailpane.h"
#include "widgets/catalog/pageimportdialog.h"
#include "widgets/mainwindow.h"

#include "isolatedsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ekyc;

namespace {

QByteArray seed()
{
    QFile f(QStringLiteral(EKYC_SOURCE_DIR "/resources/seed/ekyc-error-codes.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no seed");
    return f.readAll();
}

// A newer page: 2025-02-11; CompareFail (API) billed; a code added to the API table; -999
// (App SDK) reworded; 2016 (H5) removed.
QByteArray newerPage()
{
    QByteArray page = seed();
    auto edit = [&page](const QByteArray &from, const QByteArray &to) {
        const qsizetype at = page.indexOf(from);
        if (at < 0)
            qFatal("the seed lacks %s", from.constData());
        page.replace(at, from.size(), to);
    };
    edit("最后更新时间:2023-07-03", "最后更新时间:2025-02-11");
    edit("FailedOperation.CompareFail\nComparison failed.\nN\n",
        "FailedOperation.CompareFail\nComparison failed.\nY\nFailedOperation.LivenessTimeout\nThe liveness check timed "
        "out.\nN\n");
    edit("-999\nThe verification process wasn't finished", "-999\nThe verification was not finished");
    edit("2015\nComparison failed\nN\n2016\nThe comparison similarity did not reach the passing standard\nY\n1401\n",
        "2015\nComparison failed\nN\n1401\n");
    return page;
}

Catalog newerCatalog()
{
    PageImporter importer(CatalogLoader::builtIn());
    std::optional<Catalog> catalog = importer.import(newerPage());
    if (!catalog)
        qFatal("%s", qPrintable(importer.error()));
    return *catalog;
}

// With EKYC_SCREENSHOT_DIR set, `widget` as drawn, for a person to look at.
void saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("EKYC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QString::fromUtf8(name) + QStringLiteral(".png"));
}

} // namespace

class TestCatalogChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_settings.isValid()); }
    void init() { m_settings.clear(); }
    // The data folder (QStandardPaths' test location) outlives the test's settings folder.
    void cleanup() { QFile::remove(CatalogSource::rememberedImportPath()); }

    void previewModel()
    {
        CatalogDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        PageImportDialog dialog(CatalogLoader::builtIn());
        // The dialog's own model, checked while the text changes under it.
        QAbstractItemModelTester dialogTester(
            dialog.diffModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setPageText(QString::fromUtf8(newerPage()));
        QVERIFY2(dialog.catalog(), qPrintable(dialog.statusText()));
        model.setChanges(dialog.diffModel()->changes());
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells << model.index(row, column).data().toString();
            rows << cells.join(QLatin1Char('|'));
        }
        const QString yes = CatalogModel::billableText(true);
        const QString no = CatalogModel::billableText(false);
        QCOMPARE(rows,
            (QStringList {
                QStringLiteral("Removed|H5|2016|%1|The comparison similarity did not reach the passing standard")
                    .arg(yes),
                QStringLiteral("Description changed|App SDK|-999|%1|The verification process wasn't finished → "
                               "The verification was not finished")
                    .arg(no),
                QStringLiteral("Billing changed|API|FailedOperation.CompareFail|%1 → %2|Comparison failed.")
                    .arg(no, yes),
                QStringLiteral("New|API|FailedOperation.LivenessTimeout|%1|The liveness check timed out.").arg(no),
            }));
        QCOMPARE(model.index(0, 0).data(ChangeRole).toInt(), int(CatalogChange::Removed));
        QCOMPARE(model.index(2, 0).data(BillableRole).toBool(), true);
    }

    void previewDialog()
    {
        PageImportDialog dialog(CatalogLoader::builtIn());
        QVERIFY(!dialog.useButton()->isEnabled());
        QCOMPARE(dialog.statusText(), QStringLiteral("No page yet."));

        dialog.setPageText(QString::fromUtf8(newerPage()).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveShot(&dialog, "import-preview");
        QVERIFY(dialog.useButton()->isEnabled());
        QVERIFY(dialog.rememberButton()->isEnabled());
        QCOMPARE(dialog.diffModel()->rowCount(), 4);
        QCOMPARE(dialog.statusText(),
            QStringLiteral("Catalog 2025-02-11, 134 rows; against the catalog in use (2023-07-03): "
                           "1 new, 1 removed, 1 billing changed, 1 description changed."));

        // A broken page: why and where, and nothing to use.
        QByteArray broken = newerPage();
        broken.replace("FailedOperation.LivenessTimeout\nThe liveness check timed out.\nN\n",
            "FailedOperation.LivenessTimeout\nThe liveness check timed out.\nmaybe\n");
        dialog.setPageText(QString::fromUtf8(broken));
        QVERIFY(!dialog.catalog());
        QVERIFY(!dialog.useButton()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.diffModel()->rowCount(), 0);
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("The page cannot be used: line ")),
            qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().endsWith(QStringLiteral(
                     "the billing flag \"maybe\" of code \"FailedOperation.LivenessTimeout\" is not Y or N")),
            qPrintable(dialog.statusText()));

        dialog.setPageText(QString::fromUtf8(newerPage()));
        QSignalSpy used(&dialog, &PageImportDialog::useRequested);
        QTest::mouseClick(dialog.useButton(), Qt::LeftButton);
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.at(0).at(0).value<Catalog>().updated(), QStringLiteral("2025-02-11"));
        QCOMPARE(used.at(0).at(1).toBool(), false);
    }

    // A renamed table: the dialog asks which product's it is, then imports.
    void renamedHeading()
    {
        PageImportDialog dialog(CatalogLoader::builtIn());
        QByteArray page = newerPage();
        page.replace("\n活体人脸比对(纯API)错误码\n", "\nLiveness Compare (API) error codes\n");
        dialog.setPageText(QString::fromUtf8(page));
        QVERIFY(!dialog.catalog());
        QCOMPARE(dialog.unknownHeading(), QStringLiteral("Liveness Compare (API) error codes"));
        auto *row = dialog.findChild<QWidget *>(QStringLiteral("headingMap"));
        QVERIFY(row && !row->isHidden());
        // Line 245 in the seed, less the three lines of the H5 row removed from it.
        QVERIFY2(
            dialog.statusText().startsWith(QStringLiteral("The page cannot be used yet: line 242: the table heading")),
            qPrintable(dialog.statusText()));
        QVERIFY(!dialog.useButton()->isEnabled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveShot(&dialog, "import-renamed-heading");

        dialog.mapHeading(dialog.unknownHeading(), Product::Api);
        QVERIFY2(dialog.catalog(), qPrintable(dialog.statusText()));
        QVERIFY(row->isHidden());
        QCOMPARE(dialog.diffModel()->rowCount(), 4);
        QVERIFY(dialog.useButton()->isEnabled());
    }

    void saveAs()
    {
        PageImportDialog dialog(CatalogLoader::builtIn());
        dialog.setPageText(QString::fromUtf8(newerPage()));
        const QString path = m_settings.path() + QStringLiteral("/saved.json");
        QCOMPARE(dialog.saveTo(path), QString());
        QString error;
        const std::optional<Catalog> saved = CatalogLoader::fromFile(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->size(), 134);
        QCOMPARE(saved->updated(), QStringLiteral("2025-02-11"));
    }

    void modelMarksChangedRows()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(CatalogLoader::builtIn());
        QCOMPARE(model.changeCount(), 0);
        model.setCatalog(newerCatalog());
        QCOMPARE(model.changeCount(), 4);
        QCOMPARE(model.headerData(ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
        const Catalog &c = model.catalog();
        const int compare = int(c.rowOf(Product::Api, QStringLiteral("FailedOperation.CompareFail")));
        const int added = int(c.rowOf(Product::Api, QStringLiteral("FailedOperation.LivenessTimeout")));
        const int reworded = int(c.rowOf(Product::AppSdk, QStringLiteral("-999")));
        const int same = int(c.rowOf(Product::IdvSdk, QStringLiteral("2015")));
        QCOMPARE(model.index(compare, 0).data(ChangeRole).toInt(), int(BillingChange));
        QCOMPARE(model.index(compare, 0).data(OldBillableRole), QVariant(false));
        QCOMPARE(model.index(compare, ChangeColumn).data().toString(), QStringLiteral("Billing"));
        QCOMPARE(model.index(added, 0).data(ChangeRole).toInt(), int(NewRow));
        QCOMPARE(model.index(added, ChangeColumn).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.index(reworded, 0).data(ChangeRole).toInt(), int(DescriptionChange));
        QCOMPARE(model.index(same, 0).data(ChangeRole).toInt(), int(NoChange));
        QVERIFY(!model.index(same, 0).data(OldBillableRole).isValid());
        QCOMPARE(model.index(same, ChangeColumn).data().toString(), QString());
    }

    void changesFilter_data()
    {
        QTest::addColumn<CatalogFilterProxy::ChangeFilter>("filter");
        QTest::addColumn<QStringList>("codes");
        using F = CatalogFilterProxy::ChangeFilter;
        QTest::newRow("any change") << F::AnyChange
                                    << QStringList { "-999", "FailedOperation.CompareFail",
                                           "FailedOperation.LivenessTimeout" };
        QTest::newRow("new") << F::New << QStringList { "FailedOperation.LivenessTimeout" };
        QTest::newRow("billing changed") << F::BillingChanged << QStringList { "FailedOperation.CompareFail" };
        QTest::newRow("description changed") << F::DescriptionChanged << QStringList { "-999" };
    }
    void changesFilter()
    {
        QFETCH(CatalogFilterProxy::ChangeFilter, filter);
        QFETCH(QStringList, codes);
        CatalogModel model;
        model.setCatalog(newerCatalog());
        CatalogFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 134);
        proxy.setChangeFilter(filter);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, CodeColumn).data(CodeRole).toString();
        QCOMPARE(shown, codes);
        proxy.setChangeFilter(CatalogFilterProxy::ChangeFilter::All);
        QCOMPARE(proxy.rowCount(), 134);
    }

    void detailPaneShowsTheOldBilling()
    {
        CodeDetailPane pane;
        const Catalog catalog = newerCatalog();
        pane.setCatalog(catalog);
        pane.showRow(catalog.rowOf(Product::Api, QStringLiteral("FailedOperation.CompareFail")));
        const QString yes = CatalogModel::billableText(true);
        const QString no = CatalogModel::billableText(false);
        // FailedOperation.CompareFail is in the API table only.
        QCOMPARE(pane.billingText(0), QStringLiteral("%1 (was %2 on 2023-07-03)").arg(yes, no));
        pane.showRow(catalog.rowOf(Product::Api, QStringLiteral("FailedOperation.LivenessTimeout")));
        QCOMPARE(pane.billingText(0), QStringLiteral("%1 (new since 2023-07-03)").arg(no));
        pane.showRow(catalog.rowOf(Product::IdvSdk, QStringLiteral("2015")));
        QCOMPARE(pane.billingText(2), yes); // h5, app_sdk, idv_sdk: unchanged
    }

    void windowShowsTheChanges()
    {
        MainWindow window;
        auto *changes = window.findChild<ChangeFilterBox *>(QStringLiteral("changeFilter"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("table"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("catalogLabel"));
        QVERIFY(changes && table && label);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!changes->isVisible());
        QVERIFY(table->isColumnHidden(ChangeColumn));
        QCOMPARE(label->text(), QStringLiteral("Catalog 2023-07-03, 134 rows (built-in)"));

        auto *switcher = window.findChild<CatalogSwitcher *>();
        QVERIFY(switcher);
        QVERIFY(
            window.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(switcher->importPageAction()));
        QVERIFY(switcher->useImported(newerCatalog(), false));
        QVERIFY(changes->isVisible());
        QVERIFY(!table->isColumnHidden(ChangeColumn));
        QCOMPARE(label->text(),
            QStringLiteral("Catalog 2025-02-11, 134 rows (imported page, not saved), "
                           "4 changes since the built-in 2023-07-03"));
        changes->combo()->setCurrentIndex(
            changes->combo()->findData(int(CatalogFilterProxy::ChangeFilter::BillingChanged)));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(window.statusText(), QStringLiteral("1 of 134 rows shown, 1 billable"));
        table->selectRow(0);
        saveShot(&window, "catalog-changes");

        // Back to the built-in catalog: no changes, no filter left behind.
        switcher->useBuiltIn();
        QVERIFY(!changes->isVisible());
        QCOMPARE(changes->filter(), CatalogFilterProxy::ChangeFilter::All);
        QCOMPARE(table->model()->rowCount(), 134);
    }

    // Use and Remember: kept in the data folder, loaded at the next start.
    void useAndRemember()
    {
        {
            MainWindow window;
            auto *switcher = window.findChild<CatalogSwitcher *>();
            QVERIFY(switcher->useImported(newerCatalog(), true));
            QCOMPARE(window.catalogSource().path(), CatalogSource::rememberedImportPath());
            QVERIFY(QFile::exists(CatalogSource::rememberedImportPath()));
        }
        MainWindow next;
        QCOMPARE(next.catalog().updated(), QStringLiteral("2025-02-11"));
        QVERIFY(next.findChild<ChangeFilterBox *>(QStringLiteral("changeFilter"))->isVisibleTo(&next));
    }

private:
    IsolatedSettings m_settings;
};

QTEST_MAIN(TestCatalogChanges)
#include "tst_catalogchanges.moc"
