// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/timelinechart.h"

#include "models/timelinemodel.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ekyc {

namespace {

constexpr int Gap = 4;
constexpr double GoldenAngle = 137.508; // consecutive hues as far apart as they can stay

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Timeline chart"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineChart::setModel(TimelineModel *model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_first = m_last = m_highlight = m_anchor = -1;
        describe();
        updateGeometry();
        update();
    });
    describe();
}

void TimelineChart::describe()
{
    if (!m_model || m_model->isEmpty()) {
        setAccessibleDescription(QString());
        return;
    }
    const int last = m_model->rowCount() - 1;
    setAccessibleDescription(
        tr("%1 events from %2, in buckets of %3. Drag across the bars to choose a time "
           "range; the table view lists the same numbers.")
            .arg(QLocale().toString(m_model->totalEvents()),
                m_model->rangeText(m_model->bucketStart(0), m_model->bucketEnd(last)), m_model->bucketSizeText()));
}

void TimelineChart::setSelection(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    update();
}

void TimelineChart::setHighlightedSeries(int series)
{
    if (series == m_highlight)
        return;
    m_highlight = series;
    update();
}

QColor TimelineChart::seriesColour(int series) const
{
    const QPalette &p = palette();
    if (m_model && m_model->isOther(series))
        return isDark(p) ? QColor::fromHsl(0, 0, 120) : QColor::fromHsl(0, 0, 190);
    int base = p.color(QPalette::Highlight).hslHue();
    if (base < 0)
        base = 210; // a grey highlight: start from blue
    const int hue = int(std::lround(base + series * GoldenAngle)) % 360;
    // Mid-dark colours on a light window, light ones on a dark window: the bars stand out and
    // the hatching (in the base colour) shows on both.
    return isDark(p) ? QColor::fromHsl(hue, 150, 165) : QColor::fromHsl(hue, 170, 105);
}

int TimelineChart::plotHeight() const
{
    return fontMetrics().height() * 6;
}

int TimelineChart::axisWidth() const
{
    const QString most = QLocale().toString(m_model ? m_model->maxEvents() : 0);
    return fontMetrics().horizontalAdvance(most) + 2 * Gap;
}

QRect TimelineChart::plotRect() const
{
    const int top = fontMetrics().height() / 2;
    return { axisWidth(), top, std::max(1, width() - axisWidth() - Gap), plotHeight() };
}

QRect TimelineChart::barRect(int bucket) const
{
    const QRect plot = plotRect();
    const int n = m_model ? std::max(1, m_model->rowCount()) : 1;
    const int left = plot.left() + int(qint64(plot.width()) * bucket / n);
    const int right = plot.left() + int(qint64(plot.width()) * (bucket + 1) / n);
    return { left, plot.top(), std::max(1, right - left), plot.height() };
}

int TimelineChart::bucketAt(int x) const
{
    const int n = m_model ? m_model->rowCount() : 0;
    if (n == 0)
        return -1;
    const QRect plot = plotRect();
    const int bucket = int(qint64(x - plot.left()) * n / plot.width());
    return std::clamp(bucket, 0, n - 1);
}

QList<TimelineChart::LegendItem> TimelineChart::legend(int width) const
{
    QList<LegendItem> items;
    if (!m_model)
        return items;
    // Bold: the highlighted series' label is, and the others keep their places.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int rowHeight = fontMetrics().height() + Gap;
    int x = axisWidth();
    int y = plotRect().bottom() + 1 + rowHeight + Gap;
    for (int s = 0; s < m_model->seriesCount(); ++s) {
        const int w = fontMetrics().height() + Gap + fm.horizontalAdvance(m_model->seriesLabel(s));
        if (x > axisWidth() && x + w > width) {
            x = axisWidth();
            y += rowHeight;
        }
        items.append({ s, QRect(x, y, w, fontMetrics().height()) });
        x += w + 3 * Gap;
    }
    return items;
}

int TimelineChart::legendRows(int width) const
{
    const QList<LegendItem> items = legend(width);
    if (items.isEmpty())
        return 1;
    return (items.constLast().box.top() - items.constFirst().box.top()) / (fontMetrics().height() + Gap) + 1;
}

QSize TimelineChart::sizeHint() const
{
    const int rowHeight = fontMetrics().height() + Gap;
    return { 400, plotRect().top() + plotHeight() + rowHeight * (1 + m_legendRows) + 2 * Gap };
}

QSize TimelineChart::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int rows = legendRows(width());
    if (rows != m_legendRows) {
        m_legendRows = rows;
        updateGeometry();
    }
}

void TimelineChart::fillSeries(QPainter &painter, const QRectF &rect, int series) const
{
    QColor colour = seriesColour(series);
    const bool faded = m_highlight >= 0 && series != m_highlight;
    if (faded)
        colour.setAlpha(110);
    painter.fillRect(rect, colour);
    if (m_model->isBillable(series)) {
        QColor hatch = palette().color(QPalette::Base);
        hatch.setAlpha(faded ? 110 : 200);
        painter.fillRect(rect, QBrush(hatch, Qt::BDiagPattern));
    }
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    if (!m_model || m_model->isEmpty())
        return;
    QPainter painter(this);
    paintAxes(painter);
    paintBars(painter);
    paintLegend(painter);
}

