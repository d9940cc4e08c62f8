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
