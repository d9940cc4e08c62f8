// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/catalogloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ekyc;

class TestCatalogLoader : public QObject
{
    Q_OBJECT

    static QJsonObject builtInObject() { return QJsonDocument::fromJson(CatalogLoader::builtInJson()).object(); }
    static QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    static QJsonObject withRow(QJsonObject root, int index, const char *key, const QJsonValue &value)
    {
        QJsonArray codes = root.value("codes").toArray();
        QJsonObject row = codes.at(index).toObject();
        row.insert(QLatin1String(key), value);
        codes.replace(index, row);
        root.insert("codes", codes);
        return root;
    }

private slots:
    void builtInLoads()
    {
        QString error;
        const auto catalog = CatalogLoader::fromJson(CatalogLoader::builtInJson(), "x", &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->size(), 134);
        QVERIFY(error.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedFragment");

        const QJsonObject good = builtInObject();
        QTest::newRow("empty") << QByteArray("") << "empty";
        QTest::newRow("blank") << QByteArray(" \n") << "empty";
        QTest::newRow("malformed") << QByteArray("{\"codes\": [") << "not valid JSON";
        QTest::newRow("array at top") << QByteArray("[]") << "top level must be a JSON object";
        QTest::newRow("no schema") << QByteArray("{}") << "schema_version";
        QJsonObject o = good;
        o.insert("schema_version", "1");
        QTest::newRow("schema as string") << toJson(o) << "schema_version";
        o = good;
        o.insert("schema_version", 7);
        QTest::newRow("schema too new") << toJson(o) << "newer";
        o = good;
        o.remove("updated");
        QTest::newRow("no updated") << toJson(o) << "\"updated\"";
        o = good;
        o.insert("codes", QJsonObject());
        QTest::newRow("codes not array") << toJson(o) << "\"codes\" must be an array";
        QTest::newRow("billable as string") << toJson(withRow(good, 3, "billable", "N")) << "codes[3].billable";
        QTest::newRow("code as number") << toJson(withRow(good, 20, "code", 1001)) << "codes[20].code";
        QTest::newRow("empty code") << toJson(withRow(good, 20, "code", "")) << "codes[20].code";
        QTest::newRow("description missing") << toJson(withRow(good, 5, "description", QJsonValue())) << "codes[5].description";
        QTest::newRow("unknown product") << toJson(withRow(good, 0, "product", "pc")) << "codes[0].product";
        // Row 1 (common) takes row 0's code: a duplicate (product, code).
        QTest::newRow("duplicate row") << toJson(withRow(good, 1, "code", "InvalidParameter")) << "repeats the code \"InvalidParameter\"";
        o = good;
        QJsonArray products = o.value("products").toArray();
        products.removeLast();
        o.insert("products", products);
        QTest::newRow("product missing") << toJson(o) << "lacks the product \"idv_sdk\"";
        o = good;
        products = o.value("products").toArray();
        QJsonObject p0 = products.at(0).toObject();
        p0.insert("actions", QJsonArray{1});
        products.replace(0, p0);
        o.insert("products", products);
        QTest::newRow("action not string") << toJson(o) << "products[0].actions[0]";

        o = good;
        QJsonArray many;
        for (int i = 0; i <= CatalogLoader::MaxRows; ++i)
            many.append(QJsonObject{{"product", "h5"}, {"code", QString::number(i)}, {"description", ""}, {"billable", false}});
        o.insert("codes", many);
        QTest::newRow("oversized") << toJson(o) << "more than the limit of 100000";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedFragment);
        QString error;
        const auto catalog = CatalogLoader::fromJson(json, "my-catalog.json", &error);
        QVERIFY(!catalog);
        QVERIFY2(error.startsWith("my-catalog.json: "), qPrintable(error));
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    }

    void exactlyMaxRowsIsAccepted()
    {
        QJsonObject o = builtInObject();
        QJsonArray many;
        for (int i = 0; i < CatalogLoader::MaxRows; ++i)
            many.append(QJsonObject{{"product", "api"}, {"code", QString::number(i)}, {"description", "d"}, {"billable", true}});
        o.insert("codes", many);
        QString error;
        const auto catalog = CatalogLoader::fromJson(toJson(o), "big.json", &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->size(), CatalogLoader::MaxRows);
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!CatalogLoader::fromFile(dir.filePath("missing.json"), &error));
        QVERIFY2(error.contains("missing.json: cannot open"), qPrintable(error));
        QVERIFY(!CatalogLoader::fromFile(dir.path(), &error));
        QVERIFY2(error.contains("is a directory"), qPrintable(error));
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("c.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toJson(withRow(builtInObject(), 0, "description", "changed")));
        f.close();
        QString error;
        const auto catalog = CatalogLoader::fromFile(f.fileName(), &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->at(0).description, QStringLiteral("changed"));
        QCOMPARE(catalog->updated(), QStringLiteral("2023-07-03"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
