// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Results page as a person uses it: its layout at 1024×600 measured from the views'
// visible rows, the summary figures and the filters, the inputs list narrowing everything, the
// lines masked on screen with Reveal, a line's context, and Tab between widgets.
#include "models/appsettings.h"
#include "models/inputsmodel.h"
#include "models/matchedlinesmodel.h"
#include "widgets/results/contextview.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/summarystrip.h"

#include "core/catalogloader.h"

#include "windowdriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace ekyc;

namespace {

// `inputs` logs of the H5 web backend: every H5 code of the catalog, `perCode` lines each,
// spread over the inputs; the lines carry an id card number and a RequestId.
QStringList writeLogs(const QString &dir, int inputs, int perCode)
{
    QList<QByteArray> logs(inputs);
    const Catalog catalog = CatalogLoader::builtIn();
    int n = 0;
    for (const CodeEntry &e : catalog.entries()) {
        if (e.product != Product::H5)
            continue;
        for (int k = 0; k < perCode; ++k, ++n)
            logs[n % inputs] += "2023-07-05T09:13:40.562+08:00 INFO  [kyc-web] GetWebVerificationResultIntl "
                                "response={\"Response\":{\"ErrorCode\":"
                + e.code.toUtf8() + ",\"IdCard\":\"110101199003071234\",\"RequestId\":\"req-" + QByteArray::number(n)
                + "\"}}\n";
    }
    QStringList paths;
    for (int i = 0; i < inputs; ++i) {
        paths << dir + QStringLiteral("/web-%1.log").arg(i + 1);
        writeFile(paths.constLast(), logs.at(i));
    }
    return paths;
}

QList<QUrl> fileUrls(const QStringList &paths)
{
    QList<QUrl> out;
    for (const QString &p : paths)
        out << QUrl::fromLocalFile(p);
    return out;
}

int rowHeight(QTableView *view)
{
    return view->verticalHeader()->defaultSectionSize();
}
// Whole rows the view has room for.
int roomRows(QTableView *view)
{
    return view->viewport()->height() / rowHeight(view);
}
int hiddenRows(QTableView *view)
{
    return std::max(0, view->model()->rowCount() - roomRows(view));
}
int emptyRows(QTableView *view)
{
    return std::max(0, roomRows(view) - view->model()->rowCount());
}

} // namespace

class TestResultsPage : public QObject, public WindowDriver
{
    Q_OBJECT

    MatchedLinesPane *lines() const { return m_results->linesPane(); }
    QTableView *codes() const { return m_results->codesTable(); }
    // Waits for the lines of the selected codes and the page's sharing of its height.
    bool settle()
    {
        if (!QTest::qWaitFor([this] { return !lines()->isLoading(); }, 10000))
            return false;
        QCoreApplication::processEvents();
        m_results->balancePanes();
        QCoreApplication::processEvents();
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(startSuite()); }
    void init()
    {
        QVERIFY(freshWindow());
    }
    void cleanup() { m_window.reset(); }

