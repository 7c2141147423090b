// The console's bundled daemon: started on a data dir that other users could enter (as an older
// console created it, 0755), the daemon would refuse it; the launcher makes it private first.

#include "models/daemonlauncher.h"
#include "testmain.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestDaemonLauncher : public QObject
{
    Q_OBJECT

private slots:
    void sharedDataDirIsMadePrivateAndTheDaemonStarts();
};

void TestDaemonLauncher::sharedDataDirIsMadePrivateAndTheDaemonStarts()
{
    QTemporaryDir dir;
    const auto data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);

    DaemonLauncher launcher;
    launcher.setProgram(
        QDir(qEnvironmentVariable("RP_BIN_DIR")).filePath(QStringLiteral("regionalpodsd")));
    QSignalSpy started(&launcher, &DaemonLauncher::started);
    QSignalSpy failed(&launcher, &DaemonLauncher::failed);
    launcher.start(data);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 30000);
    QVERIFY2(
        failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    struct stat info
    {
    };
    QVERIFY(::stat(QFile::encodeName(data).constData(), &info) == 0);
    QCOMPARE(int(info.st_mode & 0777), 0700);
    launcher.stop();
}

RP_TEST(TestDaemonLauncher, "tst_daemonlauncher")
#include "tst_daemonlauncher.moc"
