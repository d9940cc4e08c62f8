// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/resultsfilterproxy.h"
#include "models/resultsmodel.h"
#include "models/resultssession.h"

#include <QObject>

#include <array>

class QComboBox;
class QLineEdit;
class QTableView;

namespace ekyc {

class SummaryStrip;

// The codes table of the Results page with its filters: the model and proxy behind the table,
// the text filter (Esc clears it, Enter goes to the first code), the status filter and the
// summary strip's figures, which choose the same filter. Drives widgets of the page's form.
class CodesTable : public QObject
{
    Q_OBJECT

public:
    CodesTable(QTableView *table, QLineEdit *filter, QComboBox *status, SummaryStrip *strip, QObject *parent);

    ResultsModel *model() const { return m_model; }
    ResultsFilterProxy *proxy() const { return m_proxy; }
    // Shows the codes and totals of `report` and selects the first code shown.
    void show(const Report &report, const Catalog &catalog);
    // The selected rows in the order shown, and which events they count.
    QList<ResultsModel::Row> selectedRows() const;
    QList<ResultKey> selectedKeys() const;
    void retranslate();

signals:
    void selectionChanged();
    // Enter or a double click on a row.
    void activated(const QString &code, int product);
    // Rows came or went (a filter): the page shares its height again.
    void contentChanged();

protected:
    // The table's width changed: the columns fitted again (unless the person sized them).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();

    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_status;
    SummaryStrip *m_strip;
    ResultsModel *m_model;
    ResultsFilterProxy *m_proxy;
    std::array<int, ResultsModel::ColumnCount> m_contentWidth {}; // as show() measured them
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace ekyc
