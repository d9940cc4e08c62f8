// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/matchedlinesmodel.h"
#include "models/resultssession.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace ekyc {

// What a line request is read from: one input of the session.
struct LineSource
{
    QString path; // empty: `text`
    QByteArray text;
};

// Reads matched lines back from their inputs on a thread of its own (LineFetcher), for the
// view in batches or straight into a CSV file. A new job cancels the one before it.
class MatchedLinesLoader : public QObject
{
    Q_OBJECT

public:
    // One row's product id and code, for the lines of its requests.
    struct Tag
    {
        QString product;
        QString code;
    };

    explicit MatchedLinesLoader(QObject *parent = nullptr);
    ~MatchedLinesLoader() override;

    // Reads the lines of `requests` (keyOfLine indexes `tags`; empty: tags[0]) and hands
    // them out in batches through linesLoaded(). `sources[i]` is input i of the session.
    void load(const QList<LineSource> &sources, const QList<LineRequest> &requests, const QList<Tag> &tags);
    // Writes "input,line,time,product,code,text" rows to `path` atomically (AtomicFile); line text
    // masked (maskPersonalData) when `mask` is set. Ends with exportFinished(): `ok` when the
    // file was written, and then `message` names inputs that could not be read back (their
    // lines are missing from the file); otherwise `message` says why it was not (the old
    // file, if any, is left as it was).
    void exportCsv(const QString &path, const QList<LineSource> &sources, const QList<LineRequest> &requests,
        const QList<Tag> &tags, bool mask);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    // `done`: the last batch of the job; `error`: what could not be read (may come with lines).
    void linesLoaded(const QList<ekyc::MatchedLine> &lines, bool done, const QString &error);
    // How far load() has read, 0–100 (the lines read of those up to the last wanted one); sent
    // when the figure changes.
    void progress(int percent);
    void exportFinished(bool ok, const QString &message, qint64 lines);

private:
    using Sink = std::function<bool(const MatchedLine &line)>;
    using Percent = std::function<void(int percent)>;
    void startJob(std::function<void(quint64 job, const std::atomic<bool> &cancel)> job);
    static QString readAll(const QList<LineSource> &sources, const QList<LineRequest> &requests, const QList<Tag> &tags,
        const Sink &sink, const std::atomic<bool> &cancel, const Percent &percent = {});

    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_job = 0;
    bool m_busy = false;
};

} // namespace ekyc
