// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ekyc-codes-gui: the reference browser a support engineer keeps open all day.
#include "core/memorysetup.h"
#include "models/settingsformat.h"
#include "widgets/exitafterclassify.h"
#include "widgets/exitafterfirstpaint.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    ekyc::setUpMemory();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ekyc-codes-gui"));
    QApplication::setOrganizationName(QStringLiteral("ekyc-codes")); // QSettings: ~/.config/ekyc-codes/
    QApplication::setApplicationDisplayName(QApplication::translate("main", "eKYC Codes"));
    QApplication::setApplicationVersion(QStringLiteral(EKYC_VERSION));
    ekyc::SettingsFormat::install(); // before the first QSettings

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Look up Tencent Cloud eKYC error codes and their billing, offline, and "
        "classify the codes in log files."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
        QApplication::translate("main", "Use the catalog JSON in FILE instead of the built-in one."),
        QStringLiteral("FILE"));
    parser.addOption(catalogOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QApplication::translate("main", "Log files or folders to classify at start (the desktop entry's %F)."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    ekyc::MainWindow window;
    ekyc::ExitAfterFirstPaint::installIfRequested(&window);
    ekyc::ExitAfterClassify::installIfRequested(&window);
    window.show();
    // After show(), so a broken file's dialog sits on the window; the built-in catalog stays.
    if (parser.isSet(catalogOption))
        window.loadCatalogFile(parser.value(catalogOption));
    if (!parser.positionalArguments().isEmpty())
        window.classifyPaths(parser.positionalArguments());
    return QApplication::exec();
}
