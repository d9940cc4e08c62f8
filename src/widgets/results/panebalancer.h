// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <utility>

class QSplitter;
class QTableView;
class QWidget;

namespace ekyc {

// How the Results page shares its height between the codes table and the lines below it: the
// space goes to what has content. Each pane takes the rows it has when both fit; otherwise the
// one that fits whole is shown whole and the other takes the rest; when neither fits, the codes
// keep at least MinCodeRows and the lines at least MinLineRows (as far as the height allows).
// No pane then shows more than a row of empty space while the other has rows hidden.
struct PaneBalancer
{
    static constexpr int MinCodeRows = 8;
    static constexpr int MinLineRows = 5;

    // `rows`: the rows the height holds in all; `codes`, `lines`: the rows each pane has.
    // Returns the rows each pane gets; they add up to `rows`.
    static std::pair<int, int> share(int rows, int codes, int lines);
    // Sizes `splitter` (timeline, codes, lines pane) by share(): rows of the tables' height,
    // the rest of each pane (header, frame, the lines pane's title row) kept.
    static void apply(QSplitter *splitter, QWidget *timeline, QTableView *codes, QWidget *linesPane, QTableView *lines);
};

} // namespace ekyc
