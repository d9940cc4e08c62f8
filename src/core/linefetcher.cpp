// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linefetcher.h"

#include "inputsource.h"

#include <QCoreApplication>

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
             const LineFetcher::Sink &sink)
        : m_lines(lines)
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

    const std::vector<qint64> &m_lines;
    LineDecoder &m_decoder;
    const QString &m_focus;
    const LineFetcher::Sink &m_sink;
    size_t m_next = 0;
    qint64 m_current = 1; // the line being read, from 1
    bool m_open = false;  // some bytes of m_current were read
    bool m_stopped = false;
    QByteArray m_text;
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
                                 const std::atomic<bool> *cancel) const
{
    if (lines.empty())
        return {};
    // The decoder is made before the first block, as FileScan makes it, so lines decode alike.
    std::atomic<bool> stop{false};
    LineReader reader(stream, m_encoding, &stop);
    LineDecoder decoder(reader);
    LineWalk walk(lines, decoder, m_focus, sink);
    LineReader::Block block;
    while (!(cancel && cancel->load(std::memory_order_relaxed)) && reader.next(&block)) {
        if (!walk.addBlock(block))
            stop = true;
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

} // namespace ekyc
