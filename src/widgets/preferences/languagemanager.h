// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/appsettings.h"

#include <QLocale>
#include <QObject>

class QAction;
class QActionGroup;
class QTranslator;

namespace ekyc {

// The interface language: English (the source text) or Simplified Chinese, following the
// system locale unless View ▸ Language says otherwise. A change installs or removes the
// translators at once; Qt then sends QEvent::LanguageChange to every widget, which
// retranslates itself — no restart.
//
// Two translations are loaded for Chinese: ours (:/i18n/ekyc-codes_zh_CN.qm, built from
// resources/translations/) and Qt's own (qtbase_zh_CN.qm from Qt's translations folder, from
// the qt6-translations-l10n package) for the dialogs and context menus Qt draws. English loads
// :/i18n/ekyc-codes_en.qm, which holds only the plural forms of the texts with %n.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    UiLanguage choice() const { return m_choice; }
    // The language actually shown for the choice: English or Chinese, never System.
    UiLanguage shownLanguage() const { return m_shown; }
    // Applies `choice` and remembers it (AppSettings).
    void setChoice(UiLanguage choice);
    // Applies the remembered choice (System when none).
    void restore();

    // An entry of View ▸ Language: made checkable, checked while `choice` is in force,
    // and choosing it applies `choice`.
    void addAction(QAction *action, UiLanguage choice);

    // Whether Qt's own translation was found for the language shown (English needs none).
    bool qtTranslationLoaded() const { return m_qtLoaded; }

    // What System means for a system locale: Chinese for any Chinese locale (the one Chinese
    // translation is Simplified), English otherwise.
    static UiLanguage languageForLocale(const QLocale &locale);
    // The locale numbers and dates are written in under `choice` (QLocale's default).
    static QLocale localeFor(UiLanguage choice, const QLocale &system);

signals:
    void choiceChanged(UiLanguage choice);

private:
    void apply();

    UiLanguage m_choice = UiLanguage::System;
    UiLanguage m_shown = UiLanguage::English;
    bool m_qtLoaded = false;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QActionGroup *m_actions = nullptr;
};

} // namespace ekyc
