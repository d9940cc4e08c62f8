// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/catalog.h"
#include "core/report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ekyc {

// The short report Copy Summary puts on the clipboard for a ticket, in the interface's
// language: the inputs by base name (never a local path), per product the codes with their
// events, billing and description, then the ambiguous, unknown and not counted codes, and the
// totals. As plain text laid out as Markdown, and as HTML whose tables web ticket forms keep.
// With `mask`, the text that comes from the logs (input names, codes, other services' actions,
// read errors) is masked as copied lines are (maskPersonalData).
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(ekyc::SummaryReport)

public:
    SummaryReport(const Report &report, const Catalog &catalog, bool mask);

    QString markdown() const;
    QString html() const;

private:
    struct Cell
    {
        QString text;
        bool code = false;   // shown as code: `1001`, <code>1001</code>
        bool number = false; // right-aligned
    };
    struct Item // an input: its name, then what came of it
    {
        QString name;
        QString text;
    };
    struct Table
    {
        QString heading;
        QList<QList<Cell>> rows;
    };

    void addInputs(const Report &report, bool mask);
    void addTables(const Report &report, const Catalog &catalog, bool mask);
    QList<Cell> header() const;

    QString m_title;
    QString m_catalog;
    QString m_inputsHeading;
    QList<Item> m_inputs;
    QList<Table> m_tables;
    QString m_totalsLabel;
    QString m_totals;
    QString m_note;
};

} // namespace ekyc
