// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filescan.h"

#include <algorithm>
#include <cstring>

namespace ekyc {

FileScan::FileScan(const CodeIndex &index, const LineReader &reader, Settings settings)
    : m_index(index)
    , m_scanner(index)
    , m_decoder(reader)
    , m_settings(settings)
    , m_tally(index, EventTally::Settings{settings.keepEvents, settings.maxKeptPerCode, settings.dedupe})
    , m_finder(*this)
{
}

void FileScan::scanLine(const char *data, qint64 size, qint64 line)
{
    const QByteArrayView text = m_decoder.decode(data, size, true);
    addLine(m_scanner.scanLine(text.data(), text.size(), line <= m_watchUntil), line);
}

qint64 FileScan::scanLineAt(const QByteArray &bytes, qint64 pos, qint64 line)
{
    const char *begin = bytes.constData() + pos;
    const void *nl = std::memchr(begin, '\n', size_t(bytes.size() - pos));
    const qint64 length = nl ? static_cast<const char *>(nl) - begin : bytes.size() - pos;
    scanLine(begin, length, line);
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
            addLine(m_scanner.finish(), ++m_lines);
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
            break;
        }
        scanLine(begin, length, ++m_lines);
        pos += length + 1;
    }
    m_finder.settleBefore(m_lines + 1);
}

void FileScan::prepare(const LineReader::Block &block, LineScanner &scanner, LineDecoder &decoder, Prepared *prepared)
{
    prepared->scans.clear();
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
        prepared->scans.push_back(scanner.scanLine(text.data(), text.size(), false));
        prepared->nextLine.push_back(candidate.start + length + 1);
    }
}

void FileScan::addBlock(const LineReader::Block &block, const Prepared *prepared)
{
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
        if (line <= m_watchUntil && !prepared->scans[i].bracketsCounted) {
            pos = scanLineAt(bytes, pos, line++);
            continue;
        }
        addLine(prepared->scans[i], line++);
        pos = prepared->nextLine[i];
    }
    while (line <= m_watchUntil && pos < bytes.size())
        pos = scanLineAt(bytes, pos, line++);
    m_lines += info->newlines;
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++m_lines; // the last line of the input, without a newline
    m_finder.settleBefore(m_lines + 1);
}

void FileScan::addLine(const LineScan &scan, qint64 line)
{
    m_tally.noteActions(scan.actions);
    if (scan.opensRecord())
        m_watchUntil = std::max(m_watchUntil, line + MaxRecordLines - 1);
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
        m_before = Before{line - 1, -1, false};
}

void FileScan::ordinaryLine(qint64 number, const LineScan &scan)
{
    skipTo(number);
    if (m_logical.lines == 0 && !scan.continues()) {
        // A logical line of one physical line, the common case: settled at once.
        Picks picks{};
        consider(picks, scan, number, 0);
        addEvent(picks, scan.context, scan.firstAction, scan.requestId);
        m_before = Before{number, scan.firstAction, scan.context};
        return;
    }
    if (m_logical.lines == 0) {
        m_logical.firstLine = number;
        m_logical.firstAction = -1;
        m_logical.context = false;
    }
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

// Each physical line keeps its own event; context and action are the logical line's (R1).
void FileScan::endLogicalLine(qint64 endLine)
{
    for (const auto &[number, scan] : m_logical.withCodes) {
        Picks picks{};
        consider(picks, scan, number, 0);
        addEvent(picks, m_logical.context, m_logical.firstAction, scan.requestId);
    }
    m_before = Before{endLine, m_logical.firstAction, m_logical.context};
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
    Picks picks{};
    int depth = 0;
    for (size_t i = first; i <= last; ++i) {
        const LineScan &scan = lines[i].scan;
        context = context || scan.context;
        if (firstAction < 0)
            firstAction = scan.firstAction;
        if (!requestId && !scan.requestId.isEmpty())
            requestId = &scan.requestId;
        consider(picks, scan, lines[i].number, depth);
        depth = scan.depthAfter(depth);
    }
    addEvent(picks, context, firstAction, requestId ? *requestId : QByteArray());
    m_before = Before{lines[last].number, -1, false};
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
void FileScan::addEvent(const Picks &picks, bool context, int firstAction, const QByteArray &requestId)
{
    const Pick &any = picks[Occurrence::OtherSpelling];
    if (!any.occurrence)
        return;
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
    m_tally.add(event(Occurrence::Plain), event(Occurrence::SelfIdentifying), requestId);
}

FileResult FileScan::finish(FileSummary summary, std::optional<Product> userProduct)
{
    m_finder.finish();
    skipTo(m_lines + 1);
    if (m_logical.lines > 0)
        endLogicalLine(m_logical.lastLine);
    return m_tally.finish(std::move(summary), userProduct);
}

} // namespace ekyc
