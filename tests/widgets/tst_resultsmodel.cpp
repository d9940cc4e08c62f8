// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The results models over real reports: every row of the expected reports, roles for the
// delegate (billable tint, billing uncertain), sorting through a proxy, and the inputs table.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "widgets/inputsmodel.h"
#include "widgets/resultsmodel.h"

#include "resultrows.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ekyc;

class TestResultsModel : public QObject
{
    Q_OBJECT

    Catalog m_catalog = CatalogLoader::builtIn();
    Classifier m_classifier { m_catalog };

    Report classify(const QStringList &files, std::optional<Product> product = std::nullopt)
    {
        QStringList paths;
        for (const QString &f : files)
            paths << fixturePath(f);
        ClassifyOptions options;
        options.product = product;
        return m_classifier.run(paths, options);
    }

private slots:
    void sectionsHoldTheExpectedRows_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("expected");
        QTest::newRow("h5-web") << QStringList { "h5-web.log" } << ""
                                << "h5-web.json";
        QTest::newRow("ambiguous") << QStringList { "ambiguous.log" } << ""
                                   << "ambiguous.json";
        QTest::newRow("ambiguous as idv_sdk") << QStringList { "ambiguous.log" } << "idv_sdk"
                                              << "ambiguous--product-idv_sdk.json";
        QTest::newRow("unknown") << QStringList { "unknown.log" } << ""
                                 << "unknown.json";
        QTest::newRow("two files") << QStringList { "h5-web.log", "codes-h5.log" } << ""
                                   << "two-files.json";
        QTest::newRow("zip") << QStringList { "bundle.zip" } << ""
                             << "bundle-zip.json";
    }
    void sectionsHoldTheExpectedRows()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, product);
        QFETCH(QString, expected);
        ResultsModel known(ResultsModel::Section::Known);
        ResultsModel ambiguous(ResultsModel::Section::Ambiguous);
        ResultsModel unknown(ResultsModel::Section::Unknown);
        // Attached before any data, so every change on the way is checked.
        QAbstractItemModelTester t1(&known, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&ambiguous, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&unknown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Report report = classify(files, productFromId(product));
        for (ResultsModel *m : { &known, &ambiguous, &unknown })
            m->setReport(report, m_catalog);
        const QJsonObject truth = expectedReport(expected);
        QCOMPARE(resultRows(&known), expectedRows(truth, QStringLiteral("known")));
        QCOMPARE(resultRows(&ambiguous), expectedRows(truth, QStringLiteral("ambiguous")));
        QCOMPARE(resultRows(&unknown), expectedRows(truth, QStringLiteral("unknown")));
        const QJsonObject totals = truth.value(QLatin1String("totals")).toObject();
        QCOMPARE(known.eventCount(), totals.value(QLatin1String("known")).toInteger());
        QCOMPARE(ambiguous.eventCount(), totals.value(QLatin1String("ambiguous")).toInteger());
        QCOMPARE(unknown.eventCount(), totals.value(QLatin1String("unknown")).toInteger());
        known.clear();
        QCOMPARE(known.rowCount(), 0);
    }

    void displayAndRoles()
    {
        const Report report = classify({ "ambiguous.log" });
        ResultsModel ambiguous(ResultsModel::Section::Ambiguous);
        ambiguous.setReport(report, m_catalog);
        QModelIndex uncertain, billable;
        for (int row = 0; row < ambiguous.rowCount(); ++row) {
            const QModelIndex i = ambiguous.index(row, ResultsModel::BillableColumn);
            if (i.data(CodeRole) == QStringLiteral("1001"))
                uncertain = i;
            if (i.data(CodeRole) == QStringLiteral("0"))
                billable = i;
        }
        QVERIFY(uncertain.isValid() && billable.isValid());
        QCOMPARE(uncertain.data().toString(), QStringLiteral("Billing uncertain"));
        QCOMPARE(uncertain.data(BillableRole).toBool(), false); // no tint: it is not certainly billed
        QCOMPARE(uncertain.data(Qt::ToolTipRole).toString(),
            QStringLiteral("Billed in Identity Verification; not billed in App SDK, H5."));
        QCOMPARE(uncertain.siblingAtColumn(ResultsModel::ProductColumn).data().toString(),
            QStringLiteral("App SDK, H5, Identity Verification"));
        QCOMPARE(billable.data().toString(), QStringLiteral("\u25CF Yes"));
        QCOMPARE(billable.data(BillableRole).toBool(), true);
        QCOMPARE(ambiguous.headerData(ResultsModel::ProductColumn, Qt::Horizontal).toString(),
            QStringLiteral("Candidate products"));

        ResultsModel unknown(ResultsModel::Section::Unknown);
        unknown.setReport(classify({ "unknown.log" }), m_catalog);
        QVERIFY(unknown.rowCount() > 0);
        QCOMPARE(unknown.index(0, ResultsModel::DescriptionColumn).data().toString(),
            QStringLiteral("Not in the 2023-07-03 catalog"));
        QCOMPARE(unknown.index(0, ResultsModel::BillableColumn).data(BillingRole).toInt(), int(Billing::None));
    }

    void sortsNumbersAsNumbers()
    {
        const Report report = classify({ "h5-web.log", "codes-h5.log", "app-sdk.log", "api-compare.log" });
        ResultsModel known(ResultsModel::Section::Known);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&known);
        proxy.setSortRole(SortRole);
        known.setReport(report, m_catalog);
        proxy.sort(ResultsModel::CountColumn, Qt::AscendingOrder);
        qint64 previous = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 count = proxy.index(row, 0).data(CountRole).toLongLong();
            QVERIFY(count >= previous);
            previous = count;
        }
        proxy.sort(ResultsModel::ProductColumn, Qt::AscendingOrder);
        int previousProduct = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const int product = proxy.index(row, 0).data(ProductRole).toInt();
            QVERIFY(product >= previousProduct); // catalog order: common, h5, app_sdk, api, idv_sdk
            previousProduct = product;
        }
    }

    void inputsShowProductSourceAndErrors()
    {
        InputsModel inputs;
        QAbstractItemModelTester tester(&inputs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Report report = classify({ "h5-web.log", "codes-h5.log", "missing.log", "ambiguous.log" });
        QList<FileSummary> files;
        for (const FileResult &f : report.files)
            files << f.summary;
        inputs.setFiles(files, { 0, 1, 2, 3 });
        QCOMPARE(inputs.rowCount(), 4);
        auto cell
            = [&](int row, int column, int role = Qt::DisplayRole) { return inputs.index(row, column).data(role); };
        QCOMPARE(cell(0, InputsModel::ProductColumn).toString(), QStringLiteral("H5"));
        QCOMPARE(cell(0, InputsModel::SourceColumn).toString(), QStringLiteral("actions"));
        QCOMPARE(cell(1, InputsModel::SourceColumn).toString(), QStringLiteral("codes"));
        QCOMPARE(cell(3, InputsModel::SourceColumn).toString(), QStringLiteral("none"));
        QCOMPARE(cell(3, InputsModel::ProductColumn, ProductRole).toInt(), -1);
        QCOMPARE(cell(0, InputsModel::EventsColumn, SortRole).toLongLong(), 6);
        QVERIFY(cell(2, InputsModel::ErrorColumn).toString().startsWith(QStringLiteral("cannot open")));
        QCOMPARE(cell(2, 0, ErrorRole).toString(), cell(2, InputsModel::ErrorColumn).toString());
        QCOMPARE(cell(0, 0, ErrorRole).toString(), QString());
        QCOMPARE(cell(3, 0, InputIndexRole).toInt(), 3);
        QVERIFY(cell(3, InputsModel::SourceColumn, Qt::ToolTipRole).toString().startsWith(QStringLiteral("none:")));
        inputs.clear();
        QCOMPARE(inputs.rowCount(), 0);
    }
};

QTEST_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
