// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filescan.h"

#include <algorithm>
#include <cstring>


namespace ekyc {

namespace {

quint64 tallyKey(int codeRef, int action)
{
    return (quint64(quint32(codeRef)) << 8) | quint64(action + 1);
}

int onlyProduct(ProductMask mask)
{
    if (mask == 0 || (mask & (mask - 1)) != 0)
        return -1;
    int index = 0;
    while (!(mask & 1u)) {
        mask >>= 1;
        ++index;
    }
    return index;
}

} // namespace

FileScan::FileScan(const CodeIndex &index, const LineReader &reader, bool keepEvents, DedupeState *dedupe,
                   qint64 maxKeptPerCode)
    : m_index(index)
    , m_scanner(index)
    , m_decoder(reader)
    , m_keepEvents(keepEvents)
    , m_maxKeptPerCode(maxKeptPerCode)
    , m_dedupe(dedupe)
{
}

void FileScan::scanLine(const char *data, qint64 size, qint64 line)
{
    const QByteArrayView text = m_decoder.decode(data, size, true);
    addLine(m_scanner.scanLine(text.data(), text.size(), m_inRecord), line);
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
            return;
        }
        scanLine(begin, length, ++m_lines);
        pos += length + 1;
    }
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
        // to be inside one (known only in order, in addBlock), it is scanned again there.
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
    qint64 pos = 0;     // where the next unscanned line starts
    qint64 line = firstLine;
    for (size_t i = 0; i < info->candidates.size(); ++i) {
        const Prefilter::Candidate &candidate = info->candidates[i];
        // The lines of an open record are scanned one by one, candidates or not.
        while (m_inRecord && pos < candidate.start)
            pos = scanLineAt(bytes, pos, line++);
        if (candidate.start < pos)
            continue;
        line = firstLine + candidate.lineIndex;
        if (m_inRecord && !prepared->scans[i].bracketsCounted) {
            pos = scanLineAt(bytes, candidate.start, line++);
            continue;
        }
        addLine(prepared->scans[i], line++);
        pos = prepared->nextLine[i];
    }
    while (m_inRecord && pos < bytes.size())
        pos = scanLineAt(bytes, pos, line++);
    m_lines += info->newlines;
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++m_lines; // the last line of the input, without a newline
}

int FileScan::codeRef(const Occurrence &occurrence)
{
    if (occurrence.known())
        return occurrence.codeId;
    auto it = m_unknownIds.constFind(occurrence.unknownText);
    if (it == m_unknownIds.cend()) {
        it = m_unknownIds.insert(occurrence.unknownText, int(m_unknownCodes.size()));
        m_unknownCodes.append(occurrence.unknownText);
    }
    return -(*it + 1);
}

void FileScan::addEvent(const Occurrence &occurrence, qint64 line, int action, const QByteArray &requestId)
{
    if (m_dedupe && !requestId.isEmpty()) {
        // The same response logged twice (gateway and app) or retried counts once.
        if (m_dedupe->seen.contains(requestId)) {
            ++m_dedupe->dropped;
            return;
        }
        m_dedupe->seen.insert(requestId);
    }
    const int ref = codeRef(occurrence);
    const qint64 count = ++m_tally[tallyKey(ref, action)];
    if (!m_keepEvents)
        return;
    // A log where most lines hold a code would otherwise keep 16 bytes per line.
    if (m_maxKeptPerCode > 0 && count > m_maxKeptPerCode) {
        m_eventsTruncated = true;
        return;
    }
    m_events.push_back(PendingEvent{line, ref, action});
}

void FileScan::addLine(const LineScan &scan, qint64 line)
{
    m_fileActions |= scan.actions;
    if (m_inRecord) {
        ++m_recordLines;
        m_recordDepth += scan.netDepth;
        if (m_recordAction < 0)
            m_recordAction = scan.firstAction;
        if (m_recordRequestId.isEmpty())
            m_recordRequestId = scan.requestId;
        if (!m_recordHasEvent && scan.occurrence.found()) {
            m_recordHasEvent = true;
            m_recordOccurrence = scan.occurrence;
            m_recordEvent.line = line;
        }
        if (m_recordDepth <= 0 || m_recordLines >= MaxRecordLines)
            closeRecord();
    } else if (scan.opensRecord()) {
        // Pretty-printed JSON counts once per response, like its one-line form.
        m_inRecord = true;
        m_recordDepth = scan.leftOpen;
        m_recordLines = 1;
        const bool previousIsAdjacent = m_previousLine == line - 1;
        m_recordAction = (previousIsAdjacent && m_previousLineAction >= 0) ? m_previousLineAction : scan.firstAction;
        m_recordHasEvent = scan.occurrence.found();
        m_recordOccurrence = scan.occurrence;
        m_recordEvent.line = line;
        m_recordRequestId = scan.requestId;
    } else if (scan.occurrence.found()) {
        addEvent(scan.occurrence, line, scan.firstAction, scan.requestId);
    }
    m_previousLineAction = scan.firstAction;
    m_previousLine = line;
}

