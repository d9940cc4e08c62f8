// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which lines form records (docs/classification.md §3, R6), on bracket totals alone.
#include "core/recordfinder.h"

#include <QTest>

using namespace ekyc;

namespace {

// Units as text: "5" an ordinary line, "2-4" a record.
class Units : public RecordFinder::Sink
{
public:
    QStringList out;
    void ordinaryLine(qint64 number, const LineScan &) override { out << QString::number(number); }
    void record(const std::deque<RecordFinder::Line> &lines, size_t first, size_t last) override
    {
        out << QStringLiteral("%1-%2").arg(lines[first].number).arg(lines[last].number);
    }
};

// A line from a short description: "{" opens (leaves one open), "}" closes one, "." nothing.
LineScan lineOf(QChar kind)
{
    LineScan scan;
    scan.bracketsCounted = true;
    if (kind == QLatin1Char('{')) {
        scan.lastNonBlank = '{';
        scan.leftOpen = 1;
        scan.netDepth = 1;
    } else if (kind == QLatin1Char('}')) {
        scan.lastNonBlank = '}';
        scan.netDepth = -1;
    } else {
        scan.lastNonBlank = '.';
        scan.occurrences.append(Occurrence()); // something to hand on
    }
    return scan;
}

QStringList run(const QString &lines)
{
    Units units;
    RecordFinder finder(units);
    for (int i = 0; i < lines.size(); ++i)
        finder.add(i + 1, lineOf(lines.at(i)));
    finder.finish();
    return units.out;
}

} // namespace

class TestRecordFinder : public QObject
{
    Q_OBJECT

private slots:
    void units_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QStringList>("units");
        QTest::newRow("no records") << "..." << QStringList{"1", "2", "3"};
        QTest::newRow("one record") << ".{.}." << QStringList{"1", "2-4", "5"};
        QTest::newRow("nested") << "{{.}.}" << QStringList{"1-6"};
        QTest::newRow("never closed: an ordinary line") << "{..." << QStringList{"1", "2", "3", "4"};
        QTest::newRow("stray opener before records") << "{{.}{.}" << QStringList{"1", "2-4", "5-7"};
        QTest::newRow("two strays") << "{{{.}" << QStringList{"1", "2", "3-5"};
        QTest::newRow("closer without opener") << "}{}" << QStringList{"1", "2-3"};
    }
    void units()
    {
        QFETCH(QString, lines);
        QFETCH(QStringList, units);
        QCOMPARE(run(lines), units);
    }

    // "Within 1,000 lines, the opening line included."
    void limit_data()
    {
        QTest::addColumn<int>("between");
        QTest::addColumn<bool>("record");
        QTest::newRow("1,000 lines") << 998 << true;
        QTest::newRow("1,001 lines") << 999 << false;
    }
    void limit()
    {
        QFETCH(int, between);
        QFETCH(bool, record);
        const QStringList units = run(QLatin1Char('{') + QString(between, QLatin1Char('.')) + QLatin1Char('}'));
        QCOMPARE(units.first(), record ? QStringLiteral("1-%1").arg(between + 2) : QStringLiteral("1"));
        QCOMPARE(units.size(), record ? 1 : between + 2);
    }

    // Lines left out (they told the rules nothing) count towards the limit by their numbers.
    void gapsCount()
    {
        Units units;
        RecordFinder finder(units);
        finder.add(1, lineOf(QLatin1Char('{')));
        finder.add(1001, lineOf(QLatin1Char('}')));
        finder.finish();
        QCOMPARE(units.out, (QStringList{"1", "1001"}));
    }

    // A record is handed on when its closing line comes; a line that opens none waits for its
    // window of 1,000 lines.
    void handsOnAsSoonAsItKnows()
    {
        Units units;
        RecordFinder finder(units);
        finder.add(1, lineOf(QLatin1Char('{')));
        finder.add(2, lineOf(QLatin1Char('}')));
        finder.settleBefore(3);
        QCOMPARE(units.out, QStringList{"1-2"});
        finder.add(3, lineOf(QLatin1Char('{')));
        finder.settleBefore(1002);
        QCOMPARE(units.out, QStringList{"1-2"});
        finder.settleBefore(1003);
        QCOMPARE(units.out, (QStringList{"1-2", "3"}));
    }
};

QTEST_GUILESS_MAIN(TestRecordFinder)
#include "tst_recordfinder.moc"
