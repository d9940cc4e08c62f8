// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/resultssession.h"

#include "core/timestamp.h"

#include <algorithm>
#include <tuple>

namespace ekyc {

namespace {

bool matches(const ResolvedGroup &group, const ResultKey &key)
{
    if (group.status != key.status || group.code != key.code)
        return false;
    switch (key.status) {
    case EventStatus::Ambiguous:
        return true;
    case EventStatus::NotCounted:
        return group.reason == key.reason && group.action == key.action;
    case EventStatus::Known:
    case EventStatus::Unknown:
        break;
    }
    return group.product == key.product;
}

qint64 eventsIn(const FileResult &file, const QList<ResultKey> &keys, const TimeWindow &window)
{
    std::vector<bool> wanted(size_t(file.groups.size()), false);
    for (qsizetype g = 0; g < file.groups.size(); ++g)
        wanted[size_t(g)] = std::any_of(keys.begin(), keys.end(), [&](const ResultKey &k) { return matches(file.groups.at(g), k); });
    return std::count_if(file.events.begin(), file.events.end(),
        [&](const CompactEvent &e) { return wanted[size_t(e.group)] && window.contains(e.time); });
}

} // namespace

ResultsSession::ResultsSession() = default;

QList<int> ResultsSession::inputOfFiles() const
{
    QList<int> inputs;
    for (int i = 0; i < m_fileCount.size(); ++i)
        inputs.insert(inputs.size(), m_fileCount.at(i), i);
    return inputs;
}

void ResultsSession::clear()
{
    m_inputs.clear();
    m_fileCount.clear();
    m_report = Report();
    m_reportPath.clear();
}

void ResultsSession::showReport(const QString &path, Report report)
{
    clear();
    m_inputs.append({ path, {}, path, std::nullopt, false });
    m_fileCount.append(report.files.size());
    m_report = std::move(report);
    m_reportPath = path;
}

// Files move from report to report: their kept events are the bulk of the memory.
void ResultsSession::rebuild(QList<QList<FileResult>> filesOfInput)
{
    Report report;
    report.catalogUpdated = m_report.catalogUpdated;
    report.catalogCodes = m_report.catalogCodes;
    m_fileCount.clear();
    for (QList<FileResult> &files : filesOfInput) {
        m_fileCount.append(files.size());
        for (FileResult &file : files)
            report.addFile(std::move(file));
    }
    report.sort();
    m_report = std::move(report);
}

void ResultsSession::append(const QList<SessionInput> &inputs, QList<Report> reports)
{
    Q_ASSERT(inputs.size() == reports.size());
    // A report read from a file holds no events to add to: its counts would be lost in the
    // rebuild below, so the new inputs replace it.
    if (!m_reportPath.isEmpty())
        clear();
    QList<QList<FileResult>> filesOfInput;
    qsizetype next = 0;
    for (qsizetype count : std::as_const(m_fileCount)) {
        QList<FileResult> files;
        for (qsizetype k = 0; k < count; ++k)
            files.append(std::move(m_report.files[next++]));
        filesOfInput.append(std::move(files));
    }
    for (Report &r : reports) {
        if (m_report.catalogUpdated.isEmpty()) {
            m_report.catalogUpdated = r.catalogUpdated;
            m_report.catalogCodes = r.catalogCodes;
        }
        filesOfInput.append(std::move(r.files));
    }
    m_inputs.append(inputs);
    rebuild(std::move(filesOfInput));
}

void ResultsSession::replace(int input, const SessionInput &with, Report report)
{
    Q_ASSERT(input >= 0 && input < m_inputs.size());
    QList<QList<FileResult>> filesOfInput;
    qsizetype next = 0;
    for (int i = 0; i < m_fileCount.size(); ++i) {
        QList<FileResult> files;
        for (qsizetype k = 0; k < m_fileCount.at(i); ++k)
            files.append(std::move(m_report.files[next++]));
        filesOfInput.append(i == input ? std::move(report.files) : std::move(files));
    }
    m_inputs[input] = with;
    m_reportPath.clear(); // classified here now
    rebuild(std::move(filesOfInput));
}

QList<LineRequest> ResultsSession::linesOf(const ResultKey &key, qint64 offset, qint64 max) const
{
    QList<LineRequest> requests = linesOf(QList<ResultKey> { key }, offset, max);
    for (LineRequest &r : requests)
        r.keyOfLine.clear(); // one key
    return requests;
}

Report ResultsSession::reportOfFiles(const QList<int> &files) const
{
    Report report;
    report.catalogUpdated = m_report.catalogUpdated;
    report.catalogCodes = m_report.catalogCodes;
    for (int f : files) {
        if (f < 0 || f >= m_report.files.size())
            continue;
        const FileResult &file = m_report.files.at(f);
        FileResult copy; // without its events and line marks: only the lines pane reads those
        copy.summary = file.summary;
        copy.groups = file.groups;
        copy.eventsTruncated = file.eventsTruncated;
        copy.timeline = file.timeline;
        report.addFile(std::move(copy));
    }
    report.sort();
    return report;
}

QList<LineRequest> ResultsSession::linesOf(const QList<ResultKey> &keys, qint64 offset, qint64 max,
    const QList<int> &files, const TimeWindow &window) const
{
    QList<LineRequest> requests;
    const QList<int> inputs = inputOfFiles();
    qint64 skipped = 0;
    qint64 taken = 0;
    for (qsizetype f = 0; f < m_report.files.size() && (max < 0 || taken < max); ++f) {
        if (!files.isEmpty() && !files.contains(int(f)))
            continue;
        const FileResult &file = m_report.files.at(f);
        std::vector<int> keyOfGroup(size_t(file.groups.size()), -1);
        bool any = false;
        for (qsizetype g = 0; g < file.groups.size(); ++g) {
            for (qsizetype k = 0; k < keys.size(); ++k) {
                if (matches(file.groups.at(g), keys.at(k))) {
                    keyOfGroup[size_t(g)] = int(k);
                    any = true;
                }
            }
        }
        if (!any)
            continue;
        // Each page's lines are sorted below: the loader reads them in ascending order.
        std::vector<std::tuple<qint64, int, QString>> tagged;
        for (const CompactEvent &e : file.events) {
            const int key = keyOfGroup[size_t(e.group)];
            if (key < 0 || (window.active() && !window.contains(e.time)))
                continue;
            if (skipped < offset) {
                ++skipped;
                continue;
            }
            if (max >= 0 && taken >= max)
                break;
            tagged.emplace_back(e.line, key, timestamps::text(e.time));
            ++taken;
        }
        if (tagged.empty())
            continue;
        std::sort(tagged.begin(), tagged.end());
        LineRequest request { inputs.at(f), file.summary.path, {}, {}, file.lineMarks, {} };
        request.lines.reserve(tagged.size());
        request.keyOfLine.reserve(tagged.size());
        for (const auto &[line, key, time] : tagged) {
            request.lines.push_back(line);
            request.keyOfLine.push_back(key);
            request.timeOfLine.push_back(time);
        }
        requests.append(std::move(request));
    }
    return requests;
}

qint64 ResultsSession::eventCount(const QList<ResultKey> &keys, const QList<int> &files, const TimeWindow &window) const
{
    qint64 count = 0;
    for (qsizetype f = 0; f < m_report.files.size(); ++f) {
        if (!files.isEmpty() && !files.contains(int(f)))
            continue;
        if (window.active()) {
            count += eventsIn(m_report.files.at(f), keys, window);
            continue;
        }
        for (const ResolvedGroup &g : m_report.files.at(f).groups) {
            for (const ResultKey &key : keys) {
                if (matches(g, key)) {
                    count += g.count;
                    break;
                }
            }
        }
    }
    return count;
}

qint64 ResultsSession::eventCount(const ResultKey &key) const
{
    qint64 count = 0;
    for (const FileResult &file : m_report.files) {
        for (const ResolvedGroup &g : file.groups) {
            if (matches(g, key))
                count += g.count;
        }
    }
    return count;
}

} // namespace ekyc
