// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Event times (docs/classification.md §8): every timestamp format, the cases that are no
// timestamp, which line an event takes its time from, syslog years, --timezone, --since and
// --until, and the timeline's bucket sizes.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/eventclock.h"
#include "core/timebins.h"
#include "core/timestampparser.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ekyc;

namespace {

QString firstOn(const QByteArray &line, qint64 syslogYear = 2024)
{
    EventClock clock(syslogYear, std::nullopt);
    return timestamps::text(clock.settle(TimestampParser::first(line.constData(), line.size())));
}

// The time of each kept event of the first input, "line=time" ("line=-" without one).
QStringList timesOf(const Report &r)
{
    QStringList out;
    for (const CompactEvent &e : r.files.at(0).events)
        out << QString::number(e.line) + QLatin1Char('=') + (e.time.valid() ? timestamps::text(e.time) : QStringLiteral("-"));
    return out;
}

// Classifies `text` as a file modified at `modified` (which gives syslog times their year).
Report classifyModifiedAt(const Classifier &classifier, const QByteArray &text, const QDateTime &modified)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sys.log"));
    QFile f(path);
    const bool written = f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    f.close();
    if (!written || !f.open(QIODevice::ReadWrite) || !f.setFileTime(modified, QFileDevice::FileModificationTime))
        return Report();
    f.close();
    ClassifyOptions options;
    options.keepEvents = true;
    return classifier.run({path}, options);
}

} // namespace

class TestEventTimes : public QObject
{
    Q_OBJECT

    Classifier m_classifier{CatalogLoader::builtIn()};

