// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>

namespace ekyc {

QString jsonString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    appendJsonString(out, text);
    return out;
}

namespace {
bool plain(QChar c) { return c.unicode() >= 0x20 && c != u'"' && c != u'\\'; }

// `parts` written at the end of `out` with one resize (QString's appends check and grow one by one).
void appendAll(QString &out, std::initializer_list<QStringView> parts)
{
    qsizetype size = 0;
    for (QStringView part : parts)
        size += part.size();
    qsizetype at = out.size();
    out.resize(at + size);
    QChar *data = out.data();
    for (QStringView part : parts) {
        std::copy(part.begin(), part.end(), data + at);
        at += part.size();
    }
}
} // namespace

void appendJsonString(QString &out, QStringView text)
{
    if (std::all_of(text.begin(), text.end(), plain)) { // nearly always: a path, an id, a code
        appendAll(out, {u"\"", text, u"\""});
        return;
    }
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = i;
        while (end < text.size() && plain(text[end]))
            ++end;
        out.append(text.constData() + i, end - i);
        if (end == text.size())
            break;
        const QChar c = text[end];
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default: out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        i = end + 1;
    }
    out += QLatin1Char('"');
}

// Straight into the body, no string per key or value: a report of a folder writes an object
// per file.
void JsonObjectBuilder::addKey(QStringView key)
{
    if (m_body.isEmpty())
        m_body.reserve(256);
    if (std::all_of(key.begin(), key.end(), plain)) {
        appendAll(m_body, {m_body.isEmpty() ? QStringView() : QStringView(u","), u"\"", key, u"\":"});
        return;
    }
    if (!m_body.isEmpty())
        m_body += QLatin1Char(',');
    appendJsonString(m_body, key);
    m_body += QLatin1Char(':');
}

JsonObjectBuilder &JsonObjectBuilder::add(QStringView key, QStringView stringValue)
{
    addKey(key);
    appendJsonString(m_body, stringValue);
    return *this;
}

JsonObjectBuilder &JsonObjectBuilder::add(QStringView key, qint64 value)
{
    char digits[24];
    char *end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    char16_t wide[24];
    std::copy(digits, end, wide);
    addKey(key);
    appendAll(m_body, {QStringView(wide, end - digits)});
    return *this;
}

void JsonObjectBuilder::writeTo(QTextStream &out) const
{
    out << QLatin1Char('{') << m_body << QLatin1Char('}');
}

JsonObjectBuilder &JsonObjectBuilder::addRaw(QStringView key, const QString &jsonValue)
{
    addKey(key);
    m_body += jsonValue;
    return *this;
}

} // namespace ekyc
