// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "timestamp.h"

namespace ekyc {

// Finds the first timestamp on a line (docs/classification.md §8): ISO 8601 / RFC 3339 (`T` or
// a space, `.` or `,` before a fraction, `Z` or an offset), `2024/05/01 12:00:00`, access logs'
// `01/May/2024:12:00:00 +0800`, syslog's `May  1 12:00:00` (its year comes later, from
// EventClock), and epoch seconds (10 digits) or milliseconds (13) as the value of `ReqTimestamp`,
// `timestamp`, `ts` or `time`. A date that is not a real one is no timestamp. Called only on the
// lines an event takes its time from, so it is written for clarity before speed.
class TimestampParser
{
public:
    static Timestamp first(const char *data, qint64 size);

    // Each `…At` reads one form starting at `pos` and returns where it ends, or -1.
    // `2024-05-01T12:00:00.5+08:00`, `2024/05/01 12:00:00`; with `dateAlone` also `2024-05-01`
    // and `2024-05-01 12:00` (the bounds of --since / --until).
    static qint64 isoAt(const char *data, qint64 size, qint64 pos, bool dateAlone, Timestamp *out);
    // `Z`, `+08:00`, `+0800`, `-05` → minutes east of UTC.
    static qint64 offsetAt(const char *data, qint64 size, qint64 pos, int *minutes);

private:
    static qint64 accessLogAt(const char *data, qint64 size, qint64 pos, Timestamp *out);
    static qint64 syslogAt(const char *data, qint64 size, qint64 pos, Timestamp *out);
    static qint64 epochAt(const char *data, qint64 size, qint64 pos, Timestamp *out);
};

} // namespace ekyc
