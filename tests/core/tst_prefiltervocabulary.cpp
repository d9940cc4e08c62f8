// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every word of the rules' vocabulary (src/core/keys.h and the catalog's actions) makes its
// line a candidate, wherever it stands in a block, with every build of the candidate scan this
// processor runs: the keys in every spelling, the context words, every action, and the line
// ends the exact scanner must see. The rows are derived from keys.h and the catalog, so a new
// key or word is walked without touching this file.
#include "core/candidatescan.h"
#include "core/catalogloader.h"
#include "core/codeindex.h"
#include "core/keys.h"
#include "core/prefilter.h"

#include <QSet>
#include <QTest>

using namespace ekyc;

namespace {

QByteArray bytesOf(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

QByteArray lowerFirst(QByteArray word)
{
    word[0] = keys::lower(word.at(0));
    return word;
}

const char *levelName(candidatescan::Level level)
{
    switch (level) {
    case candidatescan::Level::Scalar:
        return "scalar";
    case candidatescan::Level::Sse2:
        return "SSE2";
    case candidatescan::Level::Avx2:
        return "AVX2";
    case candidatescan::Level::Avx512Vbmi:
        return "AVX-512 VBMI";
    }
    return "?";
}

QList<candidatescan::Level> levels()
{
    QList<candidatescan::Level> out;
    for (int l = 0; l <= int(candidatescan::supportedLevel()); ++l)
        out << candidatescan::Level(l);
    return out;
}

} // namespace

class TestPrefilterVocabulary : public QObject
{
    Q_OBJECT

    const CodeIndex m_index{CatalogLoader::builtIn()};
    const Prefilter m_filter{m_index};

private slots:
    void initTestCase()
    {
        QVERIFY2(m_filter.isValid(), qPrintable(m_filter.error()));
        QVERIFY(m_index.actionCount() > m_index.productActionCount()); // other services' actions too
        qInfo("SIMD levels run here: up to %s", levelName(candidatescan::supportedLevel()));
    }

    void lineIsCandidateAtEveryOffset_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("candidate");

        // The keys as listed, with a lower-case first letter (R2), and in other spellings (class
        // C occurrences): each in JSON and key=value shapes. The plain key's numeric values are
        // statuses, so it gets a word.
        for (const keys::CodeKey &key : keys::codeKeys) {
            const QByteArray name = bytesOf(key.name);
            QSet<QByteArray> spellings;
            for (const QByteArray &spelling : {name, lowerFirst(name), name.toUpper(), name.toLower()}) {
                if (spellings.contains(spelling))
                    continue;
                spellings.insert(spelling);
                const QByteArray value = key.plainCode ? "Success" : "1001";
                QTest::addRow("key %s json", spelling.constData()) << QByteArray("{\"" + spelling + "\":\"" + value + "\"}") << true;
                QTest::addRow("key %s =", spelling.constData()) << QByteArray("at " + spelling + '=' + value) << true;
                if (key.givesContext) {
                    // Context whatever the value (R3 a): empty, null, nothing at all.
                    QTest::addRow("key %s empty", spelling.constData()) << QByteArray("{\"" + spelling + "\":\"\"}") << true;
                    QTest::addRow("key %s null", spelling.constData()) << QByteArray("{\"" + spelling + "\": null}") << true;
                    QTest::addRow("key %s = nothing", spelling.constData()) << QByteArray("x " + spelling + " =") << true;
                } else {
                    QTest::addRow("key %s empty", spelling.constData()) << QByteArray("{\"" + spelling + "\":\"\"}") << false;
                }
            }
            QTest::addRow("key %s, no separator", name.constData()) << QByteArray("the " + name + " is") << false;
            QTest::addRow("key %s, part of a word", name.constData()) << QByteArray("{\"X" + name + "\":\"1001\"}") << false;
        }
        QTest::newRow("plain key, number") << QByteArray("{\"code\":200,\"msg\":\"ok\"}") << false;
        QTest::newRow("plain key, number after =") << QByteArray("Code=1001") << false;

