// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ekyc {

// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF.
QString csvField(const QString &text);
QString csvLine(const QStringList &fields);

// Columns a terminal uses for `text`: East Asian wide characters take two.
int displayWidth(QStringView text);

// A table aligned for a terminal: header, a rule, rows; the last column is not padded.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    QString render() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace ekyc
