// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/timeline.h"

#include <QAbstractTableModel>

namespace ekyc {

class ResultsModel;

// The timeline of the results on show (docs/classification.md §8) as a table: one row per
// bucket, with its start, its events, its billable events and a column per series shown. The
// chart draws the same numbers (TimelineChart), and a person with a screen reader or the
// keyboard reads them here. Series shown are the MaxSeries biggest by events; the others are
// summed in one "other" series, the last.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxSeries = 10;
    enum Column { StartColumn = 0, EventsColumn, BillableColumn, FirstSeriesColumn };
    enum Role {
        BucketStartRole = Qt::UserRole + 300, // qint64: the bucket's start, ms since the epoch
        BucketEndRole, // qint64: the bucket's end (excluded)
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setTimeline(const Timeline &timeline);
    void clear();
    const Timeline &timeline() const { return m_timeline; }
    bool isEmpty() const { return m_buckets.isEmpty(); }

    qint64 bucketSize() const { return m_size; }
    // "5 minutes", "1 hour", "30 days".
    QString bucketSizeText() const;
    qint64 bucketStart(int row) const { return m_buckets.at(row).start; }
    qint64 bucketEnd(int row) const { return m_buckets.at(row).start + m_size; }
    qint64 events(int row) const { return m_buckets.at(row).events; }
    qint64 billable(int row) const { return m_buckets.at(row).billable; }
    qint64 maxEvents() const { return m_maxEvents; }
    qint64 totalEvents() const { return m_totalEvents; }

    // The series shown, "other" last when there is one.
    int seriesCount() const { return int(m_shown.size()) + (m_hasOther ? 1 : 0); }
    bool isOther(int series) const { return series >= int(m_shown.size()); }
    bool isBillable(int series) const;
    // "2016 · API (billable)", "2016 · H5/API", "other".
    QString seriesLabel(int series) const;
    qint64 count(int row, int series) const;
    // The series shown for a key of the timeline; -1 when it is summed in "other" or has no time.
    int seriesOf(const TimelineSeries &key) const;

    // A time as the chart and the table write it: "2024-05-01 12:00" (the report's times: UTC
    // when they had zones, as written when they had none), and a range "… – 12:30".
    QString timeText(qint64 msecs) const;
    QString rangeText(qint64 from, qint64 to) const;
    // The events of each row of `results` in [from, to): -1 for rows the timeline does not
    // count (not counted codes).
    QList<qint64> countsOf(const ResultsModel &results, qint64 from, qint64 to) const;
    // The timeline's key of a row of the codes table; nullopt for rows the timeline does not
    // count (not counted codes).
    static std::optional<TimelineSeries> seriesKey(const ResultsModel &results, int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Timeline m_timeline;
    QList<Timeline::Bucket> m_buckets;
    QList<int> m_shown; // timeline series index of each series shown
    bool m_hasOther = false;
    qint64 m_size = 0;
    qint64 m_maxEvents = 0;
    qint64 m_totalEvents = 0;
};

} // namespace ekyc
