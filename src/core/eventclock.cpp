// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "eventclock.h"

namespace ekyc {

using namespace timestamps;

Timestamp EventClock::settle(Timestamp t)
{
    if (t.kind == Timestamp::Syslog) {
        const qint64 daysCode = t.msecs / MsecsPerDay;
        const int month = int(daysCode / 32);
        const int day = int(daysCode % 32);
        if (m_lastMonth > 0 && month < m_lastMonth)
            ++m_year;
        m_lastMonth = month;
        // 29 February of a year that has none; a year out of range (a modification time
        // past 2099, or a log whose months went back so often that its years ran past it)
        if (day > daysInMonth(m_year, month) || !yearInRange(m_year))
            return Timestamp{};
        t = Timestamp{daysFromCivil(m_year, month, day) * MsecsPerDay + t.msecs % MsecsPerDay, 0, Timestamp::Unzoned};
    }
    if (t.kind == Timestamp::Unzoned && m_defaultOffset)
        t = Timestamp{t.msecs - qint64(*m_defaultOffset) * 60000, qint16(*m_defaultOffset), Timestamp::Zoned};
    return t;
}

} // namespace ekyc
