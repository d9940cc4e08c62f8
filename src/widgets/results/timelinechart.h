// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QWidget>

namespace ekyc {

class TimelineModel;

// The events over time as stacked bars, one bar per bucket of a TimelineModel and a colour per
// series shown, with a legend below. Colours come from the palette (hues spread around the
// highlight's, light on a dark window, dark on a light one); billable series are hatched and
// named so in the legend. Hovering a bar tells its time range and counts; dragging across bars
// (or clicking one) chooses a range of buckets: rangeChosen(). Drawn with QPainter: Qt Charts
// follows no palette and offers no range selection.
class TimelineChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    // The buckets of the range chosen, shaded; -1: none.
    void setSelection(int first, int last);
    int selectionFirst() const { return m_first; }
    int selectionLast() const { return m_last; }
    // One series drawn at full strength and outlined, the others faded; -1: all alike.
    void setHighlightedSeries(int series);
    int highlightedSeries() const { return m_highlight; }

    // The colour of a series under the current palette.
    QColor seriesColour(int series) const;
    // Where the bars are drawn, and the bucket under x (clamped to the first and last).
    QRect plotRect() const;
    QRect barRect(int bucket) const;
    int bucketAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rangeChosen(int first, int last);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct LegendItem
    {
        int series;
        QRect box; // swatch and text
    };
    QList<LegendItem> legend(int width) const;
    int legendRows(int width) const;
    int plotHeight() const;
    int axisWidth() const;
    void paintBars(QPainter &painter) const;
    void paintAxes(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    void fillSeries(QPainter &painter, const QRectF &rect, int series) const;
    QString toolTipText(int bucket) const;
    void describe();

    TimelineModel *m_model = nullptr;
    int m_first = -1;
    int m_last = -1;
    int m_highlight = -1;
    int m_anchor = -1; // a drag's first bucket, while dragging
    int m_legendRows = 1;
};

} // namespace ekyc
