// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogloader.h"
#include "boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ekyc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ekyc::CatalogLoader", text);
}

// Collects the first problem found; all checks after it are skipped by the callers.
struct Validator
{
    QString source;
    QString problem;

    bool fail(const QString &message)
    {
        if (problem.isEmpty())
            problem = message;
        return false;
    }

    bool stringArray(const QJsonValue &value, const QString &where, QStringList *out)
    {
        if (!value.isArray())
            return fail(tr("%1 must be an array of strings").arg(where));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return fail(tr("%1[%2] must be a string").arg(where).arg(i));
            out->append(array.at(i).toString());
        }
        return true;
    }
};

} // namespace

QByteArray CatalogLoader::builtInJson()
{
    QFile file(QStringLiteral(":/catalog/ekyc-error-codes.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in catalog resource is missing from this binary");
    return file.readAll();
}

Catalog CatalogLoader::builtIn()
{
    QString error;
    std::optional<Catalog> catalog = fromJson(builtInJson(), QStringLiteral("built-in catalog"), &error);
    if (!catalog)
        qFatal("%s", qPrintable(error));
    return std::move(*catalog);
}

std::optional<Catalog> CatalogLoader::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1: is a directory, not a catalog file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("%1: file is too large for a catalog (%2 bytes, at most %3)")
                     .arg(path)
                     .arg(file.size())
                     .arg(MaxFileBytes);
        return std::nullopt;
    }
    const QByteArray json = readBounded(file, MaxFileBytes);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: read error: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(json, path, error);
}

