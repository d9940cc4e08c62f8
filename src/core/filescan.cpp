// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filescan.h"

#include "timestampparser.h"

#include <algorithm>
#include <cstring>

namespace ekyc {

FileScan::FileScan(const CodeIndex &index, const LineReader &reader, Settings settings, const LineScanner *scanner)
    : m_index(index)
    , m_scanner(scanner ? *scanner : LineScanner(index))
    , m_decoder(reader)
    , m_settings(settings)
    , m_tally(index, EventTally::Settings{settings.keepEvents, settings.maxKeptPerCode, settings.dedupe, settings.window,
                                                  settings.bucketSize})
    , m_clock(settings.syslogYear, settings.timezoneOffset)
    , m_finder(*this)
{
    m_scanner.setKeepsRequestIds(keepsRequestIds());
}

void FileScan::readTimes(LineScan &scan, const char *blockBegin, const char *data, const char *text, qint64 size)
{
    scan.time = TimestampParser::first(text, size);
    if (!scan.opensRecord() && !scan.continues())
        return;
    if (data == blockBegin) {
        scan.timeBeforeUnread = true;
        return;
    }
    // The line before, read as bytes: timestamps are ASCII, and the look-back is rare.
    const char *end = data - 1;
    const char *begin = end;
    while (begin > blockBegin && begin[-1] != '\n')
        --begin;
    scan.timeBefore = TimestampParser::first(begin, end - begin);
}

void FileScan::keepTail(const QByteArray &bytes)
{
    constexpr qint64 Keep = 512; // a timestamp stands near the start of its line
    qint64 end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\n')
        --end;
    qint64 begin = end;
    while (begin > 0 && bytes.at(begin - 1) != '\n')
        --begin;
    m_tail = bytes.mid(begin, std::min(Keep, end - begin));
}

void FileScan::scanLine(const char *blockBegin, const char *data, qint64 size, qint64 line)
{
    const QByteArrayView text = m_decoder.decode(data, size, true);
    LineScan &scan = m_lineScan;
    m_scanner.scanLine(text.data(), text.size(), line <= m_watchUntil, &scan);
    if (wantsTime(scan) || line <= m_timeWatchUntil)
        readTimes(scan, blockBegin, data, text.data(), text.size());
    addLine(scan, line);
}

qint64 FileScan::scanLineAt(const QByteArray &bytes, qint64 pos, qint64 line)
{
    const char *begin = bytes.constData() + pos;
    const void *nl = std::memchr(begin, '\n', size_t(bytes.size() - pos));
    const qint64 length = nl ? static_cast<const char *>(nl) - begin : bytes.size() - pos;
    scanLine(bytes.constData(), begin, length, line);
    return pos + length + 1;
}

// Every line of the block, including pieces of over-long lines.
void FileScan::addAllLines(const LineReader::Block &block)
{
    const QByteArray &bytes = block.bytes;
    qint64 pos = 0;
    if (block.continuesLine) {
        const void *nl = std::memchr(bytes.constData(), '\n', size_t(bytes.size()));
        const qint64 length = nl ? static_cast<const char *>(nl) - bytes.constData() : bytes.size();
        const bool lineEnd = nl || !block.endsInsideLine;
        const QByteArrayView text = m_decoder.decode(bytes.constData(), length, lineEnd);
        m_scanner.feed(text.data(), text.size());
        if (lineEnd) {
            LineScan scan = m_scanner.finish();
            scan.time = m_longLineTime;
            addLine(scan, ++m_lines);
        }
        pos = length + 1;
    }
    while (pos < bytes.size()) {
        const char *begin = bytes.constData() + pos;
        const void *nl = std::memchr(begin, '\n', size_t(bytes.size() - pos));
        const qint64 length = nl ? static_cast<const char *>(nl) - begin : bytes.size() - pos;
        if (!nl && block.endsInsideLine) {
            // The first piece of an over-long line; the rest comes with the next blocks.
            const QByteArrayView text = m_decoder.decode(begin, length, false);
            m_scanner.begin();
            m_scanner.feed(text.data(), text.size());
            m_longLineTime = TimestampParser::first(text.data(), std::min<qint64>(text.size(), 4096));
            break;
        }
        scanLine(bytes.constData(), begin, length, ++m_lines);
        pos += length + 1;
    }
    keepTail(bytes);
    m_finder.settleBefore(m_lines + 1);
}

void FileScan::prepare(const LineReader::Block &block, LineScanner &scanner, LineDecoder &decoder, Prepared *prepared)
{
    // The LineScans stay from block to block (their memory too); scans[i] is candidate i's.
    prepared->nextLine.clear();
    if (block.continuesLine || block.endsInsideLine)
        return; // over-long lines: addBlock scans every line itself
    const QByteArray &bytes = block.bytes;
    decoder.setBlock(prepared->info.ascii, prepared->info.validUtf8, prepared->info.nul);
    for (const Prefilter::Candidate &candidate : prepared->info.candidates) {
        const char *begin = bytes.constData() + candidate.start;
        const void *nl = std::memchr(begin, '\n', size_t(bytes.size() - candidate.start));
        const qint64 length = nl ? static_cast<const char *>(nl) - begin : bytes.size() - candidate.start;
        const QByteArrayView text = decoder.decode(begin, length, true);
        // Brackets are counted only for a line that may open a record; should the line turn out
        // to follow an opener (known only in order, in addBlock), it is scanned again there.
        if (prepared->nextLine.size() == prepared->scans.size())
            prepared->scans.emplace_back();
        LineScan &scan = prepared->scans[prepared->nextLine.size()];
        scanner.scanLine(text.data(), text.size(), false, &scan);
        if (wantsTime(scan))
            readTimes(scan, bytes.constData(), begin, text.data(), text.size());
        prepared->nextLine.push_back(candidate.start + length + 1);
    }
}

void FileScan::addBlock(const LineReader::Block &block, const Prepared *prepared)
{
    if (block.offset >= 0 && !block.continuesLine
        && block.offset - (m_marks.empty() ? 0 : m_marks.back().offset) >= LineMarkStride)
        m_marks.push_back(LineMark { m_lines + 1, block.offset });
    if (!prepared || block.continuesLine || block.endsInsideLine) {
        addAllLines(block);
        return;
    }
    const Prefilter::BlockInfo *info = &prepared->info;
    if (!info->validUtf8)
        m_decoder.noteInvalidUtf8();
    const QByteArray &bytes = block.bytes;
    const qint64 firstLine = m_lines + 1;
    qint64 pos = 0; // where line `line` starts
    qint64 line = firstLine;
    for (size_t i = 0; i < info->candidates.size(); ++i) {
        const Prefilter::Candidate &candidate = info->candidates[i];
        // The lines after an opener are scanned one by one, candidates or not: whether it
        // opens a record depends on all their brackets.
        while (line <= m_watchUntil && pos < candidate.start)
            pos = scanLineAt(bytes, pos, line++);
        if (candidate.start < pos)
            continue;
        pos = candidate.start;
        line = firstLine + candidate.lineIndex;
        // Scanned again in order: a line after an opener whose brackets were not counted, and
        // one that may give a record its time but whose times were not read (prepare cannot
        // know the record: `{` then `<time> x": [` is counted, yet wants no time on its own).
        const LineScan &scan = prepared->scans[i];
        if ((line <= m_watchUntil && !scan.bracketsCounted) || (line <= m_timeWatchUntil && !wantsTime(scan))) {
            pos = scanLineAt(bytes, pos, line++);
            continue;
        }
        addLine(scan, line++);
        pos = prepared->nextLine[i];
    }
    while (line <= m_watchUntil && pos < bytes.size())
        pos = scanLineAt(bytes, pos, line++);
    m_lines += info->newlines;
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++m_lines; // the last line of the input, without a newline
    keepTail(bytes);
    m_finder.settleBefore(m_lines + 1);
}

void FileScan::addLine(const LineScan &scan, qint64 line)
{
    if (scan.timeBeforeUnread && scan.timeBefore.kind == Timestamp::None && !m_tail.isEmpty()) {
        LineScan withBefore = scan; // the first line of a block: the line before was the last one kept
        withBefore.timeBeforeUnread = false;
        withBefore.timeBefore = TimestampParser::first(m_tail.constData(), m_tail.size());
        addLine(withBefore, line);
        return;
    }
    m_tally.noteActions(scan.actions);
    if (scan.opensRecord()) {
        m_watchUntil = std::max(m_watchUntil, line + MaxRecordLines - 1);
        // Neither the opener nor the line before has a time: the record's lines may.
        if (scan.time.kind == Timestamp::None && scan.timeBefore.kind == Timestamp::None)
            m_timeWatchUntil = std::max(m_timeWatchUntil, line + MaxRecordLines - 1);
    }
    // A line that tells the rules nothing is left out, as the prefilter leaves it out.
    if (!scan.isEmpty())
        m_finder.add(line, scan);
}

// Lines left out before `line` (they told the rules nothing) still end a logical line and
// stand between a record and the line before it.
void FileScan::skipTo(qint64 line)
{
    if (m_logical.lines > 0 && m_logical.lastLine < line - 1)
        endLogicalLine(m_logical.lastLine + 1);
    if (m_logical.lines == 0 && m_before.endLine < line - 1)
        m_before = Before{line - 1, -1, false, Timestamp{}};
}

void FileScan::ordinaryLine(qint64 number, const LineScan &scan)
{
    skipTo(number);
    if (m_logical.lines == 0 && !scan.continues()) {
        // A logical line of one physical line, the common case: settled at once.
        Picks picks{};
        consider(picks, scan, number, 0);
        addEvent(picks, scan.context, scan.firstAction, scan.requestId, scan.time);
        m_before = Before{number, scan.firstAction, scan.context, scan.time};
        return;
    }
    if (m_logical.lines == 0) {
        m_logical.firstLine = number;
        m_logical.firstAction = -1;
        m_logical.context = false;
        m_logical.firstTime = scan.time;
        m_logical.timeBefore = scan.timeBefore;
        m_logical.anyTime = Timestamp{};
    }
    if (m_logical.anyTime.kind == Timestamp::None)
        m_logical.anyTime = scan.time;
    ++m_logical.lines;
    m_logical.lastLine = number;
    if (m_logical.firstAction < 0)
        m_logical.firstAction = scan.firstAction;
    m_logical.context = m_logical.context || scan.context;
    if (!scan.occurrences.isEmpty())
        m_logical.withCodes.emplace_back(number, scan);
    if (!scan.continues() || m_logical.lines >= MaxLogicalLines)
        endLogicalLine(number);
}

// Each physical line keeps its own event; context, action and time are the logical line's (R1, §8).
void FileScan::endLogicalLine(qint64 endLine)
{
    auto firstOf = [](std::initializer_list<Timestamp> times) {
        for (const Timestamp &t : times) {
            if (t.kind != Timestamp::None)
                return t;
        }
        return Timestamp{};
    };
    const Timestamp time = firstOf({m_logical.firstTime, m_logical.timeBefore, m_logical.anyTime});
    for (const auto &[number, scan] : m_logical.withCodes) {
        Picks picks{};
        consider(picks, scan, number, 0);
        addEvent(picks, m_logical.context, m_logical.firstAction, scan.requestId, time);
    }
    m_before = Before{endLine, m_logical.firstAction, m_logical.context, firstOf({m_logical.firstTime, m_logical.anyTime})};
    m_logical.lines = 0;
    m_logical.withCodes.clear();
}

void FileScan::record(const std::deque<RecordFinder::Line> &lines, size_t first, size_t last)
{
    const qint64 start = lines[first].number;
    skipTo(start);
    if (m_logical.lines > 0)
        endLogicalLine(start - 1); // the opener ended a logical line: the lines before it are "the line before"
    const Before before = m_before.endLine == start - 1 ? m_before : Before{};
    bool context = before.context;
    int firstAction = before.firstAction;
    const QByteArray *requestId = nullptr;
    // §8: the opener's time, else the line before's, else the first on the record's lines.
    const LineScan &opener = lines[first].scan;
    Timestamp time = opener.time;
    if (time.kind == Timestamp::None)
        time = before.time.kind != Timestamp::None ? before.time : opener.timeBefore;
    Picks picks{};
    int depth = 0;
    for (size_t i = first; i <= last; ++i) {
        const LineScan &scan = lines[i].scan;
        if (time.kind == Timestamp::None)
            time = scan.time;
        context = context || scan.context;
        if (firstAction < 0)
            firstAction = scan.firstAction;
        if (!requestId && scan.hasRequestId)
            requestId = &scan.requestId;
        consider(picks, scan, lines[i].number, depth);
        depth = scan.depthAfter(depth);
    }
    addEvent(picks, context, firstAction, requestId ? *requestId : QByteArray(), time);
    m_before = Before{lines[last].number, -1, false, Timestamp{}};
}

// R5: the shallowest occurrence, the first among equals, for each set of classes.
void FileScan::consider(Picks &picks, const LineScan &scan, qint64 line, int startDepth)
{
    for (const Occurrence &o : scan.occurrences) {
        const int depth = o.depthFrom(startDepth);
        for (size_t c = o.cls; c < picks.size(); ++c) {
            if (!picks[c].occurrence || depth < picks[c].depth)
                picks[c] = Pick{&o, line, depth};
        }
    }
}

// R3/R4: what the unit's event is, with context (b) and without it.
void FileScan::addEvent(const Picks &picks, bool context, int firstAction, const QByteArray &requestId,
                        Timestamp time)
{
    const Pick &any = picks[Occurrence::OtherSpelling];
    if (!any.occurrence)
        return;
    time = m_clock.settle(time);
    const bool all = context || m_settings.everyLineHasContext;
    const bool otherService = firstAction >= 0 && m_index.isOtherAction(firstAction);
    auto event = [&](Occurrence::Class eligible) {
        const Pick &pick = all ? any : picks[eligible];
        EventTally::Event e;
        const Pick &chosen = pick.occurrence ? pick : any;
        e.line = chosen.line;
        e.outcome.codeRef = m_tally.codeRef(*chosen.occurrence);
        if (otherService) {
            e.outcome.kind = Outcome::OtherService;
            e.outcome.action = firstAction;
        } else if (!pick.occurrence) {
            e.outcome.kind = Outcome::NoContext;
        } else {
            e.outcome.action = firstAction >= 0 ? m_index.productOfAction(firstAction) : -1;
        }
        return e;
    };
    m_tally.add(event(Occurrence::Plain), event(Occurrence::SelfIdentifying), requestId, time);
}

FileResult FileScan::finish(FileSummary summary, std::optional<Product> userProduct)
{
    m_finder.finish();
    skipTo(m_lines + 1);
    if (m_logical.lines > 0)
        endLogicalLine(m_logical.lastLine);
    FileResult result = m_tally.finish(std::move(summary), userProduct);
    result.lineMarks = std::move(m_marks);
    return result;
}

} // namespace ekyc
