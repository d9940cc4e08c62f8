// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/matchedlinesloader.h"

#include "core/atomicfile.h"
#include "core/linefetcher.h"
#include "core/masking.h"
#include "core/textformat.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ekyc {

MatchedLinesLoader::MatchedLinesLoader(QObject *parent)
    : QObject(parent)
{
}

MatchedLinesLoader::~MatchedLinesLoader()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void MatchedLinesLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_job; // whatever the old job still posts is dropped
    m_busy = false;
}

void MatchedLinesLoader::startJob(std::function<void(quint64 job, const std::atomic<bool> &cancel)> job)
{
    cancel();
    if (m_thread.joinable())
        m_thread.join(); // cancelled: ends within one block
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_busy = true;
    m_thread = std::thread([job = std::move(job), id = m_job, cancel = m_cancel] { job(id, *cancel); });
}

QString MatchedLinesLoader::readAll(const QList<LineSource> &sources, const QList<LineRequest> &requests,
    const QList<Tag> &tags, const Sink &sink, const std::atomic<bool> &cancel, const Percent &percent)
{
    QStringList errors;
    qsizetype index = -1;
    for (const LineRequest &request : requests) {
        ++index;
        if (cancel.load())
            break;
        const LineSource &source = sources.at(request.input);
        size_t next = 0; // lines come in the order asked for
        LineFetcher fetcher;
        const Tag &first = tags.at(request.keyOfLine.empty() ? 0 : request.keyOfLine.front());
        fetcher.setFocus(first.code);
        fetcher.setMarks(request.marks);
        if (percent) {
            // Each request an equal share of the whole.
            fetcher.setProgress([&](qint64 lineRead, qint64 lastWanted) {
                const qint64 share = std::min<qint64>(100, lineRead * 100 / std::max<qint64>(1, lastWanted));
                percent(int((index * 100 + share) / requests.size()));
            });
        }
        auto onLine = [&](qint64 line, const QString &text) {
            while (next < request.lines.size() && request.lines[next] < line)
                ++next;
            const Tag &tag = tags.at(request.keyOfLine.empty() ? 0 : request.keyOfLine[next]);
            const QString time = next < request.timeOfLine.size() && request.lines[next] == line
                ? request.timeOfLine[next]
                : QString();
            return sink(MatchedLine { request.input, request.label, line, tag.product, tag.code, text, time });
        };
        const QString error = source.path.isEmpty()
            ? fetcher.fetchText(source.text, request.lines, onLine, &cancel)
            : fetcher.fetch(source.path, request.label, request.lines, onLine, &cancel);
        if (!error.isEmpty())
            errors << QStringLiteral("%1: %2").arg(request.label, error);
    }
    return errors.join(QLatin1Char('\n'));
}

void MatchedLinesLoader::load(
    const QList<LineSource> &sources, const QList<LineRequest> &requests, const QList<Tag> &tags)
{
    startJob([this, sources, requests, tags](quint64 job, const std::atomic<bool> &cancel) {
        QList<MatchedLine> batch;
        QElapsedTimer clock;
        clock.start();
        auto flush = [&](bool done, const QString &error) {
            QMetaObject::invokeMethod(
                this,
                [this, job, batch, done, error] {
                    if (job != m_job)
                        return;
                    if (done)
                        m_busy = false;
                    emit linesLoaded(batch, done, error);
                },
                Qt::QueuedConnection);
            batch.clear();
            clock.restart();
        };
        const QString error = readAll(
            sources, requests, tags,
            [&](const MatchedLine &line) {
                batch.append(line);
                if (batch.size() >= 2000 || clock.elapsed() > 100)
                    flush(false, QString());
                return !cancel.load();
            },
            cancel,
            [&, shown = -1](int percent) mutable {
                if (percent == shown)
                    return;
                shown = percent;
                // The lines read before a long stretch without any show now: a cancel keeps them.
                if (!batch.isEmpty())
                    flush(false, QString());
                QMetaObject::invokeMethod(
                    this,
                    [this, job, percent] {
                        if (job == m_job)
                            emit progress(percent);
                    },
                    Qt::QueuedConnection);
            });
        if (!cancel.load())
            flush(true, error);
    });
}

void MatchedLinesLoader::exportCsv(const QString &path, const QList<LineSource> &sources,
    const QList<LineRequest> &requests, const QList<Tag> &tags, bool mask)
{
    startJob([this, path, sources, requests, tags, mask](quint64 job, const std::atomic<bool> &cancel) {
        AtomicFile file(path);
        qint64 written = 0;
        QString error;
        bool ok = false;
        if (!file.open()) {
            error = file.error();
        } else {
            // The file is unbuffered (AtomicFile): rows go to it in pieces of 64 KiB. A write that
            // fails (a full disk) stops the reading, and its reason is the message.
            QByteArray pending
                = csvLine({ QStringLiteral("input"), QStringLiteral("line"), QStringLiteral("time"),
                              QStringLiteral("product"), QStringLiteral("code"), QStringLiteral("text") })
                      .toUtf8();
            auto flush = [&](qsizetype atLeast) {
                if (pending.size() < atLeast)
                    return true;
                const bool put = file.write(pending);
                pending.resize(0);
                return put;
            };
            const QString readError = readAll(
                sources, requests, tags,
                [&](const MatchedLine &l) {
                    const QString text = mask ? maskPersonalData(l.text) : l.text;
                    pending += csvLine({ l.label, QString::number(l.line), l.time, l.product, l.code, text }).toUtf8();
                    ++written;
                    return flush(64 * 1024) && !cancel.load();
                },
                cancel);
            // What was read is kept even when an input could not be read back (the message says
            // so); a cancelled export leaves the old file (AtomicFile's destructor).
            if (!cancel.load()) {
                ok = flush(0) && file.commit();
                error = ok ? readError : file.error();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, job, ok, error, written] {
                if (job != m_job)
                    return;
                m_busy = false;
                emit exportFinished(ok, error, written);
            },
            Qt::QueuedConnection);
    });
}

} // namespace ekyc
