// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Open Report…: a JSON report of the CLI (classify or merge) on the Results page shows
// the codes the window finds in the same logs, says that it holds no lines, and keeps what
// needs the logs disabled; a file that is no such report leaves the results on show as they
// were; replacing results asks first.
#include "models/appsettings.h"
#include "models/inputsmodel.h"
#include "widgets/results/classifyframe.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/reportopener.h"

#include "windowdriver.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

using namespace ekyc;

class TestOpenReport : public QObject, public WindowDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startSuite()); }
    void init()
    {
        QVERIFY(freshWindow());
    }
    void cleanup() { m_window.reset(); }

    void fileMenuHasIt()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("openReportAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Open Repor&t…"));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action));
        QVERIFY(ReportOpener::openFilter().startsWith(QStringLiteral("JSON reports (*.json)")));
    }

    // The codes, totals and inputs of a CLI report equal those of the window's own run.
    void showsWhatTheWindowFinds_data()
    {
        QTest::addColumn<QStringList>("fixtures");
        QTest::newRow("one log") << QStringList { "h5-web.log" };
        QTest::newRow("mixed") << QStringList { "ambiguous.log", "unknown.log", "r3-other-services.log" };
        QTest::newRow("archive") << QStringList { "bundle.zip" };
    }
    void showsWhatTheWindowFinds()
    {
        QFETCH(QStringList, fixtures);
        QVERIFY(classify(urls(fixtures)));
        const QStringList classified = resultRows(m_results->resultsModel());
        const QString totals = m_results->totalsText();
        const int inputs = m_results->inputsModel()->rowCount();
        QVERIFY(!classified.isEmpty());
        auto column = [&](int c) {
            QStringList cells;
            for (int row = 0; row < m_results->inputsModel()->rowCount(); ++row)
                cells << m_results->inputsModel()->index(row, c).data().toString();
            return cells;
        };
        const QStringList events = column(InputsModel::EventsColumn);

        const QString path = cliReport(QStringLiteral("report.json"), fixtures);
        QVERIFY(openReport(path));
        QCOMPARE(resultRows(m_results->resultsModel()), classified);
        QCOMPARE(m_results->totalsText(), totals);
        QCOMPARE(m_results->inputsModel()->rowCount(), inputs);
        // Each input's events as the window counted them; their split is not in the report.
        QCOMPARE(column(InputsModel::EventsColumn), events);
        for (int c : { int(InputsModel::BillableColumn), int(InputsModel::UnknownColumn) }) {
            for (int row = 0; row < inputs; ++row) {
                const QModelIndex i = m_results->inputsModel()->index(row, c);
                const qint64 n = m_results->inputsModel()->index(row, InputsModel::EventsColumn).data(CountRole).toLongLong();
                QCOMPARE(i.data().toString(), n > 0 ? QStringLiteral("\u2014") : QStringLiteral("0"));
            }
        }
        QCOMPARE(m_results->session().reportPath(), path);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("report.json — eKYC Codes"));
        QCOMPARE(m_results->linesPane()->title(),
            QStringLiteral("This report was opened from report.json: it holds the counts, not the log lines."));
        // Only the sentence: no empty table of lines with its headers under it.
        QVERIFY(m_results->linesPane()->table()->isHidden());
        QVERIFY(codesInSight());
        // A code selected: still no lines, and the pane still says why.
        QVERIFY(m_results->codesTable()->model()->rowCount() > 0);
        m_results->codesTable()->selectRow(0);
        QCOMPARE(m_results->linesPane()->model()->rowCount(), 0);
        QVERIFY(m_results->linesPane()->title().startsWith(QStringLiteral("This report was opened from")));
    }

    // What needs the logs is disabled; Export and Copy Summary work from the counts.
    void logFeaturesOffExportOn()
    {
        QVERIFY(openReport(cliReport(QStringLiteral("report.json"), { "h5-web.log", "ambiguous.log" })));
        QVERIFY(!child<QToolButton>("rerunButton")->isEnabled());
        QVERIFY(!child<QPushButton>("revealButton")->isEnabled()); // no lines to reveal
        for (const QAction *action : child<QToolButton>("rerunButton")->menu()->actions())
            QVERIFY(!action->isEnabled());
        QVERIFY(child<QPushButton>("copySummaryButton")->isEnabled());
        QVERIFY(child<QToolButton>("exportButton")->isEnabled());
        for (const QAction *action : child<QToolButton>("exportButton")->menu()->actions()) {
            if (!action->isSeparator())
                QCOMPARE(action->isEnabled(), action->objectName() != QLatin1String("exportLinesAction"));
        }
        QVERIFY(m_results->summaryMimeData());
        QVERIFY(m_results->summaryMimeData()->text().contains(QStringLiteral("h5-web.log")));
        // Exported again as JSON, it is the CLI's report.
        const QString exported = m_dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(m_results->exportReport(exported, ReportFormat::Json), QString());
        QCOMPARE(QJsonDocument::fromJson(readFile(exported)),
            QJsonDocument::fromJson(readFile(m_dir.filePath(QStringLiteral("report.json")))));
        // Classify Again (the catalog bar's) refuses: a report has no logs.
        QSignalSpy requested(m_results, &ResultsView::classifyRequested);
        m_results->classifyAgain();
        QVERIFY(requested.isEmpty());
    }

    // A merge of two reports shows both inputs and the codes of both logs classified together.
    void mergedReport()
    {
        QVERIFY(classify(urls({ "h5-web.log", "app-sdk.log" })));
        const QStringList classified = resultRows(m_results->resultsModel());
        const QString a = cliReport(QStringLiteral("a.json"), { "h5-web.log" });
        const QString b = cliReport(QStringLiteral("b.json"), { "app-sdk.log" });
        const QString merged = m_dir.filePath(QStringLiteral("merged.json"));
        writeFile(merged, runCli({ QStringLiteral("merge"), a, b }));
        QVERIFY(openReport(merged));
        QCOMPARE(resultRows(m_results->resultsModel()), classified);
        QCOMPARE(m_results->inputsModel()->rowCount(), 2);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("merged.json — eKYC Codes"));
        // With EKYC_SCREENSHOT_DIR set: the page of a report, for a person to look at.
        const QString shots = qEnvironmentVariable("EKYC_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->resize(1024, 600);
            m_results->codesTable()->selectRow(0);
            QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/report-page-1024x600.png")));
        }
    }

    // Not a report: a dialog with the reader's error, which names the file; the results stay.
    void brokenFileKeepsTheResults_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a log") << QByteArray("GetFaceIdResultIntl {\"Result\":\"2016\"}\n") << "not a JSON report";
        QTest::newRow("cut short") << QByteArray("{\"catalog\": {") << "broken.json";
        QTest::newRow("foreign JSON") << QByteArray("{\"name\": \"not a report\"}") << "broken.json";
        QTest::newRow("missing") << QByteArray() << "cannot open";
    }
    void brokenFileKeepsTheResults()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        QVERIFY(classify(urls({ "h5-web.log" })));
        const QStringList before = resultRows(m_results->resultsModel());
        const QString title = m_window->windowTitle();
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile::remove(path);
        if (!bytes.isEmpty())
            writeFile(path, bytes);

        m_window->classification()->reports()->open(path);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("reportErrorDialog"))));
        QVERIFY2(box->informativeText().contains(QStringLiteral("broken.json")), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(problem), qPrintable(box->informativeText()));
        QCOMPARE(resultRows(m_results->resultsModel()), before);
        QCOMPARE(m_results->session().reportPath(), QString());
        QCOMPARE(m_window->windowTitle(), title);
        box->accept();
        QVERIFY(!m_window->classification()->reports()->isReading());
    }

    // With results on show (and Preferences at Ask), opening a report asks; Cancel keeps them.
    void asksBeforeReplacingResults()
    {
        AppSettings().setNewInputs(NewInputsChoice::Ask);
        QVERIFY(classify(urls({ "app-sdk.log" })));
        const QStringList before = resultRows(m_results->resultsModel());
        const QString path = cliReport(QStringLiteral("report.json"), { "h5-web.log" });
        ReportOpener *opener = m_window->classification()->reports();
        QSignalSpy shown(opener, &ReportOpener::shown);

        opener->open(path);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = replaceQuestion()));
        box->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY(!replaceQuestion());
        QCOMPARE(resultRows(m_results->resultsModel()), before);
        QVERIFY(shown.isEmpty());

        opener->open(path);
        QTRY_VERIFY((box = replaceQuestion()));
        box->findChild<QPushButton *>(QStringLiteral("replaceButton"))->click();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(m_results->session().reportPath(), path);
    }

    // Logs cannot be added to a report: new inputs ask only whether to replace it.
    void newLogsReplaceAReport()
    {
        QVERIFY(openReport(cliReport(QStringLiteral("report.json"), { "h5-web.log" })));
        QVERIFY(m_results->linesPane()->table()->isHidden()); // a report has no lines to list
        AppSettings().setNewInputs(NewInputsChoice::Add);
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        QVERIFY(drop(urls({ "app-sdk.log" })));
        QMessageBox *box = replaceQuestion();
        QVERIFY(box);
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("addOrReplaceDialog")));
        box->findChild<QPushButton *>(QStringLiteral("replaceButton"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_results->session().reportPath(), QString());
        QCOMPARE(m_results->session().inputs().size(), 1);
        QCOMPARE(m_results->session().inputs().constFirst().path, fixturePath(QStringLiteral("app-sdk.log")));
        QCOMPARE(resultRows(m_results->resultsModel()),
            expectedRows(expectedReport(QStringLiteral("app-sdk.json"))));
        QVERIFY(child<QToolButton>("rerunButton")->isEnabled());
        QVERIFY(!m_results->linesPane()->table()->isHidden());
    }

    // The first thing a window shows, before any lines have been: the codes still get the
    // height (the lines table, hidden for a report, has never been laid out).
    void reportInAFreshWindowShowsItsCodes()
    {
        const QString path = cliReport(QStringLiteral("report.json"), { "app-sdk.log" });
        // As `ekyc-codes-gui report.json` does: opened while the window is being shown.
        createWindow();
        ReportOpener *opener = m_window->classification()->reports();
        QSignalSpy shown(opener, &ReportOpener::shown);
        opener->open(path);
        QVERIFY(showWindow());
        QVERIFY(!shown.isEmpty() || shown.wait(30000));
        QVERIFY(m_results->linesPane()->table()->isHidden());
        QVERIFY(codesInSight());
    }

    // A report dropped on the window (or chosen in Open Logs…) is opened, not classified as a
    // log: its codes would count again. Among logs it is left out, and the status bar says so.
    void droppedReportOpens()
    {
        const QString path = cliReport(QStringLiteral("report.json"), { "h5-web.log", "ambiguous.log" });
        ReportOpener *opener = m_window->classification()->reports();
        QSignalSpy shown(opener, &ReportOpener::shown);
        QSignalSpy started(m_controller, &ClassificationController::busyChanged);
        QVERIFY(drop({ QUrl::fromLocalFile(path) }));
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_results->session().reportPath(), path);
        QVERIFY(started.isEmpty()); // no run
    }
    void reportAmongLogsIsLeftOut()
    {
        const QString path = cliReport(QStringLiteral("report.json"), { "h5-web.log" });
        QSignalSpy said(m_window->classification(), &ClassifyFrame::message);
        QVERIFY(classify({ QUrl::fromLocalFile(path), QUrl::fromLocalFile(fixturePath(QStringLiteral("app-sdk.log"))) }));
        QVERIFY(!said.isEmpty());
        QCOMPARE(said.constFirst().constFirst().toString(),
            QStringLiteral("Reports of ekyc-codes are not classified (open one with File ▸ Open Report…): report.json"));
        QCOMPARE(m_results->session().reportPath(), QString());
        QCOMPARE(m_results->session().inputs().size(), 1);
        QCOMPARE(m_results->session().inputs().constFirst().path, fixturePath(QStringLiteral("app-sdk.log")));
        QCOMPARE(resultRows(m_results->resultsModel()), expectedRows(expectedReport(QStringLiteral("app-sdk.json"))));
        // Two reports alone: neither is opened or classified.
        const QString other = cliReport(QStringLiteral("other.json"), { "app-sdk.log" });
        QSignalSpy shown(m_window->classification()->reports(), &ReportOpener::shown);
        QSignalSpy started(m_controller, &ClassificationController::busyChanged);
        drop({ QUrl::fromLocalFile(path), QUrl::fromLocalFile(other) });
        QVERIFY(shown.isEmpty());
        QVERIFY(started.isEmpty());
        QCOMPARE(m_window->statusBar()->currentMessage(),
            QStringLiteral("Reports of ekyc-codes are not classified (open one with File ▸ Open Report…): "
                           "report.json, other.json"));
        // A log that only looks like JSON is classified as before.
        const QString jsonLog = m_dir.filePath(QStringLiteral("service.json"));
        writeFile(jsonLog, "{\"time\":\"2023-07-05\",\"catalog\":1,\"ErrorCode\":\"1001\",\"action\":\"DetectAuth\"}\n");
        QVERIFY(classify({ QUrl::fromLocalFile(jsonLog) }));
        QCOMPARE(m_results->session().inputs().constFirst().path, jsonLog);
    }

    // In Chinese the pane says it in Chinese (the translation is complete for these texts).
    void saysItInChinese()
    {
        m_window.reset();
        AppSettings().setLanguage(UiLanguage::Chinese);
        QVERIFY(openWindow());
        QVERIFY(openReport(cliReport(QStringLiteral("report.json"), { "h5-web.log" })));
        QCOMPARE(m_results->linesPane()->title(), QStringLiteral("此报告打开自 report.json：它只包含计数，不包含日志行。"));
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("openReportAction"))->text(),
            QStringLiteral("打开报告(&T)…"));
    }

