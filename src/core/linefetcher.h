// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bytestream.h"
#include "linereader.h"
#include "report.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace ekyc {

// Reads chosen lines of an input back, numbered exactly as the Classifier numbers them (the
// same InputSource, LineReader and LineDecoder), so the window can show the lines behind
// events (CompactEvent::line) without the classifier keeping any text. Memory stays flat:
// one block and one line at a time, whatever the size of the input.
class LineFetcher
{
public:
    // A longer line is handed out as an excerpt of about this many characters around the
    // focus text (the code), marked with "…" where it was cut.
    static constexpr qsizetype MaxLineChars = 4096;
    // Bytes of one line read at most; the rest of a longer line is skipped.
    static constexpr qsizetype MaxLineBytes = 4 << 20;

    // Called for each wanted line, in order; returns false to stop early.
    using Sink = std::function<bool(qint64 line, const QString &text)>;

    // Called after each block read: the last line read so far and the last line wanted, so a
    // caller can show how far a long read (a compressed input read from its start) has come.
    using Progress = std::function<void(qint64 lineRead, qint64 lastWanted)>;

    explicit LineFetcher(Encoding encoding = Encoding::Auto);

    // Text an excerpt of a long line is centred on (the code); empty: the line's start.
    void setFocus(const QString &focus) { m_focus = focus; }
    // Where lines of a plain input start (FileResult::lineMarks): fetch() reads from the last
    // mark before the first wanted line instead of from the input's start.
    void setMarks(std::vector<LineMark> marks) { m_marks = std::move(marks); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // `input`: the path given to the classifier; `label`: the report's path of the stream
    // (the input itself, or "archive.zip!member"). `lines`: line numbers from 1, ascending.
    // Returns an empty string, or what went wrong (the input cannot be read, no longer holds
    // the member, or ends before the last wanted line: it changed since it was classified).
    QString fetch(const QString &input, const QString &label, const std::vector<qint64> &lines, const Sink &sink,
                  const std::atomic<bool> *cancel = nullptr) const;
    // The same for text that was never a file (pasted into the window).
    QString fetchText(const QByteArray &text, const std::vector<qint64> &lines, const Sink &sink,
                      const std::atomic<bool> *cancel = nullptr) const;
    // `firstLine`: the number of the stream's first line (a stream that starts at a mark).
    QString fetchStream(ByteStream &stream, const std::vector<qint64> &lines, const Sink &sink,
                        const std::atomic<bool> *cancel = nullptr, qint64 firstLine = 1) const;

    // `text` cut to MaxLineChars around the first occurrence of `focus`.
    static QString excerpt(const QString &text, const QString &focus);

private:
    // Reads from the last mark before lines.front() of `input` when it is a plain file that
    // still has a line start there; false when it cannot (then the whole input is read).
    bool fetchFromMark(const QString &input, const std::vector<qint64> &lines, const Sink &sink,
                       const std::atomic<bool> *cancel, QString *error) const;

    Encoding m_encoding;
    QString m_focus;
    std::vector<LineMark> m_marks;
    Progress m_progress;
};

} // namespace ekyc