void TimelineChart::paintAxes(QPainter &painter) const
{
    const QRect plot = plotRect();
    const QFontMetrics fm = fontMetrics();
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect axis(0, plot.top() - fm.height() / 2, plot.left() - Gap, fm.height());
    painter.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(m_model->maxEvents()));
    painter.drawText(axis.translated(0, plot.height()), Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(0));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Times under the bars: as many as fit, the first with its date, the others with theirs only
    // when it changes.
    const int n = m_model->rowCount();
    const int labelWidth = fm.horizontalAdvance(m_model->timeText(m_model->bucketStart(0))) + 4 * Gap;
    const int labels = std::clamp(plot.width() / labelWidth, 1, n);
    const int step = std::max(1, (n + labels - 1) / labels);
    painter.setPen(palette().color(QPalette::WindowText));
    QDate lastDate;
    for (int b = 0; b < n; b += step) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_model->bucketStart(b), Qt::UTC);
        const QString text
            = t.date() == lastDate ? t.toString(QStringLiteral("HH:mm")) : m_model->timeText(t.toMSecsSinceEpoch());
        lastDate = t.date();
        const int x = barRect(b).left();
        if (x + fm.horizontalAdvance(text) > width())
            break;
        painter.drawLine(x, plot.bottom() + 1, x, plot.bottom() + Gap);
        painter.drawText(QPoint(x, plot.bottom() + Gap + fm.ascent()), text);
    }
}

void TimelineChart::paintBars(QPainter &painter) const
{
    const QRect plot = plotRect();
    if (m_first >= 0) {
        // Shaded behind the bars, and a bar of the highlight colour under the axis: the bars
        // hide the shade where they are high.
        const QColor highlight = palette().color(QPalette::Highlight);
        QColor shade = highlight;
        shade.setAlpha(60);
        const QRect range = barRect(m_first).united(barRect(m_last));
        painter.fillRect(range, shade);
        painter.fillRect(QRect(range.left(), plot.bottom() + 1, range.width(), Gap - 1), highlight);
    }
    const double scale = m_model->maxEvents() > 0 ? double(plot.height()) / double(m_model->maxEvents()) : 0;
    for (int b = 0; b < m_model->rowCount(); ++b) {
        QRect bar = barRect(b);
        if (bar.width() > 3)
            bar.adjust(0, 0, -1, 0); // a gap between bars
        double bottom = plot.bottom() + 1;
        QRectF highlighted;
        for (int s = 0; s < m_model->seriesCount(); ++s) {
            const double h = double(m_model->count(b, s)) * scale;
            if (h <= 0)
                continue;
            const QRectF part(bar.left(), bottom - h, bar.width(), h);
            fillSeries(painter, part, s);
            if (s == m_highlight)
                highlighted = part;
            bottom -= h;
        }
        if (!highlighted.isNull()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawRect(highlighted.adjusted(0, 0, -1, -1));
        }
    }
}

void TimelineChart::paintLegend(QPainter &painter) const
{
    const QFontMetrics fm = fontMetrics();
    for (const LegendItem &item : legend(width())) {
        const QRect swatch(item.box.left(), item.box.top() + 1, fm.height() - 2, fm.height() - 2);
        fillSeries(painter, swatch, item.series);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect text = item.box.adjusted(fm.height() + Gap, 0, 0, 0);
        QFont font = painter.font();
        font.setBold(item.series == m_highlight);
        painter.setFont(font);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_model->seriesLabel(item.series));
    }
}

QString TimelineChart::toolTipText(int bucket) const
{
    const QLocale locale;
    QStringList lines { m_model->rangeText(m_model->bucketStart(bucket), m_model->bucketEnd(bucket)),
        tr("%1 events, %2 billable")
            .arg(locale.toString(m_model->events(bucket)), locale.toString(m_model->billable(bucket))) };
    for (int s = 0; s < m_model->seriesCount(); ++s) {
        if (const qint64 n = m_model->count(bucket, s))
            lines << tr("%1: %2").arg(m_model->seriesLabel(s), locale.toString(n));
    }
    return lines.join(QLatin1Char('\n'));
}

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model && !m_model->isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (plotRect().adjusted(0, 0, 0, fontMetrics().height()).contains(help->pos())) {
            const int bucket = bucketAt(help->pos().x());
            QToolTip::showText(help->globalPos(), toolTipText(bucket), this, barRect(bucket));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model || m_model->isEmpty()
        || !plotRect().adjusted(0, 0, 0, fontMetrics().height()).contains(event->position().toPoint())) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_anchor = bucketAt(event->position().toPoint().x());
    setSelection(m_anchor, m_anchor);
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_anchor < 0 || !(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    setSelection(m_anchor, bucketAt(event->position().toPoint().x()));
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_anchor < 0 || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    setSelection(m_anchor, bucketAt(event->position().toPoint().x()));
    m_anchor = -1;
    emit rangeChosen(m_first, m_last);
}

} // namespace ekyc
