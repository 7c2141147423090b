#include "backend/providers/directoryobjectstore.h"
#include "objectstorecontract.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>

using Kind = ObjectStoreError::Kind;
using objectstorecontract::sortedKeys;

namespace {

const QStringList kTrickyKeys{
    QStringLiteral("d1/student_pii/x-y"),
    QStringLiteral("d1/student_pii/x/y"),
    QStringLiteral("d1/student_pii/x0"),
    QStringLiteral("d1/student_pii/x/a/b"),
    QStringLiteral("d1/student_pii/Zeta"),
    QStringLiteral("d1/student_pii/ä.txt"),
    QStringLiteral("d1/student_pii/roster 2024.csv"),
    QStringLiteral("d1/deidentified/a"),
    QStringLiteral("d1.x/student_pii/a"),
    QStringLiteral("d1-x/student_pii/a"),
    QStringLiteral("d10/student_pii/a"),
    QStringLiteral("d2/model_artifact/.hidden"),
};

const objectstorecontract::Traits kTraits{1000000, kTrickyKeys};

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QStringList listAll(ObjectStore &store, const QString &prefix, int pageSize)
{
    return objectstorecontract::listAll(store, prefix, pageSize, kTraits);
}

// Self-describing payload, so a reader can tell which put produced it and that it is whole.
// Sizes up to 256 KiB make the data write a large part of each put, where a kill hurts most.
QByteArray payload(const QString &key, int version, int maxLength = 3000)
{
    const int length = 64 + (version * 7919) % maxLength;
    QByteArray body = QStringLiteral("key=%1 version=%2 length=%3\n")
                          .arg(key)
                          .arg(version)
                          .arg(length)
                          .toUtf8();
    while (body.size() < length)
        body.append(char('a' + (body.size() + version) % 26));
    return body.left(length);
}

constexpr int kCrashPayloadMax = 256 * 1024;

// Returns the version encoded in data, or -1 when data is not a complete payload of key.
int versionOf(const QString &key, const QByteArray &data)
{
    const qsizetype nl = data.indexOf('\n');
    if (nl < 0)
        return -1;
    const QStringList fields = QString::fromUtf8(data.left(nl)).split(u' ');
    if (fields.size() != 3 || fields.at(0) != QStringLiteral("key=") + key)
        return -1;
    const int version = fields.at(1).mid(8).toInt();
    if (payload(key, version) != data && payload(key, version, kCrashPayloadMax) != data)
        return -1;
    return version;
}

QByteArray sidecarJson(const QString &key, const QByteArray &current, const QByteArray *previous)
{
    const auto version = [&](const QByteArray &data) {
        const QStringList s = key.split(u'/');
        return QJsonObject{{QStringLiteral("district"), s.at(0)},
            {QStringLiteral("data_class"), s.at(1)},
            {QStringLiteral("sha256"), ObjectStore::sha256Hex(data)},
            {QStringLiteral("size"), data.size()}};
    };
    QJsonObject o = version(current);
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("key"), key);
    if (previous) {
        o.insert(QStringLiteral("pending"), true);
        o.insert(QStringLiteral("previous"), version(*previous));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

const QStringList kCrashKeys{
    QStringLiteral("d1/student_pii/a"),
    QStringLiteral("d1/student_pii/b"),
    QStringLiteral("d2/eu_personal/c"),
    QStringLiteral("d2/eu_personal/sub/d"),
    QStringLiteral("d3/deidentified/e"),
};

// Child process for crashAtRandomPoint: overwrites a few keys forever, printing each finished
// put, until the parent kills it with SIGKILL.
int runCrashWriter(const QString &root)
{
    QLoggingCategory::setFilterRules(QStringLiteral("rp.provider.*.debug=false"));
    DirectoryObjectStore store(root);
    for (int n = 0;; ++n) {
        const QString &key = kCrashKeys.at(n % kCrashKeys.size());
        store.put(key, payload(key, n, kCrashPayloadMax), {});
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}

} // namespace

class TestDirectoryObjectStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One line per request drowns the test log; QT_LOGGING_RULES still overrides this.
        QLoggingCategory::setFilterRules(QStringLiteral("rp.provider.*.debug=false"));
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_store.reset(new DirectoryObjectStore(m_dir->path() + QStringLiteral("/us-west")));
    }

