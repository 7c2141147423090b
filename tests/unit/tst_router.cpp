// Router: which route a method and path reach, what parameters they bind (percent-decoded),
// and what a path that exists under other methods answers (405 with Allow) or none (404).

#include "backend/api/router.h"
#include "testmain.h"

#include <QtTest>

namespace {

Handler named(const QString &name)
{
    return [name](const ApiRequest &) { return ApiResponse::text(name.toUtf8(), "text/plain"); };
}

QString run(const Router::Match &match)
{
    if (!match.handler)
        return {};
    const ApiRequest request({}, {}, match.params, Principal{});
    return QString::fromUtf8((*match.handler)(request).body);
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void otherMethodsAreListedOnlyWhenNoneMatches();
    void labelsFollowTheIndex();
    void sameShapeTwiceIsRefused();

private:
    Router m_router;
};

void TestRouter::initTestCase()
{
    m_router.add("GET", QStringLiteral("/healthz"), Access::Public, named("health"));
    m_router.add("GET", QStringLiteral("/pods"), Access::Read, named("pods"));
    m_router.add("POST", QStringLiteral("/pods"), Access::Operate, named("create"));
    m_router.add(
        "GET", QStringLiteral("/pods/{region}/{pod}"), Access::Read, named("pod"), Runs::IoThread);
    m_router.add(
        "PUT", QStringLiteral("/pods/{region}/{pod}/drain"), Access::Operate, named("drain"));
    m_router.add("GET", QStringLiteral("/routing/overrides"), Access::Read, named("overrides"));
    m_router.add(
        "GET", QStringLiteral("/routing/{district}"), Access::Read, named("route"), Runs::IoThread);
    // Registered after the parameter route it would have been shadowed by (issue #21).
    m_router.add("GET", QStringLiteral("/pods/{region}/probes"), Access::Read, named("probes"));
}

void TestRouter::matches_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("handler"); // empty: none
    QTest::addColumn<bool>("pathKnown");
    QTest::addColumn<QString>("params"); // "name=value;…", sorted by name
    QTest::addColumn<QString>("pattern");

    QTest::newRow("literal") << QByteArray("GET") << "/healthz"
                             << "health" << true << ""
                             << "/healthz";
    QTest::newRow("trailing slash") << QByteArray("GET") << "/pods/"
                                    << "pods" << true << ""
                                    << "/pods";
    QTest::newRow("two params") << QByteArray("GET") << "/pods/us-east/us-east-primary"
                                << "pod" << true << "pod=us-east-primary;region=us-east"
                                << "/pods/{region}/{pod}";
    QTest::newRow("percent-decoded param")
        << QByteArray("GET") << "/routing/caf%C3%A9%2Fx"
        << "route" << true << QStringLiteral("district=caf\u00e9/x") << "/routing/{district}";
    QTest::newRow("a literal wins over a parameter registered after it")
        << QByteArray("GET") << "/routing/overrides"
        << "overrides" << true << ""
        << "/routing/overrides";
    QTest::newRow("a literal wins over a parameter registered before it")
        << QByteArray("GET") << "/pods/us-east/probes"
        << "probes" << true << "region=us-east"
        << "/pods/{region}/probes";
    QTest::newRow("the parameter still takes other values")
        << QByteArray("GET") << "/pods/us-east/probesx"
        << "pod" << true << "pod=probesx;region=us-east"
        << "/pods/{region}/{pod}";
    QTest::newRow("deeper route") << QByteArray("PUT") << "/pods/eu/eu-edge/drain"
                                  << "drain" << true << "pod=eu-edge;region=eu"
                                  << "/pods/{region}/{pod}/drain";
    QTest::newRow("method not allowed") << QByteArray("DELETE") << "/pods"
                                        << "" << true << ""
                                        << "";
    QTest::newRow("unknown path") << QByteArray("GET") << "/nothing/here"
                                  << "" << false << ""
                                  << "";
    QTest::newRow("a literal segment differs") << QByteArray("GET") << "/pods/a/b/scale"
                                               << "" << false << ""
                                               << "";
    QTest::newRow("root") << QByteArray("GET") << "/"
                          << "" << false << ""
                          << "";
}

void TestRouter::matches()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, handler);
    QFETCH(bool, pathKnown);
    QFETCH(QString, params);
    QFETCH(QString, pattern);

    const auto match = m_router.match(method, path);
    QCOMPARE(run(match), handler);
    QCOMPARE(match.pathKnown, pathKnown);
    QStringList bound;
    for (auto it = match.params.cbegin(); it != match.params.cend(); ++it)
        bound.append(it.key() + QLatin1Char('=') + it.value());
    bound.sort();
    QCOMPARE(bound.join(QLatin1Char(';')), params);
    QCOMPARE(match.pattern, pattern);
    QCOMPARE(match.index >= 0, !handler.isEmpty());
}

void TestRouter::otherMethodsAreListedOnlyWhenNoneMatches()
{
    const auto refused = m_router.match("DELETE", QStringLiteral("/pods"));
    QVERIFY(!refused.handler);
    QCOMPARE(refused.allowedMethods, QStringList({"GET", "POST"}));
    const auto served = m_router.match("GET", QStringLiteral("/pods"));
    QVERIFY(served.handler);
    QVERIFY(served.allowedMethods.isEmpty()); // not built for a request that is served
    QCOMPARE(served.access, Access::Read);
    QCOMPARE(m_router.match("GET", QStringLiteral("/pods/a/b")).runs, Runs::IoThread);
    QCOMPARE(m_router.match("POST", QStringLiteral("/pods")).access, Access::Operate);
}

void TestRouter::labelsFollowTheIndex()
{
    const auto labels = m_router.routeLabels();
    QCOMPARE(labels.size(), 8);
    const auto match = m_router.match("GET", QStringLiteral("/routing/us-tx-houston"));
    QCOMPARE(labels.value(match.index), QStringLiteral("GET /routing/{district}"));
    QCOMPARE(labels.value(m_router.match("PUT", QStringLiteral("/pods/a/b/drain")).index),
        QStringLiteral("PUT /pods/{region}/{pod}/drain"));
}

void TestRouter::sameShapeTwiceIsRefused()
{
    Router router;
    router.add("GET", QStringLiteral("/pods/{region}"), Access::Read, named("a"));
    try {
        router.add("GET", QStringLiteral("/pods/{id}"), Access::Read, named("b"));
        QFAIL("a second route of the same shape was accepted; it could never be reached");
    } catch (const std::logic_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("/pods/{region}")), e.what());
    }
    // Another method, or a literal in its place, is a different route.
    router.add("DELETE", QStringLiteral("/pods/{id}"), Access::Operate, named("c"));
    router.add("GET", QStringLiteral("/pods/all"), Access::Read, named("d"));
    QCOMPARE(run(router.match("GET", QStringLiteral("/pods/all"))), QStringLiteral("d"));
    QCOMPARE(run(router.match("GET", QStringLiteral("/pods/x"))), QStringLiteral("a"));
    QCOMPARE(router.routeLabels().size(), 3);
}

RP_TEST(TestRouter, "tst_router")
#include "tst_router.moc"
