// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Results page's two speed promises, measured (bench/results.sh runs this):
//   filter   the codes filter with 10,000 distinct codes on show: each keystroke, from the
//            filter's new text to the table repainted, in ms (median and worst);
//   lines    LOG [CODE]: the lines of CODE (its last events lie at the end of LOG, a big
//            plain log) from the selection to the first lines in the model, in ms, read from
//            the line marks and, for comparison, from the start of the file.
#include "core/catalogloader.h"
#include "core/classifier.h"
#include "models/matchedlinesmodel.h"
#include "models/resultsfilterproxy.h"
#include "models/resultsmodel.h"
#include "models/resultssession.h"
#include "widgets/results/matchedlinespane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace ekyc;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

int benchFilter()
{
    Report report;
    report.catalogUpdated = QStringLiteral("2023-07-03");
    for (int i = 0; i < 10000; ++i)
        report.unknown.append({ Product::H5, QStringLiteral("FailedOperation.Code%1").arg(i, 5, 10, QLatin1Char('0')),
            10000 - i, 0 });
    ResultsModel model;
    ResultsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1024, 600);
    view.show();
    const Catalog catalog = CatalogLoader::builtIn();
    QElapsedTimer reset;
    reset.start();
    model.setReport(report, catalog);
    view.repaint();
    const double resetMs = double(reset.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    QList<double> times;
    const QString typed = QStringLiteral("code0123");
    QString text;
    auto keystroke = [&](const QString &next) {
        QElapsedTimer clock;
        clock.start();
        proxy.setText(next);
        view.repaint();
        times.append(double(clock.nsecsElapsed()) / 1e6);
    };
    for (const QChar c : typed)
        keystroke(text += c);
    while (!text.isEmpty()) {
        text.chop(1);
        keystroke(text);
    }
    const auto worst = std::max_element(times.cbegin(), times.cend()) - times.cbegin();
    std::printf("filter: the worst keystroke is #%d of %d (%s)\n", int(worst) + 1, int(times.size()),
        worst < typed.size() ? "typing" : "deleting");
    std::printf("filter: %d keystrokes over 10,000 codes: median %.2f ms, worst %.2f ms, first %.2f ms "
                "(the results shown, search texts built: %.2f ms)\n",
        int(times.size()), median(times), *std::max_element(times.cbegin(), times.cend()), times.constFirst(),
        resetMs);
    return 0;
}

double firstLinesMs(MatchedLinesPane &pane, const ResultKey &key)
{
    QElapsedTimer clock;
    clock.start();
    pane.showKey(key);
    while (pane.model()->rowCount() == 0 && pane.isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(clock.nsecsElapsed()) / 1e6;
}

int benchLines(const QString &log, const QString &code)
{
    const Classifier classifier(CatalogLoader::builtIn());
    ClassifyOptions options;
    options.keepEvents = true;
    QElapsedTimer clock;
    clock.start();
    Report report = classifier.run({ log }, options);
    std::printf("lines: classified %s in %.1f s: %lld lines, %zu line marks\n", qPrintable(log),
        double(clock.elapsed()) / 1000, qlonglong(report.files.value(0).summary.lines),
        report.files.value(0).lineMarks.size());
    ResultsSession session;
    session.append({ { log, {}, log, std::nullopt } }, { report });
    const CountRow *row = nullptr;
    for (const CountRow &c : session.report().counts) {
        if (c.code == code)
            row = &c;
    }
    if (!row) {
        std::fprintf(stderr, "lines: %s was not found in %s\n", qPrintable(code), qPrintable(log));
        return 1;
    }
    const ResultKey key { EventStatus::Known, row->product, row->code };
    MatchedLinesPane pane;
    pane.setSession(&session);
    const double marked = firstLinesMs(pane, key);
    const qint64 first = pane.model()->rowCount() ? pane.model()->line(0).line : -1;
    std::printf("lines: %s (%lld events, the first at line %lld): first lines in %.1f ms from the line marks\n",
        qPrintable(code), qlonglong(row->count), qlonglong(first), marked);
    // The same without marks: read from the start of the file, as before.
    session.clear();
    report.files[0].lineMarks.clear();
    session.append({ { log, {}, log, std::nullopt } }, { report });
    pane.setSession(&session);
    std::printf("lines: without line marks (from the start of the file): %.1f ms\n", firstLinesMs(pane, key));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("filter"))
        return benchFilter();
    if (args.value(1) == QLatin1String("lines") && args.size() >= 3)
        return benchLines(args.at(2), args.value(3, QStringLiteral("2013")));
    std::fprintf(stderr, "usage: ekyc-bench-results filter | lines LOG [CODE]\n");
    return 2;
}