    // The contract every store keeps (objectstorecontract.h), then what only this one does.
    void putGetHead_data() { objectstorecontract::putGetHeadRows(1 << 20); }
    void putGetHead()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, data);
        objectstorecontract::putGetHead(*m_store, key, data);
        if (QTest::currentTestFailed())
            return;
        // The raw bytes sit at objects/<key>, readable without the store.
        QFile raw(m_store->root() + QStringLiteral("/objects/") + key);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll(), data + "v2");
    }

    void checksums() { objectstorecontract::checksums(*m_store); }

    void listPaging_data()
    {
        objectstorecontract::listPagingRows();
        QTest::newRow("one big page") << 40 << 1000;
    }
    void listPaging()
    {
        QFETCH(int, count);
        QFETCH(int, pageSize);
        objectstorecontract::listPaging(*m_store, kTraits, count, pageSize);
    }

    void prefixFilter_data()
    {
        objectstorecontract::prefixRows();
        QTest::newRow("partial folder-or-file") << "d1/student_pii/x/";
    }
    void prefixFilter()
    {
        QFETCH(QString, prefix);
        objectstorecontract::prefixFilter(*m_store, kTraits, prefix);
    }

    void removeIsIdempotent() { objectstorecontract::removeIsIdempotent(*m_store); }

    void invalidKeys_data()
    {
        objectstorecontract::invalidKeyRows();
        QTest::newRow("DEL") << "d1/student_pii/x\x7f";
        QTest::newRow("backslash") << "d1/student_pii/..\\x";
        QTest::newRow("lone surrogate") << QStringLiteral("d1/student_pii/") + QChar(0xd800);
        QTest::newRow("too long") << QStringLiteral("d1/student_pii/") + QString(1100, u'a');
    }
    void invalidKeys()
    {
        QFETCH(QString, key);
        objectstorecontract::invalidKey(*m_store, key);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(filesUnder(m_dir->path()).isEmpty());
    }

    void invalidPrefixes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("leading slash") << "/d1";
        QTest::newRow("empty segment") << "d1//";
        QTest::newRow("dot-dot") << "d1/../";
        QTest::newRow("control") << "d1/\t";
    }
    void invalidPrefixes()
    {
        QFETCH(QString, prefix);
        try {
            m_store->list(prefix, QString());
            QFAIL("list accepted an invalid prefix");
        } catch (const ObjectStoreError &e) {
            QCOMPARE(e.kind(), Kind::InvalidKey);
        }
    }

    void invalidMeta_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("dataClass");
        QTest::addColumn<QString>("sha256");
        QTest::newRow("district differs from key") << "d2"
                                                   << ""
                                                   << "";
        QTest::newRow("class differs from key") << ""
                                                << "eu_personal"
                                                << "";
        QTest::newRow("sha256 of other data") << ""
                                              << "" << ObjectStore::sha256Hex("something else");
        QTest::newRow("sha256 not hex") << ""
                                        << ""
                                        << "xyz";
    }
    void invalidMeta()
    {
        QFETCH(QString, district);
        QFETCH(QString, dataClass);
        QFETCH(QString, sha256);
        try {
            m_store->put(QStringLiteral("d1/student_pii/x"), "data", {district, dataClass, sha256});
            QFAIL("put accepted contradicting metadata");
        } catch (const ObjectStoreError &e) {
            QCOMPARE(e.kind(), Kind::InvalidKey);
        }
        QVERIFY(filesUnder(m_dir->path()).isEmpty());
    }

    void folderConflicts()
    {
        // A file system can't have "a" as a file and as a folder; S3 can. Refuse loudly.
        m_store->put(QStringLiteral("d1/student_pii/a"), "file", {});
        try {
            m_store->put(QStringLiteral("d1/student_pii/a/b"), "below a file", {});
            QFAIL("put below an object was accepted");
        } catch (const ObjectStoreError &e) {
            QCOMPARE(e.kind(), Kind::InvalidKey);
        }
        m_store->put(QStringLiteral("d1/student_pii/f/g"), "in a folder", {});
        try {
            m_store->put(QStringLiteral("d1/student_pii/f"), "over a folder", {});
            QFAIL("put over a folder was accepted");
        } catch (const ObjectStoreError &e) {
            QCOMPARE(e.kind(), Kind::InvalidKey);
        }
        QCOMPARE(listAll(*m_store, QString(), 10),
            QStringList({"d1/student_pii/a", "d1/student_pii/f/g"}));
    }

    // Each row is a state a crash can leave on disk (or a foreign file); list/head/get must
    // show the old object, the new one, or nothing - never a partial or mismatched one.
    void crashLeftovers_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected"); // "none", "old", "new" or "error"
        QTest::newRow("temp file beside nothing") << "temp-only"
                                                  << "none";
        QTest::newRow("sidecar of a new key, data never renamed") << "sidecar-only"
                                                                  << "none";
        QTest::newRow("partial data without sidecar") << "partial-data-only"
                                                      << "none";
        QTest::newRow("overwrite: sidecar pending, data still old") << "pending-old"
                                                                    << "old";
        QTest::newRow("overwrite: sidecar pending, data already new") << "pending-new"
                                                                      << "new";
        QTest::newRow("overwrite, same size, data still old") << "pending-old-same-size"
                                                              << "old";
        QTest::newRow("overwrite, same size, data already new") << "pending-new-same-size"
                                                                << "new";
        QTest::newRow("overwrite: sidecar pending, data torn") << "pending-torn"
                                                               << "error";
        QTest::newRow("data truncated behind the store's back") << "truncated"
                                                                << "error";
    }
    void crashLeftovers()
    {
        QFETCH(QString, state);
        QFETCH(QString, expected);
        const QString key = QStringLiteral("d1/student_pii/report.csv");
        const QString objects = m_store->root() + QStringLiteral("/objects/");
        const QString meta = m_store->root() + QStringLiteral("/meta/");
        const QByteArray oldData = "old contents, version one\n";
        const QByteArray newData = state.endsWith(u"same-size")
            ? QByteArray("new contents, version two\n")
            : QByteArray("new, much longer contents of version two\n");
        QCOMPARE(state.endsWith(u"same-size"), oldData.size() == newData.size());
        // A committed neighbour proves the leftovers do not disturb other objects.
        m_store->put(QStringLiteral("d1/student_pii/neighbour"), "n", {});

        if (state == u"temp-only") {
            writeRaw(objects + key + QStringLiteral(".Xq3vZ1"), newData.left(5));
            writeRaw(meta + key + QStringLiteral(".k2Lm9P"), "{\"trunc");
        } else if (state == u"sidecar-only") {
            writeRaw(meta + key, sidecarJson(key, newData, nullptr));
        } else if (state == u"partial-data-only") {
            writeRaw(objects + key, newData.left(7));
        } else if (state.startsWith(u"pending")) {
            m_store->put(key, oldData, {});
            writeRaw(meta + key, sidecarJson(key, newData, &oldData));
            if (state.startsWith(u"pending-new"))
                writeRaw(objects + key, newData);
            else if (state == u"pending-torn") // what a non-atomic write would leave
                writeRaw(objects + key, newData.left(10) + oldData.mid(10, 3));
        } else if (state == u"truncated") {
            m_store->put(key, oldData, {});
            writeRaw(objects + key, oldData.left(4));
        }

        const QStringList listed = listAll(*m_store, QString(), 1);
        if (expected == u"error") {
            QVERIFY_THROWS_EXCEPTION(ObjectStoreError, m_store->get(key));
            QVERIFY_THROWS_EXCEPTION(ObjectStoreError, m_store->head(key));
        } else if (expected == u"none") {
            QCOMPARE(listed, QStringList({"d1/student_pii/neighbour"}));
            QVERIFY(!m_store->head(key));
            QVERIFY_THROWS_EXCEPTION(ObjectStoreError, m_store->get(key));
        } else {
            const QByteArray want = expected == u"old" ? oldData : newData;
            QCOMPARE(listed, QStringList({"d1/student_pii/neighbour", key}));
            QCOMPARE(m_store->get(key), want);
            const std::optional<ObjectInfo> info = m_store->head(key);
            QVERIFY(info);
            QCOMPARE(info->size, want.size());
            QCOMPARE(info->meta.sha256, ObjectStore::sha256Hex(want));
        }
        // Whatever was left behind, the next put wins cleanly.
        const QByteArray fresh = "fresh";
        m_store->put(key, fresh, {});
        QCOMPARE(m_store->get(key), fresh);
        QCOMPARE(m_store->head(key)->meta.sha256, ObjectStore::sha256Hex(fresh));
    }

    // The real thing: a writer process killed with SIGKILL at a random moment.
    void crashAtRandomPoint_data()
    {
        QTest::addColumn<int>("round");
        for (int i = 1; i <= 6; ++i)
            QTest::addRow("kill -9, round %d", i) << i;
    }
    void crashAtRandomPoint()
    {
        const QString root = m_store->root();
        const int target = QRandomGenerator::global()->bounded(10, 80);
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-writer"), root});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QList<int> done;
        QDeadlineTimer deadline(60000);
        while (done.size() < target && !deadline.hasExpired()) {
            if (!writer.canReadLine() && !writer.waitForReadyRead(int(deadline.remainingTime())))
                break;
            while (writer.canReadLine())
                done.append(writer.readLine().trimmed().toInt());
        }
        // Reading a line lands just after a put finished; a random pause of up to about one
        // put moves the kill to any point inside the next one (a crash point, not a race fix).
        QThread::usleep(QRandomGenerator::global()->bounded(8000));
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        while (writer.canReadLine()) // lines written before the kill landed
            done.append(writer.readLine().trimmed().toInt());
        QVERIFY2(done.size() >= target, "writer stopped or was too slow");

        const int last = done.constLast();
        try {
            verifyAfterCrash(root, last);
        } catch (const std::exception &e) {
            QFAIL(e.what()); // e.g. Io: a data file that matches neither recorded version
        }
    }

