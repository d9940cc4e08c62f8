// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/timelinemodel.h"

#include "models/productnames.h"
#include "models/resultsmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace ekyc {

namespace {

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setTimeline(const Timeline &timeline)
{
    beginResetModel();
    m_timeline = timeline;
    m_buckets = timeline.buckets();
    m_size = m_buckets.isEmpty() ? 0 : timeline.bins.bucketSize();
    const QList<int> order = timeline.seriesOrder();
    m_shown = order.mid(0, MaxSeries);
    m_hasOther = order.size() > MaxSeries;
    m_maxEvents = 0;
    m_totalEvents = 0;
    for (const Timeline::Bucket &b : std::as_const(m_buckets)) {
        m_maxEvents = std::max(m_maxEvents, b.events);
        m_totalEvents += b.events;
    }
    endResetModel();
}

void TimelineModel::clear()
{
    setTimeline(Timeline());
}

bool TimelineModel::isBillable(int series) const
{
    return !isOther(series) && m_timeline.series.at(m_shown.at(series)).billable == true;
}

QString TimelineModel::seriesLabel(int series) const
{
    if (isOther(series))
        return tr("other");
    const TimelineSeries &s = m_timeline.series.at(m_shown.at(series));
    QStringList products;
    if (s.product) {
        products << productDisplayName(*s.product);
    } else {
        for (Product p : AllProducts) {
            if (s.candidates & productBit(p))
                products << productDisplayName(p);
        }
    }
    const QString label
        = products.isEmpty() ? s.code : tr("%1 · %2", "code · product(s)").arg(s.code, products.join(QLatin1Char('/')));
    return s.billable == true ? tr("%1 (billable)").arg(label) : label;
}

qint64 TimelineModel::count(int row, int series) const
{
    const Timeline::Bucket &b = m_buckets.at(row);
    if (!isOther(series))
        return b.counts.at(m_shown.at(series));
    qint64 shown = 0;
    for (int s : m_shown)
        shown += b.counts.at(s);
    return b.events - shown;
}

int TimelineModel::seriesOf(const TimelineSeries &key) const
{
    const qsizetype index = m_timeline.series.indexOf(key);
    return index < 0 ? -1 : int(m_shown.indexOf(int(index)));
}

QString TimelineModel::bucketSizeText() const
{
    // The sizes TimeBins chooses from: 1 min … 30 days.
    const qint64 minutes = m_size / TimeBins::Minute;
    const QLocale locale;
    if (minutes % 1440 == 0)
        return minutes == 1440 ? tr("1 day") : tr("%1 days").arg(locale.toString(minutes / 1440));
    if (minutes % 60 == 0)
        return minutes == 60 ? tr("1 hour") : tr("%1 hours").arg(locale.toString(minutes / 60));
    return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(locale.toString(minutes));
}

QString TimelineModel::timeText(qint64 msecs) const
{
    return utc(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TimelineModel::rangeText(qint64 from, qint64 to) const
{
    const QDateTime a = utc(from);
    const QDateTime b = utc(to);
    // The end is excluded: a range to midnight ends that day at 24:00, not the next at 00:00.
    const bool sameDay
        = a.date() == b.date() || (b.time().msecsSinceStartOfDay() == 0 && a.date().addDays(1) == b.date());
    const QString end = sameDay ? (b.date() == a.date() ? b.toString(QStringLiteral("HH:mm")) : QStringLiteral("24:00"))
                                : timeText(to);
    const QString text = tr("%1 – %2", "a time range").arg(timeText(from), end);
    return m_timeline.zoned ? tr("%1 UTC").arg(text) : text;
}

QList<qint64> TimelineModel::countsOf(const ResultsModel &results, qint64 from, qint64 to) const
{
    // Per timeline series, its events in the range.
    QList<qint64> inRange(m_timeline.series.size(), 0);
    for (const Timeline::Bucket &b : m_buckets) {
        if (b.start < from || b.start >= to)
            continue;
        for (qsizetype s = 0; s < b.counts.size(); ++s)
            inRange[s] += b.counts.at(s);
    }
    QList<qint64> counts;
    counts.reserve(results.rowCount());
    for (int r = 0; r < results.rowCount(); ++r) {
        const std::optional<TimelineSeries> key = seriesKey(results, r);
        const qsizetype s = key ? m_timeline.series.indexOf(*key) : -1;
        counts.append(!key ? -1 : s < 0 ? 0 : inRange.at(s));
    }
    return counts;
}

std::optional<TimelineSeries> TimelineModel::seriesKey(const ResultsModel &results, int row)
{
    const ResultsModel::Row &r = results.row(row);
    if (r.status == EventStatus::NotCounted)
        return std::nullopt;
    // As the classifier keys its series: ambiguous codes by their candidates.
    return TimelineSeries { r.product, r.status == EventStatus::Ambiguous ? r.candidates : ProductMask(0), r.code,
        r.billable };
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSeriesColumn + seriesCount();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == StartColumn)
            return timeText(bucketStart(row));
        return QLocale().toString(column == EventsColumn ? events(row)
                : column == BillableColumn               ? billable(row)
                                                         : count(row, column - FirstSeriesColumn));
    case Qt::ToolTipRole:
        return rangeText(bucketStart(row), bucketEnd(row));
    case Qt::TextAlignmentRole:
        return column == StartColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case BucketStartRole:
        return bucketStart(row);
    case BucketEndRole:
        return bucketEnd(row);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return m_timeline.zoned ? tr("Bucket start (UTC)") : tr("Bucket start");
    case EventsColumn:
        return tr("Events");
    case BillableColumn:
        return tr("Billable");
    default:
        return seriesLabel(section - FirstSeriesColumn);
    }
}

} // namespace ekyc
