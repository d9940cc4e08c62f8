// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"
#include "jsonwriter.h"
#include "report.h"

#include <QTextStream>

namespace ekyc {

// One writer per format, used by the CLI and the window's export alike.
enum class ReportFormat { Table, Json, Jsonl, Csv };

// `catalog` supplies descriptions (table, CSV); JSONL needs events kept while classifying.
// `timeline`: the table ends with a text histogram of the events over time.
void writeReport(QTextStream &out, const Report &report, const Catalog &catalog, ReportFormat format,
                 bool timeline = false);

// A JSON or JSONL report written as it is made: both begin with the inputs, so each input's part
// (its row; its events) is written as soon as it is classified, the rest at the end. The CLI
// holds no file's results this way (Classifier::run with a FileCallback); writeReport() writes
// these formats through it.
class ReportStreamWriter
{
public:
    static bool canStream(ReportFormat format) { return format == ReportFormat::Json || format == ReportFormat::Jsonl; }
    // `head`: the report whose catalog stamp opens the JSON (Classifier::emptyReport()).
    ReportStreamWriter(QTextStream &out, ReportFormat format, const Report &head);
    void addFile(const FileResult &file);
    void finish(const Report &report); // its totals, counts and timeline; not its files

private:
    QTextStream &m_out;
    ReportFormat m_format;
    qsizetype m_files = 0;
    JsonObjectBuilder m_object; // reused by every file
};

QString productOrNull(const std::optional<Product> &product);
QString candidatesText(ProductMask candidates, QStringView separator);
// One sentence on why such events are not counted, as the table and CSV say it.
QString notCountedExplanation(NotCountedReason reason);
// An unknown row's note: "not in the 2023-07-03 catalog", or, for a code other tables
// have (R7), "not an API code; in H5, App SDK, Identity Verification".
QString unknownNote(const UnknownRow &row, const QString &catalogUpdated);

} // namespace ekyc
