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

    void longLineShowsFromNearItsCode()
    {
        const QString text = QString(300, u'x') + QStringLiteral(" Result=2016 tail");
        const auto [shown, marks] = MatchedLinesModel::displayText({ 0, "a", 1, "h5", "2016", text, {} });
        QVERIFY(shown.startsWith(QChar(0x2026)));
        QCOMPARE(marks.size(), 1);
        QCOMPARE(shown.mid(marks.at(0).start, marks.at(0).length), QStringLiteral("2016"));
        QVERIFY(marks.at(0).start < 60);
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
