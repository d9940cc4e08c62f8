// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The run over inputs that both the CLI (one report) and the window (one report per input)
// use: per-input options, bytes beside files, progress throttling, cancel.
#include "core/batchread.h"
#include "core/catalogloader.h"
#include "core/classifyrun.h"
#include "core/reportwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace ekyc;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(EKYC_TEST_DATA "/classify/") + QLatin1String(name);
}

QByteArray json(const Report &report, const Catalog &catalog)
{
    QByteArray out;
    QTextStream stream(&out);
    writeReport(stream, report, catalog, ReportFormat::Json);
    stream.flush();
    return out;
}

} // namespace

class TestClassifyRun : public QObject
{
    Q_OBJECT

    Catalog m_catalog = CatalogLoader::builtIn();
    Classifier m_classifier { m_catalog };

private slots:
    // The CLI's one report is the per-input reports' files put together.
    void oneReportHoldsEveryInputsFiles()
    {
        const QList<RunInput> inputs = RunInput::files({ fixture("h5-web.log"), fixture("app-sdk.log") });
        const QList<Report> perInput = ClassifyRun(m_classifier, ClassifyOptions()).reports(inputs);
        QCOMPARE(perInput.size(), 2);
        QCOMPARE(perInput.at(0).files.constFirst().summary.path, fixture("h5-web.log"));
        QCOMPARE(perInput.at(1).files.constFirst().summary.path, fixture("app-sdk.log"));
        Report together = m_classifier.emptyReport();
        for (const Report &r : perInput)
            for (const FileResult &f : r.files)
                together.addFile(f);
        together.sort();
        const Report combined = ClassifyRun(m_classifier, ClassifyOptions()).report(inputs);
        QCOMPARE(json(combined, m_catalog), json(together, m_catalog));
        QCOMPARE(json(combined, m_catalog),
            json(m_classifier.run({ fixture("h5-web.log"), fixture("app-sdk.log") }, ClassifyOptions()), m_catalog));
    }

    // Small inputs one after the other are classified on all cores; what comes out, and in
    // which order, is what one at a time gives: every fixture (plain, compressed, archives,
    // encodings, a directory, a missing file), pasted bytes between them, three times over.
    void batchesOfSmallInputsEqualOneAtATime()
    {
        QList<RunInput> inputs;
        const QDir data(QStringLiteral(EKYC_TEST_DATA "/classify"));
        const QStringList names = data.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(names.size() > 40);
        for (int round = 0; round < 3; ++round) {
            for (const QString &name : names)
                inputs.append(RunInput::file(data.filePath(name)));
            inputs.append(RunInput::file(data.filePath(QStringLiteral("missing.log"))));
            inputs.append(RunInput::bytes("GetFaceIdResultIntl {\"Result\":\"2016\"}\n", QStringLiteral("pasted text")));
        }
        ClassifyOptions oneThread;
        oneThread.threads = 1;
        const Report expected = ClassifyRun(m_classifier, oneThread).report(inputs);
        QCOMPARE(json(ClassifyRun(m_classifier, ClassifyOptions()).report(inputs), m_catalog),
            json(expected, m_catalog));

        QStringList labels;
        ClassifyRun perInput(m_classifier, ClassifyOptions());
        perInput.setProgress([&](const ClassifyProgress &p) { labels << p.label; }, 60000);
        const QList<Report> reports = perInput.reports(inputs);
        const QList<Report> expectedReports = ClassifyRun(m_classifier, oneThread).reports(inputs);
        QCOMPARE(reports.size(), inputs.size());
        for (int i = 0; i < reports.size(); ++i)
            QCOMPARE(json(reports.at(i), m_catalog), json(expectedReports.at(i), m_catalog));
        labels.removeDuplicates();
        QCOMPARE(labels.size(), names.size() + 2); // every input named, the archives' members too
    }

