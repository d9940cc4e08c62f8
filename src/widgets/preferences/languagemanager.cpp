// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/preferences/languagemanager.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ekyc {

namespace {
const char ChoiceProperty[] = "ekycLanguageChoice";
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
    , m_actions(new QActionGroup(this))
{
    m_actions->setExclusive(true);
}

// The translators are children: ~QTranslator takes them out of the application.
LanguageManager::~LanguageManager() = default;

UiLanguage LanguageManager::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? UiLanguage::Chinese : UiLanguage::English;
}

QLocale LanguageManager::localeFor(UiLanguage choice, const QLocale &system)
{
    switch (choice) {
    case UiLanguage::English:
        // The interface's words and its numbers read as one language, on a German system too.
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    case UiLanguage::Chinese:
        return QLocale(QLocale::Chinese, QLocale::China);
    case UiLanguage::System:
        break;
    }
    return languageForLocale(system) == UiLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China) : system;
}

void LanguageManager::setChoice(UiLanguage choice)
{
    AppSettings().setLanguage(choice);
    const bool changed = choice != m_choice;
    m_choice = choice;
    apply();
    if (changed)
        emit choiceChanged(choice);
}

void LanguageManager::restore()
{
    m_choice = AppSettings().language();
    apply();
}

void LanguageManager::apply()
{
    const QLocale system = QLocale::system();
    const UiLanguage shown = m_choice == UiLanguage::System ? languageForLocale(system) : m_choice;
    for (QAction *action : m_actions->actions())
        action->setChecked(action->property(ChoiceProperty).toInt() == int(m_choice));
    QLocale::setDefault(localeFor(m_choice, system));
    if (shown == m_shown && !m_appTranslator->isEmpty())
        return;
    m_shown = shown;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    m_qtLoaded = false;
    // English is the source text but for its plurals: "Copied 1 row", not "Copied 1 row(s)".
    const QString name = shown == UiLanguage::English ? QStringLiteral("ekyc-codes_en") : QStringLiteral("ekyc-codes_zh_CN");
    if (m_appTranslator->load(name, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_appTranslator);
    else
        qWarning("the translation %s is missing from this binary", qPrintable(name));
    if (shown == UiLanguage::English)
        return; // Qt's own dialogs are in English already
    // Missing when qt6-translations-l10n is not installed: Qt's own dialogs then stay English.
    m_qtLoaded
        = m_qtTranslator->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(m_qtTranslator);
}

void LanguageManager::addAction(QAction *action, UiLanguage choice)
{
    action->setCheckable(true);
    action->setProperty(ChoiceProperty, int(choice));
    action->setChecked(choice == m_choice);
    m_actions->addAction(action);
    connect(action, &QAction::triggered, this, [this, choice] { setChoice(choice); });
}

} // namespace ekyc
