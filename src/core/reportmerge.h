// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report.h"
#include "reportreader.h" // merge reads what it sums

#include <QHash>
#include <QString>

#include <optional>
#include <utility>

namespace ekyc {

// Sums reports into one, the way one classify run over all their inputs would have
// counted: files in the order added, counts by (product, code), ambiguous by code,
// unknown by (product, code), not counted by (code, reason, action), totals summed. Reports one at a time, so a merge of many
// reports holds only the sum, not every input.
class ReportMerger
{
public:
    // Adds `report`, read from `source`. When it disagrees with an earlier report
    // (another catalog; another billing flag or candidate list for the same row) nothing
    // is added, false is returned and `error` names both sources: reports from two
    // catalogs are never mixed.
    bool add(const Report &report, const QString &source, QString *error);

    qsizetype reportCount() const { return m_reports; }
    // The sum so far, its lists sorted as classify sorts them.
    Report result() const;

private:
    using RowKey = std::pair<int, QString>; // product index (-1: none), code
    struct RowRef
    {
        qsizetype index = 0;
        QString source; // the first report that had the row, for error messages
    };

    bool check(const Report &report, const QString &source, QString *error) const;

    Report m_sum;
    qsizetype m_reports = 0;
    QString m_catalogSource;
    QHash<RowKey, RowRef> m_countRows;
    QHash<QString, RowRef> m_ambiguousRows;
    QHash<RowKey, RowRef> m_unknownRows;
    QHash<std::pair<RowKey, QString>, RowRef> m_notCountedRows; // (reason, code), action
};

} // namespace ekyc
