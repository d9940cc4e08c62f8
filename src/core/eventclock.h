// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "timestamp.h"

#include <optional>

namespace ekyc {

// Settles what a line's timestamp means within its input, in line order
// (docs/classification.md §8): a syslog time takes the year of the input's modification time,
// and the next year once its month is earlier than the previous syslog time's; with
// --timezone a time without a zone (syslog included) takes that offset and becomes zoned.
class EventClock
{
public:
    EventClock(qint64 syslogYear, std::optional<int> defaultOffsetMinutes)
        : m_year(syslogYear)
        , m_defaultOffset(defaultOffsetMinutes)
    {
    }

    Timestamp settle(Timestamp t);

private:
    qint64 m_year;
    int m_lastMonth = 0;
    std::optional<int> m_defaultOffset;
};

} // namespace ekyc
