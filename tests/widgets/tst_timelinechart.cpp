// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline above the codes table, driven as a person would: a range chosen by dragging
// across the bars or by selecting rows of its table filters the codes (with the range's counts)
// and the lines, the chip's ✕ clears it; the hover tooltip; the selected code's series stands
// out; colours follow the theme; one line when no event has a time; collapsed in a low window.
#include "models/appsettings.h"
#include "models/inputsmodel.h"
#include "models/matchedlinesmodel.h"
#include "models/timelinemodel.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/timelinechart.h"
#include "widgets/results/timelinepanel.h"

#include "windowdriver.h"

#include <QHelpEvent>
#include <QLabel>
#include <QToolButton>
#include <QToolTip>

using namespace ekyc;

namespace {

QByteArray h5Line(const QByteArray &time, const QByteArray &code, int n)
{
    return time + " INFO  [kyc-web] GetWebVerificationResultIntl response={\"Response\":{\"ErrorCode\":" + code
        + ",\"RequestId\":\"req-" + QByteArray::number(n) + "\"}}\n";
}

QByteArray clock(int minutes, const char *zone)
{
    return QStringLiteral("2023-07-05T%1:%2:00")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'))
               .toLatin1()
        + zone;
}

// H5 results in UTC: 1101 six times from 02:00, 2016 four times from 20:00, 0 twice in each.
// The span (02:00 to 20:30) makes 15-minute buckets; 02:00–03:00 is buckets 0 to 3.
QByteArray rangeLog()
{
    QByteArray log;
    int n = 0;
    for (int i = 0; i < 6; ++i)
        log += h5Line(clock(120 + 10 * i, "Z"), "1101", n++);
    for (int i = 0; i < 4; ++i)
        log += h5Line(clock(1200 + 10 * i, "Z"), "2016", n++);
    for (int minutes : { 125, 135, 1205, 1215 })
        log += h5Line(clock(minutes, "Z"), "0", n++);
    return log;
}

// A day of a web backend in +08:00 (many codes, a 2016 incident in the afternoon, success
// through the day), an app's ambiguous 1001s with times without a zone, a gateway's codes the
// catalog does not know, and a few lines without a time.
QStringList writeMixedLogs(const QString &dir)
{
    static const char *const rare[] = { "1", "2", "3", "4", "8", "9", "10", "11", "14", "15", "16", "202", "1102" };
    QByteArray web;
    QByteArray app;
    QByteArray gateway;
    int n = 0;
    for (int slot = 0; slot < 288; ++slot) {
        const int minutes = slot * 5;
        const int hour = minutes / 60;
        const QByteArray time = clock(minutes, ".250+08:00");
        const int success = hour >= 9 && hour <= 21 ? 3 + slot % 3 : slot % 2;
        for (int i = 0; i < success; ++i)
            web += h5Line(time, "0", n++);
        if (slot % 3 == 0)
            web += h5Line(time, "1101", n++);
        for (int i = 0; i < (hour >= 14 && hour < 16 ? 4 : slot % 24 == 0 ? 1 : 0); ++i)
            web += h5Line(time, "2016", n++);
        for (int k = 0; k < int(std::size(rare)); ++k) {
            if ((slot + k * 5) % (8 + k * 3) == 0)
                web += h5Line(time, rare[k], n++);
        }
        if (slot % 6 == 0)
            app += "2023-07-05 " + clock(minutes, ".118").mid(11)
                + " INFO  mobile callback sdkToken=3F2A9C1B-77E0-4D2B-8E61-0B9C4D5E6F70 errorCode=1001\n";
        if (slot % 12 == 0)
            gateway += time
                + " ERROR POST https://faceid.tencentcloudapi.com/ {\"Response\":{\"Error\":{\"Code\":"
                  "\"FailedOperation.SomethingNew\"},"
                  "\"RequestId\":\"gw-"
                + QByteArray::number(slot) + "\"}}\n";
    }
    for (int i = 0; i < 5; ++i)
        web += "GetWebVerificationResultIntl response={\"Response\":{\"ErrorCode\":1101}}\n";
    const QStringList paths { dir + QStringLiteral("/web-day.log"), dir + QStringLiteral("/app-day.log"),
        dir + QStringLiteral("/gateway-day.log") };
    writeFile(paths.at(0), web);
    writeFile(paths.at(1), app);
    writeFile(paths.at(2), gateway);
    return paths;
}

QList<QUrl> fileUrls(const QStringList &paths)
{
    QList<QUrl> out;
    for (const QString &p : paths)
        out << QUrl::fromLocalFile(p);
    return out;
}

} // namespace

class TestTimelineChart : public QObject, public WindowDriver
{
    Q_OBJECT

