// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

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
// filters — restored when the window opens and saved (AppSettings) when it closes.
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
    QComboBox *m_product = nullptr;
    QCheckBox *m_includeCommon = nullptr;
    QComboBox *m_billing = nullptr;
};

} // namespace ekyc
