// ApiSequence: steps in order, the first failure stops it and names the step, cancel stops it
// silently, a restart forgets the old run's late answers.
#include "models/apisequence.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class TestApiSequence : public QObject
{
    Q_OBJECT

private slots:
    void runsStepsInOrder();
    void firstFailureStopsAndNamesTheStep();
    void cancelStopsWithoutSignals();
    void restartIgnoresTheOldRun();
};

void TestApiSequence::runsStepsInOrder()
{
    ApiSequence sequence;
    QStringList ran;
    for (const auto *name : {"a", "b", "c"}) {
        sequence.then(QString::fromLatin1(name), [&, name](const ApiSequence::Step &step) {
            ran.append(QString::fromLatin1(name));
            QTimer::singleShot(0, &sequence, step.next); // ends later, as a network call does
            return ApiCall();
        });
    }
    QSignalSpy finished(&sequence, &ApiSequence::finished);
    sequence.start();
    QVERIFY(sequence.isRunning());
    QVERIFY(finished.wait(2000));
    QCOMPARE(ran, (QStringList{"a", "b", "c"}));
    QVERIFY(!sequence.isRunning());
}

void TestApiSequence::firstFailureStopsAndNamesTheStep()
{
    ApiSequence sequence;
    QStringList ran;
    sequence.then("health", [&](const ApiSequence::Step &step) {
        ran.append("health");
        step.next(); // synchronously: allowed
        return ApiCall();
    });
    sequence.then("session", [&](const ApiSequence::Step &step) {
        ran.append("session");
        ProblemDetails refused;
        refused.status = 401;
        refused.detail = "unknown token";
        step.fail(refused);
        step.next(); // after a failure: ignored
        return ApiCall();
    });
    sequence.then("never", [&](const ApiSequence::Step &step) {
        ran.append("never");
        step.next();
        return ApiCall();
    });
    QSignalSpy finished(&sequence, &ApiSequence::finished);
    QSignalSpy failed(&sequence, &ApiSequence::failed);
    sequence.start();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toInt(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("session"));
    QCOMPARE(failed.first().at(2).value<ProblemDetails>().status, 401);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(ran, (QStringList{"health", "session"}));
}

void TestApiSequence::cancelStopsWithoutSignals()
{
    ApiSequence sequence;
    ApiSequence::Step pending;
    bool secondRan = false;
    sequence.then("first", [&](const ApiSequence::Step &step) {
        pending = step;
        return ApiCall();
    });
    sequence.then("second", [&](const ApiSequence::Step &step) {
        secondRan = true;
        step.next();
        return ApiCall();
    });
    QSignalSpy finished(&sequence, &ApiSequence::finished);
    QSignalSpy failed(&sequence, &ApiSequence::failed);
    sequence.start();
    sequence.cancel();
    QVERIFY(!sequence.isRunning());
    pending.next(); // the cancelled step's answer arrives anyway
    QVERIFY(!secondRan);
    QCOMPARE(finished.count() + failed.count(), 0);
}

void TestApiSequence::restartIgnoresTheOldRun()
{
    ApiSequence sequence;
    QList<ApiSequence::Step> steps;
    sequence.then("only", [&](const ApiSequence::Step &step) {
        steps.append(step);
        return ApiCall();
    });
    QSignalSpy finished(&sequence, &ApiSequence::finished);
    QSignalSpy failed(&sequence, &ApiSequence::failed);
    sequence.start();
    sequence.start(); // e.g. the user pressed Check again
    QCOMPARE(steps.size(), 2);
    steps.first().fail({}); // the first run's late answer
    QCOMPARE(failed.count(), 0);
    QVERIFY(sequence.isRunning());
    steps.last().next();
    QCOMPARE(finished.count(), 1);
}

RP_TEST(TestApiSequence, "tst_apisequence")
#include "tst_apisequence.moc"
