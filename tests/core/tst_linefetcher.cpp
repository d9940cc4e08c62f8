// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading lines back by number: the numbers must be the classifier's, in every kind of input.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/linefetcher.h"

#include <QTemporaryDir>
#include <QFile>

#include <algorithm>
#include <QTest>

using namespace ekyc;

namespace {

struct Fetched
{
    QList<qint64> numbers;
    QStringList texts;
};

Fetched fetch(const LineFetcher &fetcher, const QString &input, const QString &label, const std::vector<qint64> &lines,
              QString *error, int stopAfter = -1)
{
    Fetched out;
    *error = fetcher.fetch(input, label, lines, [&](qint64 line, const QString &text) {
        out.numbers << line;
        out.texts << text;
        return stopAfter < 0 || out.numbers.size() < stopAfter;
    });
    return out;
}

} // namespace

class TestLineFetcher : public QObject
{
    Q_OBJECT

    Classifier m_classifier{CatalogLoader::builtIn()};
    QTemporaryDir m_dir;

private slots:
    // Every event the classifier keeps, read back: its line holds its code.
    void everyEventLineHoldsItsCode_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *name : {"h5-web.log", "app-sdk.log", "records.log", "tccli-pretty.log", "crlf.log",
                                 "utf16le.log", "utf16be.log", "gbk-mixed.log", "gbk-trail.log", "nul-padding.log",
                                 "escaped-json.log", "app.log.gz", "rotated.log.1", "bundle.zip", "long-record.log",
                                 "unknown.log", "ambiguous.log"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyEventLineHoldsItsCode()
    {
        QFETCH(QString, fixture);
        const QString path = QStringLiteral(EKYC_TEST_DATA "/classify/") + fixture;
        ClassifyOptions options;
        options.keepEvents = true;
        const Report report = m_classifier.run({path}, options);
        int checked = 0;
        for (const FileResult &file : report.files) {
            QVERIFY2(file.summary.error.isEmpty(), qPrintable(file.summary.error));
            std::vector<qint64> lines;
            for (const CompactEvent &e : file.events)
                lines.push_back(e.line);
            QString error;
            const Fetched got = fetch(LineFetcher(), path, file.summary.path, lines, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(got.numbers.size(), qsizetype(lines.size()));
            for (size_t i = 0; i < lines.size(); ++i) {
                QCOMPARE(got.numbers.at(qsizetype(i)), lines[i]);
                const QString code = file.groups.at(file.events[i].group).code;
                QVERIFY2(got.texts.at(qsizetype(i)).contains(code),
                         qPrintable(QStringLiteral("line %1 lacks %2: %3").arg(lines[i]).arg(code, got.texts.at(qsizetype(i)))));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void textIsDecodedAndStripped()
    {
        QString error;
        // CRLF: the CR is dropped; the last line has no line end and still counts.
        const QString crlf = QStringLiteral(EKYC_TEST_DATA "/classify/crlf.log");
        Fetched got = fetch(LineFetcher(), crlf, crlf, {1, 2}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(got.texts.at(0), QStringLiteral("# Windows service log: CRLF line ends, the last line has none"));
        QCOMPARE(got.texts.at(1), QStringLiteral("2023-07-05 19:30:00 INFO GetWebVerificationResultIntl ErrorCode=0"));

        // A GBK line amid UTF-8 is decoded, not shown as mojibake.
        const QString gbk = QStringLiteral(EKYC_TEST_DATA "/classify/gbk-trail.log");
        ClassifyOptions options;
        options.keepEvents = true;
        const Report report = m_classifier.run({gbk}, options);
        got = fetch(LineFetcher(), gbk, gbk, {report.files.at(0).events.at(0).line}, &error);
        QVERIFY(error.isEmpty());
        QVERIFY2(got.texts.at(0).contains(QString::fromUtf8("狀態Result=2016")), qPrintable(got.texts.at(0)));
    }

    void pastedText()
    {
        const QByteArray text = "first\r\nsecond Result=2016\n\nfourth without end";
        QList<qint64> numbers;
        QStringList texts;
        const QString error = LineFetcher().fetchText(text, {2, 3, 4}, [&](qint64 line, const QString &t) {
            numbers << line;
            texts << t;
            return true;
        });
        QVERIFY(error.isEmpty());
        QCOMPARE(numbers, (QList<qint64>{2, 3, 4}));
        QCOMPARE(texts, (QStringList{QStringLiteral("second Result=2016"), QString(), QStringLiteral("fourth without end")}));
    }

    void longLineIsAnExcerptAroundTheCode()
    {
        QByteArray line(3 << 20, 'x'); // longer than a LineReader segment
        line.replace(2 << 20, 14, "ErrorCode=1001");
        const QString path = m_dir.filePath(QStringLiteral("long.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("short\n" + line + "\nafter\n");
        file.close();
        LineFetcher fetcher;
        fetcher.setFocus(QStringLiteral("1001"));
        QString error;
        const Fetched got = fetch(fetcher, path, path, {2, 3}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(got.numbers, (QList<qint64>{2, 3}));
        QVERIFY(got.texts.at(0).size() <= LineFetcher::MaxLineChars + 2);
        QVERIFY(got.texts.at(0).contains(QStringLiteral("ErrorCode=1001")));
        QVERIFY(got.texts.at(0).startsWith(QChar(0x2026)));
        QVERIFY(got.texts.at(0).endsWith(QChar(0x2026)));
        QCOMPARE(got.texts.at(1), QStringLiteral("after"));
    }

    void sinkCanStopEarly()
    {
        const QString path = QStringLiteral(EKYC_TEST_DATA "/classify/records.log");
        QString error;
        const Fetched got = fetch(LineFetcher(), path, path, {1, 2, 3, 4}, &error, 2);
        QVERIFY(error.isEmpty());
        QCOMPARE(got.numbers, (QList<qint64>{1, 2}));
    }

    void changedOrMissingInputIsAnError_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("error");
        const QString crlf = QStringLiteral(EKYC_TEST_DATA "/classify/crlf.log");
        const QString zip = QStringLiteral(EKYC_TEST_DATA "/classify/bundle.zip");
        QTest::newRow("shorter") << crlf << crlf << "the input ends at line 15: it changed since it was classified";
        QTest::newRow("no such member") << zip << zip + "!gone.log" << zip + "!gone.log is no longer in the input";
        QTest::newRow("missing") << "/nonexistent/x.log" << "/nonexistent/x.log" << "cannot open: No such file or directory";
    }
    void changedOrMissingInputIsAnError()
    {
        QFETCH(QString, input);
        QFETCH(QString, label);
        QFETCH(QString, error);
        QString got;
        fetch(LineFetcher(), input, label, {1, 1000}, &got);
        QCOMPARE(got, error);
    }

    // A plain input keeps marks (about one per MiB) where lines start; read from them, lines
    // are the ones read from the input's start. Transcoded UTF-16 has none.
    void linesReadFromMarks_data()
    {
        QTest::addColumn<QByteArray>("bom");
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::addColumn<bool>("utf16");
        QTest::newRow("utf-8") << QByteArray() << QByteArray("\n") << false;
        QTest::newRow("utf-8 bom, crlf") << QByteArray("\xEF\xBB\xBF") << QByteArray("\r\n") << false;
        QTest::newRow("utf-16le") << QByteArray("\xFF\xFE") << QByteArray("\n") << true;
    }
    void linesReadFromMarks()
    {
        QFETCH(QByteArray, bom);
        QFETCH(QByteArray, lineEnd);
        QFETCH(bool, utf16);
        QByteArray text;
        for (int i = 1; text.size() < (3 << 20); ++i) {
            text += i % 97 == 0 ? "2023-07-05 GetFaceIdResultIntl Result=1001 n=" + QByteArray::number(i)
                                : "2023-07-05 INFO noise line n=" + QByteArray::number(i);
            text += lineEnd;
        }
        QByteArray bytes = bom;
        if (utf16) {
            const QString wide = QString::fromUtf8(text);
            bytes.append(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2);
        } else {
            bytes += text;
        }
        const QString path = m_dir.filePath(QStringLiteral("marks.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        ClassifyOptions options;
        options.keepEvents = true;
        const FileResult file = m_classifier.run({path}, options).files.value(0);
        QVERIFY(file.events.size() > 100);
        if (utf16) {
            QVERIFY(file.lineMarks.empty());
            return;
        }
        QVERIFY(file.lineMarks.size() >= 2);
        for (const LineMark &mark : file.lineMarks) {
            QCOMPARE(bytes.at(mark.offset - 1), '\n');
            QCOMPARE(bytes.left(mark.offset).count('\n'), mark.line - 1);
        }
        std::vector<qint64> lines;
        for (size_t i = file.events.size() - 3; i < file.events.size(); ++i)
            lines.push_back(file.events[i].line);
        lines.push_back(file.lineMarks.back().line); // a mark's own line
        std::sort(lines.begin(), lines.end());
        const qint64 lastEvent = file.events.back().line;
        QString error;
        const Fetched whole = fetch(LineFetcher(), path, path, lines, &error);
        QVERIFY(error.isEmpty());
        LineFetcher fromMarks;
        fromMarks.setMarks(file.lineMarks);
        const Fetched near = fetch(fromMarks, path, path, lines, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(near.numbers, whole.numbers);
        QCOMPARE(near.texts, whole.texts);
        QCOMPARE(near.numbers.size(), qsizetype(lines.size()));
        QVERIFY(near.texts.at(near.numbers.indexOf(lastEvent)).endsWith(QStringLiteral("n=%1").arg(lastEvent)));

        // A file that changed (no line starts at the mark any more) is read from its start.
        bytes.insert(0, "x");
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        const Fetched changed = fetch(fromMarks, path, path, {lastEvent}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(changed.texts, QStringList { whole.texts.at(whole.numbers.indexOf(lastEvent)) });
    }

    void cancelStops()
    {
        std::atomic<bool> cancel{true};
        const QString path = QStringLiteral(EKYC_TEST_DATA "/classify/records.log");
        int calls = 0;
        const QString error = LineFetcher().fetch(path, path, {1, 2}, [&](qint64, const QString &) {
            ++calls;
            return true;
        }, &cancel);
        QVERIFY(error.isEmpty());
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestLineFetcher)
#include "tst_linefetcher.moc"
