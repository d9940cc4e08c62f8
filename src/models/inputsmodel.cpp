// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/inputsmodel.h"

#include "models/matchedlinesmodel.h"
#include "models/productnames.h"
#include "models/roles.h"

#include <QLocale>

namespace ekyc {

InputsModel::InputsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InputsModel::setFiles(const QList<FileSummary> &files, const QList<int> &inputOfFile)
{
    Q_ASSERT(files.size() == inputOfFile.size());
    beginResetModel();
    m_files = files;
    m_inputOfFile = inputOfFile;
    endResetModel();
}

void InputsModel::clear()
{
    beginResetModel();
    m_files.clear();
    m_inputOfFile.clear();
    endResetModel();
}

int InputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int InputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InputsModel::sourceName(ProductSource source)
{
    switch (source) {
    case ProductSource::User:
        return tr("user", "where the product came from");
    case ProductSource::Actions:
        return tr("actions", "where the product came from");
    case ProductSource::Codes:
        return tr("codes", "where the product came from");
    case ProductSource::None:
        break;
    }
    return tr("none", "where the product came from");
}

QString InputsModel::sourceExplanation(ProductSource source)
{
    switch (source) {
    case ProductSource::User:
        return tr("user: the product you chose");
    case ProductSource::Actions:
        return tr("actions: the only product whose API action names occur in the input");
    case ProductSource::Codes:
        return tr("codes: the only product the input's codes imply");
    case ProductSource::None:
        break;
    }
    return tr("none: no product could be resolved, so codes in several products are ambiguous");
}

QVariant InputsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileSummary &f = m_files.at(index.row());
    const Totals &t = f.totals;
    const QLocale locale;
    // A report opened from a file has each input's events but not their split (its JSON has no
    // per-input totals): those figures show as unknown, not as zeros.
    const bool split = !(f.events > 0 && t.events == 0);
    auto figure = [&](qint64 n) { return split ? locale.toString(n) : tr("\u2014"); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InputColumn:
            return MatchedLinesModel::shortLabel(f.path); // the full name in the tooltip
        case ProductColumn:
            return f.product ? productDisplayName(*f.product) : tr("\u2014");
        case SourceColumn:
            return sourceName(f.productSource);
        case LinesColumn:
            return locale.toString(f.lines);
        case EventsColumn:
            return locale.toString(f.events);
        case BillableColumn:
            return figure(t.billable);
        case UncertainColumn:
            return figure(t.billableUncertain);
        case UnknownColumn:
            return figure(t.unknown);
        case ErrorColumn:
            return f.error;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= LinesColumn && index.column() <= UnknownColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return sourceExplanation(f.productSource);
        if (index.column() == InputColumn || index.column() == ErrorColumn)
            return f.error.isEmpty() ? f.path : tr("%1: %2").arg(f.path, f.error);
        return {};
    case SortRole:
        switch (index.column()) {
        case InputColumn:
            return f.path;
        case ProductColumn:
            return f.product ? productIndex(*f.product) : 1000;
        case SourceColumn:
            return int(f.productSource);
        case LinesColumn:
            return f.lines;
        case EventsColumn:
            return f.events;
        case BillableColumn:
            return t.billable;
        case UncertainColumn:
            return t.billableUncertain;
        case UnknownColumn:
            return t.unknown;
        case ErrorColumn:
            return f.error;
        }
        return {};
    case InputIndexRole:
        return m_inputOfFile.at(index.row());
    case InputLabelRole:
        return f.path;
    case ProductRole:
        return f.product ? productIndex(*f.product) : -1;
    case ProductSourceRole:
        return int(f.productSource);
    case CountRole:
        return f.events;
    case ErrorRole:
        return f.error;
    }
    return {};
}

QVariant InputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InputColumn:
        return tr("Input");
    case ProductColumn:
        return tr("Product");
    case SourceColumn:
        return tr("From");
    case LinesColumn:
        return tr("Lines");
    case EventsColumn:
        return tr("Events");
    case BillableColumn:
        return tr("Billable");
    case UncertainColumn:
        return tr("Uncertain");
    case UnknownColumn:
        return tr("Unknown");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

QHash<int, QByteArray> InputsModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        { InputIndexRole, InputLabelRole, ProductRole, ProductSourceRole, CountRole, ErrorRole, SortRole });
}

} // namespace ekyc
