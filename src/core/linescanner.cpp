// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linescanner.h"

#include <array>

namespace ekyc {

namespace {

// Character classes: token characters [A-Za-z0-9_.], word characters [A-Za-z0-9_],
// value characters [A-Za-z0-9_.-].
enum : std::uint8_t { Word = 1, Token = 2, Value = 4 };

constexpr std::array<std::uint8_t, 256> makeClasses()
{
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (alnum)
            t[size_t(c)] = Word | Token | Value;
    }
    t[size_t('.')] = Token | Value;
    t[size_t('-')] = Value;
    return t;
}
constexpr std::array<std::uint8_t, 256> classes = makeClasses();

inline std::uint8_t cls(char c) { return classes[static_cast<unsigned char>(c)]; }
inline bool isBlank(char c) { return c == ' ' || c == '\t'; }

// "RequestId" in any case: the JSON key and the SDK exceptions' requestId:/RequestId=.
bool isRequestIdKey(std::string_view word)
{
    static constexpr std::string_view key = "requestid";
    for (size_t i = 0; i < key.size(); ++i) {
        if (char(word[i] | 0x20) != key[i])
            return false;
    }
    return true;
}

} // namespace

bool LineScanner::isNumeric(const char *text, qint64 size)
{
    qint64 i = (size > 0 && text[0] == '-') ? 1 : 0;
    if (i >= size)
        return false;
    for (; i < size; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

LineScan LineScanner::scanLine(const char *data, qint64 size, bool countBrackets)
{
    begin();
    scanCodes(data, size, 0);
    qint64 end = size;
    while (end > 0 && (isBlank(data[end - 1]) || data[end - 1] == '\r'))
        --end;
    m_scan.lastNonBlank = end > 0 ? data[end - 1] : 0;
    if (countBrackets || m_scan.lastNonBlank == '{' || m_scan.lastNonBlank == '[')
        this->countBrackets(data, size);
    return m_scan;
}

void LineScanner::begin()
{
    m_scan = LineScan();
    m_offset = 0;
    m_inString = false;
    m_escape = false;
    m_depth = 0;
}

void LineScanner::feed(const char *data, qint64 size)
{
    scanCodes(data, size, m_offset);
    countBrackets(data, size);
    for (qint64 i = size; i > 0; --i) {
        if (!isBlank(data[i - 1]) && data[i - 1] != '\r') {
            m_scan.lastNonBlank = data[i - 1];
            break;
        }
    }
    m_offset += size;
}

void LineScanner::countBrackets(const char *data, qint64 size)
{
    m_scan.bracketsCounted = true;
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        switch (c) {
        case '"': m_inString = true; break;
        case '{':
        case '[':
            ++m_scan.netDepth;
            ++m_depth;
            break;
        case '}':
        case ']':
            --m_scan.netDepth;
            if (m_depth > 0)
                --m_depth;
            break;
        default: break;
        }
    }
    m_scan.leftOpen = m_depth;
}

void LineScanner::consider(qint64 position, int codeId, const char *text, qint64 size)
{
    Occurrence &best = m_scan.occurrence;
    // Leftmost wins; at the same place a known code beats an unknown reading.
    if (best.found() && (position > best.position || (position == best.position && (best.known() || codeId < 0))))
        return;
    best.position = position;
    best.codeId = codeId;
    if (codeId < 0)
        best.unknownText = QByteArray(text, size);
    else
        best.unknownText.clear();
}

void LineScanner::classifyValue(qint64 position, const char *text, qint64 size, bool plainCodeKey)
{
    if (size <= 0)
        return;
    const bool numeric = isNumeric(text, size);
    if (plainCodeKey && numeric)
        return; // "code":200 is an HTTP or framework status, not ours
    const std::string_view value(text, size_t(size));
    const int id = m_index.find(value);
    if (id >= 0) {
        consider(position, id, text, size);
        return;
    }
    if (numeric || m_index.isCategory(value)) {
        consider(position, -1, text, size);
        return;
    }
    const size_t dot = value.find('.');
    if (dot != std::string_view::npos && m_index.isCategory(value.substr(0, dot)))
        consider(position, -1, text, size);
}

bool LineScanner::fieldValue(const char *data, qint64 size, qint64 afterKey, qint64 *start, qint64 *end)
{
    auto skipQuote = [&](qint64 i) {
        if (i < size && (data[i] == '"' || data[i] == '\''))
            return i + 1;
        if (i + 1 < size && data[i] == '\\' && data[i + 1] == '"')
            return i + 2;
        return i;
    };
    qint64 i = skipQuote(afterKey);
    while (i < size && isBlank(data[i]))
        ++i;
    if (i >= size || (data[i] != ':' && data[i] != '='))
        return false;
    ++i;
    while (i < size && isBlank(data[i]))
        ++i;
    i = skipQuote(i);
    *start = i;
    while (i < size && (cls(data[i]) & Value))
        ++i;
    *end = i;
    while (*end > *start && data[*end - 1] == '.')
        --*end;
    return true;
}

// Classifies the value after a key, if there is one; returns where scanning goes on.
qint64 LineScanner::parseKeyValue(const char *data, qint64 size, qint64 afterKey, bool plainCodeKey, qint64 offset)
{
    qint64 start = 0;
    qint64 end = 0;
    if (!fieldValue(data, size, afterKey, &start, &end))
        return afterKey;
    classifyValue(offset + start, data + start, end - start, plainCodeKey);
    return end;
}

void LineScanner::scanCodes(const char *data, qint64 size, qint64 offset)
{
    qint64 i = 0;
    while (i < size) {
        if (!(cls(data[i]) & Token)) {
            ++i;
            continue;
        }
        const qint64 tokenStart = i;
        bool dotted = false;
        // Words inside the token: keys and action names are whole words.
        while (i < size && (cls(data[i]) & Token)) {
            if (data[i] == '.') {
                dotted = true;
                ++i;
                continue;
            }
            const qint64 wordStart = i;
            while (i < size && (cls(data[i]) & Word))
                ++i;
            const qint64 wordSize = i - wordStart;
            if (wordSize >= 4) {
                const std::string_view word(data + wordStart, size_t(wordSize));
                const int action = (wordSize >= m_index.minActionLength() && wordSize <= m_index.maxActionLength())
                    ? m_index.actionProduct(word)
                    : -1;
                if (action >= 0) {
                    if (m_scan.firstAction < 0)
                        m_scan.firstAction = action;
                    m_scan.actions |= ProductMask(1u << action);
                }
                if (wordSize == 9 && m_scan.requestId.isEmpty() && isRequestIdKey(word)) {
                    qint64 start = 0;
                    qint64 end = 0;
                    if (fieldValue(data, size, i, &start, &end) && end > start)
                        m_scan.requestId = QByteArray(data + start, end - start);
                }
                bool plainCodeKey = false;
                const bool canStillWin = !m_scan.occurrence.found() || offset + i <= m_scan.occurrence.position;
                if (canStillWin && wordSize <= 17 && CodeIndex::isCodeKey(word, &plainCodeKey))
                    parseKeyValue(data, size, i, plainCodeKey, offset);
            }
        }
        if (!dotted)
            continue;
        const bool canStillWin = !m_scan.occurrence.found() || offset + tokenStart <= m_scan.occurrence.position;
        if (!canStillWin)
            continue;
        qint64 end = i;
        while (end > tokenStart && data[end - 1] == '.')
            --end;
        const std::string_view token(data + tokenStart, size_t(end - tokenStart));
        if (token.find('.') == std::string_view::npos)
            continue;
        const int id = m_index.find(token);
        if (id >= 0)
            consider(offset + tokenStart, id, token.data(), qint64(token.size()));
        else if (m_index.isCategory(token.substr(0, token.find('.'))))
            consider(offset + tokenStart, -1, token.data(), qint64(token.size()));
    }
}

} // namespace ekyc
