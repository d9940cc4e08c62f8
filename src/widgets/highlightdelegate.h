// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/roles.h"

#include <QStyledItemDelegate>

#include <utility>

namespace ekyc {

// Draws catalog cells: billable rows on a tint derived from the palette, and the search
// query's matches (MatchRangesRole) marked inside the text. Colours come from the palette
// the view is drawn with, so light and dark themes both stay readable.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(QObject *parent = nullptr);

    // Background of a billable row: the palette's base shifted towards amber, by an amount
    // that keeps the palette's text colour readable on it.
    static QColor billableBackground(const QPalette &palette);
    // Background behind a matched part of the text, for a cell that is (or is not) selected.
    static QColor matchBackground(const QPalette &palette, bool selected);

    // What a cell of `width` pixels shows of `text`: the text elided at the right, unless the
    // first match would then be cut off (a long log line whose code is far in): then "…" and
    // the text from a few characters before the match, so the match is in view. The ranges
    // follow the text shown.
    static std::pair<QString, QList<TextRange>> visibleText(
        const QString &text, const QList<TextRange> &ranges, const QFontMetrics &metrics, int width);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ekyc
