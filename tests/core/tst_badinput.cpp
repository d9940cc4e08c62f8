// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile inputs through the core API (docs/reliability.md, "Bad-input suite"): each gives a
// clear error or a correct result, never a crash or a hang, nothing is written from an
// archive, and the good log given beside it is still reported in full. The same file cases
// run through the built CLI in tst_badinput_cli.
#include "badinputs.h"

#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/linereader.h"
#include "core/reportwriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <condition_variable>
#include <mutex>

using namespace ekyc;

namespace {

// Sets `cancel` after `ms` unless destroyed first: a run that would go on for minutes (a bomb
// the limits miss) ends as "cancelled" instead, and its row fails.
class Watchdog
{
public:
    explicit Watchdog(int ms)
        : m_thread([this, ms] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_finished; }))
                cancel = true;
        })
    {
    }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    std::atomic<bool> cancel { false };

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

QStringList groupsOf(const QList<FileResult> &files)
{
    QMap<QString, qint64> counts;
    for (const FileResult &f : files) {
        for (const ResolvedGroup &g : f.groups)
            counts[QStringLiteral("%1:%2:%3")
                       .arg(g.product ? productId(*g.product) : QStringLiteral("-"), g.code, eventStatusId(g.status))]
                += g.count;
    }
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << it.key() + QLatin1Char(':') + QString::number(it.value());
    return out;
}

void checkGood(const FileSummary &s)
{
    QCOMPARE(s.path, badinputs::goodLog());
    QCOMPARE(s.error, QString());
    QCOMPARE(s.lines, badinputs::GoodLines);
    QCOMPARE(s.events, badinputs::GoodEvents);
    QCOMPARE(s.product, std::optional<Product>(Product::AppSdk));
    QCOMPARE(s.totals.known, badinputs::GoodEvents);
    QCOMPARE(s.totals.billable, 2);
}

// A line of /proc/self/status in KiB: VmHWM (peak resident memory since the last reset) or
// VmRSS (now); -1 when it cannot be read.
qint64 statusKiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