    Report classify(const QByteArray &text, ClassifyOptions options = {})
    {
        options.assumeEkyc = true;
        options.keepEvents = true;
        return m_classifier.runOnText(text, QStringLiteral("t.log"), options);
    }

private slots:
    // One example line per format and per case of §8; "" = no timestamp.
    void formats_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("time");
        QTest::newRow("RFC 3339 Z") << QByteArray("2024-05-01T12:00:00Z GetFaceIdResultIntl Result=0") << "2024-05-01T12:00:00Z";
        QTest::newRow("offset") << QByteArray("2024-05-01T12:00:00+08:00 x") << "2024-05-01T12:00:00+08:00";
        QTest::newRow("offset without colon") << QByteArray("2024-05-01T12:00:00-0530 x") << "2024-05-01T12:00:00-05:30";
        QTest::newRow("fraction") << QByteArray("2024-05-01T12:00:00.123456Z x") << "2024-05-01T12:00:00.123Z";
        QTest::newRow("space, comma fraction") << QByteArray("2024-05-01 12:00:00,250 INFO x") << "2024-05-01T12:00:00.250";
        QTest::newRow("space, dot fraction") << QByteArray("2024-05-01 12:00:00.5 INFO x") << "2024-05-01T12:00:00.500";
        QTest::newRow("no zone") << QByteArray("I 2024-05-01 12:00:00 x") << "2024-05-01T12:00:00";
        QTest::newRow("slashes") << QByteArray("2024/05/01 12:00:00 [main] x") << "2024-05-01T12:00:00";
        QTest::newRow("access log") << QByteArray(R"(10.0.0.1 - - [01/May/2024:12:00:00 +0800] "POST /x")")
                                    << "2024-05-01T12:00:00+08:00";
        QTest::newRow("syslog") << QByteArray("May  1 12:00:00 host app[1]: x") << "2024-05-01T12:00:00";
        QTest::newRow("syslog two-digit day") << QByteArray("May 12 12:00:00 host x") << "2024-05-12T12:00:00";
        QTest::newRow("ReqTimestamp ms") << QByteArray(R"({"Response":{"ReqTimestamp":1714564800123}})")
                                         << "2024-05-01T12:00:00.123Z";
        QTest::newRow("timestamp s") << QByteArray("callback timestamp=1714564800 x") << "2024-05-01T12:00:00Z";
        QTest::newRow("ts quoted") << QByteArray(R"({"ts": "1714564800"})") << "2024-05-01T12:00:00Z";
        QTest::newRow("time") << QByteArray("time:1714564800000 x") << "2024-05-01T12:00:00Z";
        QTest::newRow("first of two") << QByteArray("[01/May/2024:12:00:00 +0000] 2024-05-02T00:00:00Z")
                                      << "2024-05-01T12:00:00Z";
        QTest::newRow("leap day") << QByteArray("2024-02-29 00:00:00 x") << "2024-02-29T00:00:00";
        QTest::newRow("not a real date, the next one counts")
            << QByteArray("2024-02-30 10:00:00 then 2024-03-01 10:00:00") << "2024-03-01T10:00:00";
        QTest::newRow("no 29 February in 2023") << QByteArray("2023-02-29 00:00:00 x") << "";
        QTest::newRow("hour 25") << QByteArray("2024-05-01 25:00:00 x") << "";
        QTest::newRow("month 13") << QByteArray("2024-13-01 12:00:00 x") << "";
        QTest::newRow("a date alone") << QByteArray("2024-05-01 INFO x") << "";
        QTest::newRow("inside a number") << QByteArray("build 12024-05-01 12:00:00") << "";
        QTest::newRow("epoch under another key") << QByteArray("orderId=1714564800 x") << "";
        QTest::newRow("11 digits") << QByteArray("timestamp=17145648001 x") << "";
        QTest::newRow("fractional epoch") << QByteArray("ts=1714564800.5 x") << "";
        QTest::newRow("time key inside a word") << QByteArray("uptime=1714564800 x") << "";
        QTest::newRow("month name in a word") << QByteArray("xMay  1 12:00:00") << "";
        QTest::newRow("none") << QByteArray("GetFaceIdResultIntl Result=0") << "";
        // Years 1970–2099 only (fuzz_filescan finding 15: a garbled year made a timeline of
        // ~71,000 thirty-day buckets).
        QTest::newRow("Go's zero time, the next one counts")
            << QByteArray("created 0001-01-01T00:00:00Z at 2024-05-01T12:00:00Z x") << "2024-05-01T12:00:00Z";
        QTest::newRow("year 7876") << QByteArray("7876-07-05 16:20:00 x") << "";
        QTest::newRow("year 1969") << QByteArray("1969-12-31 23:59:59 x") << "";
        QTest::newRow("year 1970") << QByteArray("1970-01-01 00:00:00 x") << "1970-01-01T00:00:00";
        QTest::newRow("year 2099") << QByteArray("2099-12-31 23:59:59 x") << "2099-12-31T23:59:59";
        QTest::newRow("year 2100") << QByteArray("2100-01-01 00:00:00 x") << "";
        QTest::newRow("access log, year 2100") << QByteArray("[01/May/2100:12:00:00 +0000] x") << "";
        QTest::newRow("epoch, last second of 2099") << QByteArray("timestamp=4102444799 x") << "2099-12-31T23:59:59Z";
        QTest::newRow("epoch, 2100") << QByteArray("timestamp=4102444800 x") << "";
        QTest::newRow("epoch ms, 2100") << QByteArray("ts=4102444800000 x") << "";
    }
    void formats()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, time);
        QCOMPARE(firstOn(line), time);
    }

    // Which line an event takes its time from: its own; for a record the opener, else the line
    // before, else the record's lines in order; for a logical line the same with its first line.
    void eventLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("times");
        QTest::newRow("own line") << QByteArray("2024-05-01T12:00:00Z Result=0\nResult=2016\n")
                                  << QStringList{"1=2024-05-01T12:00:00Z", "2=-"};
        QTest::newRow("record: opener")
            << QByteArray("2024-05-01 12:00:00 resp {\n  \"Result\": \"0\",\n  \"ts\": 1714564800\n}\n")
            << QStringList{"2=2024-05-01T12:00:00"};
        QTest::newRow("record: the line before (no code on it)")
            << QByteArray("noise\n2024-05-01 12:00:00 INFO response:\n{\n  \"Result\": \"0\"\n}\n")
            << QStringList{"4=2024-05-01T12:00:00"};
        QTest::newRow("record: its lines (ReqTimestamp)")
            << QByteArray("response:\n{\n  \"Response\": {\n    \"ReqTimestamp\": 1714564800123,\n    \"Result\": \"0\"\n  }\n}\n")
            << QStringList{"5=2024-05-01T12:00:00.123Z"};
        // fuzz_filescan finding 14: a line of the record that ends in `[` inside a string is a
        // candidate whose brackets are counted but that opens nothing; the prefilter path read
        // no time on it.
        QTest::newRow("record: its lines (a line ending in a quoted [)")
            << QByteArray("{\n2024-05-01 12:00:00 x\": [\n  \"Result\": \"0\"\n}\n")
            << QStringList{"3=2024-05-01T12:00:00"};
        QTest::newRow("record: none") << QByteArray("{\n  \"Result\": \"0\"\n}\n") << QStringList{"2=-"};
        QTest::newRow("logical line: its first line")
            << QByteArray("2024-05-01T12:00:00Z tccli faceid GetFaceIdResultIntl \\\n  Result=1001 \\\n  x\n")
            << QStringList{"2=2024-05-01T12:00:00Z"};
        QTest::newRow("logical line: the line before")
            << QByteArray("2024-05-01T13:00:00Z start\nGetFaceIdResultIntl \\\n  Result=1001\n")
            << QStringList{"3=2024-05-01T13:00:00Z"};
        // fuzz_filescan finding 16: the input's last line goes on (`\`) with no newline after it.
        QTest::newRow("logical line: a later line, the input's last, without a newline")
            << QByteArray("x \\\n2023 WARN GetFaceIdResultIntl Result=1001 \\\n  2023-07-06 08:00:15Z\\")
            << QStringList{"2=2023-07-06T08:00:15Z"};
        QTest::newRow("logical line: a later line")
            << QByteArray("GetFaceIdResultIntl \\\n  at 2024-05-01T14:00:00Z \\\n  Result=1001\n")
            << QStringList{"3=2024-05-01T14:00:00Z"};
    }
    void eventLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, times);
        QCOMPARE(timesOf(classify(text)), times);
        // The same on the prefilter path at block sizes that cut between the line before and
        // the opener, and on the every-line path.
        for (const qint64 blockSize : {qint64(16), qint64(40), qint64(1 << 20)}) {
            for (const bool everyLine : {false, true}) {
                ClassifyOptions options;
                options.blockSize = blockSize;
                options.scanEveryLine = everyLine;
                QCOMPARE(timesOf(classify(text, options)), times);
            }
        }
    }

    // A syslog time takes its input's modification year; an earlier month than the previous
    // syslog time's means the next year; 29 February only in a leap year.
    void syslogYears()
    {
        const Report r = classifyModifiedAt(m_classifier,
            "Dec 31 23:59:59 h GetFaceIdResultIntl Result=0\n"
            "Jan  1 00:00:01 h GetFaceIdResultIntl Result=2016\n"
            "Feb 29 00:00:00 h GetFaceIdResultIntl Result=1001\n",
            QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(timesOf(r), (QStringList{"1=2023-12-31T23:59:59", "2=2024-01-01T00:00:01", "3=2024-02-29T00:00:00"}));
    }

    // A syslog year that runs past 2099 (a modification time in 2099, then a new year) is no time.
    void syslogYearPast2099()
    {
        const Report r = classifyModifiedAt(m_classifier,
            "Dec 31 23:59:59 h GetFaceIdResultIntl Result=0\n"
            "Jan  1 00:00:01 h GetFaceIdResultIntl Result=2016\n",
            QDateTime(QDate(2099, 6, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(timesOf(r), (QStringList{"1=2099-12-31T23:59:59", "2=-"}));
    }

    // Finding 15: a garbled year beside real times is no time, so the timeline spans the real
    // ones (it was ~71,000 thirty-day buckets).
    void garbledYearKeepsTheTimelineSmall()
    {
        const Report r = classify("2023-07-05 16:20:00 GetFaceIdResultIntl Result=0\n"
                                  "7876-07-05 16:20:00 GetFaceIdResultIntl Result=2016\n"
                                  "2023-07-05 16:21:00 GetFaceIdResultIntl Result=1001\n");
        QCOMPARE(r.timeline.buckets().size(), 2);
        QCOMPARE(r.timeline.untimed, qint64(1));
    }

    // A size the user chose is raised when the span needs more than MaxUserBuckets of it:
    // `--bucket 1m` over two years would be a million buckets. Counts stay whole.
    void userBucketRaisedForALongSpan_data()
    {
        QTest::addColumn<qint64>("chosen");
        QTest::addColumn<qint64>("spanDays");
        QTest::addColumn<QString>("size");
        QTest::newRow("1m over 60 days: kept") << TimeBins::Minute << qint64(60) << "1m";
        QTest::newRow("1m over 2 years: 15m") << TimeBins::Minute << qint64(730) << "15m";
        QTest::newRow("1h over 2 years: kept") << 60 * TimeBins::Minute << qint64(730) << "1h";
        QTest::newRow("1m over 1970-2099: 1d") << TimeBins::Minute << qint64(47481) << "1d";
        QTest::newRow("1w over 1970-2099: kept") << 7 * TimeBins::Day << qint64(47481) << "1w";
    }
    void userBucketRaisedForALongSpan()
    {
        QFETCH(qint64, chosen);
        QFETCH(qint64, spanDays);
        QFETCH(QString, size);
        Timeline timeline;
        timeline.series.append(TimelineSeries{Product::H5, 0, QStringLiteral("1101"), false});
        timeline.bins = TimeBins(chosen);
        const qint64 last = spanDays * TimeBins::Day + 7 * TimeBins::Minute;
        for (qint64 t = 0; t < last; t += last / 97)
            timeline.bins.add(0, t);
        timeline.bins.add(0, last);
        QCOMPARE(TimeBins::sizeName(timeline.bins.bucketSize()), size);
        const QList<Timeline::Bucket> buckets = timeline.buckets();
        QVERIFY(buckets.size() <= TimeBins::MaxUserBuckets);
        qint64 total = 0;
        for (const Timeline::Bucket &b : buckets)
            total += b.events;
        QCOMPARE(total, qint64(99));
    }

    // --timezone gives times without a zone (syslog too) its offset; zoned times keep theirs.
    void timezone()
    {
        ClassifyOptions options;
        options.timezoneOffset = 8 * 60;
        const Report r = classify("2024-05-01 12:00:00 Result=0\n2024-05-01T12:00:00Z Result=0\n"
                                  "May  1 12:00:00 h Result=0\n",
                                  options);
        QStringList times = timesOf(r);
        QCOMPARE(times.mid(0, 2), (QStringList{"1=2024-05-01T12:00:00+08:00", "2=2024-05-01T12:00:00Z"}));
        QVERIFY(times.at(2).endsWith(QLatin1String("-05-01T12:00:00+08:00")));
        QCOMPARE(r.timeline.zoneId(), QStringLiteral("utc"));
        QCOMPARE(classify("2024-05-01 12:00:00 Result=0\n").timeline.zoneId(), QStringLiteral("local"));
        QCOMPARE(classify("2024-05-01 12:00:00 Result=0\n2024-05-01T12:00:00Z Result=0\n").timeline.zoneId(),
                 QStringLiteral("mixed"));
    }

    // --since includes its bound, --until excludes it; events outside and without a time are
    // left out and counted as outside_time.
    void window_data()
    {
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("until");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("outside");
        QTest::newRow("since includes") << "2024-05-01T12:00:00Z" << "" << qint64(2) << qint64(2);
        QTest::newRow("until excludes") << "" << "2024-05-01T13:00:00Z" << qint64(2) << qint64(2);
        QTest::newRow("date alone: end of day") << "" << "2024-05-01" << qint64(3) << qint64(1);
        QTest::newRow("date alone since") << "2024-05-02" << "" << qint64(0) << qint64(4);
        QTest::newRow("minutes, unzoned as UTC") << "2024-05-01 11:59" << "2024-05-01 12:01" << qint64(1) << qint64(3);
        QTest::newRow("offset") << "2024-05-01T20:30:00+08:00" << "" << qint64(1) << qint64(3);
    }
    void window()
    {
        QFETCH(QString, since);
        QFETCH(QString, until);
        QFETCH(qint64, events);
        QFETCH(qint64, outside);
        ClassifyOptions options;
        if (!since.isEmpty())
            options.window.since = timestamps::parseBound(since, false, std::nullopt);
        if (!until.isEmpty())
            options.window.until = timestamps::parseBound(until, true, std::nullopt);
        QVERIFY(options.window.active());
        const Report r = classify("2024-04-30T23:00:00Z Result=0\n2024-05-01T12:00:00Z Result=0\n"
                                  "2024-05-01T13:00:00Z Result=0\nResult=0\n",
                                  options);
        QCOMPARE(r.totals.events, events);
        QCOMPARE(r.totals.outsideTime, outside);
    }

    // The smallest size that fits the span in at most 200 buckets, aligned to the epoch.
    void bucketSizes_data()
    {
        QTest::addColumn<qint64>("spanMinutes");
        QTest::addColumn<QString>("size");
        QTest::newRow("one time") << qint64(0) << "1m";
        QTest::newRow("199 minutes") << qint64(199) << "1m";
        QTest::newRow("200 minutes") << qint64(200) << "5m";
        QTest::newRow("16 hours") << qint64(16 * 60) << "5m";
        QTest::newRow("2 days") << qint64(2 * 1440) << "15m";
        QTest::newRow("8 days") << qint64(8 * 1440) << "1h";
        QTest::newRow("30 days") << qint64(30 * 1440) << "6h";
        QTest::newRow("100 days") << qint64(100 * 1440) << "1d";
        QTest::newRow("1 year") << qint64(365 * 1440) << "1w";
        QTest::newRow("10 years") << qint64(3650 * 1440) << "30d";
    }

    // The text of an instant, as Qt writes it, for years 0–9999 (the written digits) and
    // around their ends.
    void instantText_data()
    {
        QTest::addColumn<QDateTime>("instant");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0, 0);
        QTest::newRow("milliseconds") << utc(2024, 3, 1, 23, 59, 59, 7);
        QTest::newRow("leap day") << utc(2024, 2, 29, 12, 30, 5, 120);
        QTest::newRow("before 1970") << utc(1969, 12, 31, 23, 59, 59, 999);
        QTest::newRow("year 1") << utc(1, 1, 1, 0, 0, 0, 1);
        QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59, 0);
        QTest::newRow("year 10000") << utc(10000, 1, 1, 0, 0, 1, 0);
    }
    void instantText()
    {
        QFETCH(QDateTime, instant);
        const QString format = instant.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                          : QStringLiteral("yyyy-MM-ddTHH:mm:ss");
        const QString expected = instant.toString(format);
        QCOMPARE(timestamps::textOfInstant(instant.toMSecsSinceEpoch(), false), expected);
        QCOMPARE(timestamps::textOfInstant(instant.toMSecsSinceEpoch(), true), expected + QLatin1Char('Z'));
    }
    void bucketSizes()
    {
        QFETCH(qint64, spanMinutes);
        QFETCH(QString, size);
        QCOMPARE(TimeBins::sizeName(TimeBins::sizeForSpan(0, spanMinutes * TimeBins::Minute)), size);
        // Counts kept while the span grows are the same as counts taken at the end.
        TimeBins bins;
        for (qint64 m = 0; m <= spanMinutes; m += std::max<qint64>(1, spanMinutes / 7))
            bins.add(0, m * TimeBins::Minute);
        bins.add(0, spanMinutes * TimeBins::Minute);
        qint64 total = 0;
        const auto cells = bins.cells();
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            QCOMPARE(it.key().second % TimeBins::sizeFromName(size).value(), qint64(0));
            total += it.value();
        }
        QVERIFY(total >= 2);
        QCOMPARE(TimeBins::sizeName(bins.bucketSize()), size);
    }

    // An input's tally holds every event with a time; its counted events may span a minute
    // while one that is not counted, years away, made the tally keep day-wide counts. The
    // timeline of the counted ones then has day buckets, each count inside one (found by
    // fuzz_filescan: a bucket index before the first, read out of bounds).
    void coarseTallyIntoNarrowSpan()
    {
        const qint64 t0 = QDateTime(QDate(2023, 7, 5), QTime(16, 10), Qt::UTC).toMSecsSinceEpoch();
        TimeBins tally;
        tally.add(0, t0);
        tally.add(0, t0 + 12000);
        tally.add(1, t0 + 5000 * 365 * TimeBins::Day); // not counted
        Timeline timeline;
        timeline.series.append(TimelineSeries{Product::H5, 0, QStringLiteral("1101"), false});
        timeline.bins.addBins(tally, [](int s) { return s == 0 ? 0 : -1; }, t0, t0 + 12000);
        QCOMPARE(timeline.bins.bucketSize(), TimeBins::Day);
        const QList<Timeline::Bucket> buckets = timeline.buckets();
        QCOMPARE(buckets.size(), 1);
        QCOMPARE(buckets.at(0).start, TimeBins::bucketStart(t0, TimeBins::Day));
        QCOMPARE(buckets.at(0).events, qint64(2));
        QCOMPARE(buckets.at(0).counts, QList<qint64>{2});
    }
};

QTEST_GUILESS_MAIN(TestEventTimes)
#include "tst_eventtimes.moc"
