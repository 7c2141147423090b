// AuthService's bearer checks: each I/O thread remembers the last header it accepted, and that
// memo must never outlive a change: a revoked, rotated-out or expired secret is refused at
// once, a header that differs in one character is refused, and a second AuthService in the
// same thread never answers with the first one's principal.

#include "backend/services/authservice.h"
#include "backend/store/database.h"
#include "backend/store/tokenstore.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

/** One AuthService on its own SQLite file. */
struct Tokens
{
    explicit Tokens(const QString &path)
    {
        db.openSqlite(path);
        store = std::make_unique<TokenStore>(db);
        auth = std::make_unique<AuthService>(*store);
    }
    Database db;
    std::unique_ptr<TokenStore> store;
    std::unique_ptr<AuthService> auth;
};

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void repeatedHeaderIsAcceptedAndRevocationEndsItAtOnce();
    void nearMissesAreRefused_data();
    void nearMissesAreRefused();
    void rotationEndsTheOldSecretWhenItsGraceIsOver();
    void anotherServiceNeverAnswersWithThisOnesToken();
    void anExpiredTokenIsRefusedThoughItWasAccepted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Tokens> m_tokens;
};

void TestAuthService::init()
{
    QVERIFY(m_dir.isValid());
    m_tokens = std::make_unique<Tokens>(m_dir.filePath(
        QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestAuthService::cleanup()
{
    m_tokens.reset();
}

void TestAuthService::repeatedHeaderIsAcceptedAndRevocationEndsItAtOnce()
{
    auto &auth = *m_tokens->auth;
    const auto issued = auth.issue(TokenRole::Operator, {}, QStringLiteral("noc"));
    const auto other = auth.issue(TokenRole::Auditor, {QStringLiteral("us-wa-seattle")}, {});
    for (int i = 0; i < 3; ++i) {
        const auto principal = auth.authenticate(bearer(issued.token));
        QVERIFY(principal);
        QCOMPARE(principal->tokenId, issued.id);
        QCOMPARE(principal->role, TokenRole::Operator);
    }
    // Another token in between, then the first again: each is its own principal.
    QCOMPARE(auth.authenticate(bearer(other.token))->role, TokenRole::Auditor);
    QCOMPARE(auth.authenticate(bearer(issued.token))->tokenId, issued.id);

    QVERIFY(auth.revoke(issued.id));
    QVERIFY(!auth.authenticate(bearer(issued.token))); // the very next call
    QVERIFY(!auth.authenticateToken(issued.token));
    QCOMPARE(auth.authenticate(bearer(other.token))->tokenId, other.id);
}

void TestAuthService::nearMissesAreRefused_data()
{
    QTest::addColumn<int>("change"); // which near miss of the accepted header
    QTest::newRow("last character") << 0;
    QTest::newRow("first character of the secret") << 1;
    QTest::newRow("one character shorter") << 2;
    QTest::newRow("one character longer") << 3;
    QTest::newRow("empty") << 4;
    QTest::newRow("scheme only") << 5;
}

void TestAuthService::nearMissesAreRefused()
{
    QFETCH(int, change);
    auto &auth = *m_tokens->auth;
    const auto issued = auth.issue(TokenRole::Admin, {}, {});
    const auto good = bearer(issued.token);
    QVERIFY(auth.authenticate(good)); // remembered now
    QByteArray miss = good;
    switch (change) {
    case 0:
        miss[miss.size() - 1] = miss.back() == 'A' ? 'B' : 'A';
        break;
    case 1:
        miss[7] = miss[7] == 'x' ? 'y' : 'x';
        break;
    case 2:
        miss.chop(1);
        break;
    case 3:
        miss.append('A');
        break;
    case 4:
        miss.clear();
        break;
    case 5:
        miss = "Bearer ";
        break;
    }
    QVERIFY(!auth.authenticate(miss));
    QVERIFY(auth.authenticate(good)); // and the right one still works after the miss
}

void TestAuthService::rotationEndsTheOldSecretWhenItsGraceIsOver()
{
    auto &auth = *m_tokens->auth;
    const auto issued = auth.issue(TokenRole::Operator, {}, {});
    QVERIFY(auth.authenticate(bearer(issued.token)));
    const auto rotated = auth.rotate(issued.id, 60);
    QVERIFY(rotated);
    QVERIFY(auth.authenticate(bearer(issued.token))); // in its grace period
    QCOMPARE(auth.authenticate(bearer(rotated->token))->tokenId, issued.id);
    const auto again = auth.rotate(issued.id, 0); // no grace: both older secrets end now
    QVERIFY(again);
    QVERIFY(!auth.authenticate(bearer(issued.token)));
    QVERIFY(!auth.authenticate(bearer(rotated->token)));
    QCOMPARE(auth.authenticate(bearer(again->token))->tokenId, issued.id);
}

void TestAuthService::anotherServiceNeverAnswersWithThisOnesToken()
{
    auto &auth = *m_tokens->auth;
    const auto issued = auth.issue(TokenRole::Admin, {}, {});
    QVERIFY(auth.authenticate(bearer(issued.token)));
    Tokens second(m_dir.filePath(QStringLiteral("second.db")));
    QVERIFY(!second.auth->authenticate(bearer(issued.token)));
    QVERIFY(auth.authenticate(bearer(issued.token)));

    // A service that takes the first one's place in memory starts with nothing remembered.
    const auto header = bearer(issued.token);
    m_tokens->auth.reset();
    m_tokens->auth = std::make_unique<AuthService>(*second.store);
    QVERIFY(!m_tokens->auth->authenticate(header));
}

void TestAuthService::anExpiredTokenIsRefusedThoughItWasAccepted()
{
    auto &auth = *m_tokens->auth;
    const auto issued
        = auth.issue(TokenRole::Operator, {}, {}, QDateTime::currentDateTimeUtc().addMSecs(1500));
    QVERIFY(auth.authenticate(bearer(issued.token)));
    // Polled (the event loop runs the service's expiry sweep meanwhile), never slept.
    QTRY_VERIFY_WITH_TIMEOUT(!auth.authenticate(bearer(issued.token)), 5000);
    QVERIFY(!auth.authenticateToken(issued.token));
}

RP_TEST(TestAuthService, "tst_authservice")
#include "tst_authservice.moc"
