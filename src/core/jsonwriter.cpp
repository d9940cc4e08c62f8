// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"

#include <QStringBuilder>

namespace ekyc {

QString jsonString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

JsonObjectBuilder &JsonObjectBuilder::add(QStringView key, QStringView stringValue)
{
    return addRaw(key, jsonString(stringValue));
}

JsonObjectBuilder &JsonObjectBuilder::addRaw(QStringView key, const QString &jsonValue)
{
    if (!m_body.isEmpty())
        m_body += QLatin1Char(',');
    m_body += jsonString(key) % QLatin1Char(':') % jsonValue;
    return *this;
}

} // namespace ekyc
