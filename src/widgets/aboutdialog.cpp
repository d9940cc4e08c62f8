// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ekyc {

AboutDialog::AboutDialog(const Catalog &catalog, const QString &catalogPath, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About eKYC Codes"));
    m_label->setObjectName(QStringLiteral("aboutText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setText(text(catalog, catalogPath));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString AboutDialog::text(const Catalog &catalog, const QString &catalogPath)
{
    const QString source
        = catalogPath.isEmpty() ? tr("built in") : QDir::toNativeSeparators(catalogPath).toHtmlEscaped();
    return tr("<p><b>eKYC Codes</b> %1</p>"
              "<p>Tencent Cloud eKYC error codes and their billing, offline.</p>"
              "<p>Catalog: updated %2, %3 rows.<br>Source: %4</p>"
              "<p>Built with Qt %5, running on Qt %6.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), catalog.updated().toHtmlEscaped(),
            QLocale().toString(catalog.size()), source, QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(qVersion()));
}

} // namespace ekyc
