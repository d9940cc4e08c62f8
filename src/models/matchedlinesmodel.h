// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/search.h"

#include <QAbstractTableModel>

namespace ekyc {

// One line of an input that holds an event of a result row.
struct MatchedLine
{
    int input = -1; // the session's input
    QString label; // the input's name in reports ("a.log", "b.zip!member", "pasted text")
    qint64 line = 0; // from 1
    QString product; // product id of the row; empty for ambiguous codes and unknown ones without one
    QString code;
    QString text; // as read back from the input (an excerpt when very long)
    QString time; // the event's time as the report writes it (docs/classification.md §8); empty: none
};

// The matched lines of the selected result row(s), in input and line order. Filled in
// batches as they are read back (appendLines), so a row with many events never blocks the
// window; the text column marks the code (MatchRangesRole) for the delegate to draw.
class MatchedLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { InputColumn = 0, LineColumn, TimeColumn, TextColumn, ColumnCount };

    explicit MatchedLinesModel(QObject *parent = nullptr);

    void clear();
    void appendLines(const QList<MatchedLine> &lines);
    const MatchedLine &line(int row) const { return m_lines.at(row); }
    const QList<MatchedLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Where `code` stands in `text` as a whole token (not inside a longer word or code),
    // as the classifier reads tokens.
    static QList<TextRange> codeRanges(QStringView text, QStringView code);
    // The text column as shown: tabs as spaces, and a long line's start cut ("…") so that its
    // code stands near the left edge; with the code's ranges in that text.
    static std::pair<QString, QList<TextRange>> displayText(const MatchedLine &line);

private:
    QList<MatchedLine> m_lines;
};

} // namespace ekyc
