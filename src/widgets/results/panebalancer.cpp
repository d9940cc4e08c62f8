// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/results/panebalancer.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

namespace ekyc {

std::pair<int, int> PaneBalancer::share(int rows, int codes, int lines)
{
    rows = std::max(rows, 0);
    codes = std::max(codes, 1); // an empty table still shows a row (its "nothing here")
    lines = std::max(lines, 1);
    if (codes + lines <= rows)
        return { codes, rows - codes }; // all in sight: the lines take the rest (more may come)
    const int minLines = std::min(lines, MinLineRows);
    const int minCodes = std::min(codes, MinCodeRows);
    if (codes <= rows - minLines)
        return { codes, rows - codes };
    if (lines <= rows - minCodes)
        return { rows - lines, lines };
    // Both have rows hidden: each its minimum, the rest shared two to one in favour of codes.
    if (minCodes + minLines >= rows) {
        const int c = std::max(0, std::min(minCodes, rows - std::min(minLines, rows / 2)));
        return { c, rows - c };
    }
    const int spare = rows - minCodes - minLines;
    const int c = minCodes + (spare * 2 + 2) / 3;
    return { c, rows - c };
}

void PaneBalancer::apply(
    QSplitter *splitter, QWidget *timeline, QTableView *codes, QWidget *linesPane, QTableView *lines)
{
    const int rowHeight = codes->verticalHeader()->defaultSectionSize();
    const int timelineHeight = timeline->isVisible() ? timeline->sizeHint().height() : 0;
    const int codesChrome = codes->horizontalHeader()->sizeHint().height() + 2 * codes->frameWidth() + 2;
    // A report opened from a file hides the lines table (a sentence, no lines): the pane needs
    // only that row, and the hidden table's old viewport height says nothing.
    const int linesChrome = lines->isHidden() ? linesPane->minimumSizeHint().height()
                                              : linesPane->height() - lines->viewport()->height() + 2;
    const int free = splitter->height() - timelineHeight - splitter->handleWidth() * (timelineHeight > 0 ? 2 : 1);
    const int rows = (free - codesChrome - linesChrome) / rowHeight;
    if (rows <= 0)
        return;
    const int codeRows = share(rows, codes->model()->rowCount(), lines->model()->rowCount()).first;
    const int codesHeight = codesChrome + codeRows * rowHeight;
    splitter->setSizes({ timelineHeight, codesHeight, free - codesHeight });
}

} // namespace ekyc
