// Classifying in the window, driven as a person would: drops (QDropEvent with file URLs),
// the clipboard, Esc, the dialogs, the results tab's tables and its exports. The truth for
// the results is the hand-made expected reports of tests/data/classify/expected, and for
// the exports the CLI itself.
#include "widgets/classificationcontroller.h"
#include "widgets/inputsmodel.h"
#include "widgets/mainwindow.h"
#include "widgets/matchedlinesmodel.h"
#include "widgets/matchedlinespane.h"
#include "widgets/resultsview.h"
#include "widgets/runprogresswidget.h"

#include "resultrows.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ekyc;

Q_DECLARE_METATYPE(QList<ekyc::TextRange>)

namespace {

QList<QUrl> urls(const QStringList &fixtures)
{
    QList<QUrl> out;
    for (const QString &f : fixtures)
        out << QUrl::fromLocalFile(fixturePath(f));
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(EKYC_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("the CLI did not finish");
    return p.readAllStandardOutput();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestClassifyWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // settings and generated logs
    std::unique_ptr<MainWindow> m_window;
    ResultsView *m_results = nullptr;
    ClassificationController *m_controller = nullptr;
    QString m_bigLog;

    // A log of ~300 MB: 8 lines in 9 are noise, the others hold a code (as real logs do).
    QString bigLog()
    {
        if (!m_bigLog.isEmpty())
            return m_bigLog;
        QByteArray chunk;
        for (int i = 0; chunk.size() < (1 << 20); ++i) {
            chunk += i % 9 == 0
                ? QByteArray(
                      "2023-07-05 10:00:01 INFO [faceid-3] GetFaceIdResultIntl {\"Result\":\"2016\",\"RequestId\":\"")
                    + QByteArray::number(i) + "\"}\n"
                : QByteArray("2023-07-05 10:00:01 INFO [http-nio-8080-exec-7] c.e.api.Response - "
                             "{\"code\":200,\"msg\":\"ok\",\"id\":")
                    + QByteArray::number(i) + "}\n";
        }
        m_bigLog = m_dir.filePath(QStringLiteral("big.log"));
        QFile f(m_bigLog);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the big log");
        for (int i = 0; i < 300; ++i)
            f.write(chunk);
        return m_bigLog;
    }

    bool drop(const QMimeData &mime)
    {
        const QPoint pos = m_window->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent event(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &event);
        return event.isAccepted();
    }
    bool drop(const QList<QUrl> &list)
    {
        QMimeData mime;
        mime.setUrls(list);
        return drop(mime);
    }
    // Drops `list` and waits for its run to finish.
    bool classify(const QList<QUrl> &list)
    {
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        return drop(list) && finished.wait(30000);
    }
    QTableView *table(ResultsModel::Section section) const { return m_results->sectionTable(section); }
    QStringList rows(ResultsModel::Section section) const { return resultRows(m_results->resultsModel(section)); }
    bool selectCode(ResultsModel::Section section, const QString &code)
    {
        QTableView *view = table(section);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, ResultsModel::CodeColumn);
            if (index.data(CodeRole).toString() == code) {
                view->setFocus();
                view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s in the main window", name);
        return widget;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ekyc-codes-tests"));
    }
    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_results = m_window->resultsView();
        m_controller = m_window->controller();
    }
    void cleanup() { m_window.reset(); }

    void dropFillsTheResults_data()
    {
        QTest::addColumn<QStringList>("fixtures");
        QTest::addColumn<QString>("expected");
        QTest::newRow("h5-web") << QStringList { "h5-web.log" } << "h5-web.json";
        QTest::newRow("ambiguous") << QStringList { "ambiguous.log" } << "ambiguous.json";
        QTest::newRow("unknown") << QStringList { "unknown.log" } << "unknown.json";
        QTest::newRow("two files") << QStringList { "h5-web.log", "codes-h5.log" } << "two-files.json";
        QTest::newRow("zip") << QStringList { "bundle.zip" } << "bundle-zip.json";
    }
    void dropFillsTheResults()
    {
        QFETCH(QStringList, fixtures);
        QFETCH(QString, expected);
        QVERIFY(classify(urls(fixtures)));
        const QJsonObject truth = expectedReport(expected);
        QCOMPARE(rows(ResultsModel::Section::Known), expectedRows(truth, QStringLiteral("known")));
        QCOMPARE(rows(ResultsModel::Section::Ambiguous), expectedRows(truth, QStringLiteral("ambiguous")));
        QCOMPARE(rows(ResultsModel::Section::Unknown), expectedRows(truth, QStringLiteral("unknown")));
        // Each input's product and where it came from.
        const QJsonArray files = truth.value(QLatin1String("files")).toArray();
        InputsModel *inputs = m_results->inputsModel();
        QCOMPARE(inputs->rowCount(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject f = files.at(i).toObject();
            QVERIFY(inputs->file(i).path.endsWith(f.value(QLatin1String("path")).toString()));
            QCOMPARE(
                productSourceId(inputs->file(i).productSource), f.value(QLatin1String("product_source")).toString());
            QCOMPARE(inputs->file(i).events, f.value(QLatin1String("events")).toInteger());
        }
        const QJsonObject totals = truth.value(QLatin1String("totals")).toObject();
        QVERIFY2(m_results->totalsText().contains(
                     QStringLiteral(" \u2014 events: %1, billable: %2, billing uncertain: %3, unknown: %4.")
                         .arg(totals.value(QLatin1String("events")).toInt())
                         .arg(totals.value(QLatin1String("billable")).toInt())
                         .arg(totals.value(QLatin1String("billable_uncertain")).toInt())
                         .arg(totals.value(QLatin1String("unknown")).toInt())),
            qPrintable(m_results->totalsText()));
        QCOMPARE(child<QTabWidget>("tabs")->currentWidget(), m_results);
        // The unknown codes are announced above the tables, not only listed below them.
        QCOMPARE(child<QLabel>("unknownBanner")->isVisibleTo(m_results),
            !expectedRows(truth, QStringLiteral("unknown")).isEmpty());
    }

    void pastedTextIsClassified()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("noise\nGetFaceIdResultIntl {\"Result\":\"2016\"}\n"));
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        child<QTableView>("table")->setFocus();
        QTRY_VERIFY(child<QTableView>("table")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_results->inputsModel()->file(0).path, QStringLiteral("pasted text"));
        QCOMPARE(rows(ResultsModel::Section::Known), QStringList { "known:app_sdk:2016:1:yes" });
        // Its lines come back from the pasted text itself.
        QVERIFY(selectCode(ResultsModel::Section::Known, QStringLiteral("2016")));
        MatchedLinesModel *lines = m_results->linesPane()->model();
        QTRY_COMPARE(lines->rowCount(), 1);
        QCOMPARE(lines->line(0).line, 2);
        QCOMPARE(lines->line(0).text, QStringLiteral("GetFaceIdResultIntl {\"Result\":\"2016\"}"));

        // In an edit field Ctrl+V pastes into the field and classifies nothing.
        auto *search = child<QLineEdit>("searchEdit");
        child<QTabWidget>("tabs")->setCurrentIndex(0);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QGuiApplication::clipboard()->setText(QStringLiteral("1001"));
        QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(search->text(), QStringLiteral("1001"));
        QVERIFY(!m_controller->isBusy());
    }