std::optional<Catalog> CatalogLoader::fromJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    Validator v{sourceName, {}};
    auto failed = [&]() -> std::optional<Catalog> {
        *error = sourceName + QStringLiteral(": ") + v.problem;
        return std::nullopt;
    };

    if (json.trimmed().isEmpty()) {
        v.fail(tr("the file is empty"));
        return failed();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        v.fail(tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return failed();
    }
    if (!doc.isObject()) {
        v.fail(tr("the top level must be a JSON object"));
        return failed();
    }
    const QJsonObject root = doc.object();

    const QJsonValue schema = root.value(QStringLiteral("schema_version"));
    if (!schema.isDouble() || schema.toDouble() != schema.toInt() || schema.toInt() < 1) {
        v.fail(tr("\"schema_version\" must be a positive integer"));
        return failed();
    }
    if (schema.toInt() > 1) {
        v.fail(tr("\"schema_version\" %1 is newer than this program understands (1)").arg(schema.toInt()));
        return failed();
    }
    const QJsonValue updated = root.value(QStringLiteral("updated"));
    if (!updated.isString()) {
        v.fail(tr("\"updated\" must be a string (the page's date, e.g. 2023-07-03)"));
        return failed();
    }

    const QJsonValue productsValue = root.value(QStringLiteral("products"));
    if (!productsValue.isArray()) {
        v.fail(tr("\"products\" must be an array"));
        return failed();
    }
    QList<ProductInfo> products;
    QSet<int> seenProducts;
    const QJsonArray productArray = productsValue.toArray();
    for (qsizetype i = 0; i < productArray.size(); ++i) {
        const QString where = QStringLiteral("products[%1]").arg(i);
        if (!productArray.at(i).isObject()) {
            v.fail(tr("%1 must be an object").arg(where));
            return failed();
        }
        const QJsonObject p = productArray.at(i).toObject();
        const QJsonValue id = p.value(QStringLiteral("id"));
        const std::optional<Product> product = id.isString() ? productFromId(id.toString()) : std::nullopt;
        if (!product) {
            v.fail(tr("%1.id must be one of %2").arg(where, productIdList()));
            return failed();
        }
        if (seenProducts.contains(productIndex(*product))) {
            v.fail(tr("%1: product \"%2\" is listed twice").arg(where, id.toString()));
            return failed();
        }
        seenProducts.insert(productIndex(*product));
        ProductInfo info;
        info.product = *product;
        const QJsonValue zh = p.value(QStringLiteral("title_zh"));
        const QJsonValue en = p.value(QStringLiteral("title_en"));
        if (!zh.isString() || !en.isString()) {
            v.fail(tr("%1: \"title_zh\" and \"title_en\" must be strings").arg(where));
            return failed();
        }
        info.titleZh = zh.toString();
        info.titleEn = en.toString();
        if (!v.stringArray(p.value(QStringLiteral("actions")), where + QStringLiteral(".actions"), &info.actions))
            return failed();
        products.append(info);
    }
    for (Product p : AllProducts) {
        if (!seenProducts.contains(productIndex(p))) {
            v.fail(tr("\"products\" lacks the product \"%1\"").arg(productId(p)));
            return failed();
        }
    }

    QStringList categories;
    if (!v.stringArray(root.value(QStringLiteral("categories")), QStringLiteral("\"categories\""), &categories))
        return failed();

    // Optional: a catalog from before R4 has no other services' actions.
    QStringList otherActions;
    const QJsonValue otherValue = root.value(QStringLiteral("other_actions"));
    if (!otherValue.isUndefined()
        && !v.stringArray(otherValue, QStringLiteral("\"other_actions\""), &otherActions))
        return failed();
    for (const QString &action : std::as_const(otherActions)) {
        for (const ProductInfo &info : std::as_const(products)) {
            if (info.actions.contains(action)) {
                v.fail(tr("\"other_actions\" lists \"%1\", an action of product \"%2\"")
                           .arg(action, productId(info.product)));
                return failed();
            }
        }
    }

    const QJsonValue codesValue = root.value(QStringLiteral("codes"));
    if (!codesValue.isArray()) {
        v.fail(tr("\"codes\" must be an array"));
        return failed();
    }
    const QJsonArray codes = codesValue.toArray();
    if (codes.size() > MaxRows) {
        v.fail(tr("\"codes\" has %1 rows, more than the limit of %2").arg(codes.size()).arg(MaxRows));
        return failed();
    }
    QList<CodeEntry> entries;
    entries.reserve(codes.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString where = QStringLiteral("codes[%1]").arg(i);
        if (!codes.at(i).isObject()) {
            v.fail(tr("%1 must be an object").arg(where));
            return failed();
        }
        const QJsonObject row = codes.at(i).toObject();
        const QJsonValue product = row.value(QStringLiteral("product"));
        const QJsonValue code = row.value(QStringLiteral("code"));
        const QJsonValue description = row.value(QStringLiteral("description"));
        const QJsonValue billable = row.value(QStringLiteral("billable"));
        const std::optional<Product> p = product.isString() ? productFromId(product.toString()) : std::nullopt;
        if (!p) {
            v.fail(tr("%1.product must be one of %2").arg(where, productIdList()));
            return failed();
        }
        if (!code.isString() || code.toString().trimmed().isEmpty()) {
            v.fail(tr("%1.code must be a non-empty string").arg(where));
            return failed();
        }
        if (!description.isString()) {
            v.fail(tr("%1.description must be a string").arg(where));
            return failed();
        }
        if (!billable.isBool()) {
            v.fail(tr("%1.billable must be true or false").arg(where));
            return failed();
        }
        const QString key = product.toString() + QLatin1Char('\n') + code.toString();
        if (seen.contains(key)) {
            v.fail(tr("%1 repeats the code \"%2\" of product \"%3\"").arg(where, code.toString(), product.toString()));
            return failed();
        }
        seen.insert(key);
        entries.append(CodeEntry{*p, code.toString(), description.toString(), billable.toBool()});
    }

    Catalog catalog(std::move(products), std::move(entries), std::move(categories));
    catalog.setOtherActions(otherActions);
    catalog.setUpdated(updated.toString());
    catalog.setSource(root.value(QStringLiteral("source")).toString());
    catalog.setSourceDescription(root.value(QStringLiteral("source_description")).toString());
    catalog.setSchemaVersion(schema.toInt());
    return catalog;
}

} // namespace ekyc
