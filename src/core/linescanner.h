// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "codeindex.h"

#include <QByteArray>

#include <cstdint>

namespace ekyc {

// The leftmost code occurrence of a line (docs/classification.md, "What counts as a code").
struct Occurrence
{
    qint64 position = -1; // byte offset of the code text in its line; -1: none
    int codeId = -1;      // a known code's id in the CodeIndex; -1 for an unknown occurrence
    QByteArray unknownText;

    bool found() const { return position >= 0; }
    bool known() const { return codeId >= 0; }
};

// What one line tells the classifier.
struct LineScan
{
    Occurrence occurrence;
    int firstAction = -1;    // product of the leftmost action name, or -1
    ProductMask actions = 0; // products of every action name on the line
    char lastNonBlank = 0;
    QByteArray requestId; // the first RequestId value on the line (for --dedupe request-id)
    int leftOpen = 0; // brackets this line leaves open (closers without an opener ignored)
    int netDepth = 0; // openers minus closers
    bool bracketsCounted = false;

    bool opensRecord() const { return (lastNonBlank == '{' || lastNonBlank == '[') && leftOpen > 0; }
};

// Scans lines of UTF-8 (or ASCII-compatible decoded) text. A line may come in several
// segments (very long lines); segments must not cut a token.
class LineScanner
{
public:
    explicit LineScanner(const CodeIndex &index)
        : m_index(index)
    {
    }

    // A whole line in one piece. Brackets are counted when `countBrackets` is set or
    // the line could open a record.
    LineScan scanLine(const char *data, qint64 size, bool countBrackets);

    // The same for a line that arrives in pieces: begin, feed..., finish.
    void begin();
    void feed(const char *data, qint64 size);
    LineScan finish() { return m_scan; }

    // After a key ending at `afterKey`: `<quote>? [ \t]* [:=] [ \t]* <quote>? value`. Sets the
    // value's span (trailing dots removed); false when no separator follows the key.
    static bool fieldValue(const char *data, qint64 size, qint64 afterKey, qint64 *start, qint64 *end);
    static bool isNumeric(const char *text, qint64 size); // -?[0-9]+

private:
    void scanCodes(const char *data, qint64 size, qint64 offset);
    void countBrackets(const char *data, qint64 size);
    void consider(qint64 position, int codeId, const char *text, qint64 size);
    void classifyValue(qint64 position, const char *text, qint64 size, bool plainCodeKey);
    qint64 parseKeyValue(const char *data, qint64 size, qint64 afterKey, bool plainCodeKey, qint64 offset);

    const CodeIndex &m_index;
    LineScan m_scan;
    qint64 m_offset = 0;
    bool m_inString = false;
    bool m_escape = false;
    int m_depth = 0;
};

} // namespace ekyc
