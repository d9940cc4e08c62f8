// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/exitafterfirstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ekyc {

ExitAfterFirstPaint::ExitAfterFirstPaint(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

void ExitAfterFirstPaint::installIfRequested(QWidget *window)
{
    if (qEnvironmentVariableIntValue("EKYC_EXIT_AFTER_PAINT") == 1)
        new ExitAfterFirstPaint(window);
}

bool ExitAfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The top-level widget is painted first; its children and the flush to the screen
        // follow in the same pass, before the event loop runs this.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ekyc
