// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace ekyc {

class MainWindow;

// Quits the application once the classification of the files given at start has ended
// (finished or cancelled, with any run queued behind it), after printing to stderr what the
// window shows: "ekyc-codes-gui: classified N input(s), M event(s)". The privacy test
// (tests/cli/tst_privacy_gui.cpp) runs the window under strace this way: it must classify a
// log, then end by itself. Without files to classify the window never quits.
class ExitAfterClassify : public QObject
{
    Q_OBJECT

public:
    // Watches `window`'s classifications and is owned by it.
    explicit ExitAfterClassify(MainWindow *window);

    // Installs one on `window` when the environment variable EKYC_EXIT_AFTER_CLASSIFY is set to 1.
    static void installIfRequested(MainWindow *window);
};

} // namespace ekyc
