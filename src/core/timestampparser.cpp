// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timestampparser.h"

#include "linescanner.h"

#include <cstring>

namespace ekyc {

namespace {

using namespace timestamps;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isWord(char c) { return isDigit(c) || isLetter(c) || c == '_'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

// `count` digits at `pos` as a number, or -1.
int digits(const char *data, qint64 size, qint64 pos, int count)
{
    if (pos + count > size)
        return -1;
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const char c = data[pos + i];
        if (!isDigit(c))
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

bool at(const char *data, qint64 size, qint64 pos, char c) { return pos < size && data[pos] == c; }

// `Jan` … `Dec` at `pos` → 1-12, else 0.
int monthAt(const char *data, qint64 size, qint64 pos)
{
    static constexpr char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (pos + 3 > size)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (std::memcmp(data + pos, names + 3 * m, 3) == 0)
            return m + 1;
    }
    return 0;
}

struct Clock
{
    qint64 msOfDay = 0;
    qint64 end = -1;
};

// `HH:MM:SS` (seconds optional when `secondsOptional`), then an optional `.` or `,` fraction.
Clock clockAt(const char *data, qint64 size, qint64 pos, bool secondsOptional)
{
    const int h = digits(data, size, pos, 2);
    const int m = at(data, size, pos + 2, ':') ? digits(data, size, pos + 3, 2) : -1;
    if (h < 0 || h > 23 || m < 0 || m > 59)
        return {};
    qint64 end = pos + 5;
    int s = 0;
    if (at(data, size, end, ':')) {
        s = digits(data, size, end + 1, 2);
        if (s < 0 || s > 59)
            return {};
        end += 3;
        if ((at(data, size, end, '.') || at(data, size, end, ',')) && end + 1 < size && isDigit(data[end + 1])) {
            ++end;
            int ms = 0;
            int places = 0;
            for (; end < size && isDigit(data[end]); ++end) {
                if (places++ < 3)
                    ms = ms * 10 + (data[end] - '0');
            }
            for (; places < 3; ++places)
                ms *= 10;
            return Clock{(h * 3600 + m * 60 + s) * qint64(1000) + ms, end};
        }
    } else if (!secondsOptional) {
        return {};
    }
    if (end < size && isDigit(data[end]))
        return {};
    return Clock{(h * 3600 + m * 60 + s) * qint64(1000), end};
}

} // namespace

qint64 TimestampParser::offsetAt(const char *data, qint64 size, qint64 pos, int *minutes)
{
    if (at(data, size, pos, 'Z')) {
        *minutes = 0;
        return pos + 1;
    }
    if (!at(data, size, pos, '+') && !at(data, size, pos, '-'))
        return -1;
    const int sign = data[pos] == '-' ? -1 : 1;
    const int h = digits(data, size, pos + 1, 2);
    if (h < 0 || h > 18)
        return -1;
    qint64 end = pos + 3;
    int m = 0;
    const qint64 minutesAt = at(data, size, end, ':') ? end + 1 : end;
    const int mm = digits(data, size, minutesAt, 2);
    if (mm >= 0) {
        if (mm > 59)
            return -1;
        m = mm;
        end = minutesAt + 2;
    }
    if (end < size && isDigit(data[end]))
        return -1;
    *minutes = sign * (h * 60 + m);
    return end;
}

qint64 TimestampParser::isoAt(const char *data, qint64 size, qint64 pos, bool dateAlone, Timestamp *out)
{
    const int year = digits(data, size, pos, 4);
    if (!yearInRange(year) || pos + 4 >= size || (data[pos + 4] != '-' && data[pos + 4] != '/'))
        return -1;
    const char sep = data[pos + 4];
    const int month = digits(data, size, pos + 5, 2);
    const int day = at(data, size, pos + 7, sep) ? digits(data, size, pos + 8, 2) : -1;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return -1;
    const qint64 days = daysFromCivil(year, month, day);
    qint64 end = pos + 10;
    Clock clock;
    if (end + 1 < size && (data[end] == 'T' || data[end] == ' '))
        clock = clockAt(data, size, end + 1, dateAlone);
    if (clock.end < 0) {
        if (!dateAlone || (end < size && isWord(data[end])))
            return -1;
        *out = Timestamp{days * MsecsPerDay, 0, Timestamp::Unzoned};
        return end;
    }
    end = clock.end;
    const qint64 wall = days * MsecsPerDay + clock.msOfDay;
    int offset = 0;
    const qint64 zoneEnd = offsetAt(data, size, end, &offset);
    if (zoneEnd < 0) {
        *out = Timestamp{wall, 0, Timestamp::Unzoned};
        return end;
    }
    *out = Timestamp{wall - qint64(offset) * 60000, qint16(offset), Timestamp::Zoned};
    return zoneEnd;
}

// `01/May/2024:12:00:00 +0800` (the `[` before it is not needed).
qint64 TimestampParser::accessLogAt(const char *data, qint64 size, qint64 pos, Timestamp *out)
{
    const int day = digits(data, size, pos, 2);
    const int month = at(data, size, pos + 2, '/') ? monthAt(data, size, pos + 3) : 0;
    const int year = month && at(data, size, pos + 6, '/') ? digits(data, size, pos + 7, 4) : -1;
    if (!yearInRange(year) || !at(data, size, pos + 11, ':') || day < 1 || day > daysInMonth(year, month))
        return -1;
    const Clock clock = clockAt(data, size, pos + 12, false);
    if (clock.end < 0)
        return -1;
    const qint64 wall = daysFromCivil(year, month, day) * MsecsPerDay + clock.msOfDay;
    int offset = 0;
    const qint64 zoneEnd = at(data, size, clock.end, ' ') ? offsetAt(data, size, clock.end + 1, &offset) : -1;
    if (zoneEnd < 0) {
        *out = Timestamp{wall, 0, Timestamp::Unzoned};
        return clock.end;
    }
    *out = Timestamp{wall - qint64(offset) * 60000, qint16(offset), Timestamp::Zoned};
    return zoneEnd;
}

// `May  1 12:00:00` or `May 12 12:00:00`; its year is EventClock's to give.
qint64 TimestampParser::syslogAt(const char *data, qint64 size, qint64 pos, Timestamp *out)
{
    const int month = monthAt(data, size, pos);
    if (!month || !at(data, size, pos + 3, ' ') || pos + 6 > size)
        return -1;
    int day = -1;
    if (data[pos + 4] == ' ' && isDigit(data[pos + 5]))
        day = data[pos + 5] - '0';
    else if (isDigit(data[pos + 4]) && isDigit(data[pos + 5]))
        day = (data[pos + 4] - '0') * 10 + (data[pos + 5] - '0');
    if (day < 1 || day > daysInMonth(2000, month) || !at(data, size, pos + 6, ' '))
        return -1;
    const Clock clock = clockAt(data, size, pos + 7, false);
    if (clock.end < 0)
        return -1;
    *out = Timestamp{syslogMsecs(month, day, clock.msOfDay), 0, Timestamp::Syslog};
    return clock.end;
}

// `ReqTimestamp`, `timestamp`, `ts` or `time` (any case, a whole word) as a key, and a value of
// 10 digits (seconds) or 13 (milliseconds) since the epoch.
qint64 TimestampParser::epochAt(const char *data, qint64 size, qint64 pos, Timestamp *out)
{
    qint64 wordEnd = pos;
    while (wordEnd < size && isWord(data[wordEnd]))
        ++wordEnd;
    static constexpr const char *keys[] = {"reqtimestamp", "timestamp", "ts", "time"};
    bool key = false;
    for (const char *k : keys) {
        const qint64 length = qint64(std::strlen(k));
        if (length != wordEnd - pos)
            continue;
        key = true;
        for (qint64 i = 0; i < length && key; ++i)
            key = lower(data[pos + i]) == k[i];
        if (key)
            break;
    }
    qint64 start = 0;
    qint64 end = 0;
    if (!key || !LineScanner::fieldValue(data, size, wordEnd, &start, &end))
        return -1;
    const qint64 length = end - start;
    if (length != 10 && length != 13)
        return -1;
    qint64 value = 0;
    for (qint64 i = start; i < end; ++i) {
        if (!isDigit(data[i]))
            return -1;
        value = value * 10 + (data[i] - '0');
    }
    const qint64 msecs = length == 10 ? value * 1000 : value;
    if (msecs >= EndOfLastYear)
        return -1;
    *out = Timestamp{msecs, 0, Timestamp::Zoned};
    return end;
}

Timestamp TimestampParser::first(const char *data, qint64 size)
{
    Timestamp t;
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        const bool wordStart = i == 0 || !isWord(data[i - 1]);
        if (isDigit(c)) {
            if (i > 0 && isDigit(data[i - 1]))
                continue;
            if (isoAt(data, size, i, false, &t) >= 0 || accessLogAt(data, size, i, &t) >= 0)
                return t;
        } else if (wordStart && isLetter(c)) {
            if ((c >= 'A' && c <= 'Z' && syslogAt(data, size, i, &t) >= 0) || epochAt(data, size, i, &t) >= 0)
                return t;
        }
    }
    return Timestamp{};
}

} // namespace ekyc
