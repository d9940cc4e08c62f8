// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The matched-lines model: batches appended as they are read, the code marked as a whole
// token, long lines shown from near their code, and the loader that reads lines back.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "models/matchedlinesloader.h"
#include "models/matchedlinesmodel.h"
#include "models/resultssession.h"
#include "models/roles.h"

#include "resultrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ekyc;

Q_DECLARE_METATYPE(QList<ekyc::TextRange>)

namespace {

QList<TextRange> ranges(std::initializer_list<std::pair<qsizetype, qsizetype>> list)
{
    QList<TextRange> out;
    for (const auto &[start, length] : list)
        out.append({ start, length });
    return out;
}

} // namespace

class TestMatchedLinesModel : public QObject
{
    Q_OBJECT

private slots:
    void codeRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QList<TextRange>>("expected");
        QTest::newRow("field value") << R"({"ErrorCode":1001,"x":1})"
                                     << "1001" << ranges({ { 13, 4 } });
        QTest::newRow("inside a longer number") << "id 210015 Result=1001"
                                                << "1001" << ranges({ { 17, 4 } });
        QTest::newRow("twice") << "1001 then 1001"
                               << "1001" << ranges({ { 0, 4 }, { 10, 4 } });
        QTest::newRow("dotted code, trailing dot") << "gave up: FailedOperation.LipVoiceLow."
                                                   << "FailedOperation.LipVoiceLow" << ranges({ { 9, 27 } });
        QTest::newRow("part of a dotted token") << "FailedOperation.LipVoiceLowX FailedOperation.LipVoiceLow.Y"
                                                << "FailedOperation.LipVoiceLow" << ranges({});
        QTest::newRow("negative code") << "errCode=-999;"
                                       << "-999" << ranges({ { 8, 4 } });
        QTest::newRow("zero in a timestamp is no code") << "10:00:00 Result=0"
                                                        << "0" << ranges({ { 16, 1 } });
        QTest::newRow("no code") << "nothing here"
                                 << "2015" << ranges({});
    }
    void codeRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QList<TextRange>, expected);
        QCOMPARE(MatchedLinesModel::codeRanges(text, code), expected);
    }

    void batchesAppendAndRolesAnswer()
    {
        MatchedLinesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendLines(
            { { 0, "a.log", 3, "h5", "1001", "x\tErrorCode=1001", "2024-05-01T12:00:00Z" },
                { 0, "a.log", 9, "h5", "1001", "1001", {} } });
        model.appendLines({});
        model.appendLines({ { 1, "b.zip!m.log", 1, "h5", "1001", "Result=1001", {} } });
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex text = model.index(0, MatchedLinesModel::TextColumn);
        QCOMPARE(text.data().toString(), QStringLiteral("x ErrorCode=1001")); // a tab shows as one space
        QCOMPARE(text.data(MatchRangesRole).value<QList<TextRange>>(), ranges({ { 12, 4 } }));
        QCOMPARE(model.index(2, MatchedLinesModel::InputColumn).data().toString(), QStringLiteral("b.zip!m.log"));
        // The Time column: the event's time as the report writes it, a space for the T; empty without one.
        QCOMPARE(model.index(0, MatchedLinesModel::TimeColumn).data().toString(), QStringLiteral("2024-05-01 12:00:00Z"));
        QCOMPARE(model.index(1, MatchedLinesModel::TimeColumn).data().toString(), QString());
        QCOMPARE(model.headerData(MatchedLinesModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
        QCOMPARE(model.index(1, 0).data(LineNumberRole).toLongLong(), 9);
        QCOMPARE(model.index(2, 0).data(InputIndexRole).toInt(), 1);
        QVERIFY(!model.index(0, MatchedLinesModel::InputColumn).data(MatchRangesRole).isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // A long line keeps its start (the timestamp) and shows its code near it; the view elides
    // the end.
    void longLineKeepsItsStartAndShowsItsCode()
    {
        const QString text = QStringLiteral("2023-07-05 10:00:01.123 INFO ") + QString(300, u'x')
            + QStringLiteral(" Result=2016 tail");
        const auto [shown, marks] = MatchedLinesModel::displayText({ 0, "a", 1, "h5", "2016", text, {} });
        QVERIFY(shown.startsWith(QStringLiteral("2023-07-05 10:00:01.123 INFO ")));
        QVERIFY(shown.contains(QChar(0x2026)));
        QCOMPARE(marks.size(), 1);
        QCOMPARE(shown.mid(marks.at(0).start, marks.at(0).length), QStringLiteral("2016"));
        QVERIFY(marks.at(0).start < 80);
        QVERIFY(shown.endsWith(QStringLiteral("2016 tail")));
        // A short line shows whole.
        const QString shortLine = QStringLiteral("2023-07-05 Result=2016");
        QCOMPARE(MatchedLinesModel::displayText({ 0, "a", 1, "h5", "2016", shortLine, {} }).first, shortLine);
    }

    // Mask personal data on screen: the text column is masked, the clear text stays for the
    // filter, and one row can be revealed.
    void masksOnScreenAndRevealsOneRow()
    {
        MatchedLinesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString clear
            = QStringLiteral("GetFaceIdResultIntl Result=1001 IdCard=110101199003071234 Mobile=13812345678");
        model.appendLines({ { 0, "/var/log/app.log", 7, "app_sdk", "1001", clear, {} },
            { 0, "/var/log/app.log", 9, "app_sdk", "1001", clear, {} } });
        const QModelIndex text = model.index(0, MatchedLinesModel::TextColumn);
        QCOMPARE(text.data().toString(), clear);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMasked(true);
        QCOMPARE(changed.size(), 1);
        const QString masked = QStringLiteral("GetFaceIdResultIntl Result=1001 IdCard=*** Mobile=***");
        QCOMPARE(text.data().toString(), masked);
        QCOMPARE(text.data(Qt::ToolTipRole).toString(), masked);
        QCOMPARE(text.data(LineTextRole).toString(), clear);
        QCOMPARE(text.data(MatchRangesRole).value<QList<TextRange>>(), ranges({ { 27, 4 } }));
        model.setRevealedRow(1);
        QCOMPARE(model.index(1, MatchedLinesModel::TextColumn).data().toString(), clear);
        QCOMPARE(text.data().toString(), masked);
        model.setRevealedRow(-1);
        QCOMPARE(model.index(1, MatchedLinesModel::TextColumn).data().toString(), masked);
        // The input by its base name; the full name in the tooltip.
        QCOMPARE(model.index(0, MatchedLinesModel::InputColumn).data().toString(), QStringLiteral("app.log"));
        QCOMPARE(model.index(0, MatchedLinesModel::InputColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("/var/log/app.log"));
        QCOMPARE(MatchedLinesModel::shortLabel(QStringLiteral("/t/b.zip!logs/x.log")), QStringLiteral("b.zip!x.log"));
        // Lines before (the context view scrolled up) come first.
        model.prependLines({ { 0, "/var/log/app.log", 6, "app_sdk", "1001", QStringLiteral("before"), {} } });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.line(0).line, 6);
    }

    // Through the loader: the lines of a row of a real report, read back off the GUI thread.
    void loaderReadsTheLinesOfARow()
    {
        const Catalog catalog = CatalogLoader::builtIn();
        const Classifier classifier(catalog);
        ClassifyOptions options;
        options.keepEvents = true;
        const QString path = fixturePath(QStringLiteral("bundle.zip"));
        ResultsSession session;
        session.append({ { path, {}, path, std::nullopt } }, { classifier.run({ path }, options) });
        const ResultKey key { EventStatus::Known, Product::H5, QStringLiteral("2015") };
        QCOMPARE(session.eventCount(key), 1);

        MatchedLinesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MatchedLinesLoader loader;
        QSignalSpy loaded(&loader, &MatchedLinesLoader::linesLoaded);
        connect(&loader, &MatchedLinesLoader::linesLoaded, &model,
            [&model](const QList<MatchedLine> &lines) { model.appendLines(lines); });
        loader.load({ { path, {} } }, session.linesOf(key), { { QStringLiteral("h5"), key.code } });
        QVERIFY(loader.isBusy());
        QTRY_VERIFY(!loader.isBusy());
        QCOMPARE(loaded.constLast().at(1).toBool(), true); // done
        QCOMPARE(loaded.constLast().at(2).toString(), QString()); // no error
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.line(0).label, path + QStringLiteral("!web.log"));
        QCOMPARE(model.line(0).line, 2);
        QVERIFY(model.line(0).text.contains(QStringLiteral("2015")));
    }
};

QTEST_MAIN(TestMatchedLinesModel)
#include "tst_matchedlinesmodel.moc"