        // Context words as written and, where R2 allows, with a lower-case first letter.
        for (const keys::ContextWord &word : keys::contextWords) {
            const QByteArray name = bytesOf(word.name);
            QTest::addRow("word %s", name.constData()) << QByteArray("--" + name + " 4A7E7CE1") << true;
            QTest::addRow("word %s quoted", name.constData()) << QByteArray("{\"" + name + "\":\"x\"}") << true;
            if (word.bothSpellings)
                QTest::addRow("word %s lower first", name.constData()) << QByteArray("--" + lowerFirst(name) + " 4A7E") << true;
            if (name.toUpper() != name)
                QTest::addRow("word %s upper", name.constData()) << QByteArray("--" + name.toUpper() + " 4A7E") << false;
        }

        // Every action name, the products' and other services' (R4).
        for (int id = 0; id < m_index.actionCount(); ++id) {
            const QByteArray &name = m_index.actionName(id);
            QTest::addRow("action %s", name.constData()) << QByteArray("call " + name + " done") << true;
        }

        // R1: a last non-blank '\' continues the logical line; record openers as before.
        QTest::newRow("backslash") << QByteArray("$ tccli cvm Run --cli-unfold-argument \\") << true;
        QTest::newRow("backslash alone") << QByteArray("\\") << true;
        QTest::newRow("backslash, blanks") << QByteArray("--Region ap-singapore \\ \t\r") << true;
        QTest::newRow("backslash inside") << QByteArray("path C:\\temp\\x y") << false;
        QTest::newRow("backslash, then text") << QByteArray("a \\ b") << false;
        QTest::newRow("brace") << QByteArray("response {") << true;
        QTest::newRow("bracket, blanks") << QByteArray("list [ \r") << true;
        QTest::newRow("closed") << QByteArray("{}") << false;
    }

    // The line, preceded by `at` bytes of other lines, for `at` across three 64-byte steps (and
    // so six 32-byte ones): it alone is a candidate, or no line is.
    void lineIsCandidateAtEveryOffset()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, candidate);
        Prefilter::Scratch scratch(m_filter);
        for (candidatescan::Level level : levels()) {
            for (int at = 0; at < 200; ++at) {
                QByteArray bytes = QByteArray(at, 'x');
                for (int i = 60; i < at; i += 61)
                    bytes[i] = '\n'; // lines of their own before
                if (!bytes.isEmpty() && !bytes.endsWith('\n'))
                    bytes += ' ';
                const qint64 start = bytes.lastIndexOf('\n') + 1;
                const qint64 lineIndex = bytes.count('\n');
                bytes += line + '\n';
                bytes += QByteArray(300 - bytes.size() % 64, 'z') + '\n';
                Prefilter::BlockInfo info;
                m_filter.scan(bytes.constData(), bytes.size(), scratch, &info, level);
                QList<qint64> got;
                for (const Prefilter::Candidate &c : info.candidates)
                    got << c.start << c.lineIndex;
                const QList<qint64> expected = candidate ? QList<qint64>{start, lineIndex} : QList<qint64>{};
                QVERIFY2(got == expected, qPrintable(QStringLiteral("%1, %2 bytes before").arg(QLatin1String(levelName(level))).arg(at)));
                QCOMPARE(info.newlines, qint64(bytes.count('\n')));
            }
        }
    }

    // Above and below the 64 prefixes LiteralSet::optimize() regroups: the catalog with its
    // context words and other actions still fits, so its buckets are the optimized ones.
    void literalPrefixesFitTheOptimizer()
    {
        QSet<QByteArray> prefixes;
        for (int id = 0; id < m_index.actionCount(); ++id)
            prefixes.insert(m_index.actionName(id).left(candidatescan::LiteralSet::Width));
        for (const keys::ContextWord &word : keys::contextWords) {
            prefixes.insert(bytesOf(word.name).left(candidatescan::LiteralSet::Width));
            prefixes.insert(lowerFirst(bytesOf(word.name)).left(candidatescan::LiteralSet::Width));
        }
        for (const QString &category : m_index.catalog().categories())
            prefixes.insert((category.toUtf8() + '.').left(candidatescan::LiteralSet::Width));
        QVERIFY2(prefixes.size() <= candidatescan::LiteralSet::MaxOptimized, qPrintable(QString::number(prefixes.size())));
    }
};

QTEST_GUILESS_MAIN(TestPrefilterVocabulary)
#include "tst_prefiltervocabulary.moc"
