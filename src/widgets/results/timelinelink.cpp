// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/timelinelink.h"

#include "models/timelinemodel.h"
#include "widgets/results/codestable.h"
#include "widgets/results/matchedlinespane.h"
#include "widgets/results/timelinepanel.h"

#include <QTableView>

namespace ekyc {

TimelineLink::TimelineLink(
    TimelinePanel *panel, CodesTable *codes, QTableView *codesView, MatchedLinesPane *lines, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_codes(codes)
    , m_codesView(codesView)
    , m_lines(lines)
{
    connect(panel, &TimelinePanel::rangeChanged, this, &TimelineLink::applyRange);
    connect(codes, &CodesTable::selectionChanged, this, &TimelineLink::highlightSelected);
}

void TimelineLink::applyRange()
{
    const TimeWindow window = m_panel->timeWindow();
    m_lines->setTimeWindow(window);
    m_codes->proxy()->setRangeCounts(window.active()
            ? m_panel->model()->countsOf(*m_codes->model(), *window.since, *window.until)
            : QList<qint64>());
    // The selected code may have left the table: the lines show the first code of the range.
    ResultsFilterProxy *proxy = m_codes->proxy();
    if (!m_codesView->selectionModel()->hasSelection() && proxy->rowCount() > 0)
        m_codesView->selectionModel()->setCurrentIndex(
            proxy->index(0, ResultsModel::CodeColumn), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TimelineLink::highlightSelected()
{
    const QModelIndexList rows = m_codesView->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_panel->highlight(std::nullopt);
        return;
    }
    const int row = m_codes->proxy()->mapToSource(rows.constFirst()).row();
    m_panel->highlight(TimelineModel::seriesKey(*m_codes->model(), row));
}

} // namespace ekyc
