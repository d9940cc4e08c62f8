// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"
#include "report.h"

#include <QTextStream>

namespace ekyc {

// One writer per format, used by the CLI and the window's export alike.
enum class ReportFormat { Table, Json, Jsonl, Csv };

// `catalog` supplies descriptions (table, CSV); JSONL needs events kept while classifying.
// `timeline`: the table ends with a text histogram of the events over time.
void writeReport(QTextStream &out, const Report &report, const Catalog &catalog, ReportFormat format,
                 bool timeline = false);

QString productOrNull(const std::optional<Product> &product);
QString candidatesText(ProductMask candidates, QStringView separator);
// One sentence on why such events are not counted, as the table and CSV say it.
QString notCountedExplanation(NotCountedReason reason);
// An unknown row's note: "not in the 2023-07-03 catalog", or, for a code other tables
// have (R7), "not an API code; in H5, App SDK, Identity Verification".
QString unknownNote(const UnknownRow &row, const QString &catalogUpdated);

} // namespace ekyc
