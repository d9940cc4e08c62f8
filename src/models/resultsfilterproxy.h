// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace ekyc {

// The codes table's filters over a ResultsModel: which rows (every code, the counted ones, the
// billable ones, one status…) and a text typed by the person, matched without regard to case
// in the code, the product, the description and the status. Sorts by SortRole.
class ResultsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The figures of the summary strip and the items of the status filter.
    enum class Show { All, Counted, Billable, Uncertain, Known, Ambiguous, Unknown, NotCounted };
    Q_ENUM(Show)

    explicit ResultsFilterProxy(QObject *parent = nullptr);

    Show show() const { return m_show; }
    void setShow(Show show);
    QString text() const { return m_text; }
    void setText(const QString &text);
    // The texts a row is searched in are kept per source row; a language change makes them anew.
    void retranslate();
    // A time range chosen on the timeline: per source row its events in the range (-1: the row
    // has no times), shown in the Events column; rows without events in it are left out.
    // Empty: no range. A reset of the source ends the range.
    void setRangeCounts(const QList<qint64> &counts);
    bool hasRange() const { return !m_rangeCounts.isEmpty(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool shows(int sourceRow) const;
    void buildHaystacks() const;

    Show m_show = Show::All;
    QString m_text;
    mutable QStringList m_haystacks; // per source row; built on the first filter after a reset
    QList<qint64> m_rangeCounts; // per source row, under a time range
};

} // namespace ekyc
