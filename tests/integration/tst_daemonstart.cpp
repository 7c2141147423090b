// What the daemon refuses at start, and what it creates: a data dir other users may read, a
// listen address other hosts reach without TLS; and every file it writes is its user's alone.
#include "daemonprocess.h"
#include "selfsignedcertificate.h"
#include "testmain.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

struct Run
{
    int exitCode = -1;
    QByteArray stderrText;
};

// Runs the daemon to its exit (it must refuse, so it exits quickly).
Run runDaemon(const QStringList &args)
{
    QProcess process;
    process.start(QDir(DaemonProcess::binDir()).filePath(QStringLiteral("regionalpodsd")), args);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.stderrText = process.readAllStandardError();
    return run;
}

} // namespace

class TestDaemonStart : public QObject
{
    Q_OBJECT

private slots:
    void createsPrivateFiles();
    void refusesASharedDataDir();
    void sharedDataDirWhenAllowed();
    void refusesAnInsecureListenAddress();
    void insecureListenWhenAllowed();
    void servesTlsWithAVerifiedCertificate();
};

void TestDaemonStart::createsPrivateFiles()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    DaemonProcess daemon(data);
    QVERIFY(daemon.start());
    QCOMPARE(modeOf(data), 0700);
    QCOMPARE(modeOf(data + QStringLiteral("/state.db")), 0600);
    QCOMPARE(modeOf(data + QStringLiteral("/admin.token")), 0600);
    // The demo seeds student records into the per-region stores: none readable by others.
    int objects = 0;
    QDirIterator it(data + QStringLiteral("/stores"),
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int mode = modeOf(path);
        QVERIFY2((mode & 077) == 0,
            qPrintable(QStringLiteral("%1 has mode %2").arg(path).arg(mode, 0, 8)));
        objects += it.fileInfo().isFile();
    }
    QVERIFY2(objects > 10, qPrintable(QString::number(objects)));
    QCOMPARE(daemon.stop(), 0);
}

void TestDaemonStart::refusesASharedDataDir()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
    const Run run = runDaemon({QStringLiteral("--demo"), QStringLiteral("--data-dir"), data,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.stderrText.contains("is open to other users (mode 0755)"), run.stderrText);
    QVERIFY2(run.stderrText.contains("--allow-shared-data-dir"), run.stderrText);
    // Refused before anything was written.
    QVERIFY(!QFile::exists(data + QStringLiteral("/state.db")));
    QVERIFY(!QFile::exists(data + QStringLiteral("/admin.token")));
}

void TestDaemonStart::sharedDataDirWhenAllowed()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0750) == 0);
    DaemonProcess daemon(data);
    QVERIFY(daemon.start({QStringLiteral("--allow-shared-data-dir")}));
    QCOMPARE(modeOf(data), 0750); // told to accept it: left as it is
    QCOMPARE(modeOf(data + QStringLiteral("/state.db")), 0600);
    QCOMPARE(daemon.stop(), 0);
}

void TestDaemonStart::refusesAnInsecureListenAddress()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    for (const QString &listen : {QStringLiteral("0.0.0.0:0"), QStringLiteral("[::]:0")}) {
        const Run run = runDaemon({QStringLiteral("--demo"), QStringLiteral("--data-dir"), data,
            QStringLiteral("--listen"), listen});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stderrText.contains("refusing to listen on"), run.stderrText);
        QVERIFY2(run.stderrText.contains("--insecure-listen"), run.stderrText);
        QVERIFY(!QFile::exists(data + QStringLiteral("/state.db")));
    }
}

void TestDaemonStart::insecureListenWhenAllowed()
{
    QTemporaryDir dir;
    DaemonProcess daemon(dir.filePath(QStringLiteral("data")));
    // DaemonProcess listens on 127.0.0.1:0; the later --listen wins.
    QVERIFY(daemon.start({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
        QStringLiteral("--insecure-listen")}));
    QCOMPARE(daemon.request("GET", QStringLiteral("/healthz")).status, 200);
    QCOMPARE(daemon.stop(), 0);
}

// Issue #8 defect 12: tokens must not cross a network in clear text.
void TestDaemonStart::servesTlsWithAVerifiedCertificate()
{
    QTemporaryDir dir;
    const auto cert = dir.filePath(QStringLiteral("tls.crt"));
    const auto key = dir.filePath(QStringLiteral("tls.key"));
    QVERIFY(makeSelfSignedCertificate(
        cert, key, QStringLiteral("/CN=127.0.0.1"), QStringLiteral("IP:127.0.0.1")));

    // A certificate without its key is refused at start.
    const Run half = runDaemon({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("x")),
        QStringLiteral("--tls-cert"), cert});
    QCOMPARE(half.exitCode, 1);
    QVERIFY2(half.stderrText.contains("--tls-key"), half.stderrText);

    // With TLS, an address other hosts reach needs no --insecure-listen.
    const auto data = dir.filePath(QStringLiteral("data"));
    QProcess daemon;
    // A failed check returns early: stop the daemon with SIGTERM even then, so it stops its
    // agents (QProcess's destructor would SIGKILL it and orphan them).
    const auto stopDaemon = qScopeGuard([&daemon] {
        if (daemon.state() != QProcess::NotRunning) {
            daemon.terminate();
            daemon.waitForFinished(15000);
        }
    });
    daemon.setProcessChannelMode(QProcess::ForwardedChannels);
    daemon.start(QDir(DaemonProcess::binDir()).filePath(QStringLiteral("regionalpodsd")),
        {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data, QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0:0"), QStringLiteral("--tls-cert"), cert,
            QStringLiteral("--tls-key"), key, QStringLiteral("--exit-with-parent")});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + QStringLiteral("/daemon.port")), 20000);
    QFile portFile(data + QStringLiteral("/daemon.port"));
    QVERIFY(portFile.open(QIODevice::ReadOnly));
    const int port = portFile.readAll().trimmed().toInt();

    const auto get = [&](const QString &url, bool trustCert) {
        QNetworkAccessManager network; // its own: no reuse of an already trusted connection
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request{QUrl(url)};
        if (trustCert) {
            auto tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(QSslCertificate::fromPath(cert));
            request.setSslConfiguration(tls);
        }
        request.setTransferTimeout(5000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(10000);
        return std::make_pair(
            reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    };
    const auto trusted = get(QStringLiteral("https://127.0.0.1:%1/healthz").arg(port), true);
    QCOMPARE(trusted.first, QNetworkReply::NoError);
    QCOMPARE(trusted.second, 200);
    // Not trusted: the client refuses, with an SSL error.
    const auto untrusted = get(QStringLiteral("https://127.0.0.1:%1/healthz").arg(port), false);
    QCOMPARE(untrusted.first, QNetworkReply::SslHandshakeFailedError);
    // Plain HTTP gets no answer on a TLS port.
    const auto plain = get(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port), false);
    QVERIFY(plain.first != QNetworkReply::NoError);
    QCOMPARE(plain.second, 0);

    daemon.terminate();
    QVERIFY(daemon.waitForFinished(15000));
    QCOMPARE(daemon.exitCode(), 0);
}

RP_TEST(TestDaemonStart, "tst_daemonstart")
#include "tst_daemonstart.moc"
