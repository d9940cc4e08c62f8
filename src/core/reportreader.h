// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ekyc {

// Reads a report written by writeReport(..., ReportFormat::Json) — by `classify` or by
// `merge` itself — back into a Report. Every key must be there with its type, and no
// other key may be: a key this version does not know would be dropped by a merge, and
// a merge must never lose data silently. The lists must agree with the totals.
// Files come back as summaries only (JSON reports carry no events); per-file totals are
// not in the JSON and stay zero. `source` names the input in errors ("FILE: problem").
std::optional<Report> reportFromJson(const QByteArray &json, const QString &source, QString *error);

// Whether `head`, the first bytes of a file, starts as every JSON report of ekyc-codes does
// (`classify --format json`, `merge`, the window's Export): `{` and the key "catalog", after an
// optional UTF-8 BOM and blanks. Such a file is a report to open, not a log to classify: its
// codes would be counted again. A JSON log's first key is never "catalog" in practice.
bool looksLikeReport(const QByteArray &head);

} // namespace ekyc