private:
    // The JSON report of `ekyc-codes classify` on `fixtures`, written to m_dir/name.
    QString cliReport(const QString &name, const QStringList &fixtures)
    {
        QStringList args { QStringLiteral("classify"), QStringLiteral("--format"), QStringLiteral("json") };
        for (const QString &f : fixtures)
            args << fixturePath(f);
        const QString path = m_dir.filePath(name);
        writeFile(path, runCli(args));
        return path;
    }
    // The codes all in sight, or the lines pane no taller than its least and a row: a pane with
    // only a sentence (a report's) leaves the height to the codes.
    bool codesInSight()
    {
        QTableView *codes = m_results->codesTable();
        MatchedLinesPane *pane = m_results->linesPane();
        const auto fits = [&] {
            return codes->verticalHeader()->length() <= codes->viewport()->height()
                || pane->height() <= pane->minimumSizeHint().height() + codes->verticalHeader()->defaultSectionSize();
        };
        if (QTest::qWaitFor(fits))
            return true;
        qWarning("codes %d of %d px in sight, lines pane %d px", codes->viewport()->height(),
            codes->verticalHeader()->length(), pane->height());
        return false;
    }
    bool openReport(const QString &path)
    {
        ReportOpener *opener = m_window->classification()->reports();
        QSignalSpy shown(opener, &ReportOpener::shown);
        opener->open(path);
        return shown.wait(30000);
    }
    QMessageBox *replaceQuestion() const
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("replaceResultsDialog"));
    }
};

QTEST_MAIN(TestOpenReport)
#include "tst_openreport.moc"
