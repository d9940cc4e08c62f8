// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timelinewriter.h"

#include "jsonwriter.h"
#include "report.h"

#include <QCoreApplication>

#include <algorithm>

namespace ekyc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ekyc::ReportWriter", text); }

QString jsonNumbers(const QList<qint64> &numbers)
{
    QStringList items;
    items.reserve(numbers.size());
    for (const qint64 n : numbers)
        items << QString::number(n);
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString seriesLabel(const TimelineSeries &s)
{
    if (s.product)
        return productId(*s.product) + QLatin1Char(' ') + s.code;
    return s.code;
}

} // namespace

QString timelineInstantText(const Timeline &timeline, qint64 msecs)
{
    return timestamps::textOfInstant(msecs, timeline.zoned);
}

QString timelineJson(const Timeline &t)
{
    JsonObjectBuilder o;
    const QList<Timeline::Bucket> buckets = t.buckets();
    if (buckets.isEmpty()) {
        o.addNull(u"bucket").addNull(u"bucket_seconds").addNull(u"start").addNull(u"first_time").addNull(u"last_time");
    } else {
        const qint64 size = t.bins.bucketSize();
        o.add(u"bucket", TimeBins::sizeName(size))
            .add(u"bucket_seconds", size / 1000)
            .add(u"start", timelineInstantText(t, buckets.first().start))
            .add(u"first_time", timelineInstantText(t, t.bins.first()))
            .add(u"last_time", timelineInstantText(t, t.bins.last()));
    }
    o.add(u"bucket_chosen_by", t.bins.fixedSize() ? QStringLiteral("user") : QStringLiteral("span"));
    o.addRaw(u"zone", t.zoneId().isEmpty() ? QStringLiteral("null") : jsonString(t.zoneId()));
    o.add(u"without_time", t.untimed);
    QList<qint64> events, billable;
    for (const Timeline::Bucket &b : buckets) {
        events << b.events;
        billable << b.billable;
    }
    o.addRaw(u"events", jsonNumbers(events)).addRaw(u"billable", jsonNumbers(billable));
    QStringList series;
    for (const int s : t.seriesOrder()) {
        const TimelineSeries &ts = t.series.at(s);
        QList<qint64> counts;
        for (const Timeline::Bucket &b : buckets)
            counts << b.counts.at(s);
        QStringList candidates;
        for (const QString &id : candidateIds(ts.candidates))
            candidates << jsonString(id);
        series << JsonObjectBuilder()
                      .addRaw(u"product", ts.product ? jsonString(productId(*ts.product)) : QStringLiteral("null"))
                      .addRaw(u"candidates", ts.candidates ? QLatin1Char('[') + candidates.join(QLatin1Char(','))
                                                     + QLatin1Char(']')
                                                            : QStringLiteral("null"))
                      .add(u"code", ts.code)
                      .addRaw(u"billable", ts.billable ? jsonBool(*ts.billable) : QStringLiteral("null"))
                      .addRaw(u"counts", jsonNumbers(counts))
                      .toString();
    }
    o.addRaw(u"series", QLatin1Char('[') + series.join(QStringLiteral(",\n      ")) + QLatin1Char(']'));
    return o.toString();
}

void writeTimelineTable(QTextStream &out, const Timeline &t)
{
    constexpr qsizetype MaxRows = 40;
    constexpr qint64 BarWidth = 40;
    out << '\n' << tr("Timeline") << '\n';
    const QList<Timeline::Bucket> buckets = t.buckets();
    if (buckets.isEmpty()) {
        out << tr("No event has a time.") << '\n';
        return;
    }
    const qsizetype perRow = (buckets.size() + MaxRows - 1) / MaxRows;
    struct Row
    {
        qint64 start = 0;
        qint64 events = 0;
        QList<qint64> counts;
    };
    QList<Row> rows;
    for (qsizetype i = 0; i < buckets.size(); i += perRow) {
        Row row{buckets.at(i).start, 0, QList<qint64>(t.series.size(), 0)};
        for (qsizetype j = i; j < std::min(buckets.size(), i + perRow); ++j) {
            row.events += buckets.at(j).events;
            for (qsizetype s = 0; s < t.series.size(); ++s)
                row.counts[s] += buckets.at(j).counts.at(s);
        }
        rows << row;
    }
    out << tr("%1 per row, times %2").arg(TimeBins::sizeName(t.bins.bucketSize()) + (perRow > 1 ? QStringLiteral(" × %1").arg(perRow) : QString()),
                                          t.zoned ? tr("in UTC") : tr("as written (no zone)"))
        << '\n';
    qint64 most = 1;
    for (const Row &r : rows)
        most = std::max(most, r.events);
    for (const Row &r : rows) {
        QString when = timelineInstantText(t, r.start).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        const qint64 width = r.events == 0 ? 0 : std::max<qint64>(1, r.events * BarWidth / most);
        QList<qsizetype> order;
        for (qsizetype s = 0; s < r.counts.size(); ++s) {
            if (r.counts.at(s) > 0)
                order << s;
        }
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return r.counts.at(a) != r.counts.at(b) ? r.counts.at(a) > r.counts.at(b) : a < b;
        });
        QStringList biggest;
        for (qsizetype k = 0; k < std::min<qsizetype>(3, order.size()); ++k)
            biggest << seriesLabel(t.series.at(order.at(k))) + QStringLiteral(" ×") + QString::number(r.counts.at(order.at(k)));
        if (order.size() > 3)
            biggest << QStringLiteral("…");
        const QString row = when + QStringLiteral("  ") + QString(width, QChar(0x2588)).leftJustified(BarWidth)
            + QLatin1Char(' ') + QString::number(r.events).rightJustified(6) + QStringLiteral("  ")
            + biggest.join(QStringLiteral(", "));
        out << QStringView(row).trimmed() << '\n';
    }
    if (t.untimed > 0)
        out << tr("Events without a time: %1").arg(t.untimed) << '\n';
}

} // namespace ekyc
