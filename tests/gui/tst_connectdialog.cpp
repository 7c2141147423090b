// File → Connect to Daemon… against a real daemon: a bad address or a refused token keeps the
// dialog open with a readable reason and leaves the console where it was; a good token switches
// the console, and an auditor token turns it into auditor mode (operator actions hidden).

#include "../daemonprocess.h"
#include "testmain.h"

#include "models/apiclient.h"
#include "models/compliance/capabilities.h"
#include "models/connectioncheck.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/connectdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr int ConnectDeadline = 15000;
}

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void parseUrl_data();
    void parseUrl();
    void refusedInputKeepsTheDialogOpen_data();
    void refusedInputKeepsTheDialogOpen();
    void auditorTokenSwitchesTheWindowToAuditorMode();

private:
    QUrl daemonUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_daemon->port()));
    }
    QByteArray createToken(const QByteArray &body);

    QTemporaryDir m_dir;
    std::unique_ptr<DaemonProcess> m_daemon;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_daemon = std::make_unique<DaemonProcess>(m_dir.filePath(QStringLiteral("data")));
    QVERIFY2(m_daemon->start(), "regionalpodsd --demo did not start");
    QCoreApplication::setOrganizationName(QStringLiteral("RegionalPodsTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestConnectDialog::cleanupTestCase()
{
    if (m_daemon)
        QCOMPARE(m_daemon->stop(), 0);
}

QByteArray TestConnectDialog::createToken(const QByteArray &body)
{
    const auto reply = m_daemon->request("POST", QStringLiteral("/tokens"), body);
    return reply.status == 201 ? reply.json().value(QStringLiteral("token")).toString().toUtf8()
                               : QByteArray();
}

void TestConnectDialog::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("host:port") << "127.0.0.1:7420"
                               << "http://127.0.0.1:7420";
    QTest::newRow("https") << " https://noc.example:8443/rp "
                           << "https://noc.example:8443/rp";
    QTest::newRow("empty") << "  "
                           << "";
    QTest::newRow("ftp") << "ftp://example.org"
                         << "";
    QTest::newRow("no host") << "http://"
                             << "";
    QTest::newRow("query") << "http://example.org/?x=1"
                           << "";
    QTest::newRow("spaces") << "http://exa mple.org"
                            << "";
}

void TestConnectDialog::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const QUrl url = ConnectionCheck::parseUrl(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
}

void TestConnectDialog::refusedInputKeepsTheDialogOpen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a url") << "ftp://x"
                               << "t"
                               << "http or https";
    QTest::newRow("nothing listening") << "http://127.0.0.1:1"
                                       << "t"
                                       << "No daemon answers";
    QTest::newRow("no token") << "DAEMON"
                              << ""
                              << "needs a token";
    QTest::newRow("unknown token") << "DAEMON"
                                   << "rp_not-a-token"
                                   << "refuses this token";
}

void TestConnectDialog::refusedInputKeepsTheDialogOpen()
{
    QFETCH(QString, url);
    QFETCH(QString, token);
    QFETCH(QString, reason);
    if (url == QLatin1String("DAEMON"))
        url = daemonUrl().toString();
    QNetworkAccessManager network;
    ConnectDialog dialog{network, QUrl(), QString()};
    dialog.show();
    dialog.urlEdit()->setText(url);
    dialog.tokenEdit()->setText(token);
    QSignalSpy checked(&dialog, &ConnectDialog::checked);
    dialog.check();
    QVERIFY(checked.count() == 1 || checked.wait(ConnectDeadline));
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.statusText().contains(reason), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.url().isValid()); // nothing accepted
    // Not a check: RP_CONNECT_SHOTS=DIR saves each refusal for a human to look at.
    if (const auto dir = qEnvironmentVariable("RP_CONNECT_SHOTS"); !dir.isEmpty())
        dialog.grab().save(dir + QLatin1Char('/')
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + ".png");
}

void TestConnectDialog::auditorTokenSwitchesTheWindowToAuditorMode()
{
    QNetworkAccessManager network;
    ApiClient api(network);
    EventStream stream;
    ConsoleController controller(&api, &stream);
    MainWindow window(&controller);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.reconnect(daemonUrl(), QString::fromUtf8(m_daemon->token()));
    window.setDaemonUrl(daemonUrl());
    auto *capabilities = window.compliance()->capabilities();
    QTRY_COMPARE_WITH_TIMEOUT(capabilities->role(), Capabilities::Role::Admin, ConnectDeadline);
    QVERIFY(window.action(MainWindow::Action::Scale)->isVisible());

    const QByteArray auditor = createToken(R"({"role":"auditor","districts":["us-tx-houston"]})");
    QVERIFY(!auditor.isEmpty());
    // The dialog is modal: fill it in once exec() runs, and press Connect.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = window.findChild<ConnectDialog *>();
        if (!dialog)
            return;
        sawDialog = true;
        QCOMPARE(dialog->urlEdit()->text(), daemonUrl().toDisplayString()); // prefilled
        dialog->tokenEdit()->setText(QString::fromUtf8(auditor));
        dialog->check();
    });
    window.action(MainWindow::Action::Connect)->trigger(); // returns once the dialog closed
    QVERIFY(sawDialog);
    QCOMPARE(api.token(), QString::fromUtf8(auditor));
    QTRY_COMPARE_WITH_TIMEOUT(capabilities->role(), Capabilities::Role::Auditor, ConnectDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(controller.districts().size(), 1, ConnectDeadline);
    QCOMPARE(controller.districts().first().id, QStringLiteral("us-tx-houston"));
    QVERIFY(!window.action(MainWindow::Action::Scale)->isVisible());
    QVERIFY(!window.action(MainWindow::Action::Delete)->isVisible());
    // The address is remembered, the token only when asked.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("connection/url")).toString(), daemonUrl().toString());
    QVERIFY(!settings.contains(QStringLiteral("connection/token")));
    controller.stop();
}

RP_TEST(TestConnectDialog, "tst_connectdialog")
#include "tst_connectdialog.moc"
