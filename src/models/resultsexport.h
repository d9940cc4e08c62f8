// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/matchedlinesmodel.h"
#include "models/resultsmodel.h"

#include "core/catalog.h"
#include "core/report.h"
#include "core/reportwriter.h"

#include <QDate>

namespace ekyc {

// The text the results tab exports and copies. The report formats are the CLI's own writer
// (writeReport), so an exported JSON equals `ekyc-codes classify --format json`.
namespace ResultsExport {

QString reportText(const Report &report, const Catalog &catalog, ReportFormat format);

// Writes `text` (UTF-8) to `path` atomically (AtomicFile): the old file stays whole unless
// the new one is complete. Returns an empty string, or why it failed.
QString writeAtomically(const QString &path, const QString &text);

// Result rows as tab-separated text with a header row:
// status, product (or candidates), code, description, events, billable.
QString rowsTsv(const QList<ResultsModel::Row> &rows);

// Matched lines as tab-separated text (input, line, product, code, text), line text masked
// when `mask` is set; tabs and line ends inside text become spaces.
QString linesTsv(const QList<MatchedLine> &lines, bool mask);

// The totals of all inputs in a sentence (HTML): "All inputs (3) — events: …".
QString totalsText(const Report &report);

// Where the Save dialog of an export starts: in `fixedFolder` (Preferences) if set, else in
// `lastFolder` (the last export's) if set, else in the first input's folder (the home folder for
// pasted text), named after the first input without its extensions and the date:
// "app-2026-12-06.json" for /logs/app.log.gz; "pasted-text-2026-12-06.csv" for pasted text
// (`firstInput` empty). `extension` without the dot.
QString suggestedPath(const QString &fixedFolder, const QString &lastFolder, const QString &firstInput,
    const QDate &date, const QString &extension);

} // namespace ResultsExport

} // namespace ekyc
