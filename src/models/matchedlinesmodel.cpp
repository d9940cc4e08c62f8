// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/matchedlinesmodel.h"

#include "models/roles.h"

#include "core/masking.h"

#include <QLocale>

namespace ekyc {

namespace {

bool isTokenChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
}

// A code this far into a line would be cut off by the column's edge: the line then shows its
// first HeadChars characters (the timestamp), "…", and the text from LeadBeforeCode
// characters before the code on.
constexpr qsizetype FarCode = 100;
constexpr qsizetype HeadChars = 32;
constexpr qsizetype LeadBeforeCode = 24;

} // namespace

MatchedLinesModel::MatchedLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatchedLinesModel::clear()
{
    m_revealed = -1;
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

void MatchedLinesModel::prependLines(const QList<MatchedLine> &lines)
{
    if (lines.isEmpty())
        return;
    beginInsertRows({}, 0, int(lines.size() - 1));
    m_lines = lines + m_lines;
    if (m_revealed >= 0)
        m_revealed += int(lines.size());
    endInsertRows();
}

void MatchedLinesModel::changeText(int first, int last)
{
    if (first <= last && first >= 0)
        emit dataChanged(index(first, TextColumn), index(last, TextColumn), { Qt::DisplayRole, MatchRangesRole });
}

void MatchedLinesModel::setMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    changeText(0, rowCount() - 1);
}

void MatchedLinesModel::setRevealedRow(int row)
{
    if (row == m_revealed)
        return;
    const int old = m_revealed;
    m_revealed = row >= 0 && row < rowCount() ? row : -1;
    changeText(old, old);
    changeText(m_revealed, m_revealed);
}

QString MatchedLinesModel::shortLabel(const QString &label)
{
    const qsizetype bang = label.indexOf(QLatin1Char('!'));
    const QString outer = bang < 0 ? label : label.left(bang);
    const QString base = outer.mid(outer.lastIndexOf(QLatin1Char('/')) + 1);
    if (bang < 0)
        return base;
    const QString member = label.mid(bang + 1);
    return base + QLatin1Char('!') + member.mid(member.lastIndexOf(QLatin1Char('/')) + 1);
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

std::pair<QString, QList<TextRange>> MatchedLinesModel::displayText(const MatchedLine &line, bool mask)
{
    // One row per line: tabs as spaces, one for one, so match ranges stay in place.
    QString text = mask ? maskPersonalData(line.text) : line.text;
    text.replace(u'\t', u' ');
    QList<TextRange> ranges = codeRanges(text, line.code);
    if (!ranges.isEmpty() && ranges.constFirst().start > FarCode) {
        const qsizetype from = ranges.constFirst().start - LeadBeforeCode;
        const QString joint = QStringLiteral(" \u2026 ");
        text = text.left(HeadChars) + joint + text.mid(from);
        const qsizetype shift = from - HeadChars - joint.size();
        QList<TextRange> shifted;
        for (const TextRange &r : std::as_const(ranges)) {
            if (r.start >= from)
                shifted.append({ r.start - shift, r.length });
            else if (r.start + r.length <= HeadChars)
                shifted.append(r);
        }
        ranges = shifted;
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
            return shortLabel(l.label);
        case LineColumn:
            return QLocale().toString(l.line);
        case TimeColumn:
            return QString(l.time).replace(QLatin1Char('T'), QLatin1Char(' '));
        case TextColumn:
            return displayText(l, m_masked && index.row() != m_revealed).first;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == InputColumn)
            return l.label;
        if (index.column() == TextColumn)
            return m_masked && index.row() != m_revealed ? maskPersonalData(l.text) : l.text;
        return {};
    case LineTextRole:
        return l.text;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MatchRangesRole:
        if (index.column() == TextColumn)
            return QVariant::fromValue(displayText(l, m_masked && index.row() != m_revealed).second);
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
    return withRoleNames(QAbstractTableModel::roleNames(),
        { MatchRangesRole, InputIndexRole, InputLabelRole, LineNumberRole, CodeRole, LineTextRole });
}

} // namespace ekyc
