// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ekyc {

struct ClassifyProgress;

// The status bar's view of a classification run: the input being read and how far the run
// is (bytes of that input and of all inputs), and the Cancel button. Hidden between runs.
class RunProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunProgressWidget(QWidget *parent = nullptr);

    void showProgress(const ClassifyProgress &progress);
    // Shown from the start of a run to its end; `queued`: runs waiting behind it.
    void setRunning(bool running, int queued = 0);

    QString labelText() const;
    QString barText() const; // "app.log — 45%"
    int permille() const; // of all inputs, 0..1000

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    int m_queued = 0;
};

} // namespace ekyc
