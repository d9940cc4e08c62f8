// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/exitafterclassify.h"

#include "models/classificationcontroller.h"
#include "widgets/mainwindow.h"
#include "widgets/results/resultsview.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace ekyc {

ExitAfterClassify::ExitAfterClassify(MainWindow *window)
    : QObject(window)
{
    // busyChanged(false) comes after the last run's runFinished (or runCancelled), once the
    // window has taken in its results.
    connect(window->controller(), &ClassificationController::busyChanged, this, [window](bool busy) {
        if (busy)
            return;
        const ResultsSession &session = window->resultsView()->session();
        std::fprintf(stderr, "ekyc-codes-gui: classified %lld input(s), %lld event(s)\n",
            qint64(session.inputs().size()), session.report().totals.events);
        std::fflush(stderr);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
}

void ExitAfterClassify::installIfRequested(MainWindow *window)
{
    if (qEnvironmentVariableIntValue("EKYC_EXIT_AFTER_CLASSIFY") == 1)
        new ExitAfterClassify(window);
}

} // namespace ekyc
