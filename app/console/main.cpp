// The console: parse the command line, find (or start) a daemon, show the main window.
#include "models/apiclient.h"
#include "models/connectionoptions.h"
#include "models/consolecontroller.h"
#include "models/daemonconnector.h"
#include "models/daemonlauncher.h"
#include "models/eventstream.h"
#include "models/routing/routingmonitor.h"
#include "models/tlstrust.h"
#include "ui/capacity/capacitycomposer.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/compliance/compliancedashboard.h"
#include "ui/consoletheme.h"
#include "ui/consoletranslations.h"
#include "ui/mainwindow.h"
#include "ui/routing/routingcomposer.h"
#include "ui/routing/routingexplorer.h"
#include "ui/screenshotcapture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>

#include <chrono>
#include <cstdio>

// app/daemon defines it from the CMake project version; keep the console in step when not.
#ifndef PROJECT_VERSION
#define PROJECT_VERSION "0.1.0"
#endif

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RegionalPods"));
    QApplication::setApplicationName(QStringLiteral("regionalpods"));
    QApplication::setApplicationDisplayName(QStringLiteral("Regional Pods"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("regionalpods"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/regionalpods.svg")));
    ConsoleTranslations::install(app); // before the command line, so --help is translated too

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Regional Pods console. Without --url it talks to the local daemon, starting "
        "the bundled demo daemon when none is running."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
        QApplication::translate("main", "Daemon base URL (default http://127.0.0.1:7420)."),
        QStringLiteral("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
        QApplication::translate(
            "main", "Bearer token (else $REGIONALPODS_TOKEN, settings, DIR/admin.token)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QApplication::translate("main", "Data directory of the bundled daemon."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the loaded window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"),
        QApplication::translate(
            "main", "Also trust the CA certificates in this PEM file for an https:// daemon."),
        QStringLiteral("FILE"));
    parser.addOptions({urlOption, tokenOption, dataDirOption, screenshotOption, caFileOption});
    parser.process(app);
    if (parser.isSet(caFileOption)) {
        QString error;
        if (!TlsTrust::addCaFile(parser.value(caFileOption), &error)) {
            std::fprintf(stderr, "regionalpods: %s\n", qPrintable(error));
            return 2;
        }
    }

    QSettings settings;
    ConnectionOptions options;
    options.url = QUrl::fromUserInput(parser.isSet(urlOption)
            ? parser.value(urlOption)
            : settings.value(QStringLiteral("connection/url")).toString());
    if (options.url.isValid() && options.url.scheme().isEmpty())
        options.url.setScheme(QStringLiteral("http"));
    options.cliToken = parser.value(tokenOption);
    options.envToken = qEnvironmentVariable("REGIONALPODS_TOKEN");
    options.settingsToken = settings.value(QStringLiteral("connection/token")).toString();
    options.dataDir = parser.value(dataDirOption);

    ConsoleTheme::apply(app);
    // The console's one network manager: the daemon client and the connection probes share it.
    QNetworkAccessManager network;
    ApiClient api(network);
    EventStream stream;
    ConsoleController controller(&api, &stream);
    MainWindow window(&controller);
    DaemonConnector connector(options, network);

    const QString screenshot = parser.value(screenshotOption);
    ScreenshotCapture capture(&window, &controller, screenshot, std::chrono::seconds(60));
    if (!screenshot.isEmpty()) {
        QObject::connect(&capture, &ScreenshotCapture::finished, &app, &QCoreApplication::exit);
        // RP_SCREENSHOT_SIZE=1280x720 checks the smaller screens the console must fit.
        const auto size = qEnvironmentVariable("RP_SCREENSHOT_SIZE", QStringLiteral("1600x1000"))
                              .split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1600,
            size.value(1).toInt() > 0 ? size.value(1).toInt() : 1000);
        // RP_SCREENSHOT_PANELS=routing,capacity brings those docks to the front (dr: the compliance
        // page's Disaster recovery tab);
        // RP_SCREENSHOT_DISTRICT=us-tx-houston picks that district in the routing explorer.
        for (const QString &panel : qEnvironmentVariable("RP_SCREENSHOT_PANELS").split(u',')) {
            if (panel == u"routing")
                window.routing()->dock()->raise();
            else if (panel == u"capacity")
                window.capacity()->dock()->raise();
            else if (panel == u"dr") {
                window.compliance()->dock()->raise();
                window.compliance()->dashboard()->showReplication();
            }
        }
        if (const QString district = qEnvironmentVariable("RP_SCREENSHOT_DISTRICT");
            !district.isEmpty())
            QObject::connect(window.routing()->monitor(), &RoutingMonitor::tableChanged, &window,
                [&window, district] {
                    window.routing()->explorer()->setCurrentDistrict(district);
                });
        // RP_SCREENSHOT_POD=us-east-edge-tx captures that pod's detail view instead.
        capture.setDetailPod(qEnvironmentVariable("RP_SCREENSHOT_POD"));
        capture.start();
        window.show();
    } else {
        window.showWithSavedLayout();
    }

    QObject::connect(&connector, &DaemonConnector::progress, &window,
        [&window](const QString &message) { window.showStatus(message); });
    QObject::connect(&connector, &DaemonConnector::connected, &window,
        [&](const QUrl &url, const QString &token) {
            api.setBaseUrl(url);
            api.setToken(token);
            window.setDaemonUrl(url);
            controller.start();
        });
    QObject::connect(&connector, &DaemonConnector::failed, &window, [&](const QString &message) {
        if (!screenshot.isEmpty())
            capture.abort(message);
        else
            window.showConnectionFailure(message);
    });
    QObject::connect(connector.launcher(), &DaemonLauncher::exitedUnexpectedly, &window,
        &MainWindow::showDaemonStopped);
    QObject::connect(&window, &MainWindow::restartDaemonRequested, &connector,
        &DaemonConnector::connectToDaemon);
    connector.connectToDaemon();

    const int code = app.exec();
    controller.stop();
    connector.stopLaunchedDaemon();
    return code;
}
