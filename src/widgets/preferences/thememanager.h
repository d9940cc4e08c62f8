// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/appsettings.h"

#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;

namespace ekyc {

// View ▸ Theme: System (the desktop's style and palette, followed as it changes), Light or
// Dark (Qt's Fusion style with a palette of ours). Everything the window draws takes its
// colours from the palette — the billable tint, search matches, the unknown-codes note — so
// a theme is just a palette.
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    explicit ThemeManager(QObject *parent = nullptr);
    // Back to the system look when a theme of ours is in force.
    ~ThemeManager() override;

    UiTheme choice() const { return m_choice; }
    // Applies `theme` to the whole application and remembers it (AppSettings).
    void setChoice(UiTheme theme);
    // Applies the remembered choice (System when none).
    void restore();

    // An entry of View ▸ Theme: checkable, checked while `theme` is in force.
    void addAction(QAction *action, UiTheme theme);

    // The palettes of Light and Dark. Text on every background the delegates use (plain,
    // alternate, billable, matched, selected, the tooltip-coloured notes) reaches WCAG AA
    // (4.5:1); tests/widgets/tst_highlightdelegate.cpp checks it.
    static QPalette lightPalette();
    static QPalette darkPalette();

    // The style the application had before any theme of ours: restored for System.
    QString systemStyleName() const { return m_systemStyle; }

signals:
    void choiceChanged(UiTheme theme);

private:
    void apply();

    UiTheme m_choice = UiTheme::System;
    UiTheme m_applied = UiTheme::System;
    QString m_systemStyle;
    QActionGroup *m_actions = nullptr;
};

} // namespace ekyc
