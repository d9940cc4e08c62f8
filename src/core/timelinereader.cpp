// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timelinereader.h"

#include "product.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ekyc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ekyc::ReportReader", text); }

} // namespace

std::optional<Timestamp> TimelineReader::timestamp(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    Timestamp t;
    if (TimestampParser::isoAt(bytes.constData(), bytes.size(), 0, false, &t) != bytes.size())
        return std::nullopt;
    return t;
}

bool TimelineReader::read(const QJsonObject &o, Timeline *out, QString *error)
{
    auto fail = [&](const QString &message) {
        *error = message;
        return false;
    };
    const QString chosenBy = o.value(QLatin1String("bucket_chosen_by")).toString();
    const QJsonValue bucket = o.value(QLatin1String("bucket"));
    const std::optional<qint64> size = TimeBins::sizeFromName(bucket.toString());
    if (!bucket.isNull() && !size)
        return fail(tr("\"timeline.bucket\" must be 1m, 5m, 15m, 1h, 6h, 1d, 1w, 30d or null"));
    if (chosenBy != QLatin1String("user") && chosenBy != QLatin1String("span"))
        return fail(tr("\"timeline.bucket_chosen_by\" must be \"user\" or \"span\""));
    const QString zone = o.value(QLatin1String("zone")).toString();
    out->zoned = zone == QLatin1String("utc") || zone == QLatin1String("mixed");
    out->unzoned = zone == QLatin1String("local") || zone == QLatin1String("mixed");
    out->untimed = o.value(QLatin1String("without_time")).toInteger(-1);
    if (out->untimed < 0)
        return fail(tr("\"timeline.without_time\" must be a whole number, 0 or more"));
    out->bins = TimeBins(chosenBy == QLatin1String("user") && size ? *size : 0);
    const QJsonArray series = o.value(QLatin1String("series")).toArray();
    if (!size) {
        if (!series.isEmpty())
            return fail(tr("\"timeline.series\" must be empty when \"timeline.bucket\" is null"));
        return true;
    }
    const std::optional<Timestamp> start = timestamp(o.value(QLatin1String("start")).toString());
    const std::optional<Timestamp> first = timestamp(o.value(QLatin1String("first_time")).toString());
    const std::optional<Timestamp> last = timestamp(o.value(QLatin1String("last_time")).toString());
    if (!start || !first || !last || first->msecs > last->msecs)
        return fail(tr("\"timeline.start\", \"first_time\" and \"last_time\" must be times, first before last"));
    TimeBins read(*size);
    for (const QJsonValue v : series) {
        const QJsonObject s = v.toObject();
        TimelineSeries key;
        if (!s.value(QLatin1String("product")).isNull()) {
            key.product = productFromId(s.value(QLatin1String("product")).toString());
            if (!key.product)
                return fail(tr("\"timeline.series\" has an unknown product"));
        }
        for (const QJsonValue c : s.value(QLatin1String("candidates")).toArray()) {
            const std::optional<Product> p = productFromId(c.toString());
            if (!p)
                return fail(tr("\"timeline.series\" has an unknown candidate"));
            key.candidates |= productBit(*p);
        }
        key.code = s.value(QLatin1String("code")).toString();
        if (!s.value(QLatin1String("billable")).isNull())
            key.billable = s.value(QLatin1String("billable")).toBool();
        const int index = out->seriesIndex(key);
        const QJsonArray counts = s.value(QLatin1String("counts")).toArray();
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const qint64 n = counts.at(i).toInteger(-1);
            if (n < 0)
                return fail(tr("\"timeline.series\" counts must be whole numbers, 0 or more"));
            if (n > 0)
                read.add(index, start->msecs + i * *size, n);
        }
    }
    out->bins.addBins(read, [](int s) { return s; }, first->msecs, last->msecs);
    return true;
}

} // namespace ekyc
