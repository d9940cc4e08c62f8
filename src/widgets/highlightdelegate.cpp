// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/highlightdelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace ekyc {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB), float(a.greenF() * k + b.greenF() * amountOfB),
        float(a.blueF() * k + b.blueF() * amountOfB));
}

} // namespace

HighlightDelegate::HighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor HighlightDelegate::billableBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    // Amber reads as "money" without shouting; a dark base takes more of it to show at all.
    const QColor amber(0xff, 0xb3, 0x00);
    return mix(base, amber, base.lightnessF() > 0.5 ? 0.28 : 0.30);
}

QColor HighlightDelegate::matchBackground(const QPalette &palette, bool selected)
{
    if (selected) {
        // Away from the selected text's colour, so the match only gains contrast on a selected row.
        const QColor selectedText = palette.color(QPalette::Active, QPalette::HighlightedText);
        const QColor away = selectedText.lightnessF() > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
        return mix(palette.color(QPalette::Active, QPalette::Highlight), away, 0.30);
    }
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    return mix(base, palette.color(QPalette::Active, QPalette::Highlight), 0.40);
}

void HighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(BillableRole).toBool())
        option->backgroundBrush = billableBackground(option->palette);
}

std::pair<QString, QList<TextRange>> HighlightDelegate::visibleText(
    const QString &text, const QList<TextRange> &ranges, const QFontMetrics &metrics, int width)
{
    const QString ellipsis = QStringLiteral("\u2026");
    if (ranges.isEmpty()
        || metrics.horizontalAdvance(text.left(ranges.constFirst().start + ranges.constFirst().length)) <= width)
        return { metrics.elidedText(text, Qt::ElideRight, width), ranges };
    // Up to 8 characters before the match, for its key ('Result":'), as many as fit.
    const TextRange first = ranges.constFirst();
    // (The trailing "…" of the elided rest counts too.)
    const QString tail = first.start + first.length < text.size() ? ellipsis : QString();
    qsizetype lead = std::min<qsizetype>(8, first.start);
    while (lead > 0
        && metrics.horizontalAdvance(ellipsis + text.mid(first.start - lead, lead + first.length) + tail) > width)
        --lead;
    const qsizetype from = first.start - lead;
    if (from == 0) // the match is at the start: nothing to leave out before it
        return { metrics.elidedText(text, Qt::ElideRight, width), ranges };
    const qsizetype shift = from - ellipsis.size();
    QList<TextRange> shifted;
    for (const TextRange &range : ranges)
        shifted.append({ range.start - shift, range.length });
    return { metrics.elidedText(ellipsis + text.mid(from), Qt::ElideRight, width), shifted };
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto ranges = index.data(MatchRangesRole).value<QList<TextRange>>();
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; then the text on top.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const auto [shown, visible] = opt.textElideMode == Qt::ElideRight
        ? visibleText(text, ranges, opt.fontMetrics, textRect.width())
        : std::pair { opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()), ranges };
    const bool selected = opt.state.testFlag(QStyle::State_Selected);

    QTextCharFormat matchFormat;
    matchFormat.setBackground(matchBackground(opt.palette, selected));
    // Underlined as well, so a match never depends on telling two colours apart.
    matchFormat.setFontUnderline(true);
    QList<QTextLayout::FormatRange> formats;
    for (const TextRange &range : visible) {
        if (range.start >= shown.size())
            break;
        formats.append({ int(range.start), int(qMin(range.length, shown.size() - range.start)), matchFormat });
    }

    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    QTextOption textOption(Qt::Alignment(opt.displayAlignment));
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace ekyc
