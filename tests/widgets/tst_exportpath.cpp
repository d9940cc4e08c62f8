// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where an export's Save dialog starts: the fixed folder of Preferences, else the last export's
// folder, else the first input's; named after the first input and the date.
#include "models/resultsexport.h"

#include <QDir>
#include <QTest>

using namespace ekyc;

class TestExportPath : public QObject
{
    Q_OBJECT

private slots:
    void suggestedPath_data()
    {
        QTest::addColumn<QString>("fixed");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first input's folder") << "" << "" << "/logs/app.log" << "json" << "/logs/app-2026-12-06.json";
        QTest::newRow("CSV") << "" << "" << "/logs/app.log" << "csv" << "/logs/app-2026-12-06.csv";
        QTest::newRow("last folder") << "" << "/exports" << "/logs/app.log" << "json" << "/exports/app-2026-12-06.json";
        QTest::newRow("fixed folder beats last")
            << "/tickets" << "/exports" << "/logs/app.log" << "json" << "/tickets/app-2026-12-06.json";
        QTest::newRow("compressed") << "" << "" << "/logs/app.log.gz" << "json" << "/logs/app-2026-12-06.json";
        QTest::newRow("tarball") << "" << "" << "/logs/bundle.tar.xz" << "csv" << "/logs/bundle-2026-12-06.csv";
        QTest::newRow("dots in the name")
            << "" << "" << "/logs/app-2023.07.05.log" << "json" << "/logs/app-2023.07.05-2026-12-06.json";
        QTest::newRow("rotated") << "" << "" << "/logs/app.log.1" << "json" << "/logs/app.log.1-2026-12-06.json";
        QTest::newRow("zip member") << "" << "" << "/logs/b.zip!x/app.log" << "json" << "/logs/b-2026-12-06.json";
        QTest::newRow("pasted text, last folder")
            << "" << "/exports" << "" << "json" << "/exports/pasted-text-2026-12-06.json";
        QTest::newRow("pasted text, nothing else")
            << "" << "" << "" << "csv" << QDir::home().filePath(QStringLiteral("pasted-text-2026-12-06.csv"));
    }
    void suggestedPath()
    {
        QFETCH(QString, fixed);
        QFETCH(QString, last);
        QFETCH(QString, input);
        QFETCH(QString, extension);
        QFETCH(QString, expected);
        QCOMPARE(ResultsExport::suggestedPath(fixed, last, input, QDate(2026, 12, 6), extension), expected);
    }
};

QTEST_GUILESS_MAIN(TestExportPath)
#include "tst_exportpath.moc"
