// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Shared by the libFuzzer targets: the built-in catalog, reports as text, and a check
// that stops the fuzzer (a crash it records) when two runs that must agree do not.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "core/reportwriter.h"

#include <QTextStream>

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
