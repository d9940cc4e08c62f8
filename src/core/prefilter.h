// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "candidatescan.h"
#include "codeindex.h"

#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace ekyc {

// Finds the few lines of a block that could hold a code, an action name or the start of a
// multi-line record, so the exact scanner (LineScanner) runs on them only. A superset:
// every line the rules could count is a candidate (tests compare with scanning every line).
// Built from the loaded catalog; the literals go to Vectorscan (a multi-pattern regex engine)
// where this processor's candidate scan cannot match them itself.
class Prefilter
{
public:
    explicit Prefilter(const CodeIndex &index);
    ~Prefilter();
    Prefilter(const Prefilter &) = delete;
    Prefilter &operator=(const Prefilter &) = delete;

    // False when the Vectorscan database this processor's scan needs could not be built.
    bool isValid() const;
    QString error() const;

    // Per-thread state for scanning.
    class Scratch
    {
    public:
        explicit Scratch(const Prefilter &filter);
        ~Scratch();
        Scratch(const Scratch &) = delete;
        Scratch &operator=(const Scratch &) = delete;

    private:
        friend class Prefilter;
        hs_scratch *m_scratch = nullptr;
        std::vector<qint64> m_matches;
    };

    using Candidate = candidatescan::Candidate;
    struct BlockInfo
    {
        std::vector<Candidate> candidates;
        qint64 newlines = 0;    // '\n' bytes in the block
        bool validUtf8 = true; // false: some line may need GB18030 decoding (or not checked, see scan())
        bool ascii = true;
        bool nul = false;       // some byte is NUL (padding to drop)
    };

    // `data` holds whole lines (the last one may lack its '\n' at the end of a file). Without
    // `checkUtf8` a block that is not ASCII is not validated and says validUtf8 = false: once an
    // input is known to hold a line that is not UTF-8 (reported as gb18030), each candidate line
    // is judged on its own, so the rest of the input need not be validated.
    // `gb18030Always`: the input's encoding is forced to GB18030 (LineReader::gb18030Always()),
    // so even a valid UTF-8 line is decoded as GB18030 and its bytes >= 0x80 may hide a key start.
    void scan(const char *data, qint64 size, Scratch &scratch, BlockInfo *info, bool checkUtf8 = true,
        bool gb18030Always = false) const;
    // The same with the candidate scan's build `level` (at most candidatescan::supportedLevel()), for tests.
    void scan(const char *data, qint64 size, Scratch &scratch, BlockInfo *info, candidatescan::Level level,
        bool checkUtf8 = true, bool gb18030Always = false) const;

    // Whether the word around `pos` ("ode"/"sul") is a field key whose value could count.
    static bool isKeyCandidate(const char *data, qint64 size, qint64 pos);

private:
    // Whether a scan with `level` needs Vectorscan for the literals (the AVX-512 VBMI build
    // matches them itself when they fit its tables).
    bool needsVectorscan(candidatescan::Level level) const;
    // The literals compiled for Vectorscan, on first use (any thread); null if that failed.
    const hs_database *database() const;

    candidatescan::Options m_scanOptions;
    candidatescan::LiteralSet m_literals;
    QList<QByteArray> m_expressions; // the literals as Vectorscan expressions
    mutable std::once_flag m_compiled;
    mutable hs_database *m_database = nullptr;
    mutable QString m_error;
};

} // namespace ekyc
