// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/matchedlinesmodel.h"

#include "models/roles.h"

#include <QLocale>

namespace ekyc {

namespace {

bool isTokenChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
}

// How much of a line shows before its code: a code far to the right of a long line would
// otherwise be cut off by the column's edge.
constexpr qsizetype LeadBeforeCode = 48;

} // namespace

MatchedLinesModel::MatchedLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatchedLinesModel::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

void MatchedLinesModel::appendLines(const QList<MatchedLine> &lines)
{
    if (lines.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + lines.size() - 1));
    m_lines.append(lines);
    endInsertRows();
}

QList<TextRange> MatchedLinesModel::codeRanges(QStringView text, QStringView code)
{
    QList<TextRange> ranges;
    if (code.isEmpty())
        return ranges;
    qsizetype from = 0;
    while ((from = text.indexOf(code, from)) >= 0) {
        const qsizetype end = from + code.size();
        // "x.1001" is one token, not the code 1001; a trailing dot ends a token ("…Fail.").
        const bool startsToken = from == 0 || !isTokenChar(text[from - 1]);
        const bool endsToken = end == text.size() || !isTokenChar(text[end])
            || (text[end] == u'.' && (end + 1 == text.size() || !isTokenChar(text[end + 1])));
        if (startsToken && endsToken) {
            ranges.append({ from, code.size() });
            from = end;
        } else {
            ++from;
        }
    }
    return ranges;
}

std::pair<QString, QList<TextRange>> MatchedLinesModel::displayText(const MatchedLine &line)
{
    // One row per line: tabs as spaces, one for one, so match ranges stay in place.
    QString text = line.text;
    text.replace(u'\t', u' ');
    QList<TextRange> ranges = codeRanges(text, line.code);
    const qsizetype cut = ranges.isEmpty() ? 0 : ranges.constFirst().start - LeadBeforeCode;
    if (cut > 0) {
        text = QChar(0x2026) + text.mid(cut);
        for (TextRange &r : ranges)
            r.start -= cut - 1;
    }
    return { text, ranges };
}

int MatchedLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int MatchedLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchedLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatchedLine &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InputColumn:
            return l.label;
        case LineColumn:
            return QLocale().toString(l.line);
        case TimeColumn:
            return QString(l.time).replace(QLatin1Char('T'), QLatin1Char(' '));
        case TextColumn:
            return displayText(l).first;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? l.text : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MatchRangesRole:
        if (index.column() == TextColumn)
            return QVariant::fromValue(displayText(l).second);
        return {};
    case InputIndexRole:
        return l.input;
    case InputLabelRole:
        return l.label;
    case LineNumberRole:
        return l.line;
    case CodeRole:
        return l.code;
    }
    return {};
}

QVariant MatchedLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InputColumn:
        return tr("Input");
    case LineColumn:
        return tr("Line");
    case TimeColumn:
        return tr("Time");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

QHash<int, QByteArray> MatchedLinesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MatchRangesRole, QByteArrayLiteral("matchRanges"));
    names.insert(InputIndexRole, QByteArrayLiteral("input"));
    names.insert(InputLabelRole, QByteArrayLiteral("label"));
    names.insert(LineNumberRole, QByteArrayLiteral("line"));
    names.insert(CodeRole, QByteArrayLiteral("code"));
    return names;
}

} // namespace ekyc
