// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timestamp.h"

#include "timestampparser.h"

namespace ekyc::timestamps {

qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isLeapYear(qint64 year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(qint64 year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

namespace {

struct Civil
{
    qint64 year;
    int month;
    int day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return Civil{yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0); }

QString twoDigits(qint64 n) { return QString::number(n).rightJustified(2, QLatin1Char('0')); }

// Digits written into one buffer for years 0–9999 (one allocation: the lines pane writes
// 10,000 times at a time); other years as below.
QString wallClock(qint64 msecs)
{
    const qint64 days = floorDiv(msecs, MsecsPerDay);
    const qint64 ms = msecs - days * MsecsPerDay;
    const Civil c = civilFromDays(days);
    if (c.year >= 0 && c.year <= 9999) {
        char text[] = "0000-00-00T00:00:00.000";
        const auto put = [&text](int at, qint64 value, int digits) {
            for (int i = digits - 1; i >= 0; --i, value /= 10)
                text[at + i] = char('0' + value % 10);
        };
        put(0, c.year, 4);
        put(5, c.month, 2);
        put(8, c.day, 2);
        put(11, ms / 3600000, 2);
        put(14, ms / 60000 % 60, 2);
        put(17, ms / 1000 % 60, 2);
        put(20, ms % 1000, 3);
        return QString::fromLatin1(text, ms % 1000 != 0 ? 23 : 19);
    }
    QString s = QString::number(c.year).rightJustified(4, QLatin1Char('0')) + QLatin1Char('-') + twoDigits(c.month)
        + QLatin1Char('-') + twoDigits(c.day) + QLatin1Char('T') + twoDigits(ms / 3600000) + QLatin1Char(':')
        + twoDigits(ms / 60000 % 60) + QLatin1Char(':') + twoDigits(ms / 1000 % 60);
    if (ms % 1000 != 0)
        s += QLatin1Char('.') + QString::number(ms % 1000).rightJustified(3, QLatin1Char('0'));
    return s;
}

QString offsetText(int minutes)
{
    if (minutes == 0)
        return QStringLiteral("Z");
    const int a = minutes < 0 ? -minutes : minutes;
    return QLatin1Char(minutes < 0 ? '-' : '+') + twoDigits(a / 60) + QLatin1Char(':') + twoDigits(a % 60);
}

} // namespace

qint64 yearOf(qint64 msecs) { return civilFromDays(floorDiv(msecs, MsecsPerDay)).year; }

QString text(const Timestamp &t)
{
    switch (t.kind) {
    case Timestamp::Zoned: return wallClock(t.msecs + qint64(t.offsetMinutes) * 60000) + offsetText(t.offsetMinutes);
    case Timestamp::Unzoned: return wallClock(t.msecs);
    case Timestamp::None:
    case Timestamp::Syslog: break;
    }
    return {};
}

QString textOfInstant(qint64 msecs, bool zoned) { return zoned ? wallClock(msecs) + QLatin1Char('Z') : wallClock(msecs); }

std::optional<int> parseOffset(QStringView text)
{
    const QByteArray bytes = text.toLatin1();
    int minutes = 0;
    if (TimestampParser::offsetAt(bytes.constData(), bytes.size(), 0, &minutes) != bytes.size())
        return std::nullopt;
    return minutes;
}

std::optional<qint64> parseBound(QStringView text, bool endOfDay, std::optional<int> defaultOffsetMinutes)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    Timestamp t;
    if (TimestampParser::isoAt(bytes.constData(), bytes.size(), 0, true, &t) != bytes.size())
        return std::nullopt;
    if (t.kind == Timestamp::Unzoned && defaultOffsetMinutes)
        t.msecs -= qint64(*defaultOffsetMinutes) * 60000;
    // A date alone parses as its midnight; in --until it means the end of that day.
    if (endOfDay && bytes.size() == 10)
        t.msecs += MsecsPerDay;
    return t.msecs;
}

} // namespace ekyc::timestamps
