// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "linescanner.h"

#include <deque>

namespace ekyc {

// Decides which lines form multi-line records (docs/classification.md §3 and R6): a line
// ending in `{` or `[` opens a record only if the brackets it leaves open close within
// 1,000 lines and before the input ends; otherwise it is an ordinary line and the next line
// may open a record of its own. Lines come in order (lines that tell the rules nothing may be
// left out); each is handed on once the decision is known: a record when its closing line
// comes, a line that opens none after at most 999 more lines.
// Time is linear: whether a record closes is a sliding minimum of the bracket totals.
// Memory: what the scan found for at most 1,000 lines, not their text.
class RecordFinder
{
public:
    static constexpr int MaxRecordLines = 1000;

    struct Line
    {
        qint64 number = 0;
        LineScan scan;
        qint64 total = 0; // openers minus closers of the lines handed in so far, this one included
    };

    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void ordinaryLine(qint64 number, const LineScan &scan) = 0;
        // The record's lines, first to last (lines left out are not there).
        virtual void record(const std::deque<Line> &lines, size_t first, size_t last) = 0;
    };

    explicit RecordFinder(Sink &sink)
        : m_sink(sink)
    {
    }

    void add(qint64 number, const LineScan &scan);
    // Every line before `number` has been seen: decide what can be decided.
    void settleBefore(qint64 number) { settle(number, false); }
    // The input has ended.
    void finish() { settle(0, true); }

private:
    void settle(qint64 limit, bool end);
    void popFront(size_t count);

    Sink &m_sink;
    std::deque<Line> m_lines;
    std::deque<qint64> m_minimum; // sequence numbers after the first line, totals increasing
    qint64 m_firstSequence = 0;   // sequence number of m_lines.front()
    qint64 m_total = 0;
};

} // namespace ekyc
