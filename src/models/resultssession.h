// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace ekyc {

// One thing the person gave the window to classify: a file (or a file of a dropped folder)
// or text pasted or dropped without a file.
struct SessionInput
{
    QString path; // as given to the classifier; empty for text
    QByteArray text; // the text itself, when there is no file
    QString label; // the path, or "pasted text"
    std::optional<Product> product; // the product chosen for it (nullopt: Auto)
    // Every line is eKYC traffic (`--assume-ekyc`): pasted text, or "eKYC traffic (any product)".
    bool assumeEkyc = false;

    bool isText() const { return path.isEmpty(); }
};

// A result row's identity: which events it counts.
struct ResultKey
{
    EventStatus status = EventStatus::Known;
    std::optional<Product> product; // null for ambiguous and not-counted rows and unknown ones without a product
    QString code;
    NotCountedReason reason = NotCountedReason::NoContext; // not counted: with `action`, part of the identity
    QString action {};
};

// The lines of one file of the report to read back for a row.
struct LineRequest
{
    int input = -1; // index into the session's inputs
    QString label; // the file's path in the report (a zip member: "a.zip!m")
    std::vector<qint64> lines; // ascending
    std::vector<int> keyOfLine; // for several keys at once: which key each line belongs to
    std::vector<LineMark> marks; // the file's line marks: reading starts near the lines
    std::vector<QString> timeOfLine; // each line's event time as the report writes it; empty: none
};

// The inputs of the results on show and their combined report: the one report every writer
// (JSON, CSV) sees, equal to what `ekyc-codes classify` makes of the same files. Each input
// keeps its own files in the report, so one input can be classified again and replaced.
class ResultsSession
{
public:
    ResultsSession();

    bool isEmpty() const { return m_inputs.isEmpty(); }
    const QList<SessionInput> &inputs() const { return m_inputs; }
    const Report &report() const { return m_report; }
    // For each file of report().files, the input it came from.
    QList<int> inputOfFiles() const;

    void clear();
    // `reports[i]` is the report of inputs[i] alone (its events kept).
    void append(const QList<SessionInput> &inputs, QList<Report> reports);
    void replace(int input, const SessionInput &with, Report report);
    // A report read from `path` (File ▸ Open Report…), in place of the results: its counts and
    // the summaries of its files, one input (the report) holding them all. It has no events, so
    // no lines to read back and nothing to classify again; appending to it replaces it.
    void showReport(const QString &path, Report report);
    // The file the results on show were read from; empty when they were classified here.
    const QString &reportPath() const { return m_reportPath; }

    // The report of some files only (indexes into report().files), without their events: the
    // codes and totals of the inputs selected on the Results page.
    Report reportOfFiles(const QList<int> &files) const;

    // The events of `key`, file by file in report order, skipping the first `offset` and
    // keeping at most `max` (-1: all).
    QList<LineRequest> linesOf(const ResultKey &key, qint64 offset = 0, qint64 max = -1) const;
    // The events of several keys at once, each line tagged with its key's index; only those of
    // `files` (empty: every file) and, when `window` is active, of its time range (the timeline's
    // range on the Results page), skipping the first `offset` and keeping at most `max`.
    QList<LineRequest> linesOf(const QList<ResultKey> &keys, qint64 offset = 0, qint64 max = -1,
        const QList<int> &files = {}, const TimeWindow &window = {}) const;
    qint64 eventCount(const ResultKey &key) const;
    // With an active `window`: the kept events in it (FileResult::events).
    qint64 eventCount(const QList<ResultKey> &keys, const QList<int> &files = {}, const TimeWindow &window = {}) const;

private:
    void rebuild(QList<QList<FileResult>> filesOfInput);

    QList<SessionInput> m_inputs;
    QList<qsizetype> m_fileCount; // files of each input, in order
    Report m_report;
    QString m_reportPath;
};

} // namespace ekyc