private:
    // QVERIFY/QCOMPARE return from this helper; crashAtRandomPoint reports the failure.
    void verifyAfterCrash(const QString &root, int last)
    {
        DirectoryObjectStore store(root);
        QStringList expectedKeys;
        for (int k = 0; k < kCrashKeys.size(); ++k) {
            const QString &key = kCrashKeys.at(k);
            // Newest version of this key the writer reported as finished.
            int newestDone = -1;
            for (int n = k; n <= last; n += int(kCrashKeys.size()))
                newestDone = n;
            const std::optional<ObjectInfo> info = store.head(key);
            if (newestDone < 0 && !info)
                continue;
            QVERIFY2(info, qPrintable(key + QStringLiteral(" lost")));
            expectedKeys.append(key);
            const QByteArray data = store.get(key);
            const int version = versionOf(key, data);
            QVERIFY2(version >= 0, qPrintable(key + QStringLiteral(" holds a partial object")));
            QVERIFY2(version >= newestDone,
                qPrintable(QStringLiteral("%1 went back to version %2 (finished: %3)")
                               .arg(key)
                               .arg(version)
                               .arg(newestDone)));
            QCOMPARE(version % int(kCrashKeys.size()), k);
            QCOMPARE(info->size, data.size());
            QCOMPARE(info->meta.sha256, ObjectStore::sha256Hex(data));
        }
        QCOMPARE(listAll(store, QString(), 2), sortedKeys(expectedKeys));
    }

