// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linefetcher.h"

#include "inputsource.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

#include <cstring>

namespace ekyc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ekyc::LineFetcher", text); }

// Walks the lines of a stream as FileScan counts them (a '\n' ends a line; a last line
// without one still counts) and collects the bytes of the wanted ones.
class LineWalk
{
public:
    LineWalk(const std::vector<qint64> &lines, LineDecoder &decoder, const QString &focus,
             const LineFetcher::Sink &sink, qint64 firstLine)
        : m_current(firstLine)
        , m_lines(lines)
        , m_decoder(decoder)
        , m_focus(focus)
        , m_sink(sink)
    {
    }

    // False once every wanted line was handed out, or the sink said stop.
    bool addBlock(const LineReader::Block &block)
    {
        const char *data = block.bytes.constData();
        const qint64 size = block.bytes.size();
        qint64 pos = 0;
        while (pos < size && !done()) {
            const char *begin = data + pos;
            const void *nl = std::memchr(begin, '\n', size_t(size - pos));
            const qint64 length = nl ? static_cast<const char *>(nl) - begin : size - pos;
            if (wanted())
                append(begin, length);
            if (!nl) {
                // The line goes on in the next block (or is the input's last line).
                m_open = true;
                break;
            }
            endLine();
            pos += length + 1;
        }
        return !done();
    }

    void finish()
    {
        if (m_open && !done())
            endLine();
    }

    bool done() const { return m_stopped || m_next >= m_lines.size(); }
    qint64 linesSeen() const { return m_current - 1; }

private:
    bool wanted() const { return m_next < m_lines.size() && m_lines[m_next] == m_current; }

    void append(const char *data, qint64 size)
    {
        const qint64 room = LineFetcher::MaxLineBytes - m_text.size();
        m_text.append(data, qsizetype(std::min(size, std::max<qint64>(room, 0))));
    }

    void endLine()
    {
        if (wanted()) {
            const QByteArrayView decoded = m_decoder.decode(m_text.constData(), m_text.size(), true);
            const QString text = LineFetcher::excerpt(QString::fromUtf8(decoded), m_focus);
            m_text.clear();
            ++m_next;
            if (!m_sink(m_current, text))
                m_stopped = true;
        }
        // Skip wanted numbers already passed (not ascending, or repeated).
        while (m_next < m_lines.size() && m_lines[m_next] <= m_current)
            ++m_next;
        ++m_current;
        m_open = false;
    }

    qint64 m_current = 1; // the line being read, from 1
    const std::vector<qint64> &m_lines;
    LineDecoder &m_decoder;
    const QString &m_focus;
    const LineFetcher::Sink &m_sink;
    size_t m_next = 0;
    bool m_open = false;  // some bytes of m_current were read
    bool m_stopped = false;
    QByteArray m_text;
};

// A plain file read from an offset on.
class FileStream final : public ByteStream
{
public:
    explicit FileStream(QFile &file)
        : m_file(file)
    {
    }
    qint64 read(char *buffer, qint64 max) override
    {
        const qint64 n = m_file.read(buffer, max);
        if (n < 0)
            m_error = m_file.errorString();
        return n;
    }

private:
    QFile &m_file;
};

} // namespace

LineFetcher::LineFetcher(Encoding encoding)
    : m_encoding(encoding)
{
}

QString LineFetcher::excerpt(const QString &text, const QString &focus)
{
    if (text.size() <= MaxLineChars)
        return text;
    const qsizetype at = focus.isEmpty() ? -1 : text.indexOf(focus);
    qsizetype start = at < 0 ? 0 : std::max<qsizetype>(0, at + focus.size() / 2 - MaxLineChars / 2);
    start = std::min(start, text.size() - MaxLineChars);
    if (start > 0 && text.at(start).isLowSurrogate())
        ++start;
    qsizetype length = std::min(MaxLineChars, text.size() - start);
    if (start + length < text.size() && text.at(start + length - 1).isHighSurrogate())
        --length;
    const QChar ellipsis(0x2026);
    return (start > 0 ? QString(ellipsis) : QString()) + text.mid(start, length)
        + (start + length < text.size() ? QString(ellipsis) : QString());
}

QString LineFetcher::fetchStream(ByteStream &stream, const std::vector<qint64> &lines, const Sink &sink,
                                 const std::atomic<bool> *cancel, qint64 firstLine) const
{
    if (lines.empty())
        return {};
    // The decoder is made before the first block, as FileScan makes it, so lines decode alike.
    std::atomic<bool> stop{false};
    LineReader reader(stream, m_encoding, &stop);
    LineDecoder decoder(reader);
    LineWalk walk(lines, decoder, m_focus, sink, firstLine);
    LineReader::Block block;
    while (!(cancel && cancel->load(std::memory_order_relaxed)) && reader.next(&block)) {
        if (!walk.addBlock(block))
            stop = true;
        if (m_progress)
            m_progress(walk.linesSeen(), lines.back());
    }
    if (walk.done() || (cancel && cancel->load()))
        return {}; // stopped on purpose: the reader's "cancelled" is no error here
    if (reader.error().isEmpty())
        walk.finish();
    else
        return reader.error();
    if (!walk.done())
        return tr("the input ends at line %1: it changed since it was classified").arg(walk.linesSeen());
    return {};
}

QString LineFetcher::fetchText(const QByteArray &text, const std::vector<qint64> &lines, const Sink &sink,
                               const std::atomic<bool> *cancel) const
{
    BufferStream stream(text);
    return fetchStream(stream, lines, sink, cancel);
}

QString LineFetcher::fetch(const QString &input, const QString &label, const std::vector<qint64> &lines,
                           const Sink &sink, const std::atomic<bool> *cancel) const
{
    if (lines.empty())
        return {};
    if (label == input) {
        QString error;
        if (fetchFromMark(input, lines, sink, cancel, &error))
            return error;
    }
    bool found = false;
    QString error;
    InputSource source(input);
    const QString visitError = source.visit(
        [&](const QString &streamLabel, ByteStream &stream) {
            if (found || streamLabel != label || (cancel && cancel->load()))
                return; // another member: libarchive skips its data
            found = true;
            error = fetchStream(stream, lines, sink, cancel);
        },
        {}, cancel);
    if (!error.isEmpty())
        return error;
    if (!found && !(cancel && cancel->load()))
        return visitError.isEmpty() ? tr("%1 is no longer in the input").arg(label) : visitError;
    return {};
}

bool LineFetcher::fetchFromMark(const QString &input, const std::vector<qint64> &lines, const Sink &sink,
                                const std::atomic<bool> *cancel, QString *error) const
{
    const qint64 first = lines.front();
    auto after = std::upper_bound(m_marks.cbegin(), m_marks.cend(), first,
                                  [](qint64 line, const LineMark &mark) { return line < mark.line; });
    if (after == m_marks.cbegin())
        return false;
    const LineMark &mark = *(after - 1);
    QFile file(input);
    if (mark.offset < 1 || !file.open(QIODevice::ReadOnly) || file.isSequential() || file.size() <= mark.offset)
        return false;
    // Still the file that was classified, as far as a look can tell: not compressed, and a
    // line ends just before the mark.
    const QByteArray head = file.read(512);
    char before = 0;
    if (InputSource::looksCompressed(head) || !file.seek(mark.offset - 1) || !file.getChar(&before) || before != '\n')
        return false;
    FileStream stream(file);
    *error = fetchStream(stream, lines, sink, cancel, mark.line);
    return true;
}

} // namespace ekyc
