// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "codeindex.h"
#include "product.h"
#include "timeline.h"
#include "timestamp.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ekyc {

// NotCounted: an occurrence that the rules do not count (R3: no eKYC context; R4: another
// service's response). Reported so that nothing is dropped silently, never in the totals.
enum class EventStatus { Known, Ambiguous, Unknown, NotCounted };
enum class NotCountedReason { NoContext, OtherService };
QString notCountedReasonId(NotCountedReason reason); // "no_context", "other_service"
// Where an input's product came from, so a person can judge it.
enum class ProductSource { User, Actions, Codes, None };
QString productSourceId(ProductSource source);
// An ambiguous code's candidate products as ids, in alphabetical order (app_sdk, h5, idv_sdk).
QStringList candidateIds(ProductMask candidates);
QString eventStatusId(EventStatus status);

struct Totals
{
    qint64 events = 0;
    qint64 known = 0;
    qint64 ambiguous = 0;
    qint64 unknown = 0;
    qint64 billable = 0;          // certainly billable
    qint64 billableUncertain = 0; // ambiguous codes whose candidates disagree on billing
    qint64 notCounted = 0;        // not in `events` (R3, R4)
    qint64 outsideTime = 0;       // left out by --since / --until (or without a time then)
    Totals &operator+=(const Totals &other);
    friend bool operator==(const Totals &a, const Totals &b);
};

// The events of one input that resolved to the same thing: (status, product, code).
struct ResolvedGroup
{
    EventStatus status = EventStatus::Known;
    std::optional<Product> product; // null for ambiguous events and unknown ones without a product
    QString code;
    ProductMask candidates = 0;    // ambiguous and not counted: the tables that list the code
    std::optional<bool> billable;  // null: unknown, not counted, or ambiguous with disagreeing candidates
    qint64 count = 0;
    ProductMask inCatalogAs = 0;   // unknown: the tables that do list the code (R7)
    NotCountedReason reason = NotCountedReason::NoContext; // not counted: why
    QString action;                // not counted for OtherService: that service's action
    bool counted() const { return status != EventStatus::NotCounted; }
};

struct CompactEvent
{
    qint64 line = 0;  // from 1
    qint32 group = 0; // index into FileResult::groups
    Timestamp time;   // §8; kind None: the event has no time
};

// Where a line starts in a plain input: the window reads lines back from the nearest mark
// before them, not from the input's start.
struct LineMark
{
    qint64 line = 0;   // from 1
    qint64 offset = 0; // byte offset of the line's first byte in the input
};

struct FileSummary
{
    QString path; // as given, or "archive.zip!member"
    qint64 lines = 0;
    qint64 events = 0;
    std::optional<Product> product;
    ProductSource productSource = ProductSource::None;
    QString encoding; // empty when nothing was read
    QString error;    // empty when the input was read completely
    Totals totals;
    Timestamp firstTime; // the earliest and latest times of its counted events
    Timestamp lastTime;
};

struct FileResult
{
    FileSummary summary;
    QList<ResolvedGroup> groups;
    std::vector<CompactEvent> events; // only when events are kept (JSONL, the GUI's matched lines)
    bool eventsTruncated = false;     // some codes had more events than were kept
    Timeline timeline;                // when its counted events happened
    // One per block (about a MiB) of the input, none for transcoded UTF-16: ~16 bytes per MiB.
    std::vector<LineMark> lineMarks;
};

struct CountRow
{
    Product product = Product::Common;
    QString code;
    qint64 count = 0;
    bool billable = false;
};

struct AmbiguousRow
{
    QString code;
    ProductMask candidates = 0;
    qint64 count = 0;
    std::optional<bool> billable;
};

struct UnknownRow
{
    std::optional<Product> product;
    QString code;
    qint64 count = 0;
    ProductMask inCatalogAs = 0; // the tables that do have the code: "not an API code; in H5, …"
};

struct NotCountedRow
{
    QString code;
    NotCountedReason reason = NotCountedReason::NoContext;
    QString action;             // OtherService: the other service's action; empty otherwise
    ProductMask candidates = 0; // the tables that have the code
    qint64 count = 0;
};

// The result of classifying inputs: what every writer (JSON, JSONL, CSV, table) and the
// GUI show. Lists are kept sorted: count descending, product in catalog order (null
// last), code as text.
class Report
{
public:
    QString catalogUpdated;
    qsizetype catalogCodes = 0;
    QList<FileResult> files;
    QList<CountRow> counts;
    QList<AmbiguousRow> ambiguous;
    QList<UnknownRow> unknown;
    QList<NotCountedRow> notCounted; // count descending, then code, reason, action
    Totals totals;
    bool dedupe = false;           // --dedupe request-id was on
    qint64 duplicatesDropped = 0; // events not counted because their request id was seen before
    Timeline timeline;             // all files' counted events over time
    bool timeWindow = false;       // --since or --until was given: totals.outsideTime means something

    void addFile(FileResult file); // tally() and keep it in `files`
    // A file's codes and totals added to the report's, the file not kept.
    void tally(const FileResult &file);
    bool hasErrors() const;
    void sort();
};

} // namespace ekyc
