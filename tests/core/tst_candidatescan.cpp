// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SIMD builds of the candidate scan must agree with the scalar one, byte for byte.
#include "core/candidatescan.h"
#include "core/prefilter.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace ekyc;

namespace {

bool noKey(const char *, qint64, qint64) { return false; }

// Every build this processor runs, slowest first.
QList<candidatescan::Level> levels()
{
    QList<candidatescan::Level> out;
    for (int l = 0; l <= int(candidatescan::supportedLevel()); ++l)
        out << candidatescan::Level(l);
    return out;
}

QList<qint64> flatten(const candidatescan::Result &r)
{
    QList<qint64> out;
    for (const candidatescan::Candidate &c : *r.candidates)
        out << c.start << c.lineIndex;
    out << r.newlines << (r.ascii ? 1 : 0) << (r.nul ? 1 : 0);
    return out;
}

} // namespace

class TestCandidateScan : public QObject
{
    Q_OBJECT

private slots:
    void buildsAgree_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("keys");
        const QDir dir(QStringLiteral(EKYC_TEST_DATA "/classify"));
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QTest::addRow("%s", qPrintable(info.fileName())) << bytes << true;
            QTest::addRow("%s, no keys", qPrintable(info.fileName())) << bytes << false;
        }
        // Random bytes drawn from the characters that matter, at every length up to 200.
        QRandomGenerator rng(42);
        const QByteArray alphabet("\n\n\r\t {[\\ODEodeSULsul\0\x80x", 23);
        for (int length = 0; length < 200; length += 7) {
            QByteArray bytes;
            for (int i = 0; i < length; ++i)
                bytes += alphabet.at(int(rng.bounded(alphabet.size())));
            QTest::addRow("random %d", length) << bytes << true;
        }
    }
    void buildsAgree()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, keys);
        const std::vector<qint64> extra = {bytes.size() / 2};
        std::vector<candidatescan::Candidate> a, c;
        candidatescan::Result ra{&a, 0, true}, rc{&c, 0, true};
        // The wide builds may drop hits the key check would reject anyway; with the real check
        // (or none) every build must list the same lines.
        candidatescan::Options options;
        options.keyCheck = keys ? Prefilter::isKeyCandidate : noKey;
        const std::vector<qint64> none;
        const std::vector<qint64> &literals = bytes.isEmpty() ? none : extra;
        candidatescan::scan(candidatescan::Level::Scalar, bytes.constData(), bytes.size(), literals, options, &ra);
        QCOMPARE(ra.newlines, qint64(bytes.count('\n')));
        for (candidatescan::Level level : levels()) {
            candidatescan::scan(level, bytes.constData(), bytes.size(), literals, options, &rc);
            QVERIFY2(flatten(rc) == flatten(ra), qPrintable(QStringLiteral("level %1").arg(int(level))));
        }
    }

    // With literal tables, the wide build must find a literal wherever it stands: in the first
    // bytes, in the middle, in the tail, across step edges.
    void literalsFoundAnywhere()
    {
        if (!candidatescan::matchesLiterals())
            QSKIP("this processor's build leaves literals to Vectorscan");
        candidatescan::LiteralSet literals;
        QVERIFY(literals.add("FailedOperation."));
        QVERIFY(literals.add("GetFaceIdResultIntl"));
        QVERIFY(literals.add("faceid")); // shorter than the tables' width: any byte after it
        QVERIFY(!literals.add("Abc"));
        candidatescan::Options options;
        options.keyCheck = noKey;
        options.literals = &literals;
        for (const char *literal : {"FailedOperation.X", "GetFaceIdResultIntl", "faceid"}) {
            for (int length : {20, 40, 71, 72, 100, 150, 300}) {
                for (int at = 0; at + int(qstrlen(literal)) <= length; ++at) {
                    QByteArray bytes(length, 'x');
                    bytes.replace(at, int(qstrlen(literal)), literal);
                    std::vector<candidatescan::Candidate> out;
                    candidatescan::Result r{&out, 0, true};
                    candidatescan::scan(bytes.constData(), bytes.size(), {}, options, &r);
                    QVERIFY2(out.size() == 1, qPrintable(QStringLiteral("length %1, at %2").arg(length).arg(at)));
                }
            }
        }
        // Near misses are not candidates.
        QByteArray bytes(200, 'x');
        bytes.replace(50, 16, "FailedOperation,");
        std::vector<candidatescan::Candidate> out;
        candidatescan::Result r{&out, 0, true};
        candidatescan::scan(bytes.constData(), bytes.size(), {}, options, &r);
        QCOMPARE(out.size(), size_t(0));
    }

    // matchAt() finds each literal among those of its bucket that share its first bytes, with
    // the buckets as add() makes them and as optimize() makes them again; a literal cut short
    // or with its last byte changed is not found.
    void everyLiteralMatched_data()
    {
        QTest::addColumn<bool>("optimized");
        QTest::newRow("added") << false;
        QTest::newRow("optimized") << true;
    }
    void everyLiteralMatched()
    {
        QFETCH(bool, optimized);
        // More start bytes than buckets, added against their order, some sharing five bytes.
        QList<QByteArray> words = {"ZetaCall", "Zeta.", "LivenessCompare", "Liveness", "GetFaceIdTokenIntl",
                                   "GetFaceIdToken", "GetFaceIdResultIntl", "FailedOperation.", "DetectAuth",
                                   "CompareFaceLiveness", "BizToken", "Apply"};
        for (char c = 'Z'; c >= 'A'; --c) // alike: many share a bucket
            words << QByteArray("Word") + c + "Tail";
        candidatescan::LiteralSet literals;
        for (const QByteArray &word : words)
            QVERIFY(literals.add(word));
        if (optimized)
            literals.optimize();
        const std::uint8_t all = (1u << candidatescan::LiteralSet::Buckets) - 1;
        for (const QByteArray &word : words) {
            const QByteArray at = "x " + word + "!";
            QVERIFY2(literals.matchAt(at.constData(), at.size(), 2, all), word.constData());
            if (std::any_of(words.begin(), words.end(), [&](const QByteArray &w) { return w != word && word.startsWith(w); }))
                continue; // "Liveness" is found in "LivenessCompar#"
            QByteArray changed = at;
            changed[at.size() - 2] = '#';
            QVERIFY2(!literals.matchAt(changed.constData(), changed.size(), 2, all), changed.constData());
            QVERIFY2(!literals.matchAt(at.constData(), at.size() - 2, 2, all), word.constData()); // cut short
        }
    }

    // The wide builds look at 64 bytes at a time and put a quick filter in front of the full
    // look: each thing that makes a line a candidate must be found at every offset across a
    // step's edges, and what the scalar build rejects must stay rejected (the same list).
    void buildsAgreeAtEveryOffset_data()
    {
        QTest::addColumn<QByteArray>("snippet");
        QTest::newRow("error code key") << QByteArray("\"ErrorCode\":\"1001\"");
        QTest::newRow("plain code key") << QByteArray("code:FailedOperation.X");
        QTest::newRow("plain code, numeric") << QByteArray("{\"code\":200}");
        QTest::newRow("plain code, number after =") << QByteArray("code=1001");
        QTest::newRow("r before code") << QByteArray("ERRCODE=1");
        QTest::newRow("status code") << QByteArray("StatusCode=503");
        QTest::newRow("codec") << QByteArray("codec=h264");
        QTest::newRow("result key") << QByteArray("'Result': 'Success'");
        QTest::newRow("results") << QByteArray("CompareResults=1");
        QTest::newRow("liveness error code") << QByteArray("LivenessErrorCode: 1004");
        QTest::newRow("opener") << QByteArray("data {\n");
        QTest::newRow("opener, blanks") << QByteArray("[ \t\r\n");
        QTest::newRow("continued") << QByteArray("--cli-unfold-argument \\\n");
        QTest::newRow("continued, blanks") << QByteArray("\\ \t\r\n");
        QTest::newRow("backslash inside") << QByteArray("C:\\temp\\x");
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("gb18030 before key") << QByteArray("\x81" "0code=1");
        QTest::newRow("gb18030 trail before key") << QByteArray("\x81" "Acode=X");
        QTest::newRow("gb18030 before joined key") << QByteArray("\x81" "AErrorCode=1001");
        QTest::newRow("gb18030 before long word") << "\x81" "0" + QByteArray(40, 'a') + "code=1";
        QTest::newRow("high byte") << QByteArray("caf\xc3\xa9" " code=X");
        QTest::newRow("chinese before key") << QByteArray("\xe4\xb8\xad\xe6\x96\x87" "code=X");
        QTest::newRow("chinese after key") << QByteArray("\"ErrorCode\":1001\xe4\xb8\xad");
        const QByteArray chinese = QByteArray("\xe4\xb8\xad\xe6\x96\x87").repeated(15); // 90 bytes
        QTest::newRow("chinese run, blank, key") << chinese + " \"Result\":\"1001\"";
        QTest::newRow("chinese run, key") << chinese + "LivenessErrorCode=1001";
        QTest::newRow("chinese run, opener") << chinese + "{\n";
        QTest::newRow("chinese run, literal") << chinese + "FailedOperation.X";
    }
    void buildsAgreeAtEveryOffset()
    {
        QFETCH(QByteArray, snippet);
        candidatescan::Options options;
        options.keyCheck = Prefilter::isKeyCandidate;
        // Once a block has had a byte >= 0x80, the AVX-512 build reads such bytes differently:
        // each snippet also after a first line of Chinese text.
        for (const QByteArray &firstLine : {QByteArray(), QByteArray("\xe4\xb8\xad\xe6\x96\x87\n")}) {
            for (int at = 0; at < 200; ++at) {
                QByteArray bytes = QByteArray(at, 'x') + ' ' + snippet + " y\n";
                bytes += QByteArray(300 - bytes.size() % 64, 'z') + '\n';
                for (int i = 60; i < at; i += 61)
                    bytes[i] = '\n'; // lines of their own before the snippet
                bytes.prepend(firstLine);
                std::vector<candidatescan::Candidate> a, c;
                candidatescan::Result ra{&a, 0, true}, rc{&c, 0, true};
                candidatescan::scanScalar(bytes.constData(), bytes.size(), {}, options, &ra);
                for (candidatescan::Level level : levels()) {
                    candidatescan::scan(level, bytes.constData(), bytes.size(), {}, options, &rc);
                    QVERIFY2(flatten(rc) == flatten(ra),
                             qPrintable(QStringLiteral("level %1, at %2, first line %3").arg(int(level)).arg(at).arg(firstLine.size())));
                }
            }
        }
    }

    void findsWhatMatters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::newRow("key") << QByteArray("aaa\nx ErrorCode=1\nbbb\n") << QList<qint64>{4};
        QTest::newRow("status code is no key") << QByteArray("aaa\nx StatusCode=FailedOperation.X\nbbb\n") << QList<qint64>{};
        QTest::newRow("opener") << QByteArray("aaa\n{\nbbb\n") << QList<qint64>{4};
        QTest::newRow("opener, blanks") << QByteArray("aaa\nx [ \r\nbbb\n") << QList<qint64>{4};
        QTest::newRow("not an opener") << QByteArray("aaa\n{x\n{}\n") << QList<qint64>{};
        QTest::newRow("continued") << QByteArray("aaa\ntccli x \\\n  --y 1\n") << QList<qint64>{4};
        QTest::newRow("continued, blanks") << QByteArray("aaa\nx \\ \t\r\nbbb\n") << QList<qint64>{4};
        QTest::newRow("backslash inside") << QByteArray("aaa\nC:\\x\\y\n") << QList<qint64>{};
        QTest::newRow("nul") << QByteArray("aaa\nb\0b\nccc\n", 12) << QList<qint64>{4};
        QTest::newRow("two hits, one line") << QByteArray("x result=1 code:X\n") << QList<qint64>{0};
        // After a byte >= 0x80 the word may start with a GB18030 trail byte; not so far back.
        QTest::newRow("gb18030 trail before key") << QByteArray("aaa\nx \x81" "Acode=X\n") << QList<qint64>{4};
        QTest::newRow("utf-8 before key") << QByteArray("aaa\nx \xe6\x96\x87" "code=X\n") << QList<qint64>{4};
        QTest::newRow("trail, then a longer word") << QByteArray("aaa\nx \x81" "AAcode=X\n") << QList<qint64>{};
    }
    void findsWhatMatters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<qint64>, starts);
        std::vector<candidatescan::Candidate> out;
        candidatescan::Result r{&out, 0, true};
        candidatescan::Options options;
        options.keyCheck = Prefilter::isKeyCandidate;
        candidatescan::scan(bytes.constData(), bytes.size(), {}, options, &r);
        QList<qint64> got;
        for (const candidatescan::Candidate &c : out)
            got << c.start;
        QCOMPARE(got, starts);
    }
};

QTEST_GUILESS_MAIN(TestCandidateScan)
#include "tst_candidatescan.moc"
