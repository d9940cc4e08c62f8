// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QTableView;

namespace ekyc {

class CodesTable;
class MatchedLinesPane;
class TimelinePanel;

// Ties the timeline to the rest of the Results page: its range leaves in the codes table the
// codes with events in the range, counting those (ResultsFilterProxy), and in the lines pane the
// lines of the range; the code selected in the table stands out in the chart.
class TimelineLink : public QObject
{
    Q_OBJECT

public:
    TimelineLink(
        TimelinePanel *panel, CodesTable *codes, QTableView *codesView, MatchedLinesPane *lines, QObject *parent);

private:
    void applyRange();
    void highlightSelected();

    TimelinePanel *m_panel;
    CodesTable *m_codes;
    QTableView *m_codesView;
    MatchedLinesPane *m_lines;
};

} // namespace ekyc