void FileScan::closeRecord()
{
    if (m_recordHasEvent)
        addEvent(m_recordOccurrence, m_recordEvent.line, m_recordAction, m_recordRequestId);
    m_inRecord = false;
    m_recordHasEvent = false;
}

ResolvedGroup FileScan::resolve(int ref, int product) const
{
    ResolvedGroup g;
    if (product >= 0)
        g.product = Product(product);
    if (ref < 0) {
        g.status = EventStatus::Unknown;
        g.code = QString::fromUtf8(m_unknownCodes.at(-ref - 1));
        return g;
    }
    const CodeIndex::Code &code = m_index.code(ref);
    g.code = QString::fromUtf8(code.text);
    const ProductMask common = productBit(Product::Common);
    auto known = [&](Product p) {
        g.status = EventStatus::Known;
        g.product = p;
        g.billable = (code.billable & productBit(p)) != 0;
    };
    if (product >= 0) {
        if (code.products & productBit(Product(product)))
            known(Product(product));
        else if (code.products & common)
            known(Product::Common);
        else
            g.status = EventStatus::Unknown; // a code of another product: unknown for this one
        return g;
    }
    if (code.products & common) {
        known(Product::Common);
    } else if (onlyProduct(code.products) >= 0) {
        known(Product(onlyProduct(code.products)));
    } else {
        g.status = EventStatus::Ambiguous;
        g.candidates = code.products;
        if ((code.billable & code.products) == code.products)
            g.billable = true;
        else if ((code.billable & code.products) == 0)
            g.billable = false;
    }
    return g;
}

FileResult FileScan::finish(FileSummary summary, std::optional<Product> userProduct)
{
    if (m_inRecord)
        closeRecord();

    // The file's product: the user's choice, else its action names, else its codes.
    int fileProduct = -1;
    summary.productSource = ProductSource::None;
    if (userProduct) {
        fileProduct = productIndex(*userProduct);
        summary.productSource = ProductSource::User;
    } else if (onlyProduct(m_fileActions) >= 0) {
        fileProduct = onlyProduct(m_fileActions);
        summary.productSource = ProductSource::Actions;
    } else {
        ProductMask implied = 0;
        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
            const int ref = int(qint32(quint32(it.key() >> 8)));
            if (ref < 0)
                continue;
            const CodeIndex::Code &code = m_index.code(ref);
            const int only = onlyProduct(code.products);
            if (!code.impliesNothing && only > productIndex(Product::Common))
                implied |= code.products;
        }
        fileProduct = onlyProduct(implied);
        if (fileProduct >= 0)
            summary.productSource = ProductSource::Codes;
    }
    if (fileProduct >= 0)
        summary.product = Product(fileProduct);

    FileResult result;
    QHash<quint64, qint32> groupOfKey;
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
        const int ref = int(qint32(quint32(it.key() >> 8)));
        const int action = int(it.key() & 0xFF) - 1;
        ResolvedGroup g = resolve(ref, action >= 0 ? action : fileProduct);
        // Several (code, action) tallies can resolve to the same group.
        auto same = std::find_if(result.groups.begin(), result.groups.end(), [&](const ResolvedGroup &other) {
            return other.status == g.status && other.product == g.product && other.code == g.code;
        });
        if (same == result.groups.end()) {
            g.count = it.value();
            groupOfKey.insert(it.key(), qint32(result.groups.size()));
            result.groups.append(g);
        } else {
            same->count += it.value();
            groupOfKey.insert(it.key(), qint32(same - result.groups.begin()));
        }
        Totals &t = summary.totals;
        t.events += it.value();
        switch (g.status) {
        case EventStatus::Known:
            t.known += it.value();
            break;
        case EventStatus::Ambiguous:
            t.ambiguous += it.value();
            break;
        case EventStatus::Unknown:
            t.unknown += it.value();
            break;
        }
        if (g.billable == true)
            t.billable += it.value();
        else if (g.status == EventStatus::Ambiguous && !g.billable)
            t.billableUncertain += it.value();
    }
    summary.events = summary.totals.events;
    result.events.reserve(m_events.size());
    for (const PendingEvent &e : m_events)
        result.events.push_back(CompactEvent{e.line, groupOfKey.value(tallyKey(e.codeRef, e.action))});
    result.eventsTruncated = m_eventsTruncated;
    result.summary = std::move(summary);
    return result;
}

} // namespace ekyc
