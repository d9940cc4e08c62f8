// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>
#include <QTextStream>

namespace ekyc {

// JSON text with keys in the order written (QJsonObject sorts them), for reports that
// people read as well as parse, and for streaming one object per line (JSONL).
QString jsonString(QStringView text);
void appendJsonString(QString &out, QStringView text); // jsonString(text) added to out
inline QString jsonBool(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }

class JsonObjectBuilder
{
public:
    JsonObjectBuilder &add(QStringView key, QStringView stringValue);
    JsonObjectBuilder &addRaw(QStringView key, const QString &jsonValue); // a number, bool, null, object or array
    // A string literal must not fall into the bool overload (pointer to bool).
    JsonObjectBuilder &add(QStringView key, const char16_t *stringValue) { return add(key, QStringView(stringValue)); }
    JsonObjectBuilder &add(QStringView key, const char *stringValue) = delete;
    JsonObjectBuilder &add(QStringView key, bool value) { return addRaw(key, jsonBool(value)); }
    JsonObjectBuilder &add(QStringView key, qint64 value);
    JsonObjectBuilder &addNull(QStringView key) { return addRaw(key, QStringLiteral("null")); }
    // A string, or null when it is empty (a file without an error).
    JsonObjectBuilder &addOrNull(QStringView key, QStringView stringValue)
    {
        return stringValue.isEmpty() ? addNull(key) : add(key, stringValue);
    }
    QString toString() const { return QLatin1Char('{') + m_body + QLatin1Char('}'); }
    // For an object per item of a list: write it, then clear() keeps the buffer for the next.
    void writeTo(QTextStream &out) const;
    void clear() { m_body.truncate(0); }

private:
    void addKey(QStringView key);

    QString m_body;
};

} // namespace ekyc
