// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/appsettings.h"

#include <QMap>
#include <QObject>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QHeaderView;
class QMainWindow;
class QSplitter;

namespace ekyc {

class LanguageManager;
class ThemeManager;

// How a person adjusts the window and what it keeps from one start to the next: View ▸
// Language, View ▸ Theme, Help ▸ Keyboard Shortcuts, and the layout — the window's geometry
// and state, named splitters and table headers (column widths and sort), and the catalog
// filters — restored when the window opens and saved (AppSettings) when it closes. A header's
// widths are kept per interface language (a width chosen for a Chinese title would clip the
// English one): a language change keeps the widths of the language left and brings back those
// of the language shown, or the defaults, each section at least as wide as its new title.
class WindowPreferences : public QObject
{
    Q_OBJECT

public:
    // Applies the remembered language and theme at once, so a form set up after this is built
    // in them.
    explicit WindowPreferences(QMainWindow *window);

    struct Actions
    {
        QAction *languageSystem = nullptr;
        QAction *languageEnglish = nullptr;
        QAction *languageChinese = nullptr;
        QAction *themeSystem = nullptr;
        QAction *themeLight = nullptr;
        QAction *themeDark = nullptr;
        QAction *shortcuts = nullptr;
    };
    void setActions(const Actions &actions);

    void keepLayout(const QString &name, QSplitter *splitter);
    void keepLayout(const QString &name, QHeaderView *header);
    // The product combo holds productIndex() values (-1: all), the billing combo BillableFilter values.
    void keepFilters(QComboBox *product, QCheckBox *includeCommon, QComboBox *billing);
    // Restores everything kept; call once the widgets have their content (a header its columns).
    void restore();
    void save() const;

    LanguageManager *language() const { return m_language; }
    ThemeManager *theme() const { return m_theme; }

public slots:
    void showShortcuts();

private:
    struct Header
    {
        QString name;
        QHeaderView *header = nullptr;
        QByteArray defaults; // the state before any saved one was restored
        QMap<UiLanguage, QByteArray> states; // by the language they were chosen in
    };
    // The settings name of `header`'s widths in `language`.
    static QString headerKey(const Header &header, UiLanguage language);
    void followLanguage();
    void showHeader(Header &header, UiLanguage language);

    struct Kept
    {
        QString name;
        std::function<QByteArray()> save;
        std::function<void(const QByteArray &)> restore;
    };

    QMainWindow *m_window = nullptr;
    LanguageManager *m_language = nullptr;
    ThemeManager *m_theme = nullptr;
    QList<Kept> m_kept;
    QList<Header> m_headers;
    UiLanguage m_headersLanguage = UiLanguage::English;
    QComboBox *m_product = nullptr;
    QCheckBox *m_includeCommon = nullptr;
    QComboBox *m_billing = nullptr;
};

} // namespace ekyc
