// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// LineReader's blocks, read in order or left unread for the worker threads (setUnreadBlocks):
// the same bytes, cut at line ends, an over-long line in pieces either way, and a stream that
// shrinks or fails under an unread block.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/linereader.h"

#include <QTest>

using namespace ekyc;

namespace {

constexpr qint64 MaxSegment = LineReader::MaxSegment;

// Lines of 30 to 129 bytes, the same on every call.
QByteArray shortLines(int count, int seed)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const int length = 30 + (i * 37 + seed) % 100;
        QByteArray line = "line " + QByteArray::number(i) + " GetFaceIdResultIntl Result=2016 ";
        out += line.leftJustified(length, 'x', true) + '\n';
    }
    return out;
}

QByteArray longLine(qint64 length)
{
    QByteArray line(length, 'A');
    for (qint64 i = 97; i < length; i += 4099)
        line[i] = '+'; // a base64-like line with places a piece may be cut
    return line + '\n';
}

// The length of the line that holds byte `at` (without its newline).
qint64 lineLengthAt(const QByteArray &input, qint64 at)
{
    const qint64 start = at > 0 ? input.lastIndexOf('\n', at - 1) + 1 : 0; // -1 would search from the end
    const qint64 nl = input.indexOf('\n', at);
    return (nl < 0 ? input.size() : nl) - start;
}

