// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Event times through the built CLI (docs/classification.md §8): the JSON report's timeline and
// per-file times, JSONL's `time`, the table's histogram, --since / --until / --bucket /
// --timezone, their usage errors, and merge's table.
#include "clirun.h"

#include <QJsonArray>
#include <numeric>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace {

// Three hours of an H5 log: 1001 at 12:00 and 12:10, 2016 (billable) at 13:30, 0 at 14:59,
// one event without a time, and one in UTC+8 written with its offset.
const QByteArray h5Log = "2024-05-01T12:00:00Z GetWebVerificationResultIntl ErrorCode=1001\n"
                       "2024-05-01 12:10:00 GetWebVerificationResultIntl ErrorCode=1001\n"
                       "2024-05-01T21:30:00+08:00 GetWebVerificationResultIntl ErrorCode=2016\n"
                       "GetWebVerificationResultIntl ErrorCode=1001\n"
                       "[01/May/2024:14:59:00 +0000] GetWebVerificationResultIntl ErrorCode=0\n";

QJsonObject json(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }

QList<qint64> numbers(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue n : v.toArray())
        out << n.toInteger();
    return out;
}

} // namespace

class TestTimelineCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;

    Run classify(const QStringList &args) { return runCli(QStringList{"classify"} + args + QStringList{m_log}); }

