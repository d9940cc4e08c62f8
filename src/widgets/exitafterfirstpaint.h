// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QWidget;

namespace ekyc {

// Quits the application once `window` has been painted for the first time. Start-up
// benchmarks time the whole process, so "started" means "the user saw the window".
class ExitAfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    // Installs itself on `window` and is owned by it.
    explicit ExitAfterFirstPaint(QWidget *window);

    // Installs one on `window` when the environment variable EKYC_EXIT_AFTER_PAINT is set to 1.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

} // namespace ekyc
