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

namespace ekyc {

WindowPreferences::WindowPreferences(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_language(new LanguageManager(this))
    , m_theme(new ThemeManager(this))
{
    m_language->restore();
    m_theme->restore();
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
    m_kept.append({ name, [header] { return header->saveState(); },
        [header](const QByteArray &state) { header->restoreState(state); } });
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
