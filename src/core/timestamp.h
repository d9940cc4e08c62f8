// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <optional>

namespace ekyc {

// An event's time (docs/classification.md §8). A time with an offset (or Z, or an epoch value)
// is zoned: `msecs` is the instant in UTC. A time without one is "unzoned": its wall-clock time
// taken as if it were UTC, so it buckets and compares like a UTC time. A syslog time has no
// year until EventClock gives it one: `msecs` then holds month, day and time of day
// (see syslogMsecs()).
struct Timestamp
{
    enum Kind : std::uint8_t { None, Unzoned, Zoned, Syslog };
    qint64 msecs = 0;
    qint16 offsetMinutes = 0; // zoned: the offset it was written with
    Kind kind = None;

    bool valid() const { return kind == Unzoned || kind == Zoned; }
    friend bool operator==(const Timestamp &a, const Timestamp &b)
    {
        return a.kind == b.kind && a.msecs == b.msecs && a.offsetMinutes == b.offsetMinutes;
    }
};

// --since (included) / --until (excluded), as instants; an event without a time is outside.
struct TimeWindow
{
    std::optional<qint64> since;
    std::optional<qint64> until;
    bool active() const { return since || until; }
    bool contains(const Timestamp &t) const
    {
        return t.valid() && (!since || t.msecs >= *since) && (!until || t.msecs < *until);
    }
};

namespace timestamps {

constexpr qint64 MsecsPerDay = 86400000;
// The years a log time may have (docs/classification.md §8): a date outside them — Go's zero
// time `0001-01-01`, a garbled `7876-07-05`, an epoch value past 2099 — is no time, so a
// timeline never spans more than these 130 years.
constexpr int FirstYear = 1970;
constexpr int LastYear = 2099;
constexpr qint64 EndOfLastYear = 4102444800000; // 2100-01-01T00:00:00Z in milliseconds
inline bool yearInRange(qint64 year) { return year >= FirstYear && year <= LastYear; }

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 year, int month, int day);
int daysInMonth(qint64 year, int month);
bool isLeapYear(qint64 year);
// The year of `msecs` (milliseconds since the epoch).
qint64 yearOf(qint64 msecs);

// A syslog time before its year is known: month 1-12, day, milliseconds into the day.
inline qint64 syslogMsecs(int month, int day, qint64 msOfDay) { return (qint64(month) * 32 + day) * MsecsPerDay + msOfDay; }

// RFC 3339 with the offset it was written with (`2024-05-01T12:00:00.250+08:00`, `Z` for +00:00),
// or ISO 8601 without an offset for an unzoned time; milliseconds only when not zero.
QString text(const Timestamp &t);
// The same for an instant, in UTC (`zoned`) or without an offset.
QString textOfInstant(qint64 msecs, bool zoned);

// `+08:00`, `-0530`, `Z`, `+00:00` → minutes east of UTC; nullopt when it is no offset.
std::optional<int> parseOffset(QStringView text);
// A bound of --since / --until: RFC 3339, `2024-05-01`, `2024-05-01 12:00[:00]` (unzoned: taken
// in `defaultOffsetMinutes` when given, else as UTC). `endOfDay`: a date alone means the
// end of that day (the start of the next). nullopt when it is none of these.
std::optional<qint64> parseBound(QStringView text, bool endOfDay, std::optional<int> defaultOffsetMinutes);

} // namespace timestamps

} // namespace ekyc
