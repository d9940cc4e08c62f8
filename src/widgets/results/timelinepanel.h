// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/timeline.h"
#include "core/timestamp.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace ekyc {

class TimelineChart;
class TimelineModel;

// The timeline above the codes table: a title button that shows or hides it (hidden at first
// in a window under CollapseBelowHeight), the chart (TimelineChart) or, with the Table toggle,
// the same numbers as a table. Dragging across the bars or selecting rows of the table chooses
// a time range; a chip shows it with a ✕ that clears it. With no timed event it is one line
// saying so.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CollapseBelowHeight = 700;

    explicit TimelinePanel(QWidget *parent = nullptr);

    // New results: the range is cleared.
    void setTimeline(const Timeline &timeline);
    TimelineModel *model() const { return m_model; }
    TimelineChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QToolButton *expandButton() const { return m_expand; }
    QToolButton *tableButton() const { return m_tableToggle; }
    QToolButton *clearButton() const { return m_clear; }
    QLabel *chipLabel() const { return m_chipLabel; }
    QLabel *noteLabel() const { return m_note; }

    bool isExpanded() const;
    void setExpanded(bool expanded);
    // The range chosen, buckets [first, last]; -1: none.
    void setRange(int first, int last);
    void clearRange() { setRange(-1, -1); }
    int rangeFirst() const { return m_first; }
    int rangeLast() const { return m_last; }
    // The range as instants: inactive when none is chosen.
    TimeWindow timeWindow() const;
    // The series of `key` stands out in the chart; nullopt (or a key in "other"): none does.
    void highlight(const std::optional<TimelineSeries> &key);

signals:
    void rangeChanged();
    // Shown or hidden, chart or table: the page shares its height again.
    void sizeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateChip();
    void selectTableRows();

    TimelineModel *m_model;
    QToolButton *m_expand;
    QLabel *m_summary;
    QWidget *m_chip;
    QLabel *m_chipLabel;
    QToolButton *m_clear;
    QToolButton *m_tableToggle;
    QLabel *m_note;
    QStackedWidget *m_stack;
    TimelineChart *m_chart;
    QTableView *m_table;
    QWidget *m_header;
    int m_first = -1;
    int m_last = -1;
    bool m_userToggled = false; // the person showed or hid it: their choice stays
    bool m_syncing = false;
};

} // namespace ekyc
