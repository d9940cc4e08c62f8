// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/preferences/windowpreferences.h"

#include "models/appsettings.h"
#include "widgets/preferences/languagemanager.h"
#include "widgets/preferences/thememanager.h"
#include "widgets/shortcutsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>

#include <algorithm>

namespace ekyc {

WindowPreferences::WindowPreferences(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_language(new LanguageManager(this))
    , m_theme(new ThemeManager(this))
{
    m_language->restore();
    m_theme->restore();
    m_headersLanguage = m_language->shownLanguage();
    // Queued: the headers' models have their new titles once the LanguageChange events are in.
    connect(
        m_language, &LanguageManager::choiceChanged, this, &WindowPreferences::followLanguage, Qt::QueuedConnection);
}

void WindowPreferences::setActions(const Actions &actions)
{
    m_language->addAction(actions.languageSystem, UiLanguage::System);
    m_language->addAction(actions.languageEnglish, UiLanguage::English);
    m_language->addAction(actions.languageChinese, UiLanguage::Chinese);
    m_theme->addAction(actions.themeSystem, UiTheme::System);
    m_theme->addAction(actions.themeLight, UiTheme::Light);
    m_theme->addAction(actions.themeDark, UiTheme::Dark);
    actions.shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(actions.shortcuts, &QAction::triggered, this, &WindowPreferences::showShortcuts);
}

void WindowPreferences::keepLayout(const QString &name, QSplitter *splitter)
{
    m_kept.append({ name, [splitter] { return splitter->saveState(); },
        [splitter](const QByteArray &state) { splitter->restoreState(state); } });
}

void WindowPreferences::keepLayout(const QString &name, QHeaderView *header)
{
    m_headers.append({ name, header, {}, {} });
}

QString WindowPreferences::headerKey(const Header &header, UiLanguage language)
{
    return header.name + QLatin1Char('.') + AppSettings::languageValue(language);
}

void WindowPreferences::followLanguage()
{
    const UiLanguage shown = m_language->shownLanguage();
    if (shown == m_headersLanguage)
        return;
    for (Header &header : m_headers) {
        header.states.insert(m_headersLanguage, header.header->saveState());
        showHeader(header, shown);
    }
    m_headersLanguage = shown;
}

void WindowPreferences::showHeader(Header &header, UiLanguage language)
{
    const QByteArray state = header.states.value(language);
    if (!state.isEmpty() && header.header->restoreState(state))
        return;
    header.header->restoreState(header.defaults);
    // The defaults were measured in another language: no title is clipped in this one.
    for (int section = 0; section < header.header->count(); ++section) {
        if (!header.header->isSectionHidden(section)
            && header.header->sectionResizeMode(section) == QHeaderView::Interactive)
            header.header->resizeSection(
                section, std::max(header.header->sectionSize(section), header.header->sectionSizeHint(section)));
    }
}

void WindowPreferences::keepFilters(QComboBox *product, QCheckBox *includeCommon, QComboBox *billing)
{
    m_product = product;
    m_includeCommon = includeCommon;
    m_billing = billing;
}

void WindowPreferences::restore()
{
    const AppSettings settings;
    m_window->restoreGeometry(settings.layout(QStringLiteral("geometry")));
    m_window->restoreState(settings.layout(QStringLiteral("state")));
    for (const Kept &kept : std::as_const(m_kept)) {
        const QByteArray state = settings.layout(kept.name);
        if (!state.isEmpty())
            kept.restore(state);
    }
    for (Header &header : m_headers) {
        header.defaults = header.header->saveState();
        for (UiLanguage language : { UiLanguage::English, UiLanguage::Chinese })
            header.states.insert(language, settings.layout(headerKey(header, language)));
        showHeader(header, m_headersLanguage);
    }
    if (m_product) {
        const AppSettings::Filters filters = settings.filters();
        m_product->setCurrentIndex(
            std::max(0, m_product->findData(filters.product ? productIndex(*filters.product) : -1)));
        m_includeCommon->setChecked(filters.includeCommon);
        m_billing->setCurrentIndex(std::max(0, m_billing->findData(int(filters.billing))));
    }
}

void WindowPreferences::save() const
{
    AppSettings settings;
    settings.setLayout(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setLayout(QStringLiteral("state"), m_window->saveState());
    for (const Kept &kept : m_kept)
        settings.setLayout(kept.name, kept.save());
    for (const Header &header : m_headers) {
        for (UiLanguage language : { UiLanguage::English, UiLanguage::Chinese }) {
            const QByteArray state
                = language == m_headersLanguage ? header.header->saveState() : header.states.value(language);
            if (!state.isEmpty())
                settings.setLayout(headerKey(header, language), state);
        }
    }
    if (m_product) {
        const int product = m_product->currentData().toInt();
        settings.setFilters({ product < 0 ? std::nullopt : std::optional(Product(product)),
            m_includeCommon->isChecked(), CatalogFilterProxy::BillableFilter(m_billing->currentData().toInt()) });
    }
}

void WindowPreferences::showShortcuts()
{
    // Read from the window now, so it lists the keys as they are (and in today's language).
    auto *dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ekyc