    // The CLI's formats print each file's summary (JSONL its events too): a run that drops the
    // rest of each file once it is added writes the same report, in every format.
    void withoutFileDetailsTheReportReadsTheSame_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("table") << int(ReportFormat::Table);
        QTest::newRow("json") << int(ReportFormat::Json);
        QTest::newRow("jsonl") << int(ReportFormat::Jsonl);
        QTest::newRow("csv") << int(ReportFormat::Csv);
    }
    void withoutFileDetailsTheReportReadsTheSame()
    {
        QFETCH(int, format);
        const QDir data(QStringLiteral(EKYC_TEST_DATA "/classify"));
        QList<RunInput> inputs;
        for (const QString &name : data.entryList(QDir::Files, QDir::Name))
            inputs.append(RunInput::file(data.filePath(name)));
        ClassifyOptions kept;
        kept.keepEvents = ReportFormat(format) == ReportFormat::Jsonl;
        ClassifyOptions dropped = kept;
        dropped.keepFileDetails = false;
        const Report withDetails = ClassifyRun(m_classifier, kept).report(inputs);
        const Report without = ClassifyRun(m_classifier, dropped).report(inputs);
        auto written = [&](const Report &report) {
            QByteArray out;
            QTextStream stream(&out);
            writeReport(stream, report, m_catalog, ReportFormat(format), true);
            stream.flush();
            return out;
        };
        QCOMPARE(written(without), written(withDetails));
        qsizetype groups = 0;
        for (const FileResult &f : without.files)
            groups += f.groups.size() + f.timeline.series.size();
        if (kept.keepEvents)
            QVERIFY(groups > 0); // JSONL's events name their groups: kept
        else
            QCOMPARE(groups, 0);
    }

    // The CLI's JSON and JSONL: each input's part written as it is handed on (in argument order,
    // archives' members and failed inputs included), none kept; the same text as a kept report
    // written at the end. Many inputs, so that a batch classifies them on all cores.
    void filesWrittenAsTheyComeReadTheSame_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json") << int(ReportFormat::Json);
        QTest::newRow("jsonl") << int(ReportFormat::Jsonl);
    }
    void filesWrittenAsTheyComeReadTheSame()
    {
        QFETCH(int, format);
        const QDir data(QStringLiteral(EKYC_TEST_DATA "/classify"));
        QStringList inputs;
        for (int round = 0; round < 3; ++round) {
            for (const QString &name : data.entryList(QDir::Files, QDir::Name))
                inputs.append(data.filePath(name));
            inputs.append(data.filePath(QStringLiteral("no-such-file.log")));
        }
        ClassifyOptions options;
        options.keepEvents = ReportFormat(format) == ReportFormat::Jsonl;
        options.threads = 2;
        const Report kept = m_classifier.run(inputs, options);
        QByteArray expected;
        QTextStream expectedStream(&expected);
        writeReport(expectedStream, kept, m_catalog, ReportFormat(format));
        expectedStream.flush();

        QByteArray streamed;
        QTextStream stream(&streamed);
        ReportStreamWriter writer(stream, ReportFormat(format), m_classifier.emptyReport());
        QStringList paths;
        const Report totals = m_classifier.run(inputs, options, [&](const FileResult &file) {
            paths.append(file.summary.path);
            writer.addFile(file);
        });
        writer.finish(totals);
        stream.flush();
        QVERIFY(totals.files.isEmpty());
        QCOMPARE(paths.size(), kept.files.size());
        for (qsizetype i = 0; i < paths.size(); ++i)
            QCOMPARE(paths.at(i), kept.files.at(i).summary.path);
        QCOMPARE(streamed, expected);
        QVERIFY(expected.contains(ReportFormat(format) == ReportFormat::Json ? "no-such-file.log" : "bundle.zip!"));
    }

    // A batch's file counts as read only when its read gave exactly the size it was given; the
    // rest (grown, shrunk, missing, a directory, too large, no size) is left to the usual read.
    // Each case stands between ordinary files of the same batch, which are read all the same.
    void batchReaderReadsWholeFilesOnly_data()
    {
        QTest::addColumn<QByteArray>("content"); // what the file holds ("<dir>": a directory, "<none>": missing)
        QTest::addColumn<qint64>("size");        // the size the reader is given
        QTest::addColumn<bool>("read");
        QTest::newRow("exact") << QByteArray("GetFaceIdResultIntl {\"Result\":\"2016\"}\n") << qint64(38) << true;
        QTest::newRow("empty") << QByteArray() << qint64(0) << true;
        QTest::newRow("grew since measured") << QByteArray("0123456789") << qint64(4) << false;
        QTest::newRow("shrank since measured") << QByteArray("0123") << qint64(10) << false;
        QTest::newRow("missing") << QByteArray("<none>") << qint64(4) << false;
        QTest::newRow("a directory") << QByteArray("<dir>") << qint64(0) << false;
        QTest::newRow("larger than MaxSize") << QByteArray(BatchReader::MaxSize + 1, 'x') << BatchReader::MaxSize + 1 << false;
        QTest::newRow("no size") << QByteArray("0123") << qint64(-1) << false;
    }
    void batchReaderReadsWholeFilesOnly()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, size);
        QFETCH(bool, read);
        BatchReader reader(7);
        if (!reader.isValid())
            QSKIP("no io_uring here: the batch reader reads nothing, every input is read one by one");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<BatchReader::File> files(7);
        for (int i = 0; i < 7; ++i) {
            const QString path = dir.filePath(QStringLiteral("%1.log").arg(i));
            QByteArray bytes = QByteArray("line ") + QByteArray::number(i) + '\n';
            files[size_t(i)].path = QFile::encodeName(path);
            files[size_t(i)].size = bytes.size();
            if (i == 3) {
                bytes = content;
                files[size_t(i)].size = size;
                if (content == "<dir>") {
                    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("3.log")));
                    continue;
                }
                if (content == "<none>")
                    continue;
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), qint64(bytes.size()));
        }
        reader.read(files);
        QVERIFY(reader.isValid());
        for (int i = 0; i < 7; ++i) {
            const BatchReader::File &f = files[size_t(i)];
            if (i == 3) {
                QCOMPARE(f.read, read);
                QCOMPARE(f.bytes, read ? content : QByteArray());
            } else {
                QVERIFY(f.read);
                QCOMPARE(f.bytes, QByteArray("line ") + QByteArray::number(i) + '\n');
            }
        }
    }

    // A reader whose io_uring set-up fails (here: more entries than the kernel takes; elsewhere
    // a sandbox that forbids io_uring) closes no descriptor on its way out: it closed descriptor
    // 0, which, with standard input closed, was another input's, and the batch lost inputs.
    void failedBatchReaderClosesNothing()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("held.log")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const int saved = ::dup(0); // -1 when standard input is closed
        QCOMPARE(::dup2(file.handle(), 0), 0);
        {
            const BatchReader reader(1 << 20);
            QVERIFY(!reader.isValid());
        }
        const bool stillOpen = ::fcntl(0, F_GETFD) != -1;
        if (saved >= 0) {
            ::dup2(saved, 0);
            ::close(saved);
        } else {
            ::close(0);
        }
        QVERIFY(stillOpen);
    }

    // A syslog time takes its input's modification year (§8), also when a batch of small inputs
    // is read together (the year then comes from the stat() that measured each).
    void batchReadInputsKeepTheirModificationYear()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<RunInput> inputs;
        QStringList expected;
        for (int i = 0; i < 40; ++i) {
            const QString path = dir.filePath(QStringLiteral("%1.log").arg(i, 2, 10, QLatin1Char('0')));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.write("May  1 12:00:00 h GetFaceIdResultIntl Result=2016\n") > 0);
            QVERIFY(f.flush()); // before the time is set: a write after it would set it again
            const int year = 2015 + i % 10;
            QVERIFY(f.setFileTime(QDateTime(QDate(year, 6, 1), QTime(12, 0), Qt::UTC), QFileDevice::FileModificationTime));
            f.close();
            inputs.append(RunInput::file(path));
            expected << QStringLiteral("%1-05-01T12:00:00").arg(year);
        }
        ClassifyOptions options;
        options.threads = 2;
        const Report report = ClassifyRun(m_classifier, options).report(inputs);
        QStringList times;
        for (const FileResult &f : report.files)
            times << timestamps::text(f.summary.firstTime);
        QCOMPARE(times, expected);
    }

    // Each input keeps what the user said about it; bytes sit beside files.
    void perInputProductAndBytes()
    {
        const QByteArray text("{\"Response\":{\"ErrorCode\":2016,\"RequestId\":\"x\"}}\n");
        RunInput pasted = RunInput::bytes(text, QStringLiteral("pasted text"));
        pasted.product = Product::H5;
        pasted.assumeEkyc = true;
        const QList<Report> reports
            = ClassifyRun(m_classifier, ClassifyOptions()).reports({ pasted, RunInput::file(fixture("app-sdk.log")) });
        QCOMPARE(reports.size(), 2);
        const FileSummary &first = reports.at(0).files.constFirst().summary;
        QCOMPARE(first.path, QStringLiteral("pasted text"));
        QCOMPARE(first.product, std::optional<Product>(Product::H5));
        QCOMPARE(reports.at(0).counts.size(), 1);
        QCOMPARE(reports.at(0).counts.constFirst().code, QStringLiteral("2016"));
        QCOMPARE(reports.at(1).files.constFirst().summary.productSource, ProductSource::Actions);
    }

    // Throttled progress still names every input as it starts, and knows how many there are.
    void throttledProgressAnnouncesEachInput()
    {
        QStringList labels;
        int count = 0;
        ClassifyRun run(m_classifier, ClassifyOptions());
        run.setProgress(
            [&](const ClassifyProgress &p) {
                if (labels.isEmpty() || labels.constLast() != p.label)
                    labels << p.label;
                count = p.inputCount;
            },
            60000);
        run.reports(RunInput::files({ fixture("h5-web.log"), fixture("app-sdk.log") }));
        QCOMPARE(labels, QStringList({ fixture("h5-web.log"), fixture("app-sdk.log") }));
        QCOMPARE(count, 2);
    }

    // A cancel before the run reads nothing; one during the first input stops after it.
    void cancelStopsAfterTheInterruptedInput()
    {
        std::atomic<bool> cancel { true };
        ClassifyRun before(m_classifier, ClassifyOptions());
        before.setCancel(&cancel);
        QVERIFY(before.reports(RunInput::files({ fixture("h5-web.log") })).isEmpty());
        QVERIFY(before.wasCancelled());

        cancel = false;
        ClassifyRun during(m_classifier, ClassifyOptions());
        during.setCancel(&cancel);
        during.setProgress([&](const ClassifyProgress &) { cancel = true; });
        const QList<Report> reports = during.reports(RunInput::files({ fixture("h5-web.log"), fixture("app-sdk.log") }));
        QCOMPARE(reports.size(), 1);
        QVERIFY(during.wasCancelled());
    }

    // The same when small inputs are classified on all cores: inputs the helpers finished after
    // the interrupted one are not handed on.
    void cancelDuringSmallInputsStopsAfterTheInterruptedInput()
    {
        std::atomic<bool> cancel { false };
        ClassifyRun run(m_classifier, ClassifyOptions());
        run.setCancel(&cancel);
        int calls = 0;
        run.setProgress(
            [&](const ClassifyProgress &p) {
                if (++calls == 1)
                    QCOMPARE(p.input, 0);
                cancel = true;
            },
            60000);
        QList<RunInput> inputs;
        for (int i = 0; i < 200; ++i)
            inputs.append(RunInput::file(fixture(i % 2 ? "h5-web.log" : "app-sdk.log")));
        const QList<Report> reports = run.reports(inputs);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().files.constFirst().summary.path, fixture("app-sdk.log"));
        QVERIFY(run.wasCancelled());
    }
};

QTEST_GUILESS_MAIN(TestClassifyRun)
#include "tst_classifyrun.moc"
