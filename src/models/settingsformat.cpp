// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/settingsformat.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ekyc::SettingsFormat {

namespace {

const QString BytesTag = QStringLiteral("@bytes");

QJsonValue toJson(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return QJsonObject { { BytesTag, QString::fromLatin1(value.toByteArray().toBase64()) } };
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Double:
        return QJsonValue::fromVariant(value);
    default:
        return value.toString();
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return QByteArray::fromBase64(object.value(BytesTag).toString().toLatin1());
    }
    if (value.isArray()) {
        QStringList list;
        for (const auto &item : value.toArray()) // QJsonValueConstRef: no QJsonValue made per item
            list << item.toString();
        return list;
    }
    return value.toVariant();
}

bool read(QIODevice &device, QSettings::SettingsMap &map)
{
    return fromBytes(device.readAll(), &map);
}

bool write(QIODevice &device, const QSettings::SettingsMap &map)
{
    const QByteArray bytes = toBytes(map);
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    // QSaveFile buffers: push the bytes to the file now, so a full disk is seen before commit().
    auto *file = qobject_cast<QFileDevice *>(&device);
    return !file || (file->flush() && file->error() == QFileDevice::NoError);
}

} // namespace

QByteArray toBytes(const QSettings::SettingsMap &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), toJson(it.value()));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool fromBytes(const QByteArray &bytes, QSettings::SettingsMap *map)
{
    if (bytes.trimmed().isEmpty())
        return true; // a new file
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map->insert(it.key(), fromJson(it.value()));
    return true;
}

QSettings::Format install()
{
    static const QSettings::Format format
        = QSettings::registerFormat(QStringLiteral("conf"), read, write, Qt::CaseSensitive);
    QSettings::setDefaultFormat(format);
    return format;
}

} // namespace ekyc::SettingsFormat
