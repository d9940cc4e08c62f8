// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "entrywriter.h"

#include "jsonwriter.h"
#include "textformat.h"

namespace ekyc {

namespace {

QStringList header()
{
    return {QStringLiteral("product"), QStringLiteral("code"), QStringLiteral("billable"), QStringLiteral("description")};
}

QStringList cells(const CodeEntry &e)
{
    return {productId(e.product), e.code, e.billable ? QStringLiteral("yes") : QStringLiteral("no"), e.description};
}

QString tsvField(QString text)
{
    // Tabs and line breaks would split the cell when pasted into a spreadsheet or a ticket.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

QString writeEntries(const Catalog &catalog, const QList<qsizetype> &rows, EntryFormat format)
{
    QString out;
    switch (format) {
    case EntryFormat::Json: {
        out += QLatin1Char('[');
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const CodeEntry &e = catalog.at(rows.at(i));
            out += (i ? QStringLiteral(",\n ") : QStringLiteral("\n "))
                + JsonObjectBuilder()
                      .add(u"product", productId(e.product))
                      .add(u"code", e.code)
                      .add(u"description", e.description)
                      .add(u"billable", e.billable)
                      .toString();
        }
        out += rows.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
        break;
    }
    case EntryFormat::Csv:
        out += csvLine(header());
        for (qsizetype row : rows)
            out += csvLine(cells(catalog.at(row)));
        break;
    case EntryFormat::Tsv:
        out += header().join(QLatin1Char('\t')) + QLatin1Char('\n');
        for (qsizetype row : rows) {
            QStringList fields = cells(catalog.at(row));
            for (QString &f : fields)
                f = tsvField(f);
            out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        break;
    case EntryFormat::Table: {
        TextTable table({QStringLiteral("PRODUCT"), QStringLiteral("CODE"), QStringLiteral("BILLABLE"),
                         QStringLiteral("DESCRIPTION")});
        for (qsizetype row : rows)
            table.addRow(cells(catalog.at(row)));
        out += table.render();
        break;
    }
    }
    return out;
}

} // namespace ekyc
