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
// window; the text column marks the code (MatchRangesRole) for the delegate to draw. The input
// shows by its base name (the full name in the tooltip); the text is masked (Mask personal
// data) unless told otherwise, one revealed row aside (a button held down). LineTextRole is
// the clear text, for the lines filter. The context view uses it too (prependLines).
class MatchedLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { InputColumn = 0, LineColumn, TimeColumn, TextColumn, ColumnCount };

    explicit MatchedLinesModel(QObject *parent = nullptr);

    void clear();
    void appendLines(const QList<MatchedLine> &lines);
    void prependLines(const QList<MatchedLine> &lines);
    bool isMasked() const { return m_masked; }
    void setMasked(bool masked);
    // The row whose clear text shows while the text is masked; -1: none.
    void setRevealedRow(int row);
    int revealedRow() const { return m_revealed; }
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
    // The text column as shown: tabs as spaces, masked when `mask` is set; a long line whose
    // code stands far right keeps its start (the timestamp) and then "…" and the text from a
    // little before the code, so the code is in sight; with the code's ranges in that text.
    // The view elides the end.
    static std::pair<QString, QList<TextRange>> displayText(const MatchedLine &line, bool mask = false);
    // "/var/log/app.log" → "app.log"; "b.zip!logs/x.log" → "b.zip!x.log".
    static QString shortLabel(const QString &label);

private:
    void changeText(int first, int last);

    QList<MatchedLine> m_lines;
    bool m_masked = false;
    int m_revealed = -1;
};

} // namespace ekyc
