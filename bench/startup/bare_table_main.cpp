// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The baseline window for bench/startup.sh: a QTableView over 134 x 4 plain cells in a
// window of the GUI's size, and nothing else. Exits after its first paint when
// EKYC_EXIT_AFTER_PAINT=1, exactly like ekyc-codes-gui.
#include "widgets/exitafterfirstpaint.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ekyc-bench-bare-table"));

    constexpr int rows = 134; // the built-in catalog's size
    constexpr int columns = 4;
    QStandardItemModel model(rows, columns);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("cell %1/%2").arg(row).arg(column)));
    }

    QTableView view;
    view.setWindowTitle(QStringLiteral("bare table"));
    view.setModel(&model);
    view.resize(1100, 720);
    ekyc::ExitAfterFirstPaint::installIfRequested(&view);
    view.show();
    return QApplication::exec();
}
