// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CatalogSource: a loaded catalog file is remembered and comes back at the next start; a
// broken one changes nothing; the built-in catalog is one step away.
#include "core/catalogloader.h"
#include "models/appsettings.h"
#include "models/catalogsource.h"
#include "widgets/aboutdialog.h"

#include "isolatedsettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTest>

using namespace ekyc;

namespace {

// The built-in catalog, dated `updated`, without its last `drop` rows.
QByteArray newerCatalog(const QString &updated, int drop)
{
    QJsonObject o = QJsonDocument::fromJson(CatalogLoader::builtInJson()).object();
    o[QStringLiteral("updated")] = updated;
    QJsonArray codes = o[QStringLiteral("codes")].toArray();
    for (int i = 0; i < drop; ++i)
        codes.removeLast();
    o[QStringLiteral("codes")] = codes;
    return QJsonDocument(o).toJson();
}

} // namespace

class TestCatalogSource : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_settings.clear();
        m_newer = m_settings.path() + QStringLiteral("/newer.json");
        m_broken = m_settings.path() + QStringLiteral("/broken.json");
        write(m_newer, newerCatalog(QStringLiteral("2024-05-01"), 4));
        write(m_broken, "{\"schema_version\": 1, \"codes\": [");
    }

    void startsBuiltIn()
    {
        CatalogSource source;
        QString error;
        const Catalog catalog = source.restore(&error);
        QVERIFY(source.isBuiltIn());
        QVERIFY(error.isEmpty());
        QCOMPARE(catalog.size(), 134);
        QCOMPARE(
            CatalogSource::summary(catalog, source.path()), QStringLiteral("Catalog 2023-07-03, 134 rows (built-in)"));
    }

    void loadedFileIsRememberedWhenAsked()
    {
        CatalogSource source;
        QString error;
        std::optional<Catalog> catalog = source.load(m_newer, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->size(), 130);
        QCOMPARE(source.path(), m_newer);
        QCOMPARE(CatalogSource::summary(*catalog, source.path()),
            QStringLiteral("Catalog 2024-05-01, 130 rows (newer.json)"));
        // --catalog FILE loads without remembering; the menu remembers.
        QCOMPARE(AppSettings().catalogPath(), QString());
        source.remember();
        QCOMPARE(AppSettings().catalogPath(), m_newer);

        CatalogSource nextStart;
        const Catalog again = nextStart.restore(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(again.updated(), QStringLiteral("2024-05-01"));
        QCOMPARE(nextStart.path(), m_newer);
    }

    void brokenFileChangesNothing()
    {
        CatalogSource source;
        QString error;
        QVERIFY(source.load(m_newer, &error));
        QVERIFY(!source.load(m_broken, &error));
        QVERIFY2(error.startsWith(m_broken + QStringLiteral(": not valid JSON")), qPrintable(error));
        QCOMPARE(source.path(), m_newer);
    }

    void rememberedFileGoneFallsBackAndSaysWhy()
    {
        AppSettings().setCatalogPath(m_broken);
        CatalogSource source;
        QString error;
        const Catalog catalog = source.restore(&error);
        QVERIFY(source.isBuiltIn());
        QCOMPARE(catalog.size(), 134);
        QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
        QCOMPARE(AppSettings().catalogPath(), m_broken);
    }

    void builtInForgetsTheFile()
    {
        CatalogSource source;
        QString error;
        QVERIFY(source.load(m_newer, &error));
        source.remember();
        QCOMPARE(source.useBuiltIn().size(), 134);
        source.remember();
        QCOMPARE(AppSettings().catalogPath(), QString());
        QCOMPARE(CatalogSource().restore(&error).updated(), QStringLiteral("2023-07-03"));
    }

    void aboutNamesTheCatalog_data()
    {
        QTest::addColumn<bool>("builtIn");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("built-in") << true << QStringList { "updated 2023-07-03, 134 rows", "Source: built in" };
        QTest::newRow("file") << false << QStringList { "updated 2024-05-01, 130 rows", "newer.json" };
    }
    void aboutNamesTheCatalog()
    {
        QFETCH(bool, builtIn);
        QFETCH(QStringList, fragments);
        CatalogSource source;
        QString error;
        const Catalog catalog = builtIn ? source.useBuiltIn() : *source.load(m_newer, &error);
        AboutDialog dialog(catalog, source.path());
        const QString text = dialog.label()->text();
        for (const QString &fragment : fragments)
            QVERIFY2(text.contains(fragment), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    }

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    IsolatedSettings m_settings;
    QString m_newer;
    QString m_broken;
};

QTEST_MAIN(TestCatalogSource)
#include "tst_catalogsource.moc"
