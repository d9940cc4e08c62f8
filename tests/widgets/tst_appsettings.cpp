// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AppSettings: every remembered value comes back as it was written, defaults when never
// written, and the file is written the atomic way.
#include "models/appsettings.h"
#include "models/settingsformat.h"

#include "isolatedsettings.h"

#include <QDir>
#include <QTest>

using namespace ekyc;
using Filter = CatalogFilterProxy::BillableFilter;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_settings.clear(); }

    void defaultsWhenNothingWasSaved()
    {
        const AppSettings settings;
        QCOMPARE(settings.language(), UiLanguage::System);
        QCOMPARE(settings.theme(), UiTheme::System);
        QCOMPARE(settings.catalogPath(), QString());
        QVERIFY(settings.filters() == AppSettings::Filters());
        QCOMPARE(settings.filters().product, std::nullopt);
        QVERIFY(settings.filters().includeCommon);
        QVERIFY(settings.layout(QStringLiteral("geometry")).isEmpty());
        QCOMPARE(settings.recentInputs(), QStringList());
        QCOMPARE(settings.resultsProduct(), std::nullopt);
        QVERIFY(settings.maskPersonalData()); // on unless turned off
        QCOMPARE(settings.newInputs(), NewInputsChoice::Ask);
        QCOMPARE(settings.exportFolder(), QString()); // the last folder used…
        QCOMPARE(settings.lastExportFolder(), QString()); // …of which there is none yet
        // Never in the user's real configuration folder.
        QVERIFY2(settings.fileName().startsWith(m_settings.path()), qPrintable(settings.fileName()));
    }

    void languageRoundTrip_data()
    {
        QTest::addColumn<UiLanguage>("language");
        QTest::addColumn<QString>("stored");
        QTest::newRow("system") << UiLanguage::System << "system";
        QTest::newRow("English") << UiLanguage::English << "en";
        QTest::newRow("Chinese") << UiLanguage::Chinese << "zh_CN";
    }
    void languageRoundTrip()
    {
        QFETCH(UiLanguage, language);
        QFETCH(QString, stored);
        AppSettings().setLanguage(language);
        QCOMPARE(AppSettings().language(), language);
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), stored);
    }

    void themeRoundTrip_data()
    {
        QTest::addColumn<UiTheme>("theme");
        QTest::addColumn<QString>("stored");
        QTest::newRow("system") << UiTheme::System << "system";
        QTest::newRow("light") << UiTheme::Light << "light";
        QTest::newRow("dark") << UiTheme::Dark << "dark";
    }
    void themeRoundTrip()
    {
        QFETCH(UiTheme, theme);
        QFETCH(QString, stored);
        AppSettings().setTheme(theme);
        QCOMPARE(AppSettings().theme(), theme);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), stored);
    }

    void unknownValuesMeanSystem()
    {
        // A hand-edited file, or one from a later version with more languages.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("solarized"));
        QCOMPARE(AppSettings().language(), UiLanguage::System);
        QCOMPARE(AppSettings().theme(), UiTheme::System);
    }

    void filtersRoundTrip_data()
    {
        QTest::addColumn<std::optional<Product>>("product");
        QTest::addColumn<bool>("includeCommon");
        QTest::addColumn<Filter>("billing");
        QTest::newRow("all products") << std::optional<Product>() << true << Filter::All;
        QTest::newRow("h5 billable, no common") << std::optional(Product::H5) << false << Filter::Billable;
        QTest::newRow("idv not billable") << std::optional(Product::IdvSdk) << true << Filter::NotBillable;
        QTest::newRow("common") << std::optional(Product::Common) << true << Filter::All;
    }
    void filtersRoundTrip()
    {
        QFETCH(std::optional<Product>, product);
        QFETCH(bool, includeCommon);
        QFETCH(Filter, billing);
        const AppSettings::Filters filters { product, includeCommon, billing };
        AppSettings().setFilters(filters);
        const AppSettings::Filters back = AppSettings().filters();
        QCOMPARE(back.product, product);
        QCOMPARE(back.includeCommon, includeCommon);
        QCOMPARE(back.billing, billing);
    }

    // Each typed value, written through AppSettings, comes back and sits under the key the
    // window used before these accessors existed (so older settings files keep working).
    void classifyValuesRoundTrip_data()
    {
        QTest::addColumn<QStringList>("recent");
        QTest::addColumn<std::optional<Product>>("product");
        QTest::addColumn<QString>("storedProduct");
        QTest::addColumn<bool>("mask");
        QTest::newRow("nothing, auto, masked") << QStringList() << std::optional<Product>() << "auto" << true;
        QTest::newRow("two paths, h5, clear")
            << QStringList { QStringLiteral("/logs/b.log"), QStringLiteral("/logs/目录") } << std::optional(Product::H5)
            << productId(Product::H5) << false;
        QTest::newRow("one path, idv, masked") << QStringList { QStringLiteral("a.log") }
                                               << std::optional(Product::IdvSdk) << productId(Product::IdvSdk) << true;
    }
    void classifyValuesRoundTrip()
    {
        QFETCH(QStringList, recent);
        QFETCH(std::optional<Product>, product);
        QFETCH(QString, storedProduct);
        QFETCH(bool, mask);
        AppSettings settings;
        settings.setRecentInputs(recent);
        settings.setResultsProduct(product);
        settings.setMaskPersonalData(mask);
        QCOMPARE(AppSettings().recentInputs(), recent);
        QCOMPARE(AppSettings().resultsProduct(), product);
        QCOMPARE(AppSettings().maskPersonalData(), mask);
        const QSettings raw;
        QCOMPARE(raw.value(QStringLiteral("classify/recentInputs")).toStringList(), recent);
        QCOMPARE(raw.value(QStringLiteral("classify/product")).toString(), storedProduct);
        QCOMPARE(raw.value(QStringLiteral("classify/mask")).toBool(), mask);
    }

    void newInputsRoundTrip_data()
    {
        QTest::addColumn<NewInputsChoice>("choice");
        QTest::addColumn<QString>("stored");
        QTest::newRow("ask") << NewInputsChoice::Ask << "ask";
        QTest::newRow("add") << NewInputsChoice::Add << "add";
        QTest::newRow("replace") << NewInputsChoice::Replace << "replace";
    }
    void newInputsRoundTrip()
    {
        QFETCH(NewInputsChoice, choice);
        QFETCH(QString, stored);
        AppSettings().setNewInputs(choice);
        QCOMPARE(AppSettings().newInputs(), choice);
        QCOMPARE(QSettings().value(QStringLiteral("classify/newInputs")).toString(), stored);
        QSettings().setValue(QStringLiteral("classify/newInputs"), QStringLiteral("sometimes"));
        QCOMPARE(AppSettings().newInputs(), NewInputsChoice::Ask); // unknown: ask
    }

    void exportFolder_data()
    {
        QTest::addColumn<bool>("fixed");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected"); // exportFolder(): empty means "the last used"
        QTest::newRow("last used") << false << ""
                                   << "";
        QTest::newRow("last used, a fixed one kept") << false << "/data/exports"
                                                     << "";
        QTest::newRow("fixed") << true << "/data/exports"
                               << "/data/exports";
        QTest::newRow("fixed without a folder") << true << ""
                                                << "";
    }
    void exportFolder()
    {
        QFETCH(bool, fixed);
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        AppSettings().setLastExportFolder(QStringLiteral("/home/me/tickets"));
        AppSettings().setExportFolder(fixed, folder);
        const AppSettings settings;
        QCOMPARE(settings.exportFolder(), expected);
        QCOMPARE(settings.exportToFixedFolder(), !expected.isEmpty());
        QCOMPARE(settings.fixedExportFolder(), folder);
        QCOMPARE(settings.lastExportFolder(), QStringLiteral("/home/me/tickets"));
    }

    void catalogPathRoundTripAndForget()
    {
        AppSettings().setCatalogPath(QStringLiteral("/data/newer.json"));
        QCOMPARE(AppSettings().catalogPath(), QStringLiteral("/data/newer.json"));
        AppSettings().setCatalogPath(QString());
        QCOMPARE(AppSettings().catalogPath(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("catalog/path")));
    }

    void layoutsByName()
    {
        AppSettings().setLayout(QStringLiteral("geometry"), QByteArray("g\0e", 3));
        AppSettings().setLayout(QStringLiteral("catalogHeader"), QByteArray("h"));
        QCOMPARE(AppSettings().layout(QStringLiteral("geometry")), QByteArray("g\0e", 3));
        QCOMPARE(AppSettings().layout(QStringLiteral("catalogHeader")), QByteArray("h"));
        // The key the window used before these settings had a home of their own.
        QCOMPARE(QSettings().value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("g\0e", 3));
    }

    void writtenAtomicallyToOneFile()
    {
        AppSettings settings;
        QVERIFY(settings.writesAtomically());
        settings.setTheme(UiTheme::Dark);
        QCOMPARE(settings.sync(), QSettings::NoError);
        const QFileInfo file(settings.fileName());
        QVERIFY(file.exists());
        // Only the settings file itself: QSaveFile's temporary was renamed over it, not left behind.
        QCOMPARE(file.dir().entryList(QDir::Files), QStringList { file.fileName() });
        QFile text(settings.fileName());
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("\"ui/theme\": \"dark\""));
    }

    // The file format (settingsformat.h): every kind of value the window keeps comes back as
    // it went in, and a file that is not ours (an INI file of an older build, a broken one) is
    // refused, so QSettings reports FormatError and the window starts from its defaults.
    void fileFormatRoundTrip()
    {
        QSettings::SettingsMap map;
        map.insert(QStringLiteral("ui/theme"), QStringLiteral("dark"));
        map.insert(QStringLiteral("catalog/path"), QStringLiteral("/tmp/目录/catalog \"new\".json"));
        map.insert(QStringLiteral("filters/includeCommon"), false);
        map.insert(QStringLiteral("window/width"), 1280);
        map.insert(
            QStringLiteral("classify/recent"), QStringList { QStringLiteral("a.log"), QStringLiteral("b c.log") });
        map.insert(QStringLiteral("window/main"), QByteArray("\0\x01\xff layout", 10));
        QSettings::SettingsMap back;
        QVERIFY(SettingsFormat::fromBytes(SettingsFormat::toBytes(map), &back));
        QCOMPARE(back.keys(), map.keys());
        QCOMPARE(back.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(back.value(QStringLiteral("catalog/path")).toString(),
            map.value(QStringLiteral("catalog/path")).toString());
        QCOMPARE(back.value(QStringLiteral("filters/includeCommon")).toBool(), false);
        QCOMPARE(back.value(QStringLiteral("window/width")).toInt(), 1280);
        QCOMPARE(back.value(QStringLiteral("classify/recent")).toStringList(),
            map.value(QStringLiteral("classify/recent")).toStringList());
        QCOMPARE(back.value(QStringLiteral("window/main")).toByteArray(), QByteArray("\0\x01\xff layout", 10));

        QSettings::SettingsMap none;
        QVERIFY(SettingsFormat::fromBytes(QByteArray(), &none));
        QVERIFY(none.isEmpty());
        QVERIFY(!SettingsFormat::fromBytes("[ui]\ntheme=dark\n", &none));
        QVERIFY(!SettingsFormat::fromBytes("{\"ui/theme\": \"da", &none));
    }

private:
    IsolatedSettings m_settings;
};

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
