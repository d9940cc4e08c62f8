// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/summaryreport.h"

#include "models/inputsmodel.h"
#include "models/matchedlinesmodel.h"
#include "models/productnames.h"
#include "models/resultsmodel.h"

#include "core/masking.h"

#include <QLocale>

namespace ekyc {

namespace {

QString masked(const QString &text, bool mask)
{
    return mask ? maskPersonalData(text) : text;
}

// One line of a table cell: no line ends, no column separator.
QString markdownCell(QString text, bool code)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (code) {
        // A code span shows its text as it is; only the column separator needs a backslash.
        text.replace(QLatin1Char('`'), QLatin1Char('\''));
        return QLatin1Char('`') + text.replace(QLatin1Char('|'), QLatin1String("\\|")) + QLatin1Char('`');
    }
    QString out;
    for (const QChar c : std::as_const(text)) {
        if (c == u'\\' || c == u'|' || c == u'*' || c == u'_' || c == u'`' || c == u'<' || c == u'[')
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString htmlCell(const QString &text, bool code)
{
    return code ? QLatin1String("<code>") + text.toHtmlEscaped() + QLatin1String("</code>") : text.toHtmlEscaped();
}

} // namespace

SummaryReport::SummaryReport(const Report &report, const Catalog &catalog, bool mask)
{
    const QLocale locale;
    m_title = tr("eKYC error codes in logs");
    m_catalog = tr("(catalog of %1)").arg(report.catalogUpdated);
    addInputs(report, mask);
    addTables(report, catalog, mask);
    const Totals &t = report.totals;
    m_totalsLabel = tr("Totals:");
    m_totals = tr("events: %1, billable: %2, billing uncertain: %3, unknown: %4, not counted: %5.")
                   .arg(locale.toString(t.events), locale.toString(t.billable), locale.toString(t.billableUncertain),
                       locale.toString(t.unknown), locale.toString(t.notCounted));
    m_note = tr("These are log events, not billed requests.");
}

void SummaryReport::addInputs(const Report &report, bool mask)
{
    const QLocale locale;
    m_inputsHeading = tr("Inputs (%1):").arg(locale.toString(report.files.size()));
    for (const FileResult &file : report.files) {
        const FileSummary &s = file.summary;
        const QString name = MatchedLinesModel::shortLabel(s.path);
        QString text = tr("%1 (from %2); events: %3")
                           .arg(s.product ? productDisplayName(*s.product) : tr("no product"),
                               InputsModel::sourceName(s.productSource), locale.toString(s.events));
        if (!s.error.isEmpty()) {
            // Read errors may name the input by its path: the base name only.
            const QString error = QString(s.error).replace(s.path, name);
            text += tr("; not read completely: %1").arg(masked(error, mask));
        }
        m_inputs.append({ masked(name, mask), text });
    }
}

QList<SummaryReport::Cell> SummaryReport::header() const
{
    return { { tr("Code") }, { tr("Events"), false, true }, { tr("Billable") }, { tr("Description") } };
}

void SummaryReport::addTables(const Report &report, const Catalog &catalog, bool mask)
{
    const QLocale locale;
    ResultsModel model;
    model.setReport(report, catalog);
    auto billing = [](const ResultsModel::Row &row) {
        if (row.status == EventStatus::Unknown || row.status == EventStatus::NotCounted)
            return tr("\u2014");
        if (!row.billable)
            return tr("uncertain");
        return *row.billable ? tr("yes") : tr("no");
    };
    auto cells = [&](const ResultsModel::Row &row, const QString &description) {
        return QList<Cell> { { masked(row.code, mask), true }, { locale.toString(row.count), false, true },
            { billing(row) }, { description } };
    };

    // The known codes, a table per product in the catalog's order.
    for (Product product : AllProducts) {
        Table table;
        qint64 events = 0;
        qint64 billable = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            const ResultsModel::Row &row = model.row(i);
            if (row.status != EventStatus::Known || row.product != product)
                continue;
            events += row.count;
            billable += row.billable.value_or(false) ? row.count : 0;
            table.rows.append(cells(row, row.description));
        }
        if (table.rows.isEmpty())
            continue;
        table.heading = tr("%1 \u2014 events: %2, billable: %3")
                            .arg(productTitle(catalog, product), locale.toString(events), locale.toString(billable));
        m_tables.append(table);
    }