// Bytes in memory that go wrong as a file can: positional reads of byte `failAt` fail, as on
// a disk with a bad sector, and the size said is `statedSize` (a file of /proc says 0).
class FaultyStream final : public ByteStream
{
public:
    FaultyStream(const QByteArray &bytes, qint64 failAt, qint64 statedSize)
        : m_buffer(bytes)
        , m_size(statedSize)
        , m_failAt(failAt)
    {
    }
    static FaultyStream failingAt(const QByteArray &bytes, qint64 failAt)
    {
        return FaultyStream(bytes, failAt, bytes.size());
    }
    static FaultyStream statingSize(const QByteArray &bytes, qint64 statedSize)
    {
        return FaultyStream(bytes, -1, statedSize);
    }
    qint64 read(char *buffer, qint64 max) override
    {
        ++m_reads;
        return m_buffer.read(buffer, max);
    }
    int reads() const { return m_reads; }
    bool positional() const override { return true; }
    qint64 readAt(char *buffer, qint64 max, qint64 offset, QString *error) const override
    {
        if (offset <= m_failAt && m_failAt < offset + max) {
            *error = QStringLiteral("Input/output error");
            return -1;
        }
        return m_buffer.readAt(buffer, max, offset, error);
    }
    qint64 sizeNow() const override { return m_size; }
    qint64 sizeHint() const override { return m_size; }
    void skipTo(qint64 offset) override { m_buffer.skipTo(offset); }

private:
    BufferStream m_buffer;
    qint64 m_size;
    qint64 m_failAt;
    int m_reads = 0;
};

} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("blockSize");
        QTest::addColumn<bool>("unread");
        const QByteArray lines = shortLines(30000, 1); // 2.4 MB
        const QList<std::pair<const char *, QByteArray>> inputs {
            { "empty", QByteArray() },
            { "one line", QByteArray("GetFaceIdResultIntl Result=2016\n") },
            { "short lines", lines },
            { "no newline at the end", lines + "GetFaceIdResultIntl Result=2016" },
            { "crlf", QByteArray(lines).replace('\n', "\r\n") },
            { "only newlines", QByteArray(300000, '\n') },
            { "images", shortLines(3000, 2) + longLine(150000) + shortLines(50, 3) + longLine(200000)
                    + shortLines(3000, 4) + longLine(60000) },
            { "line of MaxSegment", shortLines(9000, 5) + longLine(MaxSegment) + shortLines(9000, 6) },
            { "line of MaxSegment + 1", shortLines(9000, 7) + longLine(MaxSegment + 1) + shortLines(9000, 8) },
            { "line of 3 MiB", shortLines(9000, 9) + longLine(3 * MaxSegment) + shortLines(9000, 10) },
            { "last line of 3 MiB, no newline", shortLines(9000, 11) + longLine(3 * MaxSegment).chopped(1) },
            { "lines of MaxSegment + 1", longLine(MaxSegment + 1) + longLine(MaxSegment + 1) + longLine(MaxSegment + 1) },
        };
        for (const auto &[name, input] : inputs) {
            for (const qint64 blockSize : { qint64(16), qint64(4096), LineReader::DefaultBlockSize }) {
                for (const bool unread : { false, true })
                    QTest::addRow("%s/%lld/%s", name, blockSize, unread ? "unread" : "read") << input << blockSize << unread;
            }
        }
    }
    // Read in order or left unread, the blocks hold the input's bytes in order; a block ends at
    // a line's end, or inside a line longer than MaxSegment (which then comes in pieces). An
    // unread block is whole lines, none longer than MaxSegment.
    void blocks()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, blockSize);
        QFETCH(bool, unread);
        BufferStream stream(input);
        LineReader reader(stream, Encoding::Auto, nullptr, blockSize);
        reader.setUnreadBlocks(unread);
        QByteArray all;
        int unreadBlocks = 0;
        LineReader::Block block;
        while (reader.next(&block)) {
            QCOMPARE(block.offset, all.size());
            if (block.unread > 0) {
                ++unreadBlocks;
                const qint64 size = block.unread;
                QCOMPARE(reader.fill(&block), QString());
                QCOMPARE(block.unread, 0);
                QCOMPARE(block.bytes.size(), size);
                QVERIFY(!block.cut);
                QVERIFY(!block.continuesLine && !block.endsInsideLine);
                for (qint64 at = 0; at < size;) {
                    const qint64 nl = block.bytes.indexOf('\n', at);
                    const qint64 end = nl < 0 ? size : nl;
                    QVERIFY2(end - at <= MaxSegment, qPrintable(QString::number(end - at)));
                    at = end + 1;
                }
            }
            QVERIFY(!block.bytes.isEmpty());
            all += block.bytes;
            const qint64 end = all.size();
            if (end < input.size() && input.at(end - 1) != '\n') {
                QVERIFY(block.endsInsideLine);
                QVERIFY2(lineLengthAt(input, end) > MaxSegment, qPrintable(QString::number(end)));
            }
        }
        QCOMPARE(reader.error(), QString());
        QVERIFY(all == input);
        // Left unread where the input goes on past the first read (64 KiB) or a block, unless
        // every block has a line too long for it.
        qint64 longest = 0;
        for (qint64 at = 0; at < input.size(); at += lineLengthAt(input, at) + 1)
            longest = std::max(longest, lineLengthAt(input, at));
        if (unread && input.size() > std::min(blockSize, LineReader::BinaryProbe) && longest <= MaxSegment)
            QVERIFY(unreadBlocks > 0);
        if (!unread)
            QCOMPARE(unreadBlocks, 0);
    }

    // A stream that is shorter when an unread block is filled (a file truncated meanwhile)
    // gives what it still holds, and says the input was cut there.
    void streamShrinksUnderAnUnreadBlock()
    {
        QByteArray input = shortLines(30000, 12);
        BufferStream stream(input);
        LineReader reader(stream, Encoding::Auto, nullptr, 4096);
        reader.setUnreadBlocks(true);
        LineReader::Block block;
        QVERIFY(reader.next(&block));
        QVERIFY(block.unread > 100);
        const QByteArray kept = input.left(block.offset + 100);
        input.truncate(kept.size());
        QCOMPARE(reader.fill(&block), QString());
        QVERIFY(block.cut);
        QCOMPARE(block.bytes, kept.mid(block.offset));
    }

    // A stream smaller by its size than by its reads (a file of /proc) is read to its end.
    void understatedSizeIsReadToTheEnd()
    {
        const QByteArray input = shortLines(30000, 14);
        FaultyStream stream = FaultyStream::statingSize(input, 0);
        LineReader reader(stream, Encoding::Auto, nullptr, 4096);
        reader.setUnreadBlocks(true);
        QByteArray all;
        LineReader::Block block;
        while (reader.next(&block)) {
            QCOMPARE(block.unread, 0);
            all += block.bytes;
        }
        QCOMPARE(reader.error(), QString());
        QVERIFY(all == input);
    }

    // The size at open only sizes the first reads: a file that grew or shrank since is read to
    // its end all the same, through the peek and the binary probe as InputSource reads a file;
    // one that did not is read in one read when it is small.
    void wrongSizeHintReadsEveryByte_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("hint");
        const QList<std::pair<const char *, QByteArray>> inputs {
            { "empty", QByteArray() }, { "one line", "GetFaceIdResultIntl {\"Result\":\"0\"}\n" },
            { "13 KB", shortLines(160, 4) }, { "200 KB", shortLines(2500, 5) } };
        for (const auto &[name, input] : inputs) {
            for (qint64 hint : { qint64(0), qint64(1), qint64(511), input.size() - 1, input.size(), input.size() + 1,
                                 qint64(1) << 30 }) {
                if (hint >= 0)
                    QTest::addRow("%s, hint %lld", name, hint) << input << hint;
            }
        }
    }
    void wrongSizeHintReadsEveryByte()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, hint);
        FaultyStream stream = FaultyStream::statingSize(input, hint);
        PeekableStream peekable(stream);
        QVERIFY(peekable.peek(512, 64 * 1024) >= 0);
        LineReader reader(peekable, Encoding::Auto, nullptr, 4096);
        QByteArray all;
        LineReader::Block block;
        while (reader.next(&block))
            all += block.bytes;
        QCOMPARE(reader.error(), QString());
        QCOMPARE(all.size(), input.size());
        QVERIFY(all == input);
        // A small file that holds its size at open takes one read (a folder of thousands of them).
        if (hint == input.size() && hint < 64 * 1024)
            QCOMPARE(stream.reads(), 1);
    }

    // A read that fails under an unread block is the input's error; what came before stands.
    void readErrorUnderAnUnreadBlock()
    {
        const QByteArray input = shortLines(60000, 13); // 4.8 MB
        const Catalog catalog = CatalogLoader::builtIn();
        const Classifier classifier(catalog);
        // Only the second block's fill reads this byte, not the look for a block's end.
        FaultyStream stream = FaultyStream::failingAt(input, LineReader::DefaultBlockSize * 3 / 2);
        ClassifyOptions options;
        options.threads = 2;
        const FileResult result = classifier.classify(QStringLiteral("failing.log"), stream, options);
        QCOMPARE(result.summary.error, QStringLiteral("Input/output error"));
        QVERIFY(result.summary.lines > 0);
        QVERIFY(result.summary.lines < 60000);

        FaultyStream again = FaultyStream::failingAt(input, 4090); // in the bytes read to find the first block's end
        LineReader reader(again, Encoding::Auto, nullptr, 4096);
        reader.setUnreadBlocks(true);
        LineReader::Block block;
        QVERIFY(!reader.next(&block)); // the look for the first block's end fails
        QCOMPARE(reader.error(), QStringLiteral("Input/output error"));
    }
};

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