private slots:
    // One instance per thread, all on the same store and the same keys.
    void concurrentInstances()
    {
        const QString root = m_store->root();
        const QStringList keys{
            QStringLiteral("d1/student_pii/shared-a"), QStringLiteral("d1/student_pii/shared-b")};
        std::atomic<int> failures{0};
        QStringList errors;
        std::mutex errorsMutex;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                DirectoryObjectStore store(root);
                for (int i = 0; i < 40; ++i) {
                    const QString &key = keys.at(i % keys.size());
                    try {
                        store.put(key, payload(key, t * 1000 + i), {});
                        const QByteArray data = store.get(key);
                        if (versionOf(key, data) < 0)
                            throw std::runtime_error("torn read");
                    } catch (const std::exception &e) {
                        ++failures;
                        std::lock_guard lock(errorsMutex);
                        errors.append(QString::fromUtf8(e.what()));
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        QCOMPARE(listAll(*m_store, QString(), 10), keys);
    }

    void factory_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: must succeed
        QTest::newRow("relative path")
            << QByteArray(R"({"type":"directory","path":"stores/us-west"})") << QString();
        QTest::newRow("missing path") << QByteArray(R"({"type":"directory"})") << "path:";
        QTest::newRow("unknown field")
            << QByteArray(R"({"type":"directory","path":"x","bukket":1})") << "bukket:";
        QTest::newRow("unknown type") << QByteArray(R"({"type":"floppy"})") << "type:";
        QTest::newRow("no type") << QByteArray(R"({"path":"x"})") << "type:";
    }
    void factory()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString problem;
        const std::unique_ptr<ObjectStore> store
            = createObjectStore(QJsonDocument::fromJson(json).object(), m_dir->path(), &problem);
        if (error.isEmpty()) {
            QVERIFY2(store, qPrintable(problem));
            QCOMPARE(store->kind(), QStringLiteral("directory"));
            QCOMPARE(store->describe(),
                QStringLiteral("directory:") + m_dir->path() + QStringLiteral("/stores/us-west"));
            store->put(QStringLiteral("d1/student_pii/x"), "x", {});
            QVERIFY(QFile::exists(
                m_dir->path() + QStringLiteral("/stores/us-west/objects/d1/student_pii/x")));
        } else {
            QVERIFY(!store);
            QVERIFY2(problem.startsWith(error), qPrintable(problem));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryObjectStore> m_store;
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0)
        return runCrashWriter(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestDirectoryObjectStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_directoryobjectstore.moc"
