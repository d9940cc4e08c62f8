// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/preferences/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace ekyc {

namespace {

const char ThemeProperty[] = "ekycThemeChoice";
const QString FusionStyle = QStringLiteral("Fusion");

void setColours(
    QPalette &palette, QPalette::ColorGroup group, std::initializer_list<std::pair<QPalette::ColorRole, QRgb>> colours)
{
    for (const auto &[role, rgb] : colours)
        palette.setColor(group, role, QColor::fromRgb(rgb));
}

// Fusion's stock selection blue (#308cc6) carries white text at 3.6:1 only; this one at 5.5:1.
constexpr QRgb SelectionBlue = 0x2f65ca;

} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_actions(new QActionGroup(this))
{
    m_actions->setExclusive(true);
}

ThemeManager::~ThemeManager()
{
    if (m_applied != UiTheme::System) {
        m_choice = UiTheme::System;
        apply();
    }
}

QPalette ThemeManager::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(FusionStyle));
    QPalette palette = fusion->standardPalette();
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        setColours(palette, group, { { QPalette::Highlight, SelectionBlue }, { QPalette::HighlightedText, 0xffffff } });
    }
    return palette;
}

QPalette ThemeManager::darkPalette()
{
    QPalette palette;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        setColours(palette, group,
            {
                { QPalette::Window, 0x323232 },
                { QPalette::WindowText, 0xececec },
                { QPalette::Base, 0x262626 },
                { QPalette::AlternateBase, 0x2e2e2e },
                { QPalette::Text, 0xececec },
                { QPalette::PlaceholderText, 0x9a9a9a },
                { QPalette::Button, 0x3a3a3a },
                { QPalette::ButtonText, 0xececec },
                { QPalette::BrightText, 0xff6b6b },
                { QPalette::Light, 0x505050 },
                { QPalette::Midlight, 0x444444 },
                { QPalette::Mid, 0x2a2a2a },
                { QPalette::Dark, 0x1e1e1e },
                { QPalette::Shadow, 0x141414 },
                { QPalette::Highlight, SelectionBlue },
                { QPalette::HighlightedText, 0xffffff },
                { QPalette::Link, 0x6cb4ff },
                { QPalette::LinkVisited, 0xb48cff },
                // Notes drawn in tooltip colours (the unknown-codes banner): a warm dark amber.
                { QPalette::ToolTipBase, 0x4d4024 },
                { QPalette::ToolTipText, 0xf5f0e6 },
            });
    }
    setColours(palette, QPalette::Disabled,
        {
            { QPalette::Window, 0x323232 },
            { QPalette::WindowText, 0x808080 },
            { QPalette::Base, 0x2a2a2a },
            { QPalette::AlternateBase, 0x2e2e2e },
            { QPalette::Text, 0x808080 },
            { QPalette::PlaceholderText, 0x6a6a6a },
            { QPalette::Button, 0x323232 },
            { QPalette::ButtonText, 0x808080 },
            { QPalette::BrightText, 0xff6b6b },
            { QPalette::Light, 0x505050 },
            { QPalette::Midlight, 0x444444 },
            { QPalette::Mid, 0x2a2a2a },
            { QPalette::Dark, 0x1e1e1e },
            { QPalette::Shadow, 0x141414 },
            { QPalette::Highlight, 0x505050 },
            { QPalette::HighlightedText, 0xb0b0b0 },
            { QPalette::Link, 0x5a7fa8 },
            { QPalette::LinkVisited, 0x7d6aa8 },
            { QPalette::ToolTipBase, 0x4d4024 },
            { QPalette::ToolTipText, 0xb0aca4 },
        });
    return palette;
}

void ThemeManager::setChoice(UiTheme theme)
{
    AppSettings().setTheme(theme);
    const bool changed = theme != m_choice;
    m_choice = theme;
    apply();
    if (changed)
        emit choiceChanged(theme);
}

void ThemeManager::restore()
{
    m_choice = AppSettings().theme();
    apply();
}

void ThemeManager::apply()
{
    for (QAction *action : m_actions->actions())
        action->setChecked(action->property(ThemeProperty).toInt() == int(m_choice));
    if (m_choice == m_applied)
        return;
    m_applied = m_choice;
    if (m_choice == UiTheme::System) {
        QApplication::setStyle(m_systemStyle);
        // A palette with no colour set resolves to the style's and platform's own again, and
        // leaves the application free to follow the desktop's palette as it changes.
        QApplication::setPalette(QPalette());
        return;
    }
    if (QApplication::style()->name().compare(FusionStyle, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(FusionStyle);
    QApplication::setPalette(m_choice == UiTheme::Dark ? darkPalette() : lightPalette());
}

void ThemeManager::addAction(QAction *action, UiTheme theme)
{
    action->setCheckable(true);
    action->setProperty(ThemeProperty, int(theme));
    action->setChecked(theme == m_choice);
    m_actions->addAction(action);
    connect(action, &QAction::triggered, this, [this, theme] { setChoice(theme); });
}

} // namespace ekyc
