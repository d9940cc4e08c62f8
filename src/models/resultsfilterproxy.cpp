// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/resultsfilterproxy.h"

#include "models/resultsmodel.h"
#include "models/roles.h"

#include "core/report.h"

#include <QLocale>

namespace ekyc {

ResultsFilterProxy::ResultsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    // A reset of the source (new results, other inputs) makes the texts anew, at once: with
    // 10,000 codes that takes tens of ms, which belong to the new results, not to the first
    // keystroke in the filter (bench/results.sh).
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        m_haystacks.clear();
        if (!sourceModel())
            return;
        connect(sourceModel(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_haystacks.clear();
            m_rangeCounts.clear();
        });
        connect(sourceModel(), &QAbstractItemModel::modelReset, this, [this] {
            if (m_haystacks.size() != sourceModel()->rowCount()) // not built by a filter on the reset
                buildHaystacks();
        });
    });
}

void ResultsFilterProxy::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void ResultsFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void ResultsFilterProxy::retranslate()
{
    buildHaystacks();
    if (!m_text.isEmpty())
        invalidateRowsFilter();
}

void ResultsFilterProxy::buildHaystacks() const
{
    const QAbstractItemModel *source = sourceModel();
    m_haystacks.clear();
    m_haystacks.reserve(source->rowCount());
    for (int row = 0; row < source->rowCount(); ++row) {
        QString text;
        for (int column : { ResultsModel::CodeColumn, ResultsModel::ProductColumn, ResultsModel::DescriptionColumn,
                 ResultsModel::StatusColumn })
            text += source->index(row, column).data().toString() + QLatin1Char('\n');
        m_haystacks.append(text);
    }
}

bool ResultsFilterProxy::shows(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    const auto status = EventStatus(index.data(StatusRole).toInt());
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Counted:
        return status != EventStatus::NotCounted;
    case Show::Billable:
        return Billing(index.data(BillingRole).toInt()) == Billing::Billable;
    case Show::Uncertain:
        return Billing(index.data(BillingRole).toInt()) == Billing::Uncertain;
    case Show::Known:
        return status == EventStatus::Known;
    case Show::Ambiguous:
        return status == EventStatus::Ambiguous;
    case Show::Unknown:
        return status == EventStatus::Unknown;
    case Show::NotCounted:
        return status == EventStatus::NotCounted;
    }
    return true;
}

void ResultsFilterProxy::setRangeCounts(const QList<qint64> &counts)
{
    if (counts == m_rangeCounts)
        return;
    m_rangeCounts = counts;
    invalidate(); // the rows and, when sorted by events, their order
    if (rowCount() > 0)
        emit dataChanged(index(0, ResultsModel::CountColumn), index(rowCount() - 1, ResultsModel::CountColumn));
}

QVariant ResultsFilterProxy::data(const QModelIndex &index, int role) const
{
    if (m_rangeCounts.isEmpty() || index.column() != ResultsModel::CountColumn
        || (role != Qt::DisplayRole && role != SortRole && role != CountRole))
        return QSortFilterProxyModel::data(index, role);
    const qint64 count = m_rangeCounts.value(mapToSource(index).row());
    return role == Qt::DisplayRole ? QVariant(QLocale().toString(count)) : QVariant(count);
}

bool ResultsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_rangeCounts.isEmpty() || left.column() != ResultsModel::CountColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_rangeCounts.value(left.row()) < m_rangeCounts.value(right.row());
}

bool ResultsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !shows(sourceRow))
        return false;
    if (!m_rangeCounts.isEmpty() && m_rangeCounts.value(sourceRow) <= 0)
        return false;
    if (m_text.isEmpty())
        return true;
    if (m_haystacks.size() != sourceModel()->rowCount())
        buildHaystacks();
    return m_haystacks.at(sourceRow).contains(m_text, Qt::CaseInsensitive);
}

} // namespace ekyc
