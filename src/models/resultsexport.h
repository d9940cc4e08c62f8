// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/matchedlinesmodel.h"
#include "models/resultsmodel.h"

#include "core/catalog.h"
#include "core/report.h"
#include "core/reportwriter.h"

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

} // namespace ResultsExport

} // namespace ekyc
