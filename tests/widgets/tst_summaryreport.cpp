// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Copy Summary's text for a ticket over a mixed session: known codes of two products, ambiguous
// codes with uncertain billing, an unknown code, a code not counted, in three inputs (one named
// after a phone number). As Markdown and as HTML: inputs by base name, masked, every figure.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "models/resultssession.h"
#include "models/summaryreport.h"

#include "resultrows.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ekyc;

class TestSummaryReport : public QObject
{
    Q_OBJECT

    Catalog m_catalog = CatalogLoader::builtIn();
    QTemporaryDir m_dir;
    ResultsSession m_session;

    Report classify(const QString &path, bool assumeEkyc)
    {
        ClassifyOptions options;
        options.assumeEkyc = assumeEkyc;
        return Classifier(m_catalog).run({ path }, options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A customer's log named after their phone number; its one code has no eKYC context.
        const QString customer = m_dir.filePath(QStringLiteral("customer-13812345678.log"));
        QFile f(customer);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("2023-07-05 17:10:00.118 I/Flow: finished ErrorCode=1001 Mobile=13812345678\n");
        f.close();
        const QStringList paths { fixturePath(QStringLiteral("h5-web.log")),
            fixturePath(QStringLiteral("ambiguous.log")), customer };
        QList<SessionInput> inputs;
        QList<Report> reports;
        for (const QString &path : paths) {
            // ambiguous.log as eKYC traffic: its codes are in three products' tables.
            const bool assumeEkyc = path.endsWith(QLatin1String("ambiguous.log"));
            inputs.append({ path, {}, path, std::nullopt, assumeEkyc });
            reports.append(classify(path, assumeEkyc));
        }
        m_session.append(inputs, reports);
    }

    void markdown()
    {
        const QString expected = QStringLiteral(
            "**eKYC error codes in logs** (catalog of 2023-07-03)\n"
            "\n"
            "Inputs (3):\n"
            "- `h5-web.log`: H5 (from actions); events: 6\n"
            "- `ambiguous.log`: no product (from none); events: 7\n"
            "- `customer-*******5678.log`: no product (from none); events: 0\n"
            "\n"
            "### Common (all services) \u2014 events: 1, billable: 0\n"
            "\n"
            "| Code | Events | Billable | Description |\n"
            "|---|--:|---|---|\n"
            "| `UnauthorizedOperation.Nonactivated` | 1 | no | %1 |\n"
            "\n"
            "### Liveness + Face Compare (Mobile H5) \u2014 events: 5, billable: 2\n"
            "\n"
            "| Code | Events | Billable | Description |\n"
            "|---|--:|---|---|\n"
            "| `0` | 1 | yes | Success |\n"
            "| `1101` | 1 | no | No sound is detected |\n"
            "| `1207` | 1 | no | No motions of eye closing are detected |\n"
            "| `2015` | 1 | no | %2 |\n"
            "| `2016` | 1 | yes | %3 |\n"
            "\n"
            "### No product resolved (ambiguous)\n"
            "\n"
            "| Code | Events | Billable | Description |\n"
            "|---|--:|---|---|\n"
            "| `1001` | 2 | uncertain | App SDK, H5, Identity Verification: %4 |\n"
            "| `0` | 1 | yes | App SDK, H5, Identity Verification: %7 |\n"
            "| `1004` | 1 | uncertain | App SDK, H5, Identity Verification: %5 |\n"
            "| `2015` | 1 | uncertain | App SDK, H5, Identity Verification: %6 |\n"
            "| `2016` | 1 | yes | App SDK, H5, Identity Verification: %8 |\n"
            "\n"
            "### Unknown codes\n"
            "\n"
            "| Code | Events | Billable | Description |\n"
            "|---|--:|---|---|\n"
            "| `1409` | 1 | \u2014 | Not in the 2023-07-03 catalog |\n"
            "\n"
            "### Not counted (in no total)\n"
            "\n"
            "| Code | Events | Billable | Description |\n"
            "|---|--:|---|---|\n"
            "| `1001` | 1 | \u2014 | No eKYC context on its line or in its input: another service's code? To count "
            "it, Classify Again As eKYC traffic or a product. |\n"
            "\n"
            "**Totals:** events: 13, billable: 4, billing uncertain: 4, unknown: 1, not counted: 1.\n"
            "These are log events, not billed requests.\n");
        const QString markdown = SummaryReport(m_session.report(), m_catalog, true).markdown();
        QCOMPARE(markdown,
            expected.arg(description(Product::Common, "UnauthorizedOperation.Nonactivated"),
                description(Product::H5, "2015"), description(Product::H5, "2016"),
                descriptions("1001"), descriptions("1004"), descriptions("2015"), descriptions("0"),
                descriptions("2016")));
        QVERIFY(!markdown.contains(m_dir.path()));
        QVERIFY(!markdown.contains(QStringLiteral(EKYC_TEST_DATA)));
    }

    void markdownUnmasked()
    {
        const QString markdown = SummaryReport(m_session.report(), m_catalog, false).markdown();
        QVERIFY(markdown.contains(QStringLiteral("- `customer-13812345678.log`: no product")));
        QVERIFY(!markdown.contains(m_dir.path()));
    }

    void html()
    {
        const QString html = SummaryReport(m_session.report(), m_catalog, true).html();
        QVERIFY(html.startsWith(QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>\n"
                                               "<p><b>eKYC error codes in logs</b> (catalog of 2023-07-03)</p>\n"
                                               "<p>Inputs (3):</p>\n<ul>\n"
                                               "<li><code>h5-web.log</code>: H5 (from actions); events: 6</li>\n"
                                               "<li><code>ambiguous.log</code>: no product (from none); events: 7</li>\n"
                                               "<li><code>customer-*******5678.log</code>: no product (from none); "
                                               "events: 0</li>\n</ul>\n")));
        // A table per section, with the header row.
        QCOMPARE(html.count(QStringLiteral("<table ")), 5);
        QCOMPARE(html.count(QStringLiteral("<tr><th>Code</th><th align=\"right\">Events</th><th>Billable</th>"
                                           "<th>Description</th></tr>\n")),
            5);
        QVERIFY(html.contains(QStringLiteral("<h3>Liveness + Face Compare (Mobile H5) \u2014 events: 5, billable: 2</h3>\n"
                                             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")));
        QVERIFY(html.contains(QStringLiteral(
            "<tr><td><code>0</code></td><td align=\"right\">1</td><td>yes</td><td>Success</td></tr>\n")));
        QVERIFY(html.contains(QStringLiteral("<tr><td><code>1001</code></td><td align=\"right\">2</td>"
                                             "<td>uncertain</td><td>App SDK, H5, Identity Verification: ")));
        QVERIFY(html.contains(QStringLiteral("<tr><td><code>1409</code></td><td align=\"right\">1</td><td>\u2014</td>"
                                             "<td>Not in the 2023-07-03 catalog</td></tr>\n")));
        QVERIFY(html.contains(QStringLiteral("<td>No eKYC context on its line or in its input: another service's")));
        QVERIFY(html.endsWith(
            QStringLiteral("<p><b>Totals:</b> events: 13, billable: 4, billing uncertain: 4, unknown: 1, not counted: "
                           "1.<br>These are log events, not billed requests.</p>\n</body></html>\n")));
        QVERIFY(!html.contains(m_dir.path()));
        QVERIFY(!html.contains(QStringLiteral("13812345678")));
    }

    // Text of the logs is escaped: a code with a column separator or markup stays in its cell.
    void escapes()
    {
        Report report;
        report.catalogUpdated = QStringLiteral("2023-07-03");
        FileResult file;
        file.summary.path = QStringLiteral("/home/someone/a|b<i>.log");
        file.summary.events = 1;
        report.files.append(file);
        report.unknown.append({ std::nullopt, QStringLiteral("X|<b>Y</b>"), 1, 0 });
        report.totals.events = 1;
        report.totals.unknown = 1;
        const SummaryReport summary(report, m_catalog, true);
        QVERIFY(summary.markdown().contains(QStringLiteral("- `a\\|b<i>.log`: no product")));
        QVERIFY(summary.markdown().contains(QStringLiteral("| `X\\|<b>Y</b>` | 1 | \u2014 | Not in the 2023-07-03 catalog |")));
        QVERIFY(summary.html().contains(QStringLiteral("<li><code>a|b&lt;i&gt;.log</code>")));
        QVERIFY(summary.html().contains(QStringLiteral("<td><code>X|&lt;b&gt;Y&lt;/b&gt;</code></td>")));
        QVERIFY(!summary.html().contains(QStringLiteral("/home/someone")));
    }

private:
    QString description(Product product, const char *code) const
    {
        return m_catalog.at(m_catalog.rowOf(product, QString::fromLatin1(code))).description;
    }
    // An ambiguous code's meanings in its candidates' tables, once per wording.
    QString descriptions(const char *code) const
    {
        QStringList texts;
        for (Product p : { Product::AppSdk, Product::H5, Product::IdvSdk }) {
            const QString d = description(p, code);
            if (!texts.contains(d))
                texts << d;
        }
        return texts.join(QStringLiteral(" / "));
    }
};

QTEST_GUILESS_MAIN(TestSummaryReport)
#include "tst_summaryreport.moc"
