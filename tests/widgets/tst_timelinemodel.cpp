// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline as a table (what the chart draws and a screen reader reads): a row per bucket,
// the ten biggest series and "other", the range's counts of the codes table's rows.
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace ekyc;

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// `series` codes of H5 (the first billable), code i with i + 1 events at 10:00 and one at
// 11:00 for the first.
Timeline timelineOf(int series)
{
    Timeline t;
    t.zoned = true;
    for (int i = 0; i < series; ++i) {
        const int s = t.seriesIndex({ Product::H5, 0, QString::number(1000 + i), i == 0 });
        t.bins.add(s, at("2024-05-01T10:00:30Z"), 20 - i);
    }
    if (series > 0)
        t.bins.add(0, at("2024-05-01T11:00:00Z"));
    return t;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void shape_data()
    {
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("shown");
        QTest::addColumn<bool>("other");
        QTest::newRow("none") << 0 << 0 << false;
        QTest::newRow("three") << 3 << 3 << false;
        QTest::newRow("ten") << 10 << 10 << false;
        QTest::newRow("twelve: ten and other") << 12 << 11 << true;
    }
    void shape()
    {
        QFETCH(int, series);
        QFETCH(int, shown);
        QFETCH(bool, other);
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeline(timelineOf(series));
        QCOMPARE(model.seriesCount(), shown);
        QCOMPARE(model.isEmpty(), series == 0);
        if (series == 0) {
            QCOMPARE(model.rowCount(), 0);
            return;
        }
        // 10:00 to 11:00 in 1-minute buckets.
        QCOMPARE(model.bucketSize(), TimeBins::Minute);
        QCOMPARE(model.rowCount(), 61);
        QCOMPARE(model.columnCount(), TimelineModel::FirstSeriesColumn + shown);
        QCOMPARE(model.isOther(shown - 1), other);
        qint64 first = 0;
        for (int i = 0; i < series; ++i)
            first += 20 - i;
        QCOMPARE(model.events(0), first);
        QCOMPARE(model.billable(0), 20);
        QCOMPARE(model.events(60), 1);
        QCOMPARE(model.index(0, TimelineModel::EventsColumn).data().toString(), QLocale().toString(first));
        QCOMPARE(model.index(0, TimelineModel::StartColumn).data().toString(), QStringLiteral("2024-05-01 10:00"));
        QCOMPARE(model.index(60, 0).data(TimelineModel::BucketStartRole).toLongLong(), at("2024-05-01T11:00:00Z"));
        qint64 sum = 0;
        for (int s = 0; s < model.seriesCount(); ++s)
            sum += model.count(0, s);
        QCOMPARE(sum, first);
        if (other) // the two smallest: 1010 (10 events) and 1011 (9)
            QCOMPARE(model.count(0, shown - 1), 19);
        QCOMPARE(model.seriesLabel(0), QStringLiteral("1000 · H5 (billable)"));
        QCOMPARE(model.headerData(TimelineModel::FirstSeriesColumn, Qt::Horizontal).toString(),
            QStringLiteral("1000 · H5 (billable)"));
        QCOMPARE(model.isBillable(0), true);
        QCOMPARE(model.seriesOf({ Product::H5, 0, QStringLiteral("1000"), {} }), 0);
        QCOMPARE(model.seriesOf({ Product::Api, 0, QStringLiteral("1000"), {} }), -1);
    }

    void texts()
    {
        TimelineModel model;
        model.setTimeline(timelineOf(2));
        QCOMPARE(model.bucketSizeText(), QStringLiteral("1 minute"));
        QCOMPARE(model.rangeText(at("2024-05-01T10:00:00Z"), at("2024-05-01T10:05:00Z")),
            QStringLiteral("2024-05-01 10:00 – 10:05 UTC"));
        QCOMPARE(model.rangeText(at("2024-05-01T23:00:00Z"), at("2024-05-02T00:00:00Z")),
            QStringLiteral("2024-05-01 23:00 – 24:00 UTC"));
        QCOMPARE(model.rangeText(at("2024-05-01T23:00:00Z"), at("2024-05-02T01:00:00Z")),
            QStringLiteral("2024-05-01 23:00 – 2024-05-02 01:00 UTC"));
        Timeline local = timelineOf(1);
        local.zoned = false;
        local.unzoned = true;
        model.setTimeline(local);
        QCOMPARE(model.rangeText(at("2024-05-01T10:00:00Z"), at("2024-05-01T10:01:00Z")),
            QStringLiteral("2024-05-01 10:00 – 10:01"));
        Timeline ambiguous;
        ambiguous.bins.add(
            ambiguous.seriesIndex({ std::nullopt, ProductMask(productBit(Product::H5) | productBit(Product::Api)),
                QStringLiteral("1001"), std::nullopt }),
            at("2024-05-01T10:00:00Z"));
        model.setTimeline(ambiguous);
        QCOMPARE(model.seriesLabel(0), QStringLiteral("1001 · H5/API"));
        QCOMPARE(model.isBillable(0), false);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
