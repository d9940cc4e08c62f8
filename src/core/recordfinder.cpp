// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordfinder.h"

namespace ekyc {

void RecordFinder::add(qint64 number, const LineScan &scan)
{
    settle(number, false);
    m_total += scan.netDepth;
    if (m_lines.empty() && !scan.opensRecord()) {
        m_sink.ordinaryLine(number, scan); // nothing waits for a decision: no copy
        return;
    }
    const qint64 sequence = m_firstSequence + qint64(m_lines.size());
    m_lines.push_back(Line{number, scan, m_total});
    if (m_lines.size() > 1) {
        while (!m_minimum.empty() && m_lines[size_t(m_minimum.back() - m_firstSequence)].total >= m_total)
            m_minimum.pop_back();
        m_minimum.push_back(sequence);
    }
}

void RecordFinder::popFront(size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        m_lines.pop_front();
        ++m_firstSequence;
    }
    // The window of the new first line starts after it.
    while (!m_minimum.empty() && m_minimum.front() <= m_firstSequence)
        m_minimum.pop_front();
}

void RecordFinder::settle(qint64 limit, bool end)
{
    while (!m_lines.empty()) {
        const Line &head = m_lines.front();
        if (!head.scan.opensRecord()) {
            m_sink.ordinaryLine(head.number, head.scan);
            popFront(1);
            continue;
        }
        // Every buffered line is within the opener's window (add() settles before it buffers),
        // so a record that closes is known as soon as its closing line is there; one that does
        // not, only once lines up to head + 999 are known (or the input is over).
        const qint64 threshold = head.total - head.scan.leftOpen;
        const bool closes = !m_minimum.empty()
            && m_lines[size_t(m_minimum.front() - m_firstSequence)].total <= threshold;
        if (!closes) {
            if (!end && head.number + MaxRecordLines - 1 >= limit)
                return;
            m_sink.ordinaryLine(head.number, head.scan);
            popFront(1);
            continue;
        }
        size_t last = 1;
        while (m_lines[last].total > threshold)
            ++last;
        m_sink.record(m_lines, 0, last);
        popFront(last + 1);
    }
}

} // namespace ekyc
