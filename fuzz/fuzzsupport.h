// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Shared by the libFuzzer targets: the built-in catalog, reports as text, and a check
// that stops the fuzzer (a crash it records) when two runs that must agree do not.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/linereader.h"
#include "core/prefilter.h"
#include "core/reportwriter.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace ekyc::fuzz {

// The built-in catalog and one classifier for it, made once per fuzzing process.
inline const Catalog &catalog()
{
    static const Catalog c = CatalogLoader::builtIn();
    return c;
}

inline const Classifier &classifier()
{
    static const Classifier c(catalog());
    return c;
}

// The prefilter of that classifier's codes, for the targets below the whole reader.
inline const Prefilter &prefilter()
{
    static const Prefilter p(classifier().index());
    return p;
}

// A reader that has seen its first bytes, so its encoding is settled (the decoders ask it).
class StartedReader
{
public:
    explicit StartedReader(Encoding encoding)
        : m_stream(m_text)
        , m_reader(m_stream, encoding)
    {
        LineReader::Block block;
        m_reader.next(&block);
    }
    const LineReader &reader() const { return m_reader; }

private:
    const QByteArray m_text = QByteArrayLiteral("x\n");
    BufferStream m_stream;
    LineReader m_reader;
};

// 0: automatic, 1: UTF-8, 2 (and above): GB18030.
inline const LineReader &startedReader(int which)
{
    static const StartedReader readers[]
        = { StartedReader(Encoding::Auto), StartedReader(Encoding::Utf8), StartedReader(Encoding::Gb18030) };
    return readers[std::clamp(which, 0, 2)].reader();
}

inline QString reportText(const Report &report, const Catalog &catalog, ReportFormat format)
{
    QString text;
    QTextStream out(&text);
    writeReport(out, report, catalog, format);
    out.flush();
    return text;
}

// A mismatch between paths that must give the same report is a bug: print both and trap.
inline void requireSame(const QString &a, const QString &b, const char *what)
{
    if (a == b)
        return;
    std::fprintf(
        stderr, "ekyc fuzz: %s differ\n--- first ---\n%s\n--- second ---\n%s\n", what, qPrintable(a), qPrintable(b));
    __builtin_trap();
}

inline void requireSameReports(const Report &a, const Report &b, const Catalog &catalog, const char *what)
{
    requireSame(reportText(a, catalog, ReportFormat::Json), reportText(b, catalog, ReportFormat::Json), what);
    requireSame(reportText(a, catalog, ReportFormat::Jsonl), reportText(b, catalog, ReportFormat::Jsonl), what);
}

// Warnings (e.g. "the prefilter could not be built") are expected for some inputs.
inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            __builtin_trap();
        }
    });
}

} // namespace ekyc::fuzz
