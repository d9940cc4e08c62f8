// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Result rows as comparable text, from a results model or from an expected report
// (tests/data/classify/expected/<case>.json, worked out by hand from the rules):
// "known:h5:0:2:yes", "ambiguous:app_sdk h5 idv_sdk:1001:2:uncertain", "unknown:-:7777:1:",
// "not_counted:no_context:0:1:", "not_counted:other_service GetEidResult:0:1:".
#include "core/product.h"
#include "core/report.h"
#include "models/roles.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(EKYC_TEST_DATA "/classify/") + name;
}

inline QJsonObject expectedReport(const QString &name)
{
    QFile f(QStringLiteral(EKYC_TEST_DATA "/classify/expected/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open expected/%s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QString billingWord(const QJsonValue &billable)
{
    return billable.isNull() ? QStringLiteral("uncertain")
        : billable.toBool()  ? QStringLiteral("yes")
                             : QStringLiteral("no");
}

// counts, then ambiguous, then unknown, then not counted, in the report's order.
inline QStringList expectedRows(const QJsonObject &report, const QString &section = QString())
{
    QStringList rows;
    if (section.isEmpty() || section == QLatin1String("known")) {
        for (const QJsonValue v : report.value(QLatin1String("counts")).toArray()) {
            const QJsonObject o = v.toObject();
            rows << QStringLiteral("known:%1:%2:%3:%4")
                        .arg(o.value(QLatin1String("product")).toString(), o.value(QLatin1String("code")).toString())
                        .arg(o.value(QLatin1String("count")).toInt())
                        .arg(billingWord(o.value(QLatin1String("billable"))));
        }
    }
    if (section.isEmpty() || section == QLatin1String("ambiguous")) {
        for (const QJsonValue v : report.value(QLatin1String("ambiguous")).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList candidates;
            for (const QJsonValue c : o.value(QLatin1String("candidates")).toArray())
                candidates << c.toString();
            candidates.sort();
            rows << QStringLiteral("ambiguous:%1:%2:%3:%4")
                        .arg(candidates.join(QLatin1Char(' ')), o.value(QLatin1String("code")).toString())
                        .arg(o.value(QLatin1String("count")).toInt())
                        .arg(billingWord(o.value(QLatin1String("billable"))));
        }
    }
    if (section.isEmpty() || section == QLatin1String("unknown")) {
        for (const QJsonValue v : report.value(QLatin1String("unknown")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonValue product = o.value(QLatin1String("product"));
            rows << QStringLiteral("unknown:%1:%2:%3:")
                        .arg(product.isNull() ? QStringLiteral("-") : product.toString(),
                            o.value(QLatin1String("code")).toString())
                        .arg(o.value(QLatin1String("count")).toInt());
        }
    }
    if (section.isEmpty() || section == QLatin1String("not_counted")) {
        for (const QJsonValue v : report.value(QLatin1String("not_counted")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString action = o.value(QLatin1String("action")).toString();
            rows << QStringLiteral("not_counted:%1:%2:%3:")
                        .arg(o.value(QLatin1String("reason")).toString()
                                + (action.isEmpty() ? QString() : QLatin1Char(' ') + action),
                            o.value(QLatin1String("code")).toString())
                        .arg(o.value(QLatin1String("count")).toInt());
        }
    }
    return rows;
}

inline QStringList resultRows(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const auto status = ekyc::EventStatus(index.data(ekyc::StatusRole).toInt());
        const int product = index.data(ekyc::ProductRole).toInt();
        QString productText = product < 0 ? QStringLiteral("-") : ekyc::productId(ekyc::Product(product));
        if (status == ekyc::EventStatus::Ambiguous) {
            QStringList candidates = index.data(ekyc::CandidatesRole).toStringList();
            candidates.sort();
            productText = candidates.join(QLatin1Char(' '));
        } else if (status == ekyc::EventStatus::NotCounted) {
            const QString action = index.data(ekyc::ActionRole).toString();
            productText = index.data(ekyc::ReasonRole).toString()
                + (action.isEmpty() ? QString() : QLatin1Char(' ') + action);
        }
        QString billing;
        switch (ekyc::Billing(index.data(ekyc::BillingRole).toInt())) {
        case ekyc::Billing::Billable:
            billing = QStringLiteral("yes");
            break;
        case ekyc::Billing::NotBillable:
            billing = QStringLiteral("no");
            break;
        case ekyc::Billing::Uncertain:
            billing = QStringLiteral("uncertain");
            break;
        case ekyc::Billing::None:
            break;
        }
        rows << QStringLiteral("%1:%2:%3:%4:%5")
                    .arg(ekyc::eventStatusId(status), productText, index.data(ekyc::CodeRole).toString())
                    .arg(index.data(ekyc::CountRole).toLongLong())
                    .arg(billing);
    }
    return rows;
}