    void droppedTextIsClassified()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("[TencentCloudSDKError] Code=FailedOperation.LivessDetectFake, Message=x"));
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        QVERIFY(drop(mime));
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_results->inputsModel()->file(0).path, QStringLiteral("dropped text"));
        QCOMPARE(rows(ResultsModel::Section::Known), QStringList { "known:api:FailedOperation.LivessDetectFake:1:no" });
    }

    void urlDropIsRefused()
    {
        QVERIFY(!drop(QList<QUrl> { QUrl(QStringLiteral("https://example.com/logs/app.log")) }));
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(m_window->statusBar()->currentMessage(),
            QStringLiteral("Only files on this computer can be classified; refused: https://example.com/logs/app.log"));
        QVERIFY(m_results->session().isEmpty());
    }

    void folderIsScannedWithoutLinksOrHiddenFiles()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(root.mkpath(QStringLiteral("logs/sub")));
        QVERIFY(root.mkpath(QStringLiteral("elsewhere")));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("app-sdk.log")), dir.filePath(QStringLiteral("logs/app.log"))));
        QVERIFY(
            QFile::copy(fixturePath(QStringLiteral("h5-web.log")), dir.filePath(QStringLiteral("logs/sub/web.log"))));
        QVERIFY(
            QFile::copy(fixturePath(QStringLiteral("idv-sdk.log")), dir.filePath(QStringLiteral("logs/.hidden.log"))));
        QVERIFY(
            QFile::copy(fixturePath(QStringLiteral("idv-sdk.log")), dir.filePath(QStringLiteral("elsewhere/idv.log"))));
        QVERIFY(QFile::link(fixturePath(QStringLiteral("idv-sdk.log")), dir.filePath(QStringLiteral("logs/link.log"))));
        QVERIFY(
            QFile::link(dir.filePath(QStringLiteral("elsewhere")), dir.filePath(QStringLiteral("logs/linked-dir"))));
        QVERIFY(classify({ QUrl::fromLocalFile(dir.filePath(QStringLiteral("logs"))) }));
        const QList<SessionInput> &inputs = m_results->session().inputs();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs.at(0).path, dir.filePath(QStringLiteral("logs/app.log")));
        QCOMPARE(inputs.at(1).path, dir.filePath(QStringLiteral("logs/sub/web.log")));
    }

    void largeFolderIsConfirmedFirst()
    {
        QTemporaryDir dir;
        for (int i = 0; i <= InputCollectorLimit; ++i)
            writeFile(dir.filePath(QStringLiteral("%1.log").arg(i)), "x\n");
        QVERIFY(drop(QList<QUrl> { QUrl::fromLocalFile(dir.path()) }));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("largeFolderDialog"))));
        QCOMPARE(box->text(), QStringLiteral("The folder holds 1,001 files. Classify them all?"));
        QVERIFY(!m_controller->isBusy()); // nothing starts before the answer
        box->button(QMessageBox::No)->click();
        QVERIFY(!m_controller->isBusy());
        QVERIFY(m_results->session().isEmpty());
    }

    void errorsArePerInput()
    {
        QVERIFY(classify(urls({ "app-sdk.log", "missing.log", "a-directory" })));
        // The folder is scanned (its README is a file); the missing file keeps its entry.
        InputsModel *inputs = m_results->inputsModel();
        QCOMPARE(inputs->rowCount(), 3);
        QCOMPARE(inputs->index(0, 0).data(ErrorRole).toString(), QString());
        QVERIFY(inputs->index(1, 0).data(ErrorRole).toString().startsWith(QStringLiteral("cannot open")));
        QVERIFY(m_results->totalsText().contains(QStringLiteral("Not read completely: 1 (see Error).")));
    }

    void cancelStopsALongRunQuickly()
    {
        QVERIFY(classify(urls({ "h5-web.log" })));
        const QStringList before = rows(ResultsModel::Section::Known);
        const QString big = bigLog();

        QSignalSpy progress(m_controller, &ClassificationController::progressChanged);
        QSignalSpy cancelled(m_controller, &ClassificationController::runCancelled);
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        QVERIFY(drop({ QUrl::fromLocalFile(big) }));
        QVERIFY(m_controller->isBusy());
        // Wait until the engine is well into the file: bytes read, the bar showing it.
        QTRY_VERIFY_WITH_TIMEOUT(
            !progress.isEmpty() && progress.constLast().at(0).value<RunProgress>().inputDone > 0, 10000);
        RunProgressWidget *bar = m_window->runProgress();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->barText().startsWith(QStringLiteral("big.log \u2014 ")));
        QVERIFY(finished.isEmpty());

        // Esc where no edit field has the focus.
        table(ResultsModel::Section::Known)->setFocus();
        QTRY_VERIFY(table(ResultsModel::Section::Known)->hasFocus());
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(cancelled.wait(5000));
        const qint64 latency = clock.elapsed();
        qInfo("cancel: %lld ms from Esc to the run's end (controller: %lld ms)", latency,
            m_controller->lastCancelLatency());
        QVERIFY2(latency < 200, qPrintable(QString::number(latency)));
        QVERIFY(m_controller->lastCancelLatency() >= 0 && m_controller->lastCancelLatency() < 200);
        QVERIFY(finished.isEmpty());

        // The window is as it was: the same results, no progress, and it still works.
        QVERIFY(!m_controller->isBusy());
        QVERIFY(!bar->isVisible());
        QCOMPARE(rows(ResultsModel::Section::Known), before);
        QCOMPARE(m_results->inputsModel()->rowCount(), 1);
        QVERIFY(classify(urls({ "app-sdk.log" })));
        QCOMPARE(rows(ResultsModel::Section::Known),
            expectedRows(expectedReport(QStringLiteral("app-sdk.json")), QStringLiteral("known")));
    }

    void dropWhileRunningAsksToCancelOrQueue()
    {
        const QString big = bigLog();
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        QSignalSpy cancelled(m_controller, &ClassificationController::runCancelled);

        // Queue: the new input joins the results of the run going on.
        QVERIFY(drop({ QUrl::fromLocalFile(big) }));
        QVERIFY(drop(urls({ "h5-web.log" })));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("busyDialog"))));
        box->findChild<QPushButton *>(QStringLiteral("queueButton"))->click();
        QCOMPARE(m_controller->queuedRuns(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(m_results->session().inputs().size(), 2);
        QCOMPARE(m_results->session().inputs().at(1).path, fixturePath(QStringLiteral("h5-web.log")));
        QVERIFY(cancelled.isEmpty());

        // Cancel the running one: only the new input is classified.
        finished.clear();
        QVERIFY(drop({ QUrl::fromLocalFile(big) }));
        QVERIFY(drop(urls({ "app-sdk.log" })));
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("busyDialog"))));
        box->findChild<QPushButton *>(QStringLiteral("cancelRunningButton"))->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(m_results->session().inputs().size(), 1);
        QCOMPARE(m_results->session().inputs().at(0).path, fixturePath(QStringLiteral("app-sdk.log")));
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

    void matchedLinesComeInPagesAndExportMasked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.log"));
        QByteArray log;
        for (int i = 1; i <= 25000; ++i)
            log += "GetFaceIdResultIntl Result=1001 Mobile=13812345678 n=" + QByteArray::number(i) + '\n';
        writeFile(path, log);
        QVERIFY(classify({ QUrl::fromLocalFile(path) }));
        QVERIFY(selectCode(ResultsModel::Section::Known, QStringLiteral("1001")));
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
        QCOMPARE(lines->line(24999).text, QStringLiteral("GetFaceIdResultIntl Result=1001 Mobile=13812345678 n=25000"));

        // Copying lines masks them (the option is on by default).
        pane->table()->setFocus();
        pane->table()->selectRow(0);
        QTest::keyClick(pane->table(), Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("input\tline\tproduct\tcode\ttext\n%1\t1\tapp_sdk\t1001\tGetFaceIdResultIntl Result=1001 "
                           "Mobile=*** n=1\n")
                .arg(path));

        // The export of the selected row's lines: every one of them, masked, then unmasked.
        QVERIFY(selectCode(ResultsModel::Section::Known, QStringLiteral("1001")));
        QSignalSpy exported(m_results, &ResultsView::matchedLinesExported);
        const QString csv = m_dir.filePath(QStringLiteral("lines.csv"));
        QVERIFY(m_results->exportMatchedLines(csv));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.constLast().at(0).toBool(), true);
        QList<QByteArray> written = readFile(csv).split('\n');
        QCOMPARE(written.size(), 25002); // header, lines, the empty string after the last '\n'
        QCOMPARE(written.at(0), QByteArray("input,line,product,code,text"));
        QCOMPARE(written.at(1), (path + ",1,app_sdk,1001,GetFaceIdResultIntl Result=1001 Mobile=*** n=1").toUtf8());
        child<QCheckBox>("maskCheck")->setChecked(false);
        QVERIFY(m_results->exportMatchedLines(csv));
        QVERIFY(exported.wait(10000));
        written = readFile(csv).split('\n');
        QCOMPARE(written.at(25000),
            (path + ",25000,app_sdk,1001,GetFaceIdResultIntl Result=1001 Mobile=13812345678 n=25000").toUtf8());
    }

    void copiesRowsAndSummary()
    {
        QVERIFY(classify(urls({ "h5-web.log", "ambiguous.log" })));
        QTableView *known = table(ResultsModel::Section::Known);
        QVERIFY(selectCode(ResultsModel::Section::Known, QStringLiteral("1409"))
            || selectCode(ResultsModel::Section::Known, QStringLiteral("2016")));
        QVERIFY(selectCode(ResultsModel::Section::Known, QStringLiteral("2016")));
        QTRY_VERIFY(known->hasFocus());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(known, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("status\tproduct\tcode\tdescription\tevents\tbillable\n"
                           "known\th5\t2016\tThe comparison similarity did not reach the passing standard\t1\tyes\n"));
        QVERIFY(selectCode(ResultsModel::Section::Ambiguous, QStringLiteral("1001")));
        QTest::keyClick(table(ResultsModel::Section::Ambiguous), Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY(QGuiApplication::clipboard()->text().endsWith(QStringLiteral("\tuncertain\n")));

        child<QPushButton>("copySummaryButton")->click();
        const QString summary = QGuiApplication::clipboard()->text();
        // Every number from the hand-made expected reports of the two inputs.
        const QJsonObject h5 = expectedReport(QStringLiteral("h5-web.json"));
        const QJsonObject ambiguous = expectedReport(QStringLiteral("ambiguous.json"));
        const QJsonObject h5Totals = h5.value(QLatin1String("totals")).toObject();
        const QJsonObject ambiguousTotals = ambiguous.value(QLatin1String("totals")).toObject();
        auto total = [&](const char *key) {
            return h5Totals.value(QLatin1String(key)).toInt() + ambiguousTotals.value(QLatin1String(key)).toInt();
        };
        const QString expected
            = QStringLiteral("eKYC error codes found in logs (catalog updated 2023-07-03). Inputs:\n"
                             "- %1: h5 (from actions); lines: 8, events: 6\n"
                             "- %2: no product (from none); lines: 8, events: 7\n"
                             "common \u2014 Common (all services): events: 1, billable: 0\n"
                             "h5 \u2014 Liveness + Face Compare (Mobile H5): events: 5, billable: 2\n"
                             "No product resolved (ambiguous): events: %3, billing uncertain: %4\n"
                             "Unknown codes (not in the 2023-07-03 catalog): events: %5\n"
                             "Total: events: %6, billable: %7, billing uncertain: %8, unknown: %5.\n"
                             "These are log events, not billed requests.\n")
                  .arg(fixturePath(QStringLiteral("h5-web.log")), fixturePath(QStringLiteral("ambiguous.log")))
                  .arg(total("ambiguous"))
                  .arg(total("billable_uncertain"))
                  .arg(total("unknown"))
                  .arg(total("events"))
                  .arg(total("billable"))
                  .arg(total("billable_uncertain"));
        QCOMPARE(summary, expected);
    }

    void enterShowsTheCodeInTheCatalog()
    {
        QVERIFY(classify(urls({ "h5-web.log" })));
        QVERIFY(selectCode(ResultsModel::Section::Known, QStringLiteral("2015")));
        QTest::keyClick(table(ResultsModel::Section::Known), Qt::Key_Return);
        QTRY_COMPARE(child<QTabWidget>("tabs")->currentIndex(), 0);
        QCOMPARE(child<QLineEdit>("searchEdit")->text(), QStringLiteral("2015"));
        auto *catalogTable = child<QTableView>("table");
        QTRY_VERIFY(catalogTable->hasFocus());
        QCOMPARE(catalogTable->currentIndex().data(ProductRole).toInt(), productIndex(Product::H5));
        QCOMPARE(catalogTable->currentIndex().data(CodeRole).toString(), QStringLiteral("2015"));
    }

    void oneInputClassifiedAgainAsAProduct()
    {
        QVERIFY(classify(urls({ "h5-web.log", "ambiguous.log" })));
        QTableView *inputs = child<QTableView>("inputsTable");
        inputs->selectRow(1);
        QAction *asIdv = nullptr;
        for (QAction *action : inputs->actions()) {
            if (action->text() == QStringLiteral("Identity Verification"))
                asIdv = action;
        }
        QVERIFY(asIdv);
        QSignalSpy finished(m_controller, &ClassificationController::runFinished);
        asIdv->trigger();
        QVERIFY(finished.wait(10000));
        // ambiguous.log is now read as Identity Verification; h5-web.log is untouched.
        QCOMPARE(m_results->session().inputs().size(), 2);
        QCOMPARE(m_results->inputsModel()->file(1).productSource, ProductSource::User);
        QCOMPARE(m_results->inputsModel()->file(0).productSource, ProductSource::Actions);
        QCOMPARE(rows(ResultsModel::Section::Ambiguous), QStringList());
        const QStringList idv
            = expectedRows(expectedReport(QStringLiteral("ambiguous--product-idv_sdk.json")), QStringLiteral("known"));
        for (const QString &row : idv)
            QVERIFY2(rows(ResultsModel::Section::Known).contains(row), qPrintable(row));
    }

    void choicesAndRecentInputsAreRemembered()
    {
        auto *choice = child<QComboBox>("productChoiceCombo");
        QCOMPARE(choice->currentText(), QStringLiteral("Auto"));
        QVERIFY(child<QCheckBox>("maskCheck")->isChecked());
        choice->setCurrentIndex(choice->findText(QStringLiteral("H5")));
        child<QCheckBox>("maskCheck")->setChecked(false);
        QVERIFY(classify(urls({ "ambiguous.log" })));
        // The choice went to the engine as the user's product.
        QCOMPARE(m_results->inputsModel()->file(0).productSource, ProductSource::User);
        QCOMPARE(m_results->inputsModel()->file(0).product, std::optional(Product::H5));
        m_window->resize(900, 640);
        m_window->close();

        m_window = std::make_unique<MainWindow>();
        QCOMPARE(child<QComboBox>("productChoiceCombo")->currentText(), QStringLiteral("H5"));
        QVERIFY(!child<QCheckBox>("maskCheck")->isChecked());
        QCOMPARE(m_window->size(), QSize(900, 640));
        const QList<QAction *> recent = child<QMenu>("recentMenu")->actions();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.at(0)->text(), QStringLiteral("&1 %1").arg(fixturePath(QStringLiteral("ambiguous.log"))));
    }

private:
    static constexpr int InputCollectorLimit = 1000;
};

QTEST_MAIN(TestClassifyWindow)
#include "tst_classifywindow.moc"
