// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

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

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ekyc
