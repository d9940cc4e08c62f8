// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report.h"

#include <QAbstractTableModel>

namespace ekyc {

// The inputs of a classification, one row per file of the report (a zip gives one per
// member): its product and where that came from, its counts and its error. InputIndexRole
// says which input (dropped file, pasted text) a row belongs to, for "classify again as".
class InputsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InputColumn = 0,
        ProductColumn,
        SourceColumn,
        LinesColumn,
        EventsColumn,
        BillableColumn,
        UncertainColumn,
        UnknownColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit InputsModel(QObject *parent = nullptr);

    // `inputOfFile[i]`: the input that files[i] came from.
    void setFiles(const QList<FileSummary> &files, const QList<int> &inputOfFile);
    void clear();
    const FileSummary &file(int row) const { return m_files.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // ProductSource in a word for the From column ("actions"), in the interface's language.
    static QString sourceName(ProductSource source);
    // What ProductSource means, for a tooltip.
    static QString sourceExplanation(ProductSource source);

private:
    QList<FileSummary> m_files;
    QList<int> m_inputOfFile;
};

} // namespace ekyc
