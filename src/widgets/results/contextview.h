// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/matchedlinesloader.h"
#include "models/matchedlinesmodel.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace ekyc {

// The lines around one matched line (Enter or a double click in the lines pane): Radius lines
// before and after it, and Radius more each time the view is scrolled to its top or bottom.
// The line itself is selected and its code marked; masked like the lines pane. Read on the
// loader's thread, from the nearest line mark of a plain input.
class ContextView : public QDialog
{
    Q_OBJECT

public:
    static constexpr qint64 Radius = 20;

    ContextView(LineSource source, MatchedLine line, std::vector<LineMark> marks, QWidget *parent = nullptr);

    void setMasked(bool masked) { m_model->setMasked(masked); }
    MatchedLinesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isLoading() const { return m_loader->isBusy(); }
    // Reads the Radius lines before the first shown (false: none left, or busy).
    bool loadBefore();
    // Reads the Radius lines after the last shown (false: the input ended, or busy).
    bool loadAfter();

private:
    void load(qint64 first, qint64 last, bool before);
    void loaded(const QList<MatchedLine> &lines, bool done, const QString &error);

    LineSource m_source;
    MatchedLine m_line;
    std::vector<LineMark> m_marks;
    MatchedLinesModel *m_model = nullptr;
    MatchedLinesLoader *m_loader = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QList<MatchedLine> m_pending; // of the read under way
    bool m_before = false; // the read under way is of lines before the first shown
    bool m_atEnd = false; // the input has no line after the last shown
};

} // namespace ekyc
