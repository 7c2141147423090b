#pragma once

// The ObjectStore contract, written once and run against each store (tst_directoryobjectstore,
// tst_s3objectstore): what put/get/head/list/remove promise whatever is behind them. Each check
// uses QTest macros; a caller returns when QTest::currentTestFailed(). Rows that only one store
// can offer (S3's reserved characters, the directory's raw files) stay in that store's test.

#include "backend/providers/objectstore.h"
#include "backend/providers/objectstoreerror.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace objectstorecontract {

/** What differs between stores, as far as the contract goes. */
struct Traits
{
    int maxPage = 1000000; // the most keys one list() call returns (S3: 1000)
    QStringList trickyKeys; // unusual keys the store must list in byte-wise order
};

/** Byte-wise UTF-8 order, the order list() promises (S3's order too). */
inline QStringList sortedKeys(QStringList keys)
{
    std::sort(keys.begin(), keys.end(),
        [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return keys;
}

/** @p count keys: the store's tricky ones first, then plain ones over several districts. */
inline QStringList makeKeys(const Traits &traits, int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i) {
        if (i < traits.trickyKeys.size())
            keys.append(traits.trickyKeys.at(i));
        else
            keys.append(QStringLiteral("d%1/class_%2/obj-%3").arg(i % 7).arg(i % 3).arg(i));
    }
    return keys;
}

/** Every key under @p prefix, page by page; throws when a non-last page is short or the
 *  listing never ends. */
inline QStringList listAll(ObjectStore &store, const QString &prefix, int pageSize,
    const Traits &traits, int *pages = nullptr)
{
    QStringList keys;
    QString token;
    int count = 0;
    do {
        const ObjectPage page = store.list(prefix, token, pageSize);
        ++count;
        for (const ObjectInfo &o : page.objects)
            keys.append(o.key);
        if (!page.nextToken.isEmpty() && page.objects.size() != std::min(pageSize, traits.maxPage))
            throw std::runtime_error("a non-last page is not full");
        token = page.nextToken;
        if (count > 100000)
            throw std::runtime_error("listing does not end");
    } while (!token.isEmpty());
    if (pages)
        *pages = count;
    return keys;
}

inline void putGetHeadRows(int binaryBytes)
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("text") << "d1/student_pii/roster.csv" << QByteArray("id,name\n1,Ann\n");
    QTest::newRow("empty") << "d1/student_pii/empty" << QByteArray();
    QByteArray binary(binaryBytes, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(QRandomGenerator::global()->bounded(256));
    QTest::newRow("binary") << "d2/model_artifact/weights.bin" << binary;
    QTest::newRow("unicode name") << "d3/eu_personal/Zoë résumé (final).pdf" << QByteArray("x");
    QTest::newRow("deep name") << "d4/deidentified/2024/q1/summary.json" << QByteArray("{}");
}

/** put, get and head agree; a second put replaces the object and leaves one key. */
inline void putGetHead(ObjectStore &store, const QString &key, const QByteArray &data)
{
    QVERIFY(!store.head(key));
    store.put(key, data, {});
    QCOMPARE(store.get(key), data);
    const std::optional<ObjectInfo> info = store.head(key);
    QVERIFY(info);
    QCOMPARE(info->key, key);
    QCOMPARE(info->size, data.size());
    QCOMPARE(info->meta.sha256, ObjectStore::sha256Hex(data));
    QCOMPARE(info->meta.district, key.section(u'/', 0, 0));
    QCOMPARE(info->meta.dataClass, key.section(u'/', 1, 1));
    QVERIFY2(qAbs(info->modified.secsTo(QDateTime::currentDateTimeUtc())) < 120,
        qPrintable(info->modified.toString(Qt::ISODate)));

    const QByteArray replacement = data + "v2";
    store.put(key, replacement, {});
    QCOMPARE(store.get(key), replacement);
    QCOMPARE(store.head(key)->size, replacement.size());
    const ObjectPage page = store.list(QString(), QString());
    QCOMPARE(page.objects.size(), 1);
    QCOMPARE(page.objects.first().key, key);
    QCOMPARE(page.objects.first().size, replacement.size());
}

/** The store computes SHA-256 when the caller gives none, and keeps (lower-cased) a caller's
 *  that matches, with the caller's district and class. */
inline void checksums(ObjectStore &store)
{
    store.put(QStringLiteral("d1/student_pii/h"), "hello", {});
    QCOMPARE(store.head(QStringLiteral("d1/student_pii/h"))->meta.sha256,
        QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
    const ObjectMeta meta{QStringLiteral("us-or-pps"), QStringLiteral("child_under_13"),
        ObjectStore::sha256Hex("a,b\n").toUpper()};
    store.put(QStringLiteral("us-or-pps/child_under_13/grades.csv"), "a,b\n", meta);
    const ObjectInfo info = *store.head(QStringLiteral("us-or-pps/child_under_13/grades.csv"));
    QCOMPARE(info.meta.district, meta.district);
    QCOMPARE(info.meta.dataClass, meta.dataClass);
    QCOMPARE(info.meta.sha256, meta.sha256.toLower());
}

inline void listPagingRows()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("empty store") << 0 << 5;
    QTest::newRow("one object") << 1 << 1;
    QTest::newRow("exact page") << 12 << 12;
    QTest::newRow("several pages") << 57 << 7;
    QTest::newRow("page of one") << 15 << 1;
}

/** Every key once, in byte-wise order, in full pages but the last. */
inline void listPaging(ObjectStore &store, const Traits &traits, int count, int pageSize)
{
    const QStringList keys = makeKeys(traits, count);
    for (const QString &key : keys)
        store.put(key, key.toUtf8(), {});
    int pages = 0;
    QCOMPARE(listAll(store, QString(), pageSize, traits, &pages), sortedKeys(keys));
    const int perPage = std::min(pageSize, traits.maxPage);
    QCOMPARE(pages, std::max(1, (count + perPage - 1) / perPage));
    for (const ObjectInfo &o : store.list(QString(), QString(), pageSize).objects)
        QCOMPARE(o.size, o.key.toUtf8().size());
}

inline void prefixRows()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("everything") << QString();
    QTest::newRow("district") << "d1/";
    QTest::newRow("district and class") << "d1/student_pii/";
    QTest::newRow("partial name") << "d1/student_pii/x";
    QTest::newRow("partial district") << "d1";
    QTest::newRow("no match") << "zz/";
}

