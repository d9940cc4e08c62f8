// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: catalog JSON through CatalogLoader::fromJson. A catalog that loads is
// then used the way the programs use one: searched, indexed, compiled into the prefilter,
// and run over a log made of its own codes and action names, where the prefiltered path
// must agree with the every-line reference path (odd codes and action names must not
// slip past the prefilter).
#include "fuzzsupport.h"

#include "core/search.h"

#include <cstddef>
#include <cstdint>

using namespace ekyc;

namespace {

// A log that holds every code of the catalog as a field value and as a token, after
// each product's action names, one record and some noise.
QByteArray logFor(const Catalog &catalog)
{
    QByteArray log;
    for (Product p : AllProducts) {
        for (const QString &action : catalog.product(p).actions)
            log += "call " + action.toUtf8() + " ok\n";
    }
    for (const CodeEntry &e : catalog.entries()) {
        const QByteArray code = e.code.toUtf8();
        log += "{\"Response\":{\"ErrorCode\":\"" + code + "\"}}\n";
        log += "gave up: " + code + " (3 attempts)\n";
        log += "Result=" + code + " code:" + code + "\n";
    }
    log += "{\n  \"Result\": \"0\",\n  \"Extra\": \"[\"\n}\n";
    return log;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString source = QStringLiteral("fuzz.json");
    QString error;
    const std::optional<Catalog> catalog = CatalogLoader::fromJson(json, source, &error);
    if (!catalog) {
        // Every refusal names the source and says something.
        if (!error.startsWith(source + QStringLiteral(": ")) || error.size() <= source.size() + 2)
            __builtin_trap();
        return 0;
    }
    if (catalog->size() > CatalogLoader::MaxRows)
        __builtin_trap();
    for (const CodeEntry &e : catalog->entries()) {
        const QList<SearchHit> hits = search(*catalog, e.code);
        if (hits.isEmpty() && !e.code.trimmed().isEmpty())
            __builtin_trap(); // a row's own code must find it
        matchRanges(e.description, e.code);
        if (catalog->rowOf(e.product, e.code) < 0)
            __builtin_trap();
    }

    const Classifier classifier(*catalog);
    const QByteArray log = logFor(*catalog);
    ClassifyOptions options;
    options.keepEvents = true;
    options.threads = 1;
    ClassifyOptions everyLine = options;
    everyLine.scanEveryLine = true;
    const Report fast = classifier.runOnText(log, QStringLiteral("fuzz.log"), options);
    const Report reference = classifier.runOnText(log, QStringLiteral("fuzz.log"), everyLine);
    fuzz::requireSameReports(fast, reference, *catalog, "prefiltered and every-line reports");
    // The table and CSV writers look descriptions up in this catalog.
    fuzz::reportText(fast, *catalog, ReportFormat::Table);
    fuzz::reportText(fast, *catalog, ReportFormat::Csv);
    return 0;
}
