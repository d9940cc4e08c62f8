// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultsmodel.h"
#include "models/resultssession.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ekyc {

// One section of the results tab: its title ("Codes — codes: 23, events: 30") over a sortable
// table of a ResultsModel, rows tinted by the delegate from the palette. The ambiguous,
// unknown and not-counted sections hide when empty and take only the height of their rows.
class ResultsSection : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsSection(QWidget *parent = nullptr);

    // Once, before use (the form creates the widget without one).
    void setSection(ResultsModel::Section section);
    ResultsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString title() const;

    void setReport(const Report &report, const Catalog &catalog);
    // The selected rows in the order shown.
    QList<ResultsModel::Row> selectedRows() const;
    void clearSelection();

signals:
    // The current row changed (a click, the keyboard): show its lines.
    void currentKeyChanged(const ekyc::ResultKey &key);
    // Enter or a double click on a row.
    void activated(const QString &code, int product);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTitle(const QString &catalogDate);
    void retranslate();

    ResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QString m_catalogDate; // of the report shown
};

} // namespace ekyc