    Table ambiguous { tr("No product resolved (ambiguous)"), {} };
    Table unknown { tr("Unknown codes"), {} };
    Table notCounted { tr("Not counted (in no total)"), {} };
    for (int i = 0; i < model.rowCount(); ++i) {
        const ResultsModel::Row &row = model.row(i);
        switch (row.status) {
        case EventStatus::Known:
            break;
        case EventStatus::Ambiguous:
            ambiguous.rows.append(cells(row,
                row.description.isEmpty() ? ResultsModel::productText(row)
                                          : tr("%1: %2").arg(ResultsModel::productText(row), row.description)));
            break;
        case EventStatus::Unknown:
            unknown.rows.append(cells(row, row.description));
            break;
        case EventStatus::NotCounted:
            notCounted.rows.append(cells(row, masked(row.description, mask)));
            break;
        }
    }
    for (const Table &table : { ambiguous, unknown, notCounted }) {
        if (!table.rows.isEmpty())
            m_tables.append(table);
    }
}

QString SummaryReport::markdown() const
{
    QString text = QLatin1String("**") + markdownCell(m_title, false) + QLatin1String("** ")
        + markdownCell(m_catalog, false) + QLatin1String("\n\n") + markdownCell(m_inputsHeading, false)
        + QLatin1Char('\n');
    for (const Item &input : m_inputs)
        text += QLatin1String("- ") + markdownCell(input.name, true) + QLatin1String(": ")
            + markdownCell(input.text, false) + QLatin1Char('\n');
    for (const Table &table : m_tables) {
        text += QLatin1String("\n### ") + markdownCell(table.heading, false) + QLatin1String("\n\n");
        QString rule = QStringLiteral("|");
        text += QLatin1Char('|');
        for (const Cell &cell : header()) {
            text += QLatin1Char(' ') + markdownCell(cell.text, false) + QLatin1String(" |");
            rule += cell.number ? QLatin1String("--:|") : QLatin1String("---|");
        }
        text += QLatin1Char('\n') + rule + QLatin1Char('\n');
        for (const QList<Cell> &row : table.rows) {
            text += QLatin1Char('|');
            for (const Cell &cell : row)
                text += QLatin1Char(' ') + markdownCell(cell.text, cell.code) + QLatin1String(" |");
            text += QLatin1Char('\n');
        }
    }
    return text + QLatin1String("\n**") + markdownCell(m_totalsLabel, false) + QLatin1String("** ")
        + markdownCell(m_totals, false) + QLatin1Char('\n') + markdownCell(m_note, false) + QLatin1Char('\n');
}

QString SummaryReport::html() const
{
    QString html = QLatin1String("<html><head><meta charset=\"utf-8\"></head><body>\n<p><b>")
        + m_title.toHtmlEscaped() + QLatin1String("</b> ") + m_catalog.toHtmlEscaped() + QLatin1String("</p>\n<p>")
        + m_inputsHeading.toHtmlEscaped() + QLatin1String("</p>\n<ul>\n");
    for (const Item &input : m_inputs)
        html += QLatin1String("<li>") + htmlCell(input.name, true) + QLatin1String(": ")
            + input.text.toHtmlEscaped() + QLatin1String("</li>\n");
    html += QLatin1String("</ul>\n");
    auto row = [](const QList<Cell> &cells, QLatin1String tag) -> QString {
        QString line = QStringLiteral("<tr>");
        for (const Cell &cell : cells)
            line += QLatin1Char('<') + tag + (cell.number ? QLatin1String(" align=\"right\">") : QLatin1String(">"))
                + htmlCell(cell.text, cell.code) + QLatin1String("</") + tag + QLatin1Char('>');
        return line + QLatin1String("</tr>\n");
    };
    for (const Table &table : m_tables) {
        html += QLatin1String("<h3>") + table.heading.toHtmlEscaped()
            + QLatin1String("</h3>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n")
            + row(header(), QLatin1String("th"));
        for (const QList<Cell> &cells : table.rows)
            html += row(cells, QLatin1String("td"));
        html += QLatin1String("</table>\n");
    }
    return html + QLatin1String("<p><b>") + m_totalsLabel.toHtmlEscaped() + QLatin1String("</b> ")
        + m_totals.toHtmlEscaped() + QLatin1String("<br>") + m_note.toHtmlEscaped()
        + QLatin1String("</p>\n</body></html>\n");
}

} // namespace ekyc
