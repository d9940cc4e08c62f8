// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/highlightdelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

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
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width());
    const bool selected = opt.state.testFlag(QStyle::State_Selected);

    QTextCharFormat matchFormat;
    matchFormat.setBackground(matchBackground(opt.palette, selected));
    // Underlined as well, so a match never depends on telling two colours apart.
    matchFormat.setFontUnderline(true);
    QList<QTextLayout::FormatRange> formats;
    for (const TextRange &range : ranges) {
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
