#include "backend/api/daemon.h"
#include "backend/core/jsonreader.h"
#include "backend/core/signalwatcher.h"
#include "backend/core/validationerror.h"
#include "backend/core/verbosity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Everything the daemon and its agents create (state.db, tokens, student-record objects) is
    // for this user only: directories 0700, files 0600.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regionalpodsd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Regional Pods daemon: runs, health-checks and routes regional ML pods."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("demo"),
            QStringLiteral("Seed the embedded demo fleet into an empty data dir.")},
        {QStringLiteral("no-demo-traffic"),
            QStringLiteral(
                "With --demo, do not run the synthetic clients that send each district's "
                "school-day traffic to its pods.")},
        {QStringLiteral("data-dir"),
            QStringLiteral("State directory (default: ~/.local/share/regionalpods)."),
            QStringLiteral("DIR")},
        {QStringLiteral("listen"),
            QStringLiteral("Address to serve the API on (default 127.0.0.1:7420; port 0 picks one "
                           "and writes it to DIR/daemon.port)."),
            QStringLiteral("HOST:PORT")},
        {QStringLiteral("config"),
            QStringLiteral("JSON configuration file (see README.md, Configuration)."),
            QStringLiteral("FILE")},
        {QStringLiteral("insecure-listen"),
            QStringLiteral("Allow --listen on an address other hosts reach although this daemon "
                           "serves plain HTTP (tokens in clear text); logged as a warning.")},
        {QStringLiteral("tls-cert"),
            QStringLiteral("Serve HTTPS and WSS with this PEM certificate chain (TLS 1.2+)."),
            QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("The PEM private key of --tls-cert."),
            QStringLiteral("FILE")},
        {QStringLiteral("allow-shared-data-dir"),
            QStringLiteral("Start even when other users may read the data dir.")},
        {QStringLiteral("verbose"),
            QStringLiteral("Log debug lines of every subsystem (default: info and up; "
                           "QT_LOGGING_RULES picks single categories).")},
        {QStringLiteral("exit-with-parent"),
            QStringLiteral("Shut down cleanly (stopping the agents) when the process that started "
                           "this one dies.")},
    });
    parser.process(app);
    if (parser.isSet(QStringLiteral("verbose")))
        Verbosity::enableDebugLogging();

    DaemonConfig config;
    config.demo = parser.isSet(QStringLiteral("demo"));
    config.insecureListen = parser.isSet(QStringLiteral("insecure-listen"));
    config.allowSharedDataDir = parser.isSet(QStringLiteral("allow-shared-data-dir"));
    try {
        if (parser.isSet(QStringLiteral("config"))) {
            const auto path = parser.value(QStringLiteral("config"));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "regionalpodsd: cannot read %s: %s\n", qPrintable(path),
                    qPrintable(file.errorString()));
                return 2;
            }
            config.applyJson(parseJsonObject(file.readAll()));
        }
        if (parser.isSet(QStringLiteral("tls-cert")))
            config.tls.certFile = parser.value(QStringLiteral("tls-cert"));
        if (parser.isSet(QStringLiteral("tls-key")))
            config.tls.keyFile = parser.value(QStringLiteral("tls-key"));
        if (parser.isSet(QStringLiteral("listen")))
            config.applyListen(parser.value(QStringLiteral("listen")));
    } catch (const ValidationError &e) {
        std::fprintf(stderr, "regionalpodsd: bad configuration: %s\n", e.what());
        return 2;
    }
    config.traffic.enabled = config.trafficEnabled.value_or(config.demo)
        && !parser.isSet(QStringLiteral("no-demo-traffic"));
    if (parser.isSet(QStringLiteral("data-dir")))
        config.dataDir = parser.value(QStringLiteral("data-dir"));
    if (config.dataDir.isEmpty())
        config.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                             .filePath(QStringLiteral("regionalpods"));

    Daemon daemon(config);
    SignalWatcher watcher;
    if (parser.isSet(QStringLiteral("exit-with-parent"))) {
        // The bundled daemon of a console (or a test) must not outlive it with its agents.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() == 1)
            return 0; // the parent died before prctl took effect
    }
    if (!watcher.watch({SIGTERM, SIGINT}))
        return 1;
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &app, [&](int) {
        daemon.stop();
        app.quit();
    });
    QString error;
    if (!daemon.start(&error)) {
        std::fprintf(stderr, "regionalpodsd: %s\n", qPrintable(error));
        return 1;
    }
    const int code = app.exec();
    daemon.stop();
    return code;
}
