// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The session of inputs behind the results tab: one combined report equal to the engine's
// run over the same files, one input classified again in place, and the lines of a row.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/reportwriter.h"
#include "models/resultssession.h"

#include "resultrows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ekyc;

namespace {

QString json(const Report &report, const Catalog &catalog)
{
    QString text;
    QTextStream out(&text);
    writeReport(out, report, catalog, ReportFormat::Json);
    out.flush();
    return text;
}

} // namespace

class TestResultsSession : public QObject
{
    Q_OBJECT

    Catalog m_catalog = CatalogLoader::builtIn();
    Classifier m_classifier { m_catalog };

    Report run(const QString &path, std::optional<Product> product = std::nullopt)
    {
        ClassifyOptions options;
        options.keepEvents = true;
        options.product = product;
        return m_classifier.run({ path }, options);
    }
    SessionInput input(const QString &path, std::optional<Product> product = std::nullopt)
    {
        return { path, {}, path, product };
    }

private slots:
    void combinedReportIsTheEnginesRunOverAllInputs()
    {
        const QStringList paths { fixturePath(QStringLiteral("h5-web.log")), fixturePath(QStringLiteral("bundle.zip")),
            fixturePath(QStringLiteral("ambiguous.log")) };
        ResultsSession session;
        QVERIFY(session.isEmpty());
        session.append({ input(paths[0]) }, { run(paths[0]) });
        session.append({ input(paths[1]), input(paths[2]) }, { run(paths[1]), run(paths[2]) });
        QCOMPARE(session.inputs().size(), 3);
        QCOMPARE(session.inputOfFiles(), (QList<int> { 0, 1, 1, 2 })); // the zip has two members
        QCOMPARE(json(session.report(), m_catalog), json(m_classifier.run(paths, {}), m_catalog));
    }

    void oneInputClassifiedAgainReplacesItsFiles()
    {
        const QString ambiguous = fixturePath(QStringLiteral("ambiguous.log"));
        const QString h5 = fixturePath(QStringLiteral("h5-web.log"));
        ResultsSession session;
        session.append({ input(h5), input(ambiguous) }, { run(h5), run(ambiguous) });
        session.replace(1, input(ambiguous, Product::IdvSdk), run(ambiguous, Product::IdvSdk));
        QCOMPARE(session.inputs().at(1).product, std::optional(Product::IdvSdk));
        ClassifyOptions asIdv;
        asIdv.product = Product::IdvSdk;
        Report expected = m_classifier.run({ h5 }, {});
        for (FileResult &f : m_classifier.run({ ambiguous }, asIdv).files)
            expected.addFile(std::move(f));
        expected.sort();
        QCOMPARE(json(session.report(), m_catalog), json(expected, m_catalog));
        QVERIFY(session.report().ambiguous.isEmpty());
    }

    void linesOfARowPageByPage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 250; ++i)
            file.write(i % 2 ? "GetFaceIdResultIntl Result=1001\n" : "GetFaceIdResultIntl Result=2016\n");
        file.close();
        ResultsSession session;
        session.append({ input(path), input(path) }, { run(path), run(path) }); // the same file twice
        const ResultKey key { EventStatus::Known, Product::AppSdk, QStringLiteral("1001") };
        QCOMPARE(session.eventCount(key), 250);

        QList<LineRequest> page = session.linesOf(key, 0, 100);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).input, 0);
        QCOMPARE(page.at(0).lines.size(), size_t(100));
        QCOMPARE(page.at(0).lines.front(), 1);
        QCOMPARE(page.at(0).lines.back(), 199);
        // The page that crosses from the first input into the second.
        page = session.linesOf(key, 100, 100);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).lines.size(), size_t(25));
        QCOMPARE(page.at(0).lines.front(), 201);
        QCOMPARE(page.at(1).input, 1);
        QCOMPARE(page.at(1).lines.size(), size_t(75));
        QCOMPARE(page.at(1).lines.front(), 1);
        page = session.linesOf(key, 240, 100);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).lines.size(), size_t(10));

        // Two rows at once (an export): every line tagged with its row.
        const ResultKey other { EventStatus::Known, Product::AppSdk, QStringLiteral("2016") };
        const QList<LineRequest> both = session.linesOf(QList<ResultKey> { key, other });
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).lines.size(), size_t(250));
        QCOMPARE(both.at(0).keyOfLine.at(0), 0);
        QCOMPARE(both.at(0).keyOfLine.at(1), 1);
        QCOMPARE(both.at(0).lines.at(1), 2);
    }
};

QTEST_GUILESS_MAIN(TestResultsSession)
#include "tst_resultssession.moc"
