// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "linereader.h"
#include "linescanner.h"
#include "prefilter.h"
#include "report.h"

#include <QHash>
#include <QSet>

namespace ekyc {

// Classifies the lines of one input as they stream past: turns lines and multi-line
// records into events, tallies them by (code, the line's own action), and resolves
// products only at the end (no second pass over the data).
// Request ids already counted in a run (--dedupe request-id): shared by its inputs.
struct DedupeState
{
    QSet<QByteArray> seen;
    qint64 dropped = 0;
};

class FileScan
{
public:
    static constexpr int MaxRecordLines = 1000;

    // `dedupe`: null, or the run's request ids (an event whose line or record carries an id
    // seen before is dropped).
    // `maxKeptPerCode`: with keepEvents, at most this many line numbers per (code, action); 0: all.
    FileScan(const CodeIndex &index, const LineReader &reader, bool keepEvents, DedupeState *dedupe = nullptr,
             qint64 maxKeptPerCode = 0);

    // What a worker thread works out for a block before it is added, in order, with addBlock.
    struct Prepared
    {
        Prefilter::BlockInfo info;
        std::vector<LineScan> scans; // one per candidate line
        std::vector<qint64> nextLine; // where the line after each candidate starts
    };
    // Scans the block's candidate lines (stateless, so it runs on a worker thread).
    static void prepare(const LineReader::Block &block, LineScanner &scanner, LineDecoder &decoder, Prepared *prepared);

    // Blocks in order. With `prepared` only candidate lines and the lines of open records are
    // looked at; without it, every line.
    void addBlock(const LineReader::Block &block, const Prepared *prepared);

    // Closes an open record and resolves every event's product and billing.
    FileResult finish(FileSummary summary, std::optional<Product> userProduct);
    qint64 lineCount() const { return m_lines; }
    bool usedGb18030() const { return m_decoder.usedGb18030(); }

private:
    struct PendingEvent
    {
        qint64 line = 0;
        int codeRef = 0; // known code id, or -(unknown index + 1)
        int action = -1; // product of the line's or record's action name
    };

    void scanLine(const char *data, qint64 size, qint64 line);
    // Scans the whole line at `pos`; returns where the next line starts.
    qint64 scanLineAt(const QByteArray &bytes, qint64 pos, qint64 line);
    void addAllLines(const LineReader::Block &block);
    void addLine(const LineScan &scan, qint64 line);
    void addEvent(const Occurrence &occurrence, qint64 line, int action, const QByteArray &requestId);
    void closeRecord();
    int codeRef(const Occurrence &occurrence);
    ResolvedGroup resolve(int codeRef, int product) const;

    const CodeIndex &m_index;
    LineScanner m_scanner;
    LineDecoder m_decoder;
    bool m_keepEvents;
    qint64 m_maxKeptPerCode;
    bool m_eventsTruncated = false;
    DedupeState *m_dedupe;
    qint64 m_lines = 0; // lines completed so far

    ProductMask m_fileActions = 0;
    int m_previousLineAction = -1;
    qint64 m_previousLine = 0; // the line m_previousLineAction belongs to

    bool m_inRecord = false;
    int m_recordDepth = 0;
    int m_recordLines = 0;
    int m_recordAction = -1;
    bool m_recordHasEvent = false;
    PendingEvent m_recordEvent;
    Occurrence m_recordOccurrence;
    QByteArray m_recordRequestId;

    QHash<quint64, qint64> m_tally; // (codeRef, action) -> events
    QList<QByteArray> m_unknownCodes;
    QHash<QByteArray, int> m_unknownIds;
    std::vector<PendingEvent> m_events;
};

} // namespace ekyc
