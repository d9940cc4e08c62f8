// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/product.h"
#include "models/catalogfilterproxy.h"

#include <QSettings>

#include <optional>

namespace ekyc {

enum class UiLanguage { System, English, Chinese };
enum class UiTheme { System, Light, Dark };
// What new inputs do while results are on show: ask each time, join them, or take their place.
enum class NewInputsChoice { Ask, Add, Replace };

// What the window remembers from one start to the next, in one place: keys, defaults, types.
//
// QSettings keeps them in a JSON file of ours (SettingsFormat; on Linux
// ~/.config/ekyc-codes/ekyc-codes-gui.conf) and writes it through QSaveFile: a temporary file in
// the same folder, renamed over the old one, so a crash or a folder it may not write to never
// leaves half a file. That holds while atomic sync is required (Qt's default; writesAtomically()
// says so) — Qt then refuses to write rather than fall back to overwriting in place. On a full
// disk SettingsFormat's checked write fails before the rename (tests/widgets/tst_exportfaults.cpp).
class AppSettings
{
public:
    AppSettings() = default;

    UiLanguage language() const;
    void setLanguage(UiLanguage language);
    UiTheme theme() const;
    void setTheme(UiTheme theme);

    // The catalog file chosen with File ▸ Load Catalog…; empty for the built-in catalog.
    QString catalogPath() const;
    void setCatalogPath(const QString &path);

    // The catalog browser's filters (the search text is not kept: each start begins afresh).
    struct Filters
    {
        std::optional<Product> product; // nullopt: all products
        bool includeCommon = true;
        CatalogFilterProxy::BillableFilter billing = CatalogFilterProxy::BillableFilter::All;
        bool operator==(const Filters &other) const
        {
            return product == other.product && includeCommon == other.includeCommon && billing == other.billing;
        }
    };
    Filters filters() const;
    void setFilters(const Filters &filters);

    // File ▸ Recent, newest first (classify/recentInputs).
    QStringList recentInputs() const;
    void setRecentInputs(const QStringList &paths);

    // The Results page's product choice (nullopt: recognise it per input) and whether copies,
    // exports and the lines on screen mask personal data (on unless turned off).
    std::optional<Product> resultsProduct() const;
    void setResultsProduct(std::optional<Product> product);
    bool maskPersonalData() const;
    void setMaskPersonalData(bool mask);

    // New inputs while results are on show (Preferences, or "Always do this" in the question).
    NewInputsChoice newInputs() const;
    void setNewInputs(NewInputsChoice choice);

    // Where Export starts: exportFolder() is the fixed folder chosen in Preferences, or empty
    // for "the last folder used" (lastExportFolder(), itself empty before the first export).
    QString exportFolder() const;
    bool exportToFixedFolder() const;
    QString fixedExportFolder() const; // kept while "last used" is chosen, for the dialog
    void setExportFolder(bool fixed, const QString &folder);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    // Saved layouts (QWidget::saveGeometry, QMainWindow::saveState, QHeaderView::saveState,
    // QSplitter::saveState) by name, under window/; empty when never saved.
    QByteArray layout(const QString &name) const;
    void setLayout(const QString &name, const QByteArray &state);

    // Writes pending changes now; Qt would do it later (and on exit) anyway.
    QSettings::Status sync();
    bool writesAtomically() const { return m_settings.isAtomicSyncRequired(); }
    QString fileName() const { return m_settings.fileName(); }

    // The values stored for the choices ("system", "en", "zh_CN"; "system", "light", "dark").
    static QString languageValue(UiLanguage language);
    static UiLanguage languageFromValue(const QString &value);
    static QString themeValue(UiTheme theme);
    static UiTheme themeFromValue(const QString &value);
    static QString newInputsValue(NewInputsChoice choice);
    static NewInputsChoice newInputsFromValue(const QString &value);

private:
    QSettings m_settings;
};

} // namespace ekyc
