// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/appsettings.h"

namespace ekyc {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString CatalogPathKey = QStringLiteral("catalog/path");
const QString ProductKey = QStringLiteral("filters/product");
const QString IncludeCommonKey = QStringLiteral("filters/includeCommon");
const QString BillingKey = QStringLiteral("filters/billing");
const QString RecentInputsKey = QStringLiteral("classify/recentInputs");
const QString ResultsProductKey = QStringLiteral("classify/product");
const QString MaskKey = QStringLiteral("classify/mask");
const QString NewInputsKey = QStringLiteral("classify/newInputs");
const QString ExportFolderModeKey = QStringLiteral("export/folderMode");
const QString ExportFolderKey = QStringLiteral("export/folder");
const QString LastExportFolderKey = QStringLiteral("export/lastFolder");

QString billingValue(CatalogFilterProxy::BillableFilter filter)
{
    switch (filter) {
    case CatalogFilterProxy::BillableFilter::Billable:
        return QStringLiteral("billable");
    case CatalogFilterProxy::BillableFilter::NotBillable:
        return QStringLiteral("not-billable");
    case CatalogFilterProxy::BillableFilter::All:
        break;
    }
    return QStringLiteral("all");
}

} // namespace

QString AppSettings::languageValue(UiLanguage language)
{
    switch (language) {
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage AppSettings::languageFromValue(const QString &value)
{
    // Anything else (a hand edit, a language a later version knows) means: follow the system.
    if (value == QLatin1String("en"))
        return UiLanguage::English;
    if (value == QLatin1String("zh_CN"))
        return UiLanguage::Chinese;
    return UiLanguage::System;
}

QString AppSettings::themeValue(UiTheme theme)
{
    switch (theme) {
    case UiTheme::Light:
        return QStringLiteral("light");
    case UiTheme::Dark:
        return QStringLiteral("dark");
    case UiTheme::System:
        break;
    }
    return QStringLiteral("system");
}

UiTheme AppSettings::themeFromValue(const QString &value)
{
    if (value == QLatin1String("light"))
        return UiTheme::Light;
    if (value == QLatin1String("dark"))
        return UiTheme::Dark;
    return UiTheme::System;
}

QString AppSettings::newInputsValue(NewInputsChoice choice)
{
    switch (choice) {
    case NewInputsChoice::Add:
        return QStringLiteral("add");
    case NewInputsChoice::Replace:
        return QStringLiteral("replace");
    case NewInputsChoice::Ask:
        break;
    }
    return QStringLiteral("ask");
}

NewInputsChoice AppSettings::newInputsFromValue(const QString &value)
{
    if (value == QLatin1String("add"))
        return NewInputsChoice::Add;
    if (value == QLatin1String("replace"))
        return NewInputsChoice::Replace;
    return NewInputsChoice::Ask;
}

UiLanguage AppSettings::language() const
{
    return languageFromValue(m_settings.value(LanguageKey).toString());
}

void AppSettings::setLanguage(UiLanguage language)
{
    m_settings.setValue(LanguageKey, languageValue(language));
}

UiTheme AppSettings::theme() const
{
    return themeFromValue(m_settings.value(ThemeKey).toString());
}

void AppSettings::setTheme(UiTheme theme)
{
    m_settings.setValue(ThemeKey, themeValue(theme));
}

QString AppSettings::catalogPath() const
{
    return m_settings.value(CatalogPathKey).toString();
}

void AppSettings::setCatalogPath(const QString &path)
{
    if (path.isEmpty())
        m_settings.remove(CatalogPathKey);
    else
        m_settings.setValue(CatalogPathKey, path);
}

AppSettings::Filters AppSettings::filters() const
{
    Filters filters;
    filters.product = productFromId(m_settings.value(ProductKey).toString());
    filters.includeCommon = m_settings.value(IncludeCommonKey, true).toBool();
    const QString billing = m_settings.value(BillingKey).toString();
    for (auto filter :
        { CatalogFilterProxy::BillableFilter::Billable, CatalogFilterProxy::BillableFilter::NotBillable }) {
        if (billing == billingValue(filter))
            filters.billing = filter;
    }
    return filters;
}

void AppSettings::setFilters(const Filters &filters)
{
    m_settings.setValue(ProductKey, filters.product ? productId(*filters.product) : QStringLiteral("all"));
    m_settings.setValue(IncludeCommonKey, filters.includeCommon);
    m_settings.setValue(BillingKey, billingValue(filters.billing));
}

QStringList AppSettings::recentInputs() const
{
    return m_settings.value(RecentInputsKey).toStringList();
}

void AppSettings::setRecentInputs(const QStringList &paths)
{
    m_settings.setValue(RecentInputsKey, paths);
}

std::optional<Product> AppSettings::resultsProduct() const
{
    return productFromId(m_settings.value(ResultsProductKey).toString());
}

void AppSettings::setResultsProduct(std::optional<Product> product)
{
    m_settings.setValue(ResultsProductKey, product ? productId(*product) : QStringLiteral("auto"));
}

bool AppSettings::maskPersonalData() const
{
    return m_settings.value(MaskKey, true).toBool();
}

void AppSettings::setMaskPersonalData(bool mask)
{
    m_settings.setValue(MaskKey, mask);
}

NewInputsChoice AppSettings::newInputs() const
{
    return newInputsFromValue(m_settings.value(NewInputsKey).toString());
}

void AppSettings::setNewInputs(NewInputsChoice choice)
{
    m_settings.setValue(NewInputsKey, newInputsValue(choice));
}

QString AppSettings::exportFolder() const
{
    return exportToFixedFolder() ? fixedExportFolder() : QString();
}

bool AppSettings::exportToFixedFolder() const
{
    return m_settings.value(ExportFolderModeKey).toString() == QLatin1String("fixed") && !fixedExportFolder().isEmpty();
}

QString AppSettings::fixedExportFolder() const
{
    return m_settings.value(ExportFolderKey).toString();
}

void AppSettings::setExportFolder(bool fixed, const QString &folder)
{
    m_settings.setValue(ExportFolderModeKey, fixed ? QStringLiteral("fixed") : QStringLiteral("last"));
    if (folder.isEmpty())
        m_settings.remove(ExportFolderKey);
    else
        m_settings.setValue(ExportFolderKey, folder);
}

QString AppSettings::lastExportFolder() const
{
    return m_settings.value(LastExportFolderKey).toString();
}

void AppSettings::setLastExportFolder(const QString &folder)
{
    m_settings.setValue(LastExportFolderKey, folder);
}

QByteArray AppSettings::layout(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/") + name).toByteArray();
}

void AppSettings::setLayout(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/") + name, state);
}

QSettings::Status AppSettings::sync()
{
    m_settings.sync();
    return m_settings.status();
}

} // namespace ekyc
