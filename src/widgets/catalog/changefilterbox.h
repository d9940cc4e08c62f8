// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/catalogfilterproxy.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace ekyc {

// The catalog view's *Changes* filter (All, Any change, New, Billing changed, Description
// changed), shown while the catalog in use differs from the built-in one.
class ChangeFilterBox : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeFilterBox(QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    CatalogFilterProxy::ChangeFilter filter() const;
    // Back to All (a catalog without changes).
    void reset();

signals:
    void filterChanged(ekyc::CatalogFilterProxy::ChangeFilter filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace ekyc