    TimelinePanel *panel() const { return m_results->timelinePanel(); }
    TimelineChart *chart() const { return panel()->chart(); }
    MatchedLinesPane *lines() const { return m_results->linesPane(); }
    // The codes table as "code=events" in the order shown.
    QStringList codes() const
    {
        QStringList out;
        QAbstractItemModel *model = m_results->codesTable()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, ResultsModel::CodeColumn).data(CodeRole).toString() + QLatin1Char('=')
                    + model->index(row, ResultsModel::CountColumn).data().toString();
        return out;
    }
    bool classifyLog(const QByteArray &log, int height = 900)
    {
        m_window->resize(1200, height);
        const QString path = m_dir.filePath(QStringLiteral("timeline.log"));
        writeFile(path, log);
        return classify({ QUrl::fromLocalFile(path) });
    }
    bool linesSettled() const
    {
        return QTest::qWaitFor([this] { return !lines()->isLoading(); }, 10000);
    }

private slots:
    void initTestCase() { QVERIFY(startSuite()); }
    void init()
    {
        QVERIFY(freshWindow());
    }
    void cleanup() { m_window.reset(); }

    // Dragging across the bars of 02:00–03:00, or selecting those rows of the table with the
    // keyboard, leaves the codes with events then, counting those, and their lines then.
    void rangeFiltersCodesAndLines_data()
    {
        QTest::addColumn<bool>("byTable");
        QTest::newRow("by mouse") << false;
        QTest::newRow("by the table") << true;
    }
    void rangeFiltersCodesAndLines()
    {
        QFETCH(bool, byTable);
        QVERIFY(classifyLog(rangeLog()));
        QVERIFY(chart()->isVisible());
        QCOMPARE(panel()->model()->bucketSize(), 15 * TimeBins::Minute);
        QCOMPARE(codes(), QStringList({ QStringLiteral("1101=6"), QStringLiteral("0=4"), QStringLiteral("2016=4") }));
        if (byTable) {
            QTest::mouseClick(panel()->tableButton(), Qt::LeftButton);
            QTableView *table = panel()->table();
            QTRY_VERIFY(table->isVisible());
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        } else {
            QTest::mousePress(chart(), Qt::LeftButton, {}, chart()->barRect(0).center());
            QTest::mouseMove(chart(), chart()->barRect(2).center());
            QTest::mouseRelease(chart(), Qt::LeftButton, {}, chart()->barRect(3).center());
        }
        QCOMPARE(panel()->rangeFirst(), 0);
        QCOMPARE(panel()->rangeLast(), 3);
        QCOMPARE(chart()->selectionLast(), 3);
        QCOMPARE(panel()->table()->selectionModel()->selectedRows().size(), 4);
        QCOMPARE(codes(), QStringList({ QStringLiteral("1101=6"), QStringLiteral("0=2") }));
        QVERIFY(panel()->chipLabel()->isVisible());
        QCOMPARE(panel()->chipLabel()->text(), QStringLiteral("2023-07-05 02:00 – 03:00 UTC"));
        // The lines of 0: those of the range only.
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("0")));
        QVERIFY(linesSettled());
        QTRY_COMPARE(lines()->model()->rowCount(), 2);
        for (const MatchedLine &line : lines()->model()->lines())
            QVERIFY2(line.time.startsWith(QLatin1String("2023-07-05T02:")), qPrintable(line.time));
        QVERIFY(lines()->title().contains(QLatin1String("2 of 2")));
    }

    // The chip's ✕ brings every code back with its whole count, and all its lines.
    void chipClearsTheRange()
    {
        QVERIFY(classifyLog(rangeLog()));
        panel()->setRange(70, 74); // 19:30–20:45
        QCOMPARE(codes(), QStringList({ QStringLiteral("0=2"), QStringLiteral("2016=4") }));
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("0")));
        QVERIFY(linesSettled());
        QTRY_COMPARE(lines()->model()->rowCount(), 2);
        QTest::mouseClick(panel()->clearButton(), Qt::LeftButton);
        QCOMPARE(panel()->rangeFirst(), -1);
        QVERIFY(!panel()->chipLabel()->isVisible());
        QCOMPARE(chart()->selectionFirst(), -1);
        QCOMPARE(codes(), QStringList({ QStringLiteral("1101=6"), QStringLiteral("0=4"), QStringLiteral("2016=4") }));
        QVERIFY(linesSettled());
        QTRY_COMPARE(lines()->model()->rowCount(), 4);
    }

    // Hovering a bar tells its time range and counts.
    void hoverTellsTheBucket()
    {
        QVERIFY(classifyLog(rangeLog()));
        const QPoint pos = chart()->barRect(0).center();
        QHelpEvent help(QEvent::ToolTip, pos, chart()->mapToGlobal(pos));
        QCoreApplication::sendEvent(chart(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("2023-07-05 02:00 – 02:15 UTC")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("3 events, 1 billable")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1101 · H5: 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0 · H5 (billable): 1")), qPrintable(text));
        QToolTip::hideText();
    }

    // Selecting a code in the table makes its series stand out.
    void selectedCodeStandsOut()
    {
        QVERIFY(classifyLog(rangeLog()));
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("2016")));
        const int series = panel()->model()->seriesOf({ Product::H5, 0, QStringLiteral("2016"), {} });
        QVERIFY(series >= 0);
        QCOMPARE(chart()->highlightedSeries(), series);
        QVERIFY(panel()->model()->seriesLabel(series).endsWith(QLatin1String("(billable)")));
        m_results->codesTable()->selectAll();
        QCOMPARE(chart()->highlightedSeries(), -1);
    }

    // Series colours come from the palette: other colours under the dark theme, distinct
    // hues in each, and the chart paints them.
    void darkThemeRecolours()
    {
        QList<QList<QColor>> colours;
        for (const UiTheme theme : { UiTheme::Light, UiTheme::Dark }) {
            m_window.reset();
            AppSettings().setTheme(theme);
            QVERIFY(openWindow());
            QVERIFY(classify(fileUrls(writeMixedLogs(m_dir.path()))));
            QCOMPARE(panel()->model()->seriesCount(), TimelineModel::MaxSeries + 1);
            QList<QColor> these;
            for (int s = 0; s < TimelineModel::MaxSeries; ++s)
                these << chart()->seriesColour(s);
            for (int a = 0; a < these.size(); ++a) {
                for (int b = a + 1; b < these.size(); ++b) {
                    const int apart = std::abs(these.at(a).hslHue() - these.at(b).hslHue());
                    QVERIFY2(std::min(apart, 360 - apart) >= 15, qPrintable(QStringLiteral("%1 %2").arg(a).arg(b)));
                }
            }
            const QImage image = chart()->grab().toImage().convertToFormat(QImage::Format_RGB32);
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y) {
                for (int x = 0; x < image.width() && !painted; ++x)
                    painted = image.pixel(x, y) == these.at(0).rgb();
            }
            QVERIFY(painted);
            colours << these;
        }
        for (int s = 0; s < TimelineModel::MaxSeries; ++s) {
            QVERIFY(colours.at(0).at(s) != colours.at(1).at(s));
            QVERIFY(colours.at(1).at(s).lightness() > colours.at(0).at(s).lightness());
        }
    }

    // No event with a time: one line says so, no chart, no title button.
    void oneLineWithoutTimes()
    {
        QVERIFY(classifyLog("GetWebVerificationResultIntl response={\"Response\":{\"ErrorCode\":1101}}\n"));
        QCOMPARE(codes(), QStringList({ QStringLiteral("1101=1") }));
        QVERIFY(panel()->noteLabel()->isVisible());
        QCOMPARE(panel()->noteLabel()->text(), QStringLiteral("No event in these results has a time."));
        QVERIFY(!chart()->isVisible());
        QVERIFY(!panel()->expandButton()->isVisible());
        QVERIFY(panel()->height() <= panel()->noteLabel()->sizeHint().height() + 4);
    }

    // Under 700 pixels high the chart starts hidden (its title button shows it), above shown.
    void collapsedInALowWindow_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("expanded");
        QTest::newRow("600") << 600 << false;
        QTest::newRow("699") << 699 << false;
        QTest::newRow("700") << 700 << true;
        QTest::newRow("900") << 900 << true;
    }
    void collapsedInALowWindow()
    {
        QFETCH(int, height);
        QFETCH(bool, expanded);
        QVERIFY(classifyLog(rangeLog(), height));
        QCOMPARE(chart()->isVisible(), expanded);
        QVERIFY(panel()->expandButton()->isVisible());
        QCOMPARE(panel()->expandButton()->isChecked(), expanded);
        QTest::mouseClick(panel()->expandButton(), Qt::LeftButton);
        QCOMPARE(chart()->isVisible(), !expanded);
    }

    // With EKYC_SCREENSHOT_DIR set: the mixed day at 1440×900, light, dark and Chinese.
    void screenshots_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("language");
        QTest::newRow("timeline-1440x900-light-en") << int(UiTheme::Light) << int(UiLanguage::English);
        QTest::newRow("timeline-1440x900-dark-en") << int(UiTheme::Dark) << int(UiLanguage::English);
        QTest::newRow("timeline-1440x900-light-zh_CN") << int(UiTheme::Light) << int(UiLanguage::Chinese);
    }
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("EKYC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("EKYC_SCREENSHOT_DIR is not set");
        QFETCH(int, theme);
        QFETCH(int, language);
        m_window.reset();
        AppSettings().setTheme(UiTheme(theme));
        AppSettings().setLanguage(UiLanguage(language));
        QVERIFY(openWindow());
        m_window->resize(1440, 900);
        QVERIFY(classify(fileUrls(writeMixedLogs(m_dir.path()))));
        QVERIFY(selectCode(EventStatus::Known, QStringLiteral("2016")));
        // The 2016 incident: 14:00–16:00 at +08:00.
        const qint64 incident
            = QDateTime::fromString(QStringLiteral("2023-07-05T06:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        const int first = int((incident - panel()->model()->bucketStart(0)) / panel()->model()->bucketSize());
        panel()->setRange(first, first + 7);
        QVERIFY(linesSettled());
        QCoreApplication::processEvents();
        m_results->balancePanes();
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(
            dir + QLatin1Char('/') + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png")));
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
