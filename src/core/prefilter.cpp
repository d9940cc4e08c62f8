// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "prefilter.h"

#include "linereader.h"
#include "linescanner.h"

#include <hs/hs.h>

#include <QSet>

#include <algorithm>
#include <cstring>


namespace ekyc {

namespace {

// A literal as a Vectorscan expression: every byte that is not a letter or digit escaped.
QByteArray literal(const QByteArray &text)
{
    QByteArray out;
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if ((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z'))
            out += c;
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out;
}

int onMatch(unsigned int, unsigned long long, unsigned long long to, unsigned int, void *context)
{
    static_cast<std::vector<qint64> *>(context)->push_back(qint64(to) - 1);
    return 0;
}

bool isWordByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// LineDecoder leaves NUL padding out before it judges a line, so a NUL between the bytes of
// one UTF-8 character does not make the line GB18030: judge the block the same way (rare, so a
// copy is fine).
bool validUtf8WithoutNuls(const char *data, qint64 size)
{
    QByteArray text(data, size);
    text.removeIf([](char c) { return c == 0; });
    return LineReader::isValidUtf8(text.constData(), text.size());
}

// Is data[start, end) a field key with a value that could count?
bool isKeyWithValue(const char *data, qint64 size, qint64 start, qint64 end)
{
    if (end - start < qint64(keys::ShortestKey) || end - start > qint64(keys::LongestKey))
        return false;
    const keys::CodeKey *key = CodeIndex::codeKey(std::string_view(data + start, size_t(end - start)));
    if (!key)
        return false;
    qint64 valueStart = 0;
    qint64 valueEnd = 0;
    if (!LineScanner::fieldValue(data, size, end, &valueStart, &valueEnd))
        return false;
    // A key only eKYC responses carry gives its line context whatever its value, "" too (R3 a).
    if (key->givesContext)
        return true;
    if (valueEnd <= valueStart)
        return false;
    // "code":200 is a status, not ours: the commonest noise of all.
    return !(key->plainCode && LineScanner::isNumeric(data + valueStart, valueEnd - valueStart));
}

} // namespace

// "ode"/"sul" at `pos`: is the word around it a field key with a value that could count?
bool Prefilter::isKeyCandidate(const char *data, qint64 size, qint64 pos)
{
    qint64 start = pos;
    while (start > 0 && isWordByte(data[start - 1]))
        --start;
    qint64 end = pos;
    while (end < size && isWordByte(data[end]))
        ++end;
    // After a byte >= 0x80 the word may begin with a GB18030 trail byte that decoding takes
    // into the character before ("<lead>Xcode" is "<char>code", and in a four-byte character
    // only the last byte can be the digit before a word): the word from its second byte on may
    // be the key.
    return isKeyWithValue(data, size, start, end)
        || (start > 0 && static_cast<unsigned char>(data[start - 1]) >= 0x80 && isKeyWithValue(data, size, start + 1, end));
}

Prefilter::Prefilter(const CodeIndex &index)
{
    m_scanOptions.keyCheck = isKeyCandidate;
    m_scanOptions.validUtf8 = LineReader::isValidUtf8;
    for (int id = 0; id < index.codeCount(); ++id) {
        const QByteArray &text = index.code(id).text;
        if (!text.isEmpty() && text.at(0) >= '0' && text.at(0) <= '9'
            && !LineScanner::isNumeric(text.constData(), text.size()))
            m_scanOptions.dropNumericCode = false;
    }
    // Case-sensitive literals only (the fastest kind for Vectorscan): a category or a dotted
    // code's first segment followed by a dot, the action names (the products' and other
    // services', R4) and the context words (R3 a). Keys, line ends and NUL bytes are found by
    // the SIMD pass in candidatescan.
    bool complete = true;
    QSet<QByteArray> prefixes;
    for (const QString &category : index.catalog().categories())
        prefixes.insert(category.toUtf8() + '.');
    for (int id = 0; id < index.codeCount(); ++id) {
        const QByteArray &text = index.code(id).text;
        if (index.code(id).dotted)
            prefixes.insert(text.left(text.indexOf('.') + 1));
    }
    for (const QByteArray &prefix : prefixes) {
        m_expressions << literal(prefix);
        complete = m_literals.add(prefix) && complete;
    }
    QList<QByteArray> words;
    for (int id = 0; id < index.actionCount(); ++id)
        words << index.actionName(id);
    for (const keys::ContextWord &w : keys::contextWords) {
        const QByteArray name(w.name.data(), qsizetype(w.name.size()));
        words << name;
        if (w.bothSpellings) {
            QByteArray lowerFirst = name;
            lowerFirst[0] = keys::lower(name.at(0));
            words << lowerFirst;
        }
    }
    QSet<QByteArray> added;
    for (const QByteArray &word : std::as_const(words)) {
        if (word.isEmpty() || added.contains(word))
            continue;
        added.insert(word);
        m_expressions << literal(word);
        complete = m_literals.add(word) && complete;
    }
    m_literals.optimize();
    // The SIMD pass takes over from Vectorscan only when it can hold every literal.
    m_scanOptions.literals = complete ? &m_literals : nullptr;
    // Compiling the literals for Vectorscan is most of a process's start-up (a CLI call on a
    // one-line log spends 57 % of its instructions there): done only for a scan that needs it.
    if (needsVectorscan(candidatescan::supportedLevel()))
        database();
}

Prefilter::~Prefilter()
{
    hs_free_database(m_database);
}

bool Prefilter::needsVectorscan(candidatescan::Level level) const
{
    return !(m_scanOptions.literals && candidatescan::matchesLiterals(level));
}

bool Prefilter::isValid() const
{
    return !needsVectorscan(candidatescan::supportedLevel()) || database();
}

QString Prefilter::error() const
{
    return isValid() ? QString() : m_error;
}

const hs_database *Prefilter::database() const
{
    std::call_once(m_compiled, [this] {
        std::vector<const char *> patterns;
        std::vector<unsigned int> ids;
        for (qsizetype i = 0; i < m_expressions.size(); ++i) {
            patterns.push_back(m_expressions.at(i).constData());
            ids.push_back(unsigned(i));
        }
        const std::vector<unsigned int> flags(patterns.size(), 0);
        hs_compile_error_t *compileError = nullptr;
        if (hs_compile_multi(patterns.data(), flags.data(), ids.data(), unsigned(patterns.size()), HS_MODE_BLOCK,
                             nullptr, &m_database, &compileError)
            != HS_SUCCESS) {
            m_error = QString::fromUtf8(compileError ? compileError->message : "unknown error");
            hs_free_compile_error(compileError);
            m_database = nullptr;
        }
    });
    return m_database;
}

Prefilter::Scratch::Scratch(const Prefilter &filter)
{
    if (const hs_database *db = filter.needsVectorscan(candidatescan::supportedLevel()) ? filter.database() : nullptr)
        hs_alloc_scratch(db, &m_scratch);
}

Prefilter::Scratch::~Scratch()
{
    hs_free_scratch(m_scratch);
}

void Prefilter::scan(
    const char *data, qint64 size, Scratch &scratch, BlockInfo *info, bool checkUtf8, bool gb18030Always) const
{
    static const candidatescan::Level level = candidatescan::supportedLevel();
    scan(data, size, scratch, info, level, checkUtf8, gb18030Always);
}

void Prefilter::scan(const char *data, qint64 size, Scratch &scratch, BlockInfo *info, candidatescan::Level level,
                     bool checkUtf8, bool gb18030Always) const
{
    std::vector<qint64> &literals = scratch.m_matches;
    literals.clear();
    // Where the SIMD pass matches the literals itself (AVX-512 VBMI), Vectorscan is not needed.
    if (size > 0 && needsVectorscan(level)) {
        // A build below this processor's best (tests, fuzzing) may need it where the best does not.
        const hs_database *const db = database();
        if (!scratch.m_scratch && db)
            hs_alloc_scratch(db, &scratch.m_scratch);
        if (scratch.m_scratch)
            hs_scan(db, data, unsigned(size), 0, scratch.m_scratch, onMatch, &literals);
    }
    std::sort(literals.begin(), literals.end());
    candidatescan::Result result;
    result.candidates = &info->candidates;
    result.validateUtf8 = checkUtf8 && !gb18030Always;
    candidatescan::scan(level, data, size, literals, m_scanOptions, &result);
    info->newlines = result.newlines;
    info->ascii = result.ascii;
    info->nul = result.nul;
    // The scan validated the block if it could (AVX-512); else it is validated here.
    auto valid = [&] {
        return result.utf8 == candidatescan::Result::Utf8::NotChecked ? LineReader::isValidUtf8(data, size)
                                                                      : result.utf8 == candidatescan::Result::Utf8::Valid;
    };
    info->validUtf8 = result.ascii || (checkUtf8 && (valid() || (result.nul && validUtf8WithoutNuls(data, size))));
}

} // namespace ekyc