QByteArray numberedLines(int from, int count)
{
    // 64 bytes a line, each with one event: (app_sdk, 2016), its action on the line (so any
    // part of the file counts alike).
    QByteArray out;
    for (int i = from; i < from + count; ++i) {
        QByteArray line = "line " + QByteArray::number(i).rightJustified(6, '0') + " GetFaceIdResultIntl {\"Result\":\"2016\"}";
        out += line.leftJustified(63, ' ') + '\n';
    }
    return out;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    Catalog m_catalog = CatalogLoader::builtIn();
    Classifier m_classifier { m_catalog };
    QTemporaryDir m_dir;
    int m_cwdCount = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(badinputs::makeGenerated(m_dir.path()));
        qInfo("generated the big inputs in %lld ms", timer.elapsed());
        for (const QString &target : badinputs::escapeTargets(m_dir.filePath(QStringLiteral("cwd/x"))))
            QVERIFY2(!QFile::exists(target), qPrintable(target + QStringLiteral(" exists before the test")));
    }

    void badFiles_data()
    {
        badinputs::addFileColumns();
        badinputs::addFileRows();
    }
    void badFiles()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, entries);
        QFETCH(QStringList, groups);
        QFETCH(QString, waitsFor);
        const QString path = badinputs::resolve(input, m_dir.path());
        if (input == QLatin1String("gen:unreadable.log") && ::geteuid() == 0)
            QSKIP("root reads any file; tst_badinput_cli runs this case under setpriv as nobody");

        // An empty working folder: nothing may appear in it, nor where "../" names point.
        const QString cwd = m_dir.filePath(QStringLiteral("cwd/%1").arg(++m_cwdCount));
        QVERIFY(QDir().mkpath(cwd));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(cwd));
        std::optional<badinputs::FifoWriter> writer;
        if (input == QLatin1String("gen:fifo"))
            writer.emplace(path, badinputs::goodText());
        QElapsedTimer timer;
        timer.start();
        Report report;
        {
            Watchdog watchdog(10000);
            report = m_classifier.run({ path, badinputs::goodLog() }, ClassifyOptions(), {}, &watchdog.cancel);
        }
        const qint64 elapsed = timer.elapsed();
        if (writer)
            QVERIFY(writer->finish());
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(QDir(cwd).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        for (const QString &target : badinputs::escapeTargets(cwd))
            QVERIFY2(!QFile::exists(target), qPrintable(target));

        QList<FileResult> bad;
        QStringList got;
        for (const FileResult &f : report.files) {
            if (f.summary.path == badinputs::goodLog())
                continue;
            got << badinputs::entryAs(
                entries.value(bad.size()), f.summary.path, f.summary.error, f.summary.lines, f.summary.events);
            bad << f;
        }
        if (!waitsFor.isEmpty())
            QEXPECT_FAIL("", qPrintable(waitsFor), Abort);
        QCOMPARE(got, entries);
        if (groups != QStringList { QStringLiteral("*") })
            QCOMPARE(groupsOf(bad), groups);
        QCOMPARE(report.files.size(), bad.size() + 1);
        checkGood(report.files.constLast().summary);
        QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    }

    // The cancel flag the window's Cancel button sets stops a bomb within a block.
    void cancelStopsAGzipBomb()
    {
        std::atomic<bool> cancel { false };
        QElapsedTimer timer;
        timer.start();
        const Report report = m_classifier.run(
            { m_dir.filePath(QStringLiteral("bomb-10g.gz")), badinputs::goodLog() }, ClassifyOptions(),
            [&](const ClassifyProgress &p) {
                if (p.inputDone > 512) // decompression has begun
                    cancel = true;
            },
            &cancel);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(report.files.size(), 1); // a cancelled run reads no further input
        QCOMPARE(report.files.constFirst().summary.error, QStringLiteral("cancelled"));
    }

    // A FIFO nobody writes to: the run waits for a writer (as the CLI should, like `cat`), but a
    // cancel, from the window's Cancel or its closing, ends the wait at once. Without that the
    // window's worker would sit in open() and the window could not close.
    void cancelEndsTheWaitForAFifoWriter()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("fifo-without-writer"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        std::atomic<bool> cancel { false };
        std::atomic<bool> done { false };
        Report report;
        std::thread runner([&] {
            report = m_classifier.run({ fifo, badinputs::goodLog() }, ClassifyOptions(), {}, &cancel);
            done = true;
        });
        // The run has the FIFO open and waits; nothing comes.
        const bool waiting = QTest::qWaitFor([&] { return badinputs::isOpenHere(fifo); }, 5000);
        const bool stillWaiting = !done;
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel = true;
        const bool ended = QTest::qWaitFor([&] { return done.load(); }, 5000);
        const qint64 latency = sinceCancel.elapsed();
        if (!ended)
            badinputs::releaseFifoReader(fifo); // stuck in open(): free it, then fail
        runner.join();
        QVERIFY2(waiting, "the run never opened the FIFO (blocked in open()?)");
        QVERIFY(stillWaiting);
        QVERIFY2(ended, "the cancel did not end the wait for a writer");
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        QCOMPARE(report.files.size(), 1); // a cancelled run reads no further input
        QCOMPARE(report.files.constFirst().summary.path, fifo);
        QCOMPARE(report.files.constFirst().summary.error, QStringLiteral("cancelled"));
        QCOMPARE(report.files.constFirst().summary.lines, 0);
    }

    // A writer that sends a little and then stays silent with the FIFO open: the read that
    // waits for more must end on a cancel too (the window's Cancel, or closing it).
    void cancelEndsAReadFromASilentWriter()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("fifo-silent-writer"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        std::atomic<bool> cancel { false };
        std::atomic<bool> done { false };
        std::atomic<qint64> read { 0 };
        Report report;
        std::thread runner([&] {
            report = m_classifier.run({ fifo }, ClassifyOptions(),
                                      [&](const ClassifyProgress &p) { read = p.inputDone; }, &cancel);
            done = true;
        });
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC); // waits for the reader
        QVERIFY(writer >= 0);
        const QByteArray first("GetFaceIdResultIntl starts\n{\"ErrorCode\":1001}\n");
        QCOMPARE(::write(writer, first.constData(), size_t(first.size())), ssize_t(first.size()));
        const bool gotFirst = QTest::qWaitFor([&] { return read.load() == first.size(); }, 5000);
        const bool stillReading = !done;
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel = true;
        const bool ended = QTest::qWaitFor([&] { return done.load(); }, 5000);
        const qint64 latency = sinceCancel.elapsed();
        ::close(writer); // frees a reader stuck in read() (the bug), so the test fails, not hangs
        runner.join();
        QVERIFY(gotFirst);
        QVERIFY(stillReading);
        QVERIFY2(ended, "the cancel did not end the read from a silent writer");
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files.constFirst().summary.error, QStringLiteral("cancelled"));
    }

    // A file that grows while it is read: the lines written before the reader reaches the
    // end count. Appended from the progress callback, which runs between two reads; so the file
    // is larger than its first read (a small file read whole at once has been read to its end).
    void fileGrowingWhileRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("growing.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GetFaceIdResultIntl starts\n" + numberedLines(1, 1999));
        file.flush();
        int appended = 0;
        const Report report
            = m_classifier.run({ path, badinputs::goodLog() }, ClassifyOptions(), [&](const ClassifyProgress &p) {
                  if (p.input == 0 && appended++ == 0) {
                      file.write(numberedLines(2000, 1000));
                      file.flush();
                  }
              });
        QCOMPARE(report.files.size(), 2);
        const FileSummary &s = report.files.constFirst().summary;
        QCOMPARE(s.error, QString());
        QCOMPARE(s.lines, 3000);
        QCOMPARE(s.events, 2999);
        QCOMPARE(groupsOf(report.files.mid(0, 1)), QStringList { QStringLiteral("app_sdk:2016:known:2999") });
        checkGood(report.files.constLast().summary);
    }

    // A file truncated while it is read (log rotation with copytruncate): what was there when
    // the reader got to it counts, no more, and the input after it is still read.
    void fileTruncatedWhileRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(numberedLines(1, 2000));
        file.flush();
        qint64 keptBytes = -1;
        const Report report
            = m_classifier.run({ path, badinputs::goodLog() }, ClassifyOptions(), [&](const ClassifyProgress &p) {
                  if (p.input == 0 && keptBytes < 0) {
                      // Cut at a line end, past what was read.
                      keptBytes = std::max<qint64>(32000, (p.inputDone + 63) / 64 * 64);
                      QVERIFY(file.resize(keptBytes));
                  }
              });
        QVERIFY(keptBytes > 0 && keptBytes < 2000 * 64);
        QCOMPARE(report.files.size(), 2);
        const FileSummary &s = report.files.constFirst().summary;
        QCOMPARE(s.lines, keptBytes / 64);
        QCOMPARE(s.events, keptBytes / 64);
        checkGood(report.files.constLast().summary);
    }

    // The same, once the reader hands out blocks for the worker threads to read: the first block
    // is handed out (progress reaches its end) before its bytes are read, and the file is cut
    // inside it then. The block is what is left, and the input ends there.
    void fileTruncatedUnderAnUnreadBlock()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated-unread.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(numberedLines(1, 65536)); // 4 MiB
        file.flush();
        constexpr qint64 Kept = 512 * 1024;
        bool cut = false;
        const Report report
            = m_classifier.run({ path, badinputs::goodLog() }, ClassifyOptions(), [&](const ClassifyProgress &p) {
                  if (p.input == 0 && !cut && p.inputDone > LineReader::BinaryProbe) {
                      QVERIFY(p.inputDone > Kept);
                      QVERIFY(file.resize(Kept));
                      cut = true;
                  }
              });
        QVERIFY(cut);
        QCOMPARE(report.files.size(), 2);
        const FileSummary &s = report.files.constFirst().summary;
        QCOMPARE(s.error, QString());
        QCOMPARE(s.lines, Kept / 64);
        QCOMPARE(s.events, Kept / 64);
        checkGood(report.files.constLast().summary);
    }

    // A regular file whose size says 0 but that holds megabytes (/proc): read to its end. Blocks
    // left unread for the pool to read by offset would have found nothing in it.
    void procFileReadToItsEnd()
    {
        const QString path = QStringLiteral("/proc/kallsyms");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("/proc/kallsyms cannot be read here");
        const qint64 lines = file.readAll().count('\n');
        if (lines < 10000)
            QSKIP("/proc/kallsyms is too small here to pass the first read");
        QCOMPARE(QFileInfo(path).size(), 0);
        const Report report = m_classifier.run({ path }, ClassifyOptions());
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files.constFirst().summary.error, QString());
        QCOMPARE(report.files.constFirst().summary.lines, lines);
    }

    // 200 MB on one line, with the action at its start and the code at its end: read in
    // pieces, memory stays flat, and the line still yields its one event.
    void longLineMemoryStaysBounded()
    {
        const QString path = m_dir.filePath(QStringLiteral("long-line.log"));
        QVERIFY(badinputs::writeLongLine(path, 200LL << 20));
        const bool canMeasure = resetPeakRss();
        const qint64 before = statusKiB("VmRSS");
        const Report report = m_classifier.run({ path, badinputs::goodLog() }, ClassifyOptions());
#ifdef EKYC_TEST_SANITIZED
        // ASan keeps the freed blocks of the tests before this one in quarantine, where they count
        // in VmRSS (and are not reused): what the read adds to them is measured.
        const qint64 peak = statusKiB("VmHWM") - before;
#else
        const qint64 peak = statusKiB("VmHWM");
#endif
        QFile::remove(path);
        QCOMPARE(report.files.size(), 2);
        const FileSummary &s = report.files.constFirst().summary;
        QCOMPARE(s.error, QString());
        QCOMPARE(s.lines, 1);
        QCOMPARE(groupsOf(report.files.mid(0, 1)), QStringList { QStringLiteral("app_sdk:1001:known:1") });
        checkGood(report.files.constLast().summary);
        qInfo("peak RSS while reading the 200 MB line: %lld KiB (%lld KiB before it)", peak, before);
        if (!canMeasure || before < 0 || peak < 0)
            QSKIP("/proc/self/clear_refs or VmHWM is not available");
#ifdef EKYC_TEST_SANITIZED
        // ASan adds shadow memory and quarantines what the read frees.
        QVERIFY2(peak < 256 * 1024, qPrintable(QString::number(peak)));
#else
        QVERIFY2(peak < 150 * 1024, qPrintable(QString::number(peak)));
#endif
    }

    // Inputs the fuzzers found (fuzz/regressions/) where the prefiltered path and the every-line
    // reference path disagreed: both must give the same report, JSON and JSONL.
    void prefilteredEqualsEveryLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("waitsFor");
        // Decoding leaves NUL padding out, so CF 00 00 AB is U+03EB and the file is UTF-8.
        QTest::newRow("NUL inside a UTF-8 character")
            << QByteArrayLiteral("GetSdkVerificationResult {\"Result\":\"0\"}\nnote: \xcf\x00\x00\xab padding\n") << "";
        // 91 42 is one GB18030 character, so `Result` is a whole word; the lead byte is the last
        // but three of a 64-byte step of the AVX-512 pass, the key in the next step.
        QTest::newRow("GB18030 lead byte before a 64-byte step") << QByteArray(92, 'x')
                + "\x91"
                  "BResult=2016 and then plain ascii text for the rest of the line, more text\n"
                + QByteArray("tail line\n").repeated(3) << "";
        // A1 at the end of the line is half a GB18030 character: the line does not end in '[',
        // so no record opens and both codes count.
        QTest::newRow("GB18030 sequence cut short after a '['") << QByteArray(
            "GetWebVerificationResultIntl start\n  \"List\": [\xa1\n  \"ErrorCode\": 1005,\n"
            "  \"ErrorCode\": 0\n]\n") << "";
        // The record's time is on a line ending in `[` inside a string: counted brackets, no
        // record of its own, so the prefilter path read no time on it (fuzz_filescan finding 14).
        QTest::newRow("record's time on a line ending in a quoted '['") << QByteArray(
            "GetFaceIdResultIntl {\n2023-07-06 15:00:09.112 INFO x\": [\n  \"Result\": \"0\"\n}\n") << "";
    }
    void prefilteredEqualsEveryLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, waitsFor);
        ClassifyOptions fast;
        fast.keepEvents = true;
        ClassifyOptions everyLine = fast;
        everyLine.scanEveryLine = true;
        auto asText = [&](const Report &report) {
            QString json;
            QTextStream out(&json);
            writeReport(out, report, m_catalog, ReportFormat::Json);
            writeReport(out, report, m_catalog, ReportFormat::Jsonl);
            out.flush();
            return json;
        };
        const QString reference = asText(m_classifier.runOnText(text, QStringLiteral("fuzz.log"), everyLine));
        QVERIFY(reference.contains(QLatin1String("\"line\":")));
        if (!waitsFor.isEmpty())
            QEXPECT_FAIL("", qPrintable(waitsFor), Abort);
        QCOMPARE(asText(m_classifier.runOnText(text, QStringLiteral("fuzz.log"), fast)), reference);
    }

    // The binary test (AVX-512, 64 bytes at a time, where the processor has it; SSE2, 16 bytes
    // at a time, byte counters summed every 255 vectors) says what the byte-by-byte rule says,
    // at every length around those steps.
    void looksBinaryCountsEveryByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("2023-07-05 INFO {\"Result\":\"0\"}\r\n\t\f\x1b[0m").repeated(300);
        const QString utf16 = QString::fromUtf8("GetFaceIdResult 2016 活体\n").repeated(200);
        QTest::newRow("utf-16: half NULs") << QByteArray(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2);
        QTest::newRow("all NUL") << QByteArray(5000, '\0');
        QByteArray tenth = QByteArray("abcdefghi\x01").repeated(500); // one in ten: not more than one in ten
        QTest::newRow("one control in ten") << tenth;
        QTest::newRow("one control in nine") << QByteArray("abcdefgh\x7f").repeated(500);
        QTest::newRow("controls at the 255-vector step") << QByteArray(4080, '\x02') + QByteArray(40, 'a');
        quint32 seed = 1;
        for (int length : { 1, 15, 16, 17, 63, 64, 65, 127, 128, 255, 4079, 4080, 4081, 8161, 65536 }) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes) {
                seed = seed * 1103515245U + 12345U;
                c = char((seed >> 16) % (length % 2 ? 256 : 40)); // odd lengths: any byte; even: mostly controls
            }
            QTest::addRow("random, %d bytes", length) << bytes;
        }
    }
    void looksBinaryCountsEveryByte()
    {
        QFETCH(QByteArray, bytes);
        qint64 text = 0;
        qint64 control = 0;
        for (const char byte : std::as_const(bytes)) {
            const auto c = static_cast<unsigned char>(byte);
            if (c == 0)
                continue;
            ++text;
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != 0x1B) || c == 0x7F)
                ++control;
        }
        QCOMPARE(LineReader::looksBinary(bytes.constData(), bytes.size()), text > 0 && control * 10 > text);
        // At an odd address too (the loads are unaligned).
        const QByteArray shifted = QByteArray(1, 'x') + bytes;
        QCOMPARE(LineReader::looksBinary(shifted.constData() + 1, bytes.size()), text > 0 && control * 10 > text);
    }

    void badCatalogs_data()
    {
        badinputs::addCatalogRows();
    }
    void badCatalogs()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const QString path = badinputs::resolve(file, m_dir.path());
        QString error;
        const std::optional<Catalog> catalog = CatalogLoader::fromFile(path, &error);
        QVERIFY(!catalog);
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
