#include "ui/helpbrowser.h"

#include "ui/screenfit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Regional Pods User Guide"));
    resizeToFitScreen(this, QSize(720, 760));
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("User guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    auto *contents = buttons->addButton(tr("C&ontents"), QDialogButtonBox::ActionRole);
    for (QPushButton *b : {back, contents})
        b->setAutoDefault(false);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(contents, &QPushButton::clicked, this, [this] { showTopic({}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

QUrl HelpBrowser::guideUrl(const QLocale &locale)
{
    for (const QString &language : locale.uiLanguages()) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).toLower();
        const QString path = QStringLiteral(":/help/guide.%1.html").arg(code);
        if (QFile::exists(path))
            return QUrl(QStringLiteral("qrc") + path);
    }
    return QUrl(QStringLiteral("qrc:/help/guide.en.html"));
}

void HelpBrowser::showTopic(const QString &topic)
{
    QUrl url = guideUrl();
    if (m_browser->source().adjusted(QUrl::RemoveFragment) != url)
        m_browser->setSource(url);
    url.setFragment(topic.isEmpty() ? QString() : topic);
    m_browser->setSource(url);
    if (topic.isEmpty())
        m_browser->moveCursor(QTextCursor::Start);
    show();
    raise();
    activateWindow();
    m_browser->setFocus();
}
