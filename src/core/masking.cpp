// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "masking.h"

#include <QRegularExpression>

namespace ekyc {

namespace {

// Where a bare value ends: the characters that close a field in JSON, query strings, logfmt.
bool endsBareValue(QChar c)
{
    return c.isSpace() || c == u',' || c == u';' || c == u'&' || c == u'}' || c == u']' || c == u')' || c == u'"'
        || c == u'\'' || c == u'<' || c == u'>' || c == u'\\';
}

// The end (exclusive) of a quoted value starting at `from` (just after the opening quote).
qsizetype quotedEnd(QStringView text, qsizetype from, QStringView quote)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (quote.size() == 1 && text[i] == u'\\') {
            ++i; // an escaped character never ends the value
            continue;
        }
        if (text.mid(i).startsWith(quote))
            return i;
    }
    return text.size(); // an unterminated value runs to the end of the line
}

QString maskKeyValues(QStringView text)
{
    // The key, an optional closing quote (", ' or \"), then `:` or `=` with blanks around.
    // Or a command-line option with its value after a blank (`tccli ... --SdkToken 3F2A`).
    static const QString keys = QStringLiteral("BizToken|SdkToken|Token|IdCard|Name|Mobile|ImageBase64|VideoBase64");
    static const QRegularExpression key(
        QStringLiteral("(?<![A-Za-z0-9_])(?:%1)(?![A-Za-z0-9_])(?:\\\\\"|\"|')?[ \\t]*[:=][ \\t]*"
                       "|(?<![A-Za-z0-9_-])--(?:%1)[ \\t]+")
            .arg(keys),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    auto it = key.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype start = match.capturedEnd();
        if (start < copied)
            continue; // inside a value already masked
        QStringView quote;
        const QStringView rest = text.mid(start);
        if (rest.startsWith(u"\\\""))
            quote = u"\\\"";
        else if (rest.startsWith(u'"'))
            quote = u"\"";
        else if (rest.startsWith(u'\''))
            quote = u"'";
        start += quote.size();
        qsizetype end = start;
        if (!quote.isEmpty()) {
            end = quotedEnd(text, start, quote);
        } else {
            while (end < text.size() && !endsBareValue(text[end]))
                ++end;
            if (text.mid(start, end - start) == u"null")
                continue;
        }
        if (end == start)
            continue; // an empty value or an object/array: nothing personal to hide here
        out += text.mid(copied, start - copied);
        out += u"***";
        copied = end;
    }
    out += text.mid(copied);
    return out;
}

QString maskEmails(const QString &text)
{
    static const QRegularExpression email(
        QStringLiteral("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})"));
    QString out = text;
    qsizetype shift = 0;
    auto it = email.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString masked = QStringLiteral("***@") + match.captured(1);
        out.replace(match.capturedStart() + shift, match.capturedLength(), masked);
        shift += masked.size() - match.capturedLength();
    }
    return out;
}

void maskLongDigitRuns(QString &text)
{
    constexpr qsizetype MinRun = 11;
    constexpr qsizetype Kept = 4;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] < u'0' || text[i] > u'9') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end] >= u'0' && text[end] <= u'9')
            ++end;
        if (end - i >= MinRun) {
            for (qsizetype k = i; k < end - Kept; ++k)
                text[k] = u'*';
        }
        i = end;
    }
}

} // namespace

QString maskPersonalData(QStringView text)
{
    QString out = maskEmails(maskKeyValues(text));
    maskLongDigitRuns(out);
    return out;
}

} // namespace ekyc