private slots:
    void initTestCase()
    {
        m_log = m_dir.filePath(QStringLiteral("h5.log"));
        QVERIFY(writeFile(m_log, h5Log));
    }

    void jsonTimeline()
    {
        const Run r = classify({"--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = json(r.out);
        const QJsonObject t = report["timeline"].toObject();
        // 12:00 … 14:59 is 180 minutes: one-minute buckets fit in 200.
        QCOMPARE(t["bucket"].toString(), QStringLiteral("1m"));
        QCOMPARE(t["bucket_seconds"].toInteger(), 60);
        QCOMPARE(t["bucket_chosen_by"].toString(), QStringLiteral("span"));
        QCOMPARE(t["start"].toString(), QStringLiteral("2024-05-01T12:00:00Z"));
        QCOMPARE(t["zone"].toString(), QStringLiteral("mixed"));
        QCOMPARE(t["without_time"].toInteger(), 1);
        const QList<qint64> events = numbers(t["events"]);
        QCOMPARE(events.size(), 180);
        QCOMPARE(events.at(0), 1);
        QCOMPARE(events.at(10), 1);
        QCOMPARE(events.at(90), 1);
        QCOMPARE(events.at(179), 1);
        QCOMPARE(std::accumulate(events.cbegin(), events.cend(), qint64(0)), 4);
        const QList<qint64> billable = numbers(t["billable"]);
        QCOMPARE(billable.at(90) + billable.at(179), 2); // 2016 and 0 are billable in H5
        QCOMPARE(billable.at(0), 0);
        const QJsonArray series = t["series"].toArray();
        QCOMPARE(series.size(), 3);
        QCOMPARE(series[0]["code"].toString(), QStringLiteral("1001")); // most events first
        QCOMPARE(series[0]["product"].toString(), QStringLiteral("h5"));
        QCOMPARE(series[0]["billable"].toBool(), false);
        QCOMPARE(numbers(series[0]["counts"]).at(10), 1);
        const QJsonObject file = report["files"][0].toObject();
        QCOMPARE(file["first_time"].toString(), QStringLiteral("2024-05-01T12:00:00Z"));
        QCOMPARE(file["last_time"].toString(), QStringLiteral("2024-05-01T14:59:00Z"));
        QVERIFY(!report["totals"].toObject().contains("outside_time"));
    }

    void bucketOption()
    {
        const QJsonObject t = json(classify({"--format", "json", "--bucket", "1h"}).out)["timeline"].toObject();
        QCOMPARE(t["bucket"].toString(), QStringLiteral("1h"));
        QCOMPARE(t["bucket_chosen_by"].toString(), QStringLiteral("user"));
        QCOMPARE(numbers(t["events"]), (QList<qint64>{2, 1, 1}));
    }

    // --bucket 1m over two years would be a million buckets: raised, and said on stderr.
    void bucketRaisedForALongSpan()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-years.log"));
        QVERIFY(writeFile(path, "2023-01-01T00:00:00Z GetWebVerificationResultIntl ErrorCode=1001\n"
                                "2024-12-31T23:59:00Z GetWebVerificationResultIntl ErrorCode=0\n"));
        const Run r = runCli({"classify", "--format", "json", "--bucket", "1m", path});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject t = json(r.out)["timeline"].toObject();
        QCOMPARE(t["bucket"].toString(), QStringLiteral("15m"));
        QCOMPARE(t["bucket_chosen_by"].toString(), QStringLiteral("user"));
        QCOMPARE(numbers(t["events"]).size(), 70176);
        QVERIFY2(r.err.contains("--bucket 1m would make more than 100000 buckets from 2023-01-01T00:00:00Z to "
                                "2024-12-31T23:59:00Z; 15m buckets are used"),
                 r.err.constData());
    }

    void jsonlTimes()
    {
        const Run r = classify({"--format", "jsonl"});
        QCOMPARE(r.exitCode, 0);
        QStringList times;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.isEmpty())
                times << (json(line)["time"].isNull() ? QStringLiteral("null") : json(line)["time"].toString());
        }
        QCOMPARE(times, (QStringList{"2024-05-01T12:00:00Z", "2024-05-01T12:10:00", "2024-05-01T21:30:00+08:00",
                                     "null", "2024-05-01T14:59:00Z"}));
        // --timezone gives the time without a zone an offset.
        const Run zoned = classify({"--format", "jsonl", "--timezone", "+08:00"});
        QCOMPARE(json(zoned.out.split('\n').at(1))["time"].toString(), QStringLiteral("2024-05-01T12:10:00+08:00"));
    }

    // --since includes, --until excludes; the rest, and the event without a time, are outside.
    void sinceUntil_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("outside");
        QTest::newRow("since") << QStringList{"--since", "2024-05-01T13:30:00Z"} << qint64(2) << qint64(3);
        QTest::newRow("until") << QStringList{"--until", "2024-05-01T13:30:00Z"} << qint64(2) << qint64(3);
        QTest::newRow("both, minutes") << QStringList{"--since", "2024-05-01 12:05", "--until", "2024-05-01 14:00"}
                                       << qint64(2) << qint64(3);
        QTest::newRow("until a date") << QStringList{"--until", "2024-05-01"} << qint64(4) << qint64(1);
        QTest::newRow("since, zoned") << QStringList{"--since", "2024-05-01T22:00:00+08:00"} << qint64(1) << qint64(4);
    }
    void sinceUntil()
    {
        QFETCH(QStringList, args);
        QFETCH(qint64, events);
        QFETCH(qint64, outside);
        const QJsonObject totals = json(classify(QStringList{"--format", "json"} + args).out)["totals"].toObject();
        QCOMPARE(totals["events"].toInteger(), events);
        QCOMPARE(totals["outside_time"].toInteger(), outside);
        const Run jsonl = classify(QStringList{"--format", "jsonl"} + args);
        QCOMPARE(qint64(jsonl.out.count('\n')), events);
        // CSV: one row per code, its count (the sixth field) only of the events within.
        const QList<QByteArray> rows = classify(QStringList{"--format", "csv"} + args).out.trimmed().split('\n');
        QVERIFY(rows.constFirst().startsWith("status,product,code,candidates,description,count,"));
        qint64 counted = 0;
        for (const QByteArray &row : rows.mid(1)) {
            QList<QByteArray> fields;
            QByteArray field;
            bool quoted = false;
            for (const char c : row) {
                if (c == '"')
                    quoted = !quoted; // a doubled quote toggles twice: the count is not quoted
                else if (c == ',' && !quoted)
                    fields << std::exchange(field, QByteArray());
                else
                    field += c;
            }
            fields << field;
            counted += fields.value(5).toLongLong();
        }
        QCOMPARE(counted, events);
        const Run table = classify(QStringList{"--format", "table"} + args);
        QVERIFY2(table.out.contains("Outside --since / --until (or without a time): " + QByteArray::number(outside)),
                 table.out.constData());
    }

    void tableTimeline()
    {
        const Run r = classify({"--format", "table", "--timeline"});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        const QStringList rows = out.section(QStringLiteral("\nTimeline\n"), 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(rows.size() >= 3, qPrintable(out));
        QVERIFY(rows.at(0).startsWith(QStringLiteral("1m × 5 per row")));
        const QStringList buckets = rows.filter(QStringLiteral("2024-05-01 "));
        QCOMPARE(buckets.size(), 36); // 180 one-minute buckets, five to a row: at most 40 rows
        QVERIFY(buckets.at(0).startsWith(QStringLiteral("2024-05-01 12:00  █")));
        QVERIFY(buckets.at(0).contains(QStringLiteral("h5 1001 ×1")));
        QVERIFY(!buckets.at(1).contains(QChar(0x2588))); // 12:05 … 12:09: nothing
        QVERIFY(buckets.at(2).startsWith(QStringLiteral("2024-05-01 12:10  █")));
        QVERIFY(buckets.at(2).contains(QStringLiteral("h5 1001 ×1")));
        QVERIFY(out.contains(QStringLiteral("Events without a time: 1")));
        // Without --timeline there is no histogram.
        QVERIFY(!classify({"--format", "table"}).out.contains("Timeline"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bucket") << QStringList{"--bucket", "2h"};
        QTest::newRow("since") << QStringList{"--since", "yesterday"};
        QTest::newRow("until") << QStringList{"--until", "2024-02-30"};
        QTest::newRow("timezone") << QStringList{"--timezone", "CST"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = classify(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void mergeTable()
    {
        const QString report = m_dir.filePath(QStringLiteral("r.json"));
        QVERIFY(writeFile(report, classify({"--format", "json"}).out));
        const Run r = runCli({"merge", "--format", "table", "--timeline", report, report});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("2024-05-01 12:00  "));
        QVERIFY(r.out.contains("h5 1001 ×2"));
        QVERIFY(r.out.contains("Events without a time: 2"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineCli)
#include "tst_timeline_cli.moc"
