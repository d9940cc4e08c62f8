// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The results tab after a classification: exports against the CLI, the matched lines in pages
// and their masked export, copying rows and the summary, and the jump to the catalog.
#include "models/appsettings.h"
#include "models/inputsmodel.h"
#include "models/matchedlinesmodel.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/runprogresswidget.h"

#include "windowdriver.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

using namespace ekyc;

Q_DECLARE_METATYPE(QList<ekyc::TextRange>)

class TestResultsView : public QObject, public WindowDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startSuite()); }
    void init()
    {
        QVERIFY(freshWindow());
    }
    void cleanup() { m_window.reset(); }

    // Export and Copy Summary (the buttons and the Export menu's actions) need results: disabled
    // before the first run, enabled after it, disabled again when the results are cleared.
    void exportAndCopySummaryNeedResults()
    {
        auto *copySummary = child<QPushButton>("copySummaryButton");
        auto *exportButton = child<QToolButton>("exportButton");
        auto enabled = [&] {
            QStringList states { QStringLiteral("copy summary %1").arg(copySummary->isEnabled()),
                QStringLiteral("export %1").arg(exportButton->isEnabled()) };
            for (const QAction *action : exportButton->menu()->actions()) {
                if (!action->isSeparator())
                    states << QStringLiteral("%1 %2").arg(action->text()).arg(action->isEnabled());
            }
            return states;
        };
        const QStringList off { "copy summary 0", "export 0", "Results as &JSON or CSV… 0",
            "&Matched Lines of Selected Codes as CSV… 0", "&Copy Selected Rows (Ctrl+C) 0", "Copy &Summary 0" };
        const QStringList on { "copy summary 1", "export 1", "Results as &JSON or CSV… 1",
            "&Matched Lines of Selected Codes as CSV… 1", "&Copy Selected Rows (Ctrl+C) 1", "Copy &Summary 1" };
        QCOMPARE(enabled(), off);
        QVERIFY(classify(urls({ "h5-web.log" })));
        QCOMPARE(enabled(), on);
        m_results->clearResults();
        QCOMPARE(enabled(), off);
        QVERIFY(m_results->session().isEmpty());
        QVERIFY(classify(urls({ "h5-web.log" })));
        QCOMPARE(enabled(), on);
    }

    // A successful export is remembered as the last folder (where the next one starts).
    void exportRemembersItsFolder()
    {
        QVERIFY(classify(urls({ "h5-web.log" })));
        QCOMPARE(AppSettings().lastExportFolder(), QString());
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("out.json"));
        QCOMPARE(m_results->exportReport(path, ReportFormat::Json), QString());
        QCOMPARE(AppSettings().lastExportFolder(), QFileInfo(path).absolutePath());
        // A failed export leaves it alone.
        QVERIFY(!m_results->exportReport(folder.filePath(QStringLiteral("no/such/dir/out.json")), ReportFormat::Json)
                     .isEmpty());
        QCOMPARE(AppSettings().lastExportFolder(), QFileInfo(path).absolutePath());
    }

    void exportedReportEqualsTheClis()
    {
        const QStringList fixtures { "h5-web.log", "bundle.zip", "ambiguous.log", "gbk-mixed.log", "missing.log" };
        QVERIFY(classify(urls(fixtures)));
        QStringList paths;
        for (const QString &f : fixtures)
            paths << fixturePath(f);

        const QString json = m_dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(m_results->exportReport(json, ReportFormat::Json), QString());
        QJsonParseError error;
        const QJsonDocument ours = QJsonDocument::fromJson(readFile(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonDocument cli
            = QJsonDocument::fromJson(runCli(QStringList { "classify", "--format", "json" } + paths));
        QVERIFY(!cli.isNull());
        QCOMPARE(ours, cli);

        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(m_results->exportReport(csv, ReportFormat::Csv), QString());
        QCOMPARE(readFile(csv), runCli(QStringList { "classify", "--format", "csv" } + paths));
        // Written atomically: no temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("export.*") }, QDir::Files),
            (QStringList { "export.csv", "export.json" }));
    }

    // The lines pane's Time column shows each event's time (docs/classification.md §8).
    void linesShowTheirTimes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("timed.log"));
        writeFile(path, "2024-05-01T12:00:00Z GetFaceIdResultIntl Result=2016\nGetFaceIdResultIntl Result=2016\n");
        QVERIFY(classify({ QUrl::fromLocalFile(path) }));
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("2016")));
        MatchedLinesModel *lines = m_results->linesPane()->model();
        QTRY_COMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->index(0, MatchedLinesModel::TimeColumn).data().toString(), QStringLiteral("2024-05-01 12:00:00Z"));
        QCOMPARE(lines->index(1, MatchedLinesModel::TimeColumn).data().toString(), QString());
    }

    void matchedLinesComeInPagesAndExportMasked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.log"));
        QByteArray log;
        for (int i = 1; i <= 25000; ++i)
            log += "2023-07-05 10:00:00 GetFaceIdResultIntl Result=1001 Mobile=13812345678 n=" + QByteArray::number(i)
                + '\n';
        writeFile(path, log);
        QVERIFY(classify({ QUrl::fromLocalFile(path) }));
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("1001")));
        MatchedLinesPane *pane = m_results->linesPane();
        MatchedLinesModel *lines = pane->model();
        QTRY_COMPARE(lines->rowCount(), 10000);
        QTRY_VERIFY(pane->canShowMore());
        QCOMPARE(pane->title(), QStringLiteral("<b>Lines with 1001 (App SDK)</b>: 10,000 of 25,000"));
        QCOMPARE(lines->line(0).line, 1);
        QCOMPARE(lines->line(9999).line, 10000);
        QCOMPARE(
            lines->index(0, MatchedLinesModel::TextColumn).data(MatchRangesRole).value<QList<TextRange>>().size(), 1);
        child<QPushButton>("moreLinesButton")->click();
        QTRY_COMPARE(lines->rowCount(), 20000);
        QTRY_VERIFY(pane->canShowMore());
        child<QPushButton>("moreLinesButton")->click();
        QTRY_COMPARE(lines->rowCount(), 25000);
        QTRY_VERIFY(!pane->isLoading());
        QVERIFY(!pane->canShowMore());
        QCOMPARE(lines->line(24999).text,
            QStringLiteral("2023-07-05 10:00:00 GetFaceIdResultIntl Result=1001 Mobile=13812345678 n=25000"));

        // Copying lines masks them (the option is on by default).
        pane->table()->setFocus();
        pane->table()->selectRow(0);
        QTest::keyClick(pane->table(), Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("input\tline\ttime\tproduct\tcode\ttext\n%1\t1\t2023-07-05T10:00:00\tapp_sdk\t1001\t"
                           "2023-07-05 10:00:00 GetFaceIdResultIntl Result=1001 "
                           "Mobile=*** n=1\n")
                .arg(path));

        // The export of the selected row's lines: every one of them, masked, then unmasked.
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("1001")));
        QSignalSpy exported(m_results, &ResultsView::matchedLinesExported);
        const QString csv = m_dir.filePath(QStringLiteral("lines.csv"));
        QVERIFY(m_results->exportMatchedLines(csv));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.constLast().at(0).toBool(), true);
        QList<QByteArray> written = readFile(csv).split('\n');
        QCOMPARE(written.size(), 25002); // header, lines, the empty string after the last '\n'
        QCOMPARE(written.at(0), QByteArray("input,line,time,product,code,text"));
        QCOMPARE(written.at(1),
            (path + ",1,2023-07-05T10:00:00,app_sdk,1001,2023-07-05 10:00:00 GetFaceIdResultIntl Result=1001 "
                    "Mobile=*** n=1")
                .toUtf8());
        child<QCheckBox>("maskCheck")->setChecked(false);
        QVERIFY(m_results->exportMatchedLines(csv));
        QVERIFY(exported.wait(10000));
        written = readFile(csv).split('\n');
        QCOMPARE(written.at(25000),
            (path + ",25000,2023-07-05T10:00:00,app_sdk,1001,2023-07-05 10:00:00 GetFaceIdResultIntl Result=1001 "
                    "Mobile=13812345678 n=25000")
                .toUtf8());
    }

    void copiesRowsAndSummary()
    {
        QVERIFY(classify(urls({ "h5-web.log", "ambiguous.log" })));
        QTableView *known = table(EventStatus::Known);
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("1409"))
            || selectCode(EventStatus::Known, QStringLiteral("2016")));
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("2016")));
        QTRY_VERIFY(known->hasFocus());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(known, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("status\tproduct\tcode\tdescription\tevents\tbillable\n"
                           "known\th5\t2016\tThe comparison similarity did not reach the passing standard\t1\tyes\n"));
        // ambiguous.log names no eKYC action: its codes are not counted, and say why.
        QVERIFY(selectCode(EventStatus::NotCounted, QStringLiteral("1001")));
        QTest::keyClick(table(EventStatus::NotCounted), Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(
            QStringLiteral("status\tproduct\tcode\tdescription\tevents\tbillable\n"
                           "not_counted\tapp_sdk h5 idv_sdk\t1001\tNo eKYC context on its line or in its input")));
        QVERIFY(QGuiApplication::clipboard()->text().endsWith(QStringLiteral("\t2\t\n")));

        // Copy Summary: Markdown as text/plain and a table as text/html (SummaryReport's own test
        // checks the text), the inputs by base name.
        QGuiApplication::clipboard()->clear();
        child<QPushButton>("copySummaryButton")->click();
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QVERIFY(copied->hasText());
        QVERIFY(copied->hasHtml());
        const QString summary = copied->text();
        const QString html = copied->html();
        QVERIFY(summary.contains(QStringLiteral("\n- `h5-web.log`: H5 (from actions); events: 6\n")));
        QVERIFY(summary.contains(QStringLiteral("\n| Code | Events | Billable | Description |\n")));
        QVERIFY(html.contains(QStringLiteral("<li><code>ambiguous.log</code>: no product (from none); events: 0</li>")));
        QVERIFY(html.contains(QStringLiteral("<table ")));
        QVERIFY(!summary.contains(QStringLiteral(EKYC_TEST_DATA)));
        QVERIFY(!html.contains(QStringLiteral(EKYC_TEST_DATA)));
        // Every total from the hand-made expected reports of the two inputs.
        const QJsonObject h5Totals = expectedReport(QStringLiteral("h5-web.json")).value(QLatin1String("totals")).toObject();
        const QJsonObject ambiguousTotals
            = expectedReport(QStringLiteral("ambiguous.json")).value(QLatin1String("totals")).toObject();
        auto total = [&](const char *key) {
            return h5Totals.value(QLatin1String(key)).toInt() + ambiguousTotals.value(QLatin1String(key)).toInt();
        };
        QVERIFY(summary.contains(
            QStringLiteral(
                "\n**Totals:** events: %1, billable: %2, billing uncertain: %3, unknown: %4, not counted: %5.\n")
                .arg(total("events"))
                .arg(total("billable"))
                .arg(total("billable_uncertain"))
                .arg(total("unknown"))
                .arg(total("not_counted"))));
    }

    void enterShowsTheCodeInTheCatalog()
    {
        QVERIFY(classify(urls({ "h5-web.log" })));
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("2015")));
        QTest::keyClick(table(EventStatus::Known), Qt::Key_Return);
        QTRY_COMPARE(child<QTabWidget>("tabs")->currentIndex(), 0);
        QCOMPARE(child<QLineEdit>("searchEdit")->text(), QStringLiteral("2015"));
        auto *catalogTable = child<QTableView>("table");
        QTRY_VERIFY(catalogTable->hasFocus());
        QCOMPARE(catalogTable->currentIndex().data(ProductRole).toInt(), productIndex(Product::H5));
        QCOMPARE(catalogTable->currentIndex().data(CodeRole).toString(), QStringLiteral("2015"));
    }
};

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
