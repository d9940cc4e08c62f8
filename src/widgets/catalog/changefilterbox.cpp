// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/catalog/changefilterbox.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ekyc {

ChangeFilterBox::ChangeFilterBox(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("changeFilter"));
    m_combo->setObjectName(QStringLiteral("changeCombo"));
    m_label->setBuddy(m_combo);
    using F = CatalogFilterProxy::ChangeFilter;
    for (F filter : { F::All, F::AnyChange, F::New, F::BillingChanged, F::DescriptionChanged })
        m_combo->addItem(QString(), int(filter));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit filterChanged(filter()); });
    retranslate();
}

CatalogFilterProxy::ChangeFilter ChangeFilterBox::filter() const
{
    return static_cast<CatalogFilterProxy::ChangeFilter>(m_combo->currentData().toInt());
}

void ChangeFilterBox::reset()
{
    m_combo->setCurrentIndex(0);
}

void ChangeFilterBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChangeFilterBox::retranslate()
{
    m_label->setText(tr("Chan&ges:"));
    const QStringList texts { tr("All"), tr("Any change"), tr("New"), tr("Billing changed"),
        tr("Description changed") };
    for (int i = 0; i < texts.size(); ++i)
        m_combo->setItemText(i, texts.at(i));
    m_combo->setToolTip(tr("Rows changed since the built-in catalog"));
}

} // namespace ekyc