/** Exactly the keys that start with @p prefix, across pages. */
inline void prefixFilter(ObjectStore &store, const Traits &traits, const QString &prefix)
{
    const QStringList keys = makeKeys(traits, 30);
    for (const QString &key : keys)
        store.put(key, "x", {});
    QStringList expected;
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            expected.append(key);
    }
    QCOMPARE(listAll(store, prefix, 4, traits), sortedKeys(expected));
}

/** A removed key is gone (get: NotFound naming the key and the store); removing it again, or
 *  a key that never was, is no error. @p more checks the store's own error details. */
inline void removeIsIdempotent(
    ObjectStore &store, const std::function<void(const ObjectStoreError &)> &more = {})
{
    const QString key = QStringLiteral("d1/student_pii/gone");
    store.put(key, "bytes", {});
    store.remove(key);
    QVERIFY(!store.head(key));
    try {
        store.get(key);
        QFAIL("get of a removed key did not throw");
    } catch (const ObjectStoreError &e) {
        QCOMPARE(e.kind(), ObjectStoreError::Kind::NotFound);
        QCOMPARE(e.key(), key);
        QVERIFY2(e.message().contains(store.describe()), qPrintable(e.message()));
        if (more)
            more(e);
    }
    store.remove(key);
    store.remove(QStringLiteral("d9/student_pii/never-existed"));
    QVERIFY(store.list(QString(), QString()).objects.isEmpty());
}

inline void invalidKeyRows()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("leading slash") << "/d1/student_pii/x";
    QTest::newRow("empty segment") << "d1//x";
    QTest::newRow("trailing slash") << "d1/student_pii/";
    QTest::newRow("dot-dot") << "d1/student_pii/../../../etc/passwd";
    QTest::newRow("dot") << "d1/student_pii/./x";
    QTest::newRow("newline") << "d1/student_pii/x\ny";
    QTest::newRow("nul") << QStringLiteral("d1/student_pii/x") + QChar(0);
    QTest::newRow("escape") << "d1/student_pii/\x1b[31m";
    QTest::newRow("two segments") << "d1/roster.csv";
    QTest::newRow("district with space") << "d 1/student_pii/x";
}

/** Every call refuses @p key as InvalidKey, and nothing is written. */
inline void invalidKey(ObjectStore &store, const QString &key)
{
    const auto expectInvalid = [&](const std::function<void()> &call, const char *what) {
        try {
            call();
            QFAIL(qPrintable(QStringLiteral("%1 accepted an invalid key").arg(what)));
        } catch (const ObjectStoreError &e) {
            QVERIFY2(e.kind() == ObjectStoreError::Kind::InvalidKey, e.what());
        }
    };
    expectInvalid([&] { store.put(key, "data", {}); }, "put");
    expectInvalid([&] { store.get(key); }, "get");
    expectInvalid([&] { store.head(key); }, "head");
    expectInvalid([&] { store.remove(key); }, "remove");
    QVERIFY(store.list(QString(), QString()).objects.isEmpty());
}

} // namespace objectstorecontract
