// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Results made with another catalog than the one in use (File ▸ Update Catalog from Page… →
// Use): the Results page says so, naming both catalogs' dates, and Classify Again runs the
// same inputs with the catalog in use.
#include "models/inputsmodel.h"
#include "widgets/catalog/catalogswitcher.h"
#include "widgets/results/catalogbar.h"

#include "core/catalogloader.h"
#include "core/reportreader.h"

#include "windowdriver.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace ekyc;

namespace {

// The built-in catalog of a later date, in which H5's 2016 is no longer billed.
Catalog newerCatalog()
{
    const Catalog base = CatalogLoader::builtIn();
    QList<CodeEntry> entries = base.entries();
    for (CodeEntry &e : entries) {
        if (e.product == Product::H5 && e.code == QLatin1String("2016"))
            e.billable = false;
    }
    QList<ProductInfo> products;
    for (Product p : AllProducts)
        products.append(base.product(p));
    Catalog newer(products, entries, base.categories());
    newer.setOtherActions(base.otherActions());
    newer.setUpdated(QStringLiteral("2025-02-11"));
    return newer;
}

} // namespace

class TestResultsCatalog : public QObject, public WindowDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startSuite()); }
    void init()
    {
        QVERIFY(freshWindow());
    }
    void cleanup() { m_window.reset(); }

    void resultsOfAnotherCatalogAreMarked()
    {
        QLabel *note = m_results->catalogBar()->note();
        QPushButton *again = m_results->catalogBar()->button();
        QVERIFY(classify(urls({ "h5-web.log" })));
        QVERIFY(!note->isVisibleTo(m_results));
        QVERIFY(rows(EventStatus::Known).contains(QStringLiteral("known:h5:2016:1:yes")));

        auto *switcher = m_window->findChild<CatalogSwitcher *>();
        QVERIFY(switcher);
        QVERIFY(switcher->useImported(newerCatalog(), false));
        QVERIFY(note->isVisibleTo(m_results));
        QVERIFY(again->isVisibleTo(m_results));
        QVERIFY2(
            note->text().contains(QLatin1String("2023-07-03")) && note->text().contains(QLatin1String("2025-02-11")),
            qPrintable(note->text()));
        // The rows on show are still those of the old catalog until they are classified again.
        QVERIFY(rows(EventStatus::Known).contains(QStringLiteral("known:h5:2016:1:yes")));

        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        again->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!note->isVisibleTo(m_results));
        QCOMPARE(m_results->inputsModel()->rowCount(), 1);
        QVERIFY(rows(EventStatus::Known).contains(QStringLiteral("known:h5:2016:1:no")));
        QCOMPARE(m_results->session().report().catalogUpdated, QStringLiteral("2025-02-11"));

        // Back to the built-in catalog: marked again; new results of the catalog in use are not.
        switcher->useBuiltIn();
        QVERIFY(note->isVisibleTo(m_results));
        QVERIFY(classify(urls({ "h5-web.log" })));
        QVERIFY(!note->isVisibleTo(m_results));
    }

    // A report opened (File ▸ Open Report…) keeps its counts and billing, but the page shows the
    // descriptions of the catalog in use: a report written with another catalog is marked, with
    // no Classify Again (a report holds no inputs).
    void reportOfAnotherCatalogIsMarked()
    {
        QLabel *note = m_results->catalogBar()->note();
        QFile file(QStringLiteral(EKYC_TEST_DATA "/classify/expected/app-sdk.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<Report> report = reportFromJson(file.readAll(), QStringLiteral("app-sdk.json"), &error);
        QVERIFY2(report, qPrintable(error));

        m_results->showReport(file.fileName(), *report);
        QVERIFY(!note->isVisibleTo(m_results));

        Report older = *report;
        older.catalogUpdated = QStringLiteral("2022-01-01");
        older.catalogCodes = 120;
        m_results->showReport(file.fileName(), older);
        QVERIFY(note->isVisibleTo(m_results));
        QVERIFY(!m_results->catalogBar()->button()->isVisibleTo(m_results));
        QVERIFY2(note->text().contains(QLatin1String("2022-01-01 (120 codes)"))
                && note->text().contains(QLatin1String("2023-07-03 (134 codes)")),
            qPrintable(note->text()));

        // Same date, other codes: another catalog all the same.
        Report fewer = *report;
        fewer.catalogCodes = 133;
        m_results->showReport(file.fileName(), fewer);
        QVERIFY(note->isVisibleTo(m_results));

        // The report of the built-in catalog, with another catalog in use.
        m_results->showReport(file.fileName(), *report);
        QVERIFY(!note->isVisibleTo(m_results));
        auto *switcher = m_window->findChild<CatalogSwitcher *>();
        QVERIFY(switcher->useImported(newerCatalog(), false));
        QVERIFY(note->isVisibleTo(m_results));
        QVERIFY2(note->text().contains(QLatin1String("2025-02-11")), qPrintable(note->text()));

        switcher->useBuiltIn();
        QVERIFY(!note->isVisibleTo(m_results));
    }

    // A catalog in use before anything was classified marks nothing.
    void catalogChosenBeforeClassifyingMarksNothing()
    {
        auto *switcher = m_window->findChild<CatalogSwitcher *>();
        QVERIFY(switcher->useImported(newerCatalog(), false));
        QVERIFY(classify(urls({ "h5-web.log" })));
        QVERIFY(!m_results->catalogBar()->note()->isVisibleTo(m_results));
        QVERIFY(rows(EventStatus::Known).contains(QStringLiteral("known:h5:2016:1:no")));
    }
};

QTEST_MAIN(TestResultsCatalog)
#include "tst_resultscatalog.moc"
