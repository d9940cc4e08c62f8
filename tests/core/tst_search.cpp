// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalogloader.h"
#include "core/search.h"

#include <QTest>

using namespace ekyc;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = CatalogLoader::builtIn(); }

    void rank_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("rank");
        QTest::newRow("exact") << "2015" << "Comparison failed" << "2015" << int(MatchRank::ExactCode);
        QTest::newRow("exact, other case") << "InternalError" << "x" << "internalerror" << int(MatchRank::ExactCode);
        QTest::newRow("exact, blanks trimmed") << "2015" << "x" << "  2015 " << int(MatchRank::ExactCode);
        QTest::newRow("prefix") << "2015" << "x" << "20" << int(MatchRank::CodePrefix);
        QTest::newRow("code substring") << "FailedOperation.LipVoiceLow" << "x" << "voicelow" << int(MatchRank::CodeSubstring);
        QTest::newRow("description") << "1106" << "The volume of the video is too low" << "VOLUME" << int(MatchRank::Description);
        QTest::newRow("code beats description") << "1201" << "contains 1201 too" << "120" << int(MatchRank::CodePrefix);
        QTest::newRow("no match") << "2015" << "Comparison failed" << "similarity" << int(MatchRank::NoMatch);
        QTest::newRow("empty query") << "2015" << "Comparison failed" << "" << int(MatchRank::NoMatch);
        QTest::newRow("blank query") << "2015" << "Comparison failed" << "   " << int(MatchRank::NoMatch);
    }
    void rank()
    {
        QFETCH(QString, code);
        QFETCH(QString, description);
        QFETCH(QString, query);
        QFETCH(int, rank);
        QCOMPARE(int(matchRank(CodeEntry{Product::H5, code, description, false}, query)), rank);
    }

    void rankedResults_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // "product:code", in order
        QTest::newRow("2015 in three products") << "2015" << QStringList{"h5:2015", "app_sdk:2015", "idv_sdk:2015"};
        QTest::newRow("code substring before description")
            << "eye" << QStringList{"api:FailedOperation.ActionCloseEye", "api:FailedOperation.SilentEyeLiveFail", "h5:1207"};
        QTest::newRow("prefix before substring") << "110"
                                                 << QStringList{"h5:1101", "h5:1102", "h5:1103", "h5:1104", "h5:1105",
                                                                "h5:1106", "h5:1107", "h5:1108", "h5:1109"};
        QTest::newRow("exact before description") << "success"
                                                  << QStringList{"api:Success", "h5:0", "idv_sdk:0"};
    }
    void rankedResults()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const SearchHit &hit : search(m_catalog, query))
            got << productId(m_catalog.at(hit.row).product) + QLatin1Char(':') + m_catalog.at(hit.row).code;
        QCOMPARE(got, expected);
    }

    void ordering()
    {
        // "20": every code starting with 20 comes before codes merely containing it.
        const QList<SearchHit> hits = search(m_catalog, u"20");
        QVERIFY(hits.size() > 10);
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank);
            if (hits.at(i - 1).rank == hits.at(i).rank)
                QVERIFY(hits.at(i - 1).row < hits.at(i).row);
        }
        QCOMPARE(hits.constFirst().rank, MatchRank::CodePrefix);
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("two") << "Face face FACE" << "face" << QList<int>{0, 5, 10};
        QTest::newRow("non-overlapping") << "aaaa" << "aa" << QList<int>{0, 2};
        QTest::newRow("none") << "abc" << "x" << QList<int>{};
        QTest::newRow("empty") << "abc" << "" << QList<int>{};
    }
    void ranges()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QList<int>, starts);
        QList<int> got;
        for (const TextRange &r : matchRanges(text, query)) {
            got << int(r.start);
            QCOMPARE(r.length, query.size());
        }
        QCOMPARE(got, starts);
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
