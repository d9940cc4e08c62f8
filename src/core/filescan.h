// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "eventclock.h"
#include "eventtally.h"
#include "linereader.h"
#include "linescanner.h"
#include "prefilter.h"
#include "recordfinder.h"
#include "report.h"

namespace ekyc {

// Classifies the lines of one input as they stream past: joins logical lines (R1), finds
// multi-line records (RecordFinder), picks each unit's event (R3–R5) and hands it to an
// EventTally, which resolves products and billing when the input ends (no second pass).
class FileScan : private RecordFinder::Sink
{
public:
    static constexpr int MaxRecordLines = RecordFinder::MaxRecordLines;
    static constexpr int MaxLogicalLines = 100; // physical lines in one logical line (R1)
    static constexpr qint64 LineMarkStride = 1 << 19; // bytes between two LineMarks at least

    struct Settings
    {
        bool keepEvents = false;
        qint64 maxKeptPerCode = 0;        // with keepEvents: line numbers kept per outcome; 0: all
        DedupeState *dedupe = nullptr;    // null, or the run's request ids
        bool everyLineHasContext = false; // R3 (c) --product, (d) --assume-ekyc
        qint64 syslogYear = 1970;         // §8: the year of the input's modification time
        std::optional<int> timezoneOffset; // --timezone: minutes east of UTC for times without a zone
        TimeWindow window;                // --since / --until
        qint64 bucketSize = 0;            // --bucket; 0: by the span
    };

    // `scanner`, when given, is copied rather than a line scanner built for `index` (it must be
    // one built for it): its tables cost more than a small input's lines.
    FileScan(const CodeIndex &index, const LineReader &reader, Settings settings, const LineScanner *scanner = nullptr);

    bool keepsRequestIds() const { return m_settings.dedupe != nullptr; } // only --dedupe reads them

    // What a worker thread works out for a block before it is added, in order, with addBlock.
    struct Prepared
    {
        Prefilter::BlockInfo info;
        std::vector<LineScan> scans; // one per candidate line (and more, left from blocks before)
        std::vector<qint64> nextLine; // where the line after each candidate starts
    };
    // Scans the block's candidate lines (stateless, so it runs on a worker thread). `scanner`
    // keeps request ids when keepsRequestIds() says so.
    static void prepare(const LineReader::Block &block, LineScanner &scanner, LineDecoder &decoder, Prepared *prepared);

    // Blocks in order. With `prepared` only candidate lines and the lines after a possible
    // record opener are looked at; without it, every line.
    void addBlock(const LineReader::Block &block, const Prepared *prepared);

    // Ends the input and resolves every event's product and billing.
    FileResult finish(FileSummary summary, std::optional<Product> userProduct);
    qint64 lineCount() const { return m_lines; }
    bool usedGb18030() const { return m_decoder.usedGb18030(); }

private:
    // The best occurrence of a unit for each set of eligible classes (R3), by R5.
    struct Pick
    {
        const Occurrence *occurrence = nullptr;
        qint64 line = 0;
        int depth = 0;
    };
    using Picks = std::array<Pick, 3>; // [cls]: occurrences of class <= cls
    struct LogicalLine
    {
        qint64 firstLine = 0;
        qint64 lastLine = 0;
        int lines = 0;
        int firstAction = -1;
        bool context = false;
        Timestamp firstTime;  // on its first physical line
        Timestamp timeBefore; // on the physical line before it
        Timestamp anyTime;    // the first on any of its lines
        std::vector<std::pair<qint64, LineScan>> withCodes; // its physical lines that hold occurrences
    };
    struct Before // what a record borrows from the logical line just before it
    {
        qint64 endLine = -1;
        int firstAction = -1;
        bool context = false;
        Timestamp time;
    };

    void scanLine(const char *blockBegin, const char *data, qint64 size, qint64 line);
    // §8: whether an event may take its time from a line like this.
    static bool wantsTime(const LineScan &scan) { return !scan.occurrences.isEmpty() || scan.opensRecord() || scan.continues(); }
    // The first timestamp on the line, and for openers and continued lines the one before it.
    static void readTimes(LineScan &scan, const char *blockBegin, const char *data, const char *text, qint64 size);
    void keepTail(const QByteArray &bytes);
    // Scans the whole line at `pos`; returns where the next line starts.
    qint64 scanLineAt(const QByteArray &bytes, qint64 pos, qint64 line);
    void addAllLines(const LineReader::Block &block);
    void addLine(const LineScan &scan, qint64 line);

    void ordinaryLine(qint64 number, const LineScan &scan) override;
    void record(const std::deque<RecordFinder::Line> &lines, size_t first, size_t last) override;
    void skipTo(qint64 line);
    void endLogicalLine(qint64 endLine);
    static void consider(Picks &picks, const LineScan &scan, qint64 line, int startDepth);
    void addEvent(const Picks &picks, bool context, int firstAction, const QByteArray &requestId, Timestamp time);

    const CodeIndex &m_index;
    LineScanner m_scanner;
    LineScan m_lineScan; // scanLine()'s, used again for each line
    LineDecoder m_decoder;
    Settings m_settings;
    EventTally m_tally;
    EventClock m_clock;
    RecordFinder m_finder;
    qint64 m_lines = 0;       // lines completed so far
    std::vector<LineMark> m_marks;
    qint64 m_watchUntil = 0;  // lines up to here may be inside a record: scan them all, brackets counted
    LogicalLine m_logical;    // open while m_logical.lines > 0
    Before m_before;
    qint64 m_timeWatchUntil = 0; // lines up to here may give a record its time: their times are read
    QByteArray m_tail;           // the start of the previous block's last line (the line before the next block)
    Timestamp m_longLineTime;    // the first piece's time of a line that comes in pieces
};

} // namespace ekyc