    // At 1024×600 the codes table shows at least 8 rows and the lines at least 5, and no view
    // shows more than one empty row while the other has rows hidden.
    void layoutAt1024x600_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("perCode");
        QTest::newRow("9 inputs, many codes, 6 lines each") << 9 << 6;
        QTest::newRow("1 input, many codes, 40 lines each") << 1 << 40;
        QTest::newRow("2 inputs, many codes, 1 line each") << 2 << 1;
    }
    void layoutAt1024x600()
    {
        QFETCH(int, inputs);
        QFETCH(int, perCode);
        m_window->resize(1024, 600);
        QVERIFY(classify(fileUrls(writeLogs(m_dir.path(), inputs, perCode))));
        QVERIFY(settle());
        QTRY_VERIFY(lines()->model()->rowCount() > 0);
        QVERIFY(settle());
        QTableView *lineView = lines()->table();
        QVERIFY2(roomRows(codes()) >= 8, qPrintable(QString::number(roomRows(codes()))));
        QVERIFY2(roomRows(lineView) >= std::min(5, lineView->model()->rowCount()),
            qPrintable(QString::number(roomRows(lineView))));
        QVERIFY(emptyRows(codes()) <= 1 || hiddenRows(lineView) == 0);
        QVERIFY(emptyRows(lineView) <= 1 || hiddenRows(codes()) == 0);
        // Every input in sight beside the table.
        auto *inputsTable = child<QTableView>("inputsTable");
        QCOMPARE(hiddenRows(inputsTable), 0);
    }

    // With EKYC_SCREENSHOT_DIR set: the page at 1024×600 and 1440×900, light and dark, English
    // and Chinese, for a person to look at (README's screenshots come from here).
    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("language");
        for (const QSize size : { QSize(1024, 600), QSize(1440, 900) }) {
            for (const UiTheme theme : { UiTheme::Light, UiTheme::Dark }) {
                for (const UiLanguage language : { UiLanguage::English, UiLanguage::Chinese }) {
                    const QString name = QStringLiteral("results-%1x%2-%3-%4")
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(AppSettings::themeValue(theme), AppSettings::languageValue(language));
                    QTest::newRow(qPrintable(name)) << size << int(theme) << int(language);
                }
            }
        }
    }
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("EKYC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("EKYC_SCREENSHOT_DIR is not set");
        QFETCH(QSize, size);
        QFETCH(int, theme);
        QFETCH(int, language);
        m_window.reset();
        AppSettings().setTheme(UiTheme(theme));
        AppSettings().setLanguage(UiLanguage(language));
        QVERIFY(openWindow());
        m_window->resize(size);
        const QStringList logs = writeLogs(m_dir.path(), 3, 4);
        QVERIFY(classify(fileUrls(logs
            + QStringList {
                fixturePath(QStringLiteral("ambiguous.log")), fixturePath(QStringLiteral("unknown.log")) })));
        QVERIFY(settle());
        QVERIFY(m_window->grab().save(
            dir + QLatin1Char('/') + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
    }

    // The summary figures filter the table; the status filter says the same; the text filter
    // narrows further.
    void figuresAndFiltersNarrowTheTable()
    {
        QVERIFY(classify(urls({ "h5-web.log", "ambiguous.log", "unknown.log", "missing.log" })));
        auto *strip = child<SummaryStrip>("summaryStrip");
        auto *status = child<QComboBox>("statusCombo");
        QAbstractItemModel *shown = codes()->model();
        const int all = shown->rowCount();
        QToolButton *unknown = strip->button(ResultsFilterProxy::Show::Unknown);
        unknown->click();
        QVERIFY(unknown->isChecked());
        QCOMPARE(status->currentData().toInt(), int(ResultsFilterProxy::Show::Unknown));
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, 0).data(StatusRole).toInt(), int(EventStatus::Unknown));
        unknown->click(); // again: every code
        QCOMPARE(shown->rowCount(), all);
        QCOMPARE(status->currentData().toInt(), int(ResultsFilterProxy::Show::All));
        status->setCurrentIndex(status->findData(int(ResultsFilterProxy::Show::Billable)));
        QVERIFY(strip->button(ResultsFilterProxy::Show::Billable)->isChecked());
        status->setCurrentIndex(0);
        // Ctrl+F on this page: its filter.
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_results->codesFilter()->hasFocus());
        QTest::keyClicks(m_results->codesFilter(), QStringLiteral("2016"));
        QVERIFY(shown->rowCount() > 0);
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, 0).data(CodeRole).toString(), QStringLiteral("2016"));
        QTest::keyClick(m_results->codesFilter(), Qt::Key_Escape);
        QCOMPARE(shown->rowCount(), all);
    }

    // Selecting inputs narrows the codes, the figures and the lines to them; none selected: all.
    void inputsSelectionNarrowsEverything()
    {
        QVERIFY(classify(urls({ "h5-web.log", "app-sdk.log" })));
        auto *inputsTable = child<QTableView>("inputsTable");
        const QStringList all = resultRows(m_results->resultsModel());
        inputsTable->selectRow(1);
        QCOMPARE(m_results->selectedFiles(), QList<int> { 1 });
        QCOMPARE(resultRows(m_results->resultsModel()), expectedRows(expectedReport(QStringLiteral("app-sdk.json"))));
        QCOMPARE(child<QToolButton>("eventsFigure")->text(),
            QStringLiteral("Events: %1").arg(m_results->inputsModel()->file(1).events));
        QVERIFY(settle());
        for (const MatchedLine &l : lines()->model()->lines())
            QCOMPARE(l.input, 1);
        inputsTable->clearSelection();
        QCOMPARE(resultRows(m_results->resultsModel()), all);
        // Collapsible: the toggle hides and shows the list.
        child<QToolButton>("inputsToggle")->click();
        QVERIFY(!child<QWidget>("inputsPane")->isVisible());
        child<QToolButton>("inputsToggle")->click();
        QVERIFY(child<QWidget>("inputsPane")->isVisible());
    }

    // On screen the lines are masked (the option is on by default); Reveal shows the selected
    // line in clear while held; the lines filter searches the clear text.
    void linesMaskedOnScreenWithReveal()
    {
        const QStringList paths = writeLogs(m_dir.path(), 1, 3);
        QVERIFY(classify(fileUrls(paths)));
        QVERIFY(settle());
        QTableView *view = lines()->table();
        QVERIFY(view->model()->rowCount() > 0);
        const QModelIndex first = view->model()->index(0, MatchedLinesModel::TextColumn);
        QVERIFY(first.data().toString().contains(QStringLiteral("\"IdCard\":\"***\"")));
        QVERIFY(!first.data().toString().contains(QStringLiteral("110101199003071234")));
        view->setCurrentIndex(first);
        auto *reveal = child<QPushButton>("revealButton");
        QTest::mousePress(reveal, Qt::LeftButton);
        QVERIFY(first.data().toString().contains(QStringLiteral("110101199003071234")));
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QVERIFY(!first.data().toString().contains(QStringLiteral("110101199003071234")));
        // Off: clear text on screen.
        child<QCheckBox>("maskCheck")->setChecked(false);
        QVERIFY(first.data().toString().contains(QStringLiteral("110101199003071234")));
        child<QCheckBox>("maskCheck")->setChecked(true);
        // The input by its base name, the full path in the tooltip.
        const QModelIndex input = view->model()->index(0, MatchedLinesModel::InputColumn);
        QCOMPARE(input.data().toString(), QStringLiteral("web-1.log"));
        QCOMPARE(input.data(Qt::ToolTipRole).toString(), paths.at(0));
        // The lines filter: a RequestId.
        const QString id = QStringLiteral("req-1\"");
        QTest::keyClicks(lines()->filterEdit(), QStringLiteral("req-1\""));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()->index(0, 0).data(LineTextRole).toString().contains(id));
    }

    // Enter on a line: its context, ±20 lines with the line selected, masked; more on scroll.
    void enterOpensTheContext()
    {
        const QString path = m_dir.filePath(QStringLiteral("context.log"));
        QByteArray log;
        for (int i = 1; i <= 200; ++i)
            log += i == 100 ? QByteArray("GetFaceIdResultIntl Result=1001 Mobile=13812345678\n")
                            : "2023-07-05 noise line " + QByteArray::number(i) + " Mobile=13912345678\n";
        writeFile(path, log);
        QVERIFY(classify({ QUrl::fromLocalFile(path) }));
        QVERIFY(settle());
        QTableView *view = lines()->table();
        QCOMPARE(view->model()->rowCount(), 1);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        ContextView *context = nullptr;
        QTRY_VERIFY((context = m_window->findChild<ContextView *>()) != nullptr);
        QTRY_COMPARE(context->model()->rowCount(), 41);
        QCOMPARE(context->model()->line(0).line, 80);
        QCOMPARE(context->model()->line(40).line, 120);
        const QModelIndexList selected = context->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).data(LineNumberRole).toLongLong(), 100);
        const QModelIndex match = selected.at(0).siblingAtColumn(MatchedLinesModel::TextColumn);
        QCOMPARE(match.data().toString(), QStringLiteral("GetFaceIdResultIntl Result=1001 Mobile=***"));
        QCOMPARE(match.data(MatchRangesRole).value<QList<TextRange>>().size(), 1);
        QVERIFY(context->loadAfter());
        QTRY_COMPARE(context->model()->rowCount(), 61);
        QVERIFY(context->loadBefore());
        QTRY_COMPARE(context->model()->rowCount(), 81);
        QCOMPARE(context->model()->line(0).line, 60);
        context->close();
    }

    // Tab moves from widget to widget on the page, never from cell to cell.
    void tabLeavesTheTables()
    {
        QVERIFY(classify(urls({ "h5-web.log", "app-sdk.log" })));
        QVERIFY(settle());
        for (QTableView *view : { codes(), lines()->table(), child<QTableView>("inputsTable") }) {
            QVERIFY(!view->tabKeyNavigation());
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            QTest::keyClick(view, Qt::Key_Tab);
            QVERIFY2(!view->hasFocus(), qPrintable(view->objectName()));
        }
    }
};

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
