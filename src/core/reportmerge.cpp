// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportmerge.h"

#include "codeindex.h"

#include <QCoreApplication>

namespace ekyc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ekyc::ReportMerge", text);
}

int productKey(const std::optional<Product> &p)
{
    return p ? productIndex(*p) : -1;
}

std::pair<std::pair<int, QString>, QString> notCountedKey(const NotCountedRow &n)
{
    return { { int(n.reason), n.code }, n.action };
}

} // namespace

bool ReportMerger::check(const Report &report, const QString &source, QString *error) const
{
    if (m_reports > 0 && (report.catalogUpdated != m_sum.catalogUpdated || report.catalogCodes != m_sum.catalogCodes)) {
        *error = tr("%1 was written with the catalog of %2 (%3 codes), %4 with the catalog of %5 (%6 codes); "
                    "reports from different catalogs cannot be merged — classify again with one catalog")
                     .arg(m_catalogSource, m_sum.catalogUpdated)
                     .arg(m_sum.catalogCodes)
                     .arg(source, report.catalogUpdated)
                     .arg(report.catalogCodes);
        return false;
    }
    auto disagree = [&](const QString &what, const QString &row, const QString &first) {
        *error = tr("%1 and %2 disagree on the %3 of %4; were they written with different catalogs?")
                     .arg(first, source, what, row);
        return false;
    };
    for (const CountRow &c : report.counts) {
        const auto it = m_countRows.constFind({ productIndex(c.product), c.code });
        if (it != m_countRows.constEnd() && m_sum.counts.at(it->index).billable != c.billable)
            return disagree(tr("billing"), productId(c.product) + QLatin1Char(' ') + c.code, it->source);
    }
    for (const AmbiguousRow &a : report.ambiguous) {
        const auto it = m_ambiguousRows.constFind(a.code);
        if (it == m_ambiguousRows.constEnd())
            continue;
        const AmbiguousRow &had = m_sum.ambiguous.at(it->index);
        if (had.candidates != a.candidates)
            return disagree(tr("candidate products"), tr("ambiguous %1").arg(a.code), it->source);
        if (had.billable != a.billable)
            return disagree(tr("billing"), tr("ambiguous %1").arg(a.code), it->source);
    }
    for (const UnknownRow &u : report.unknown) {
        const auto it = m_unknownRows.constFind({ productKey(u.product), u.code });
        if (it != m_unknownRows.constEnd() && m_sum.unknown.at(it->index).inCatalogAs != u.inCatalogAs)
            return disagree(tr("tables"), tr("unknown %1").arg(u.code), it->source);
    }
    for (const NotCountedRow &n : report.notCounted) {
        const auto it = m_notCountedRows.constFind(notCountedKey(n));
        if (it != m_notCountedRows.constEnd() && m_sum.notCounted.at(it->index).candidates != n.candidates)
            return disagree(tr("tables"), tr("not counted %1").arg(n.code), it->source);
    }
    return true;
}

bool ReportMerger::add(const Report &report, const QString &source, QString *error)
{
    if (!check(report, source, error))
        return false;
    if (m_reports++ == 0) {
        m_sum.catalogUpdated = report.catalogUpdated;
        m_sum.catalogCodes = report.catalogCodes;
        m_catalogSource = source;
    }
    for (const CountRow &c : report.counts) {
        const RowKey key { productIndex(c.product), c.code };
        const auto it = m_countRows.constFind(key);
        if (it != m_countRows.constEnd()) {
            m_sum.counts[it->index].count += c.count;
        } else {
            m_countRows.insert(key, RowRef { m_sum.counts.size(), source });
            m_sum.counts.append(c);
        }
    }
    for (const AmbiguousRow &a : report.ambiguous) {
        const auto it = m_ambiguousRows.constFind(a.code);
        if (it != m_ambiguousRows.constEnd()) {
            m_sum.ambiguous[it->index].count += a.count;
        } else {
            m_ambiguousRows.insert(a.code, RowRef { m_sum.ambiguous.size(), source });
            m_sum.ambiguous.append(a);
        }
    }
    for (const UnknownRow &u : report.unknown) {
        const RowKey key { productKey(u.product), u.code };
        const auto it = m_unknownRows.constFind(key);
        if (it != m_unknownRows.constEnd()) {
            m_sum.unknown[it->index].count += u.count;
        } else {
            m_unknownRows.insert(key, RowRef { m_sum.unknown.size(), source });
            m_sum.unknown.append(u);
        }
    }
    for (const NotCountedRow &n : report.notCounted) {
        const auto key = notCountedKey(n);
        const auto it = m_notCountedRows.constFind(key);
        if (it != m_notCountedRows.constEnd()) {
            m_sum.notCounted[it->index].count += n.count;
        } else {
            m_notCountedRows.insert(key, RowRef { m_sum.notCounted.size(), source });
            m_sum.notCounted.append(n);
        }
    }
    m_sum.files.append(report.files);
    m_sum.totals += report.totals;
    m_sum.timeline.add(report.timeline);
    m_sum.timeWindow = m_sum.timeWindow || report.timeWindow;
    // Each run dropped its own repeats; ids repeated across runs are not known here.
    m_sum.dedupe = m_sum.dedupe || report.dedupe;
    m_sum.duplicatesDropped += report.duplicatesDropped;
    return true;
}

Report ReportMerger::result() const
{
    // Sorted on a copy: the row indexes in the hashes point into the unsorted lists.
    Report sorted = m_sum;
    sorted.sort();
    return sorted;
}

} // namespace ekyc
