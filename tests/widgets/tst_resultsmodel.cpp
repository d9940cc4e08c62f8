// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The results models over real reports: every row of the expected reports, roles for the
// delegate (billable tint, billing uncertain), sorting through a proxy, and the inputs table.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "models/inputsmodel.h"
#include "models/resultsfilterproxy.h"
#include "models/resultsmodel.h"

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

    Report classify(const QStringList &files, std::optional<Product> product = std::nullopt, bool assumeEkyc = false)
    {
        QStringList paths;
        for (const QString &f : files)
            paths << fixturePath(f);
        ClassifyOptions options;
        options.product = product;
        options.assumeEkyc = assumeEkyc;
        return m_classifier.run(paths, options);
    }

private slots:
    void sectionsHoldTheExpectedRows_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("assumeEkyc");
        QTest::newRow("h5-web") << QStringList { "h5-web.log" } << ""
                                << "h5-web.json" << false;
        QTest::newRow("ambiguous, --assume-ekyc") << QStringList { "ambiguous.log" } << ""
                                                  << "ambiguous--assume-ekyc.json" << true;
        QTest::newRow("r4-mainland") << QStringList { "r4-mainland.log" } << ""
                                     << "r4-mainland.json" << false;
        QTest::newRow("ambiguous") << QStringList { "ambiguous.log" } << ""
                                   << "ambiguous.json" << false;
        QTest::newRow("ambiguous as idv_sdk") << QStringList { "ambiguous.log" } << "idv_sdk"
                                              << "ambiguous--product-idv_sdk.json" << false;
        QTest::newRow("unknown") << QStringList { "unknown.log" } << ""
                                 << "unknown.json" << false;
        QTest::newRow("two files") << QStringList { "h5-web.log", "codes-h5.log" } << ""
                                   << "two-files.json" << false;
        QTest::newRow("zip") << QStringList { "bundle.zip" } << ""
                             << "bundle-zip.json" << false;
    }
    void sectionsHoldTheExpectedRows()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, product);
        QFETCH(QString, expected);
        QFETCH(bool, assumeEkyc);
        ResultsModel model;
        // Attached before any data, so every change on the way is checked.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Report report = classify(files, productFromId(product), assumeEkyc);
        model.setReport(report, m_catalog);
        const QJsonObject truth = expectedReport(expected);
        // One table: known, ambiguous, unknown, then not counted, each in the report's order.
        QCOMPARE(resultRows(&model), expectedRows(truth));
        const QJsonObject totals = truth.value(QLatin1String("totals")).toObject();
        QCOMPARE(model.eventCount(EventStatus::Known), totals.value(QLatin1String("known")).toInteger());
        QCOMPARE(model.eventCount(EventStatus::Ambiguous), totals.value(QLatin1String("ambiguous")).toInteger());
        QCOMPARE(model.eventCount(EventStatus::Unknown), totals.value(QLatin1String("unknown")).toInteger());
        QCOMPARE(model.eventCount(EventStatus::NotCounted), totals.value(QLatin1String("not_counted")).toInteger());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        // As eKYC traffic: ambiguous.log names no action, so its codes need --assume-ekyc to count.
        const Report report = classify({ "ambiguous.log" }, std::nullopt, true);
        ResultsModel ambiguous;
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
        QCOMPARE(uncertain.siblingAtColumn(ResultsModel::StatusColumn).data().toString(),
            QStringLiteral("Ambiguous: no product resolved"));

        ResultsModel unknown;
        unknown.setReport(classify({ "unknown.log" }, std::nullopt, true), m_catalog);
        const int first = unknown.rowCount() - unknown.rowCount(EventStatus::Unknown);
        QVERIFY(unknown.rowCount(EventStatus::Unknown) > 0);
        QCOMPARE(unknown.index(first, ResultsModel::StatusColumn).data().toString(),
            QStringLiteral("Unknown: not in the 2023-07-03 catalog"));
        QCOMPARE(unknown.index(first, ResultsModel::StatusColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Not in the 2023-07-03 catalog"));
        QCOMPARE(unknown.index(first, ResultsModel::BillableColumn).data(BillingRole).toInt(), int(Billing::None));
    }

    // The not-counted section and R7's unknown rows, on a report built by hand (the engine's
    // rules are tested elsewhere): each row says why, in a sentence, and carries its reason.
    void notCountedRowsSayWhy()
    {
        const ProductMask three = productBit(Product::H5) | productBit(Product::AppSdk) | productBit(Product::IdvSdk);
        Report report;
        report.catalogUpdated = QStringLiteral("2023-07-03");
        report.unknown
            = { { Product::Api, QStringLiteral("2015"), 2, three }, { Product::Api, QStringLiteral("7777"), 1, 0 } };
        report.notCounted = { { QStringLiteral("0"), NotCountedReason::OtherService,
                                  QStringLiteral("GetDetectInfoEnhanced"), three, 3 },
            { QStringLiteral("0"), NotCountedReason::NoContext, {}, three, 2 },
            { QStringLiteral("ResourceNotFound"), NotCountedReason::NoContext, {}, 0, 1 } };
        ResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report, m_catalog);

        // Unknown first (rows 0, 1), then not counted (rows 2 to 4).
        QCOMPARE(model.rowCount(EventStatus::NotCounted), 3);
        QCOMPARE(model.eventCount(EventStatus::NotCounted), qint64(6));
        auto cell
            = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(2, ResultsModel::CodeColumn).toString(), QStringLiteral("0"));
        QCOMPARE(cell(2, ResultsModel::StatusColumn).toString(),
            QStringLiteral("Not counted: a response of GetDetectInfoEnhanced, another service"));
        QCOMPARE(cell(2, ResultsModel::StatusColumn, Qt::ToolTipRole).toString(),
            QStringLiteral("A response of GetDetectInfoEnhanced, an action of another service (mainland FaceID): "
                           "not an eKYC event."));
        // The description is the catalog's, from the tables that have the code.
        QVERIFY(!cell(2, ResultsModel::DescriptionColumn).toString().isEmpty());
        QCOMPARE(cell(2, 0, ReasonRole).toString(), QStringLiteral("other_service"));
        QCOMPARE(cell(2, 0, ActionRole).toString(), QStringLiteral("GetDetectInfoEnhanced"));
        QCOMPARE(cell(2, 0, StatusRole).toInt(), int(EventStatus::NotCounted));
        QCOMPARE(cell(2, 0, ProductRole).toInt(), -1);
        QCOMPARE(cell(2, ResultsModel::ProductColumn).toString(), QStringLiteral("App SDK, H5, Identity Verification"));
        QCOMPARE(cell(3, 0, ReasonRole).toString(), QStringLiteral("no_context"));
        QCOMPARE(cell(3, ResultsModel::StatusColumn).toString(), QStringLiteral("Not counted: no eKYC context"));
        QVERIFY(cell(3, ResultsModel::StatusColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Classify Again As")));
        QCOMPARE(cell(4, ResultsModel::ProductColumn).toString(), QStringLiteral("\u2014"));
        QCOMPARE(cell(4, ResultsModel::DescriptionColumn).toString(), QString());
        // Not billed, not billing-uncertain: in no total at all.
        QCOMPARE(cell(3, ResultsModel::BillableColumn, BillingRole).toInt(), int(Billing::None));
        QCOMPARE(cell(3, ResultsModel::BillableColumn, BillableRole).toBool(), false);
        QCOMPARE(model.headerData(ResultsModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));

        // R7: a code other tables have is "not an API code", and not unknown to the catalog.
        QCOMPARE(cell(0, ResultsModel::StatusColumn).toString(),
            QStringLiteral("Unknown: not an API code; in H5, App SDK, Identity Verification"));
        QCOMPARE(
            cell(1, ResultsModel::StatusColumn).toString(), QStringLiteral("Unknown: not in the 2023-07-03 catalog"));
        QCOMPARE(model.unknownToCatalogCount(), 1);
        QCOMPARE(model.unknownToCatalogEvents(), qint64(1));
        QCOMPARE(cell(0, 0, CandidatesRole).toStringList(), (QStringList { "app_sdk", "h5", "idv_sdk" }));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The codes table's filters: the summary strip's figures and a text, each keystroke cheap.
    void filterProxyShowsAndSearches()
    {
        ResultsModel model;
        ResultsFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setReport(classify({ "ambiguous.log", "h5-web.log", "unknown.log" }, std::nullopt, true), m_catalog);
        auto statuses = [&] {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out << eventStatusId(EventStatus(proxy.index(row, 0).data(StatusRole).toInt()));
            out.removeDuplicates();
            return out;
        };
        QCOMPARE(proxy.rowCount(), model.rowCount());
        proxy.setShow(ResultsFilterProxy::Show::Unknown);
        QCOMPARE(statuses(), QStringList { "unknown" });
        proxy.setShow(ResultsFilterProxy::Show::Uncertain);
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(BillingRole).toInt(), int(Billing::Uncertain));
        proxy.setShow(ResultsFilterProxy::Show::Billable);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(BillingRole).toInt(), int(Billing::Billable));
        proxy.setShow(ResultsFilterProxy::Show::All);
        // The text is looked for in the code, the product, the description and the status.
        proxy.setText(QStringLiteral("2016"));
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(CodeRole).toString(), QStringLiteral("2016"));
        proxy.setText(QStringLiteral("NOT IN THE"));
        QCOMPARE(statuses(), QStringList { "unknown" });
        proxy.setText(QStringLiteral("no such text"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void sortsNumbersAsNumbers()
    {
        const Report report = classify({ "h5-web.log", "codes-h5.log", "app-sdk.log", "api-compare.log" });
        ResultsModel known;
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
