#pragma once

#include "fuzz/fuzzcrashguard.h"
#include "fuzz/fuzzmutator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QtTest>

#include <algorithm>
#include <exception>
#include <functional>
#include <typeinfo>

/**
 * Ends a fuzz run inside a test function: a violation fails the test (with the report naming
 * seed, iteration and input), hits of known bugs become XFAILs, and the counts are logged.
 * A macro because QFAIL must return from the test function itself.
 */
#define RP_FUZZ_REPORT(stats, bugs)                                                                \
    do {                                                                                           \
        if (!(stats).failure.isEmpty())                                                            \
            QFAIL(qPrintable((stats).failure));                                                    \
        FuzzHarness::expectKnownBugs(bugs);                                                        \
        qInfo("%s", qPrintable((stats).summary()));                                                \
    } while (false)

/**
 * What every fuzz test shares: the iteration budget, the guard that turns anything a parser lets
 * escape (other than its documented error) into a readable violation, failure reports that make
 * the failing input reproducible, and the bookkeeping for bugs that are known but not fixed yet.
 */
class FuzzHarness
{
public:
    // One call slower than this is reported as a hang. It is far above what any input here
    // costs (well under a millisecond), so a loaded CI machine does not trip it.
    static constexpr qint64 SlowCallMs = 2000;

    /** What a target did with one input. */
    struct Outcome
    {
        enum Kind { Accepted, Rejected, SyntaxError };
        Kind kind = Accepted;
        QString violation; // empty if the contract held

        static Outcome fail(const QString &violation) { return {Rejected, violation}; }
    };

    /** Totals of one row; `failure` is the report of the first unknown violation. */
    struct Stats
    {
        int accepted = 0;
        int rejected = 0; // by the target's own validation
        int syntaxErrors = 0; // by the JSON parser in front of it
        QString failure;

        // Inputs that got past the JSON parser: a row where this stays 0 fuzzes only QJson.
        int reachedValidation() const { return accepted + rejected; }
        QString summary() const
        {
            return QStringLiteral("%1 accepted, %2 refused by the validator, %3 by the JSON parser")
                .arg(accepted)
                .arg(rejected)
                .arg(syntaxErrors);
        }
    };

    /** @p defaultCount, or RP_FUZZ_ITERATIONS when that is set (for long local runs). */
    static int iterations(int defaultCount)
    {
        bool ok = false;
        const int fromEnv = qEnvironmentVariableIntValue("RP_FUZZ_ITERATIONS", &ok);
        return ok && fromEnv > 0 ? fromEnv : defaultCount;
    }

    /**
     * Runs @p body, which returns "" or a violation it found itself. An exception of type
     * @p Expected goes to @p onError, which returns "" if the error honours the contract; any
     * other exception, or a call slower than SlowCallMs, is a violation.
     */
    template <typename Expected, typename Body, typename OnError>
    static QString guard(Body &&body, OnError &&onError)
    {
        QElapsedTimer timer;
        timer.start();
        QString violation;
        try {
            violation = body();
        } catch (const Expected &e) {
            violation = onError(e);
        } catch (const std::exception &e) {
            violation
                = QStringLiteral("an undocumented exception escaped: %1: %2")
                      .arg(QString::fromLatin1(typeid(e).name()), QString::fromUtf8(e.what()));
        } catch (...) {
            violation = QStringLiteral("an exception of unknown type escaped");
        }
        if (violation.isEmpty() && timer.elapsed() > SlowCallMs)
            violation = QStringLiteral("one call took %1 ms (hang?)").arg(timer.elapsed());
        return violation;
    }

    /** Runs @p body, which must not throw at all (checks on accepted values, lenient parsers). */
    template <typename Body> static QString guardNoThrow(Body &&body)
    {
        struct Never
        {
        };
        return guard<Never>(std::forward<Body>(body), [](const Never &) { return QString(); });
    }

    /** Escapes @p input for a test log: printable ASCII as is, everything else as \xHH; long
     *  inputs show their start, the part around @p focus and their end. */
    static QString dump(const QByteArray &input, qsizetype focus = 0)
    {
        auto escape = [](const QByteArray &bytes) {
            QString out;
            for (const char ch : bytes) {
                const auto c = static_cast<unsigned char>(ch);
                if (c >= 0x20 && c < 0x7f && c != '\\')
                    out += QLatin1Char(char(c));
                else
                    out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            }
            return out;
        };
        if (input.size() <= 800)
            return escape(input);
        const qsizetype from = std::clamp<qsizetype>(focus - 200, 200, input.size() - 100);
        const qsizetype to = std::clamp<qsizetype>(focus + 200, from, input.size() - 100);
        return escape(input.left(200)) + QStringLiteral(" «…%1 bytes…» ").arg(from - 200)
            + escape(input.mid(from, to - from))
            + QStringLiteral(" «…%1 bytes…» ").arg(input.size() - 100 - to)
            + escape(input.right(100));
    }

    /** @p text with control characters and surrogates escaped, for messages (a field name may
     *  hold a NUL, which would cut qPrintable short). */
    static QString printable(const QString &text)
    {
        QString out;
        for (const QChar c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate())
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }

    /** Where @p actual first departs from @p expected, with some context of both. */
    static QString firstDifference(const QByteArray &expected, const QByteArray &actual)
    {
        qsizetype at = 0;
        while (at < expected.size() && at < actual.size() && expected.at(at) == actual.at(at))
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 40);
        return QStringLiteral(
            "sizes %1 and %2, first difference at byte %3:\n   expected …%4\n   actual   …%5")
            .arg(expected.size())
            .arg(actual.size())
            .arg(at)
            .arg(FuzzHarness::dump(expected.mid(from, 100)),
                FuzzHarness::dump(actual.mid(from, 100)));
    }

    /**
     * The QFAIL message for a violation: what broke, the seed and iteration, the mutation, an
     * escaped dump, the full input saved to a file, and the command that reruns the row.
     */
    static QString report(const QString &violation, quint32 seed, int iteration,
        const QString &mutation, const QByteArray &input, qsizetype focus = 0)
    {
        const QString dir = QDir::temp().filePath(QStringLiteral("rp-fuzz"));
        QDir().mkpath(dir);
        const QString file
            = QDir(dir).filePath(QStringLiteral("%1-%2-%3-%4.json")
                                     .arg(QCoreApplication::applicationName(),
                                         QString::fromLatin1(QTest::currentTestFunction()))
                                     .arg(seed)
                                     .arg(iteration));
        QFile out(file);
        const bool saved = out.open(QIODevice::WriteOnly) && out.write(input) == input.size();
        return QStringLiteral(
            "%1\n   seed %2, iteration %3; mutation: %4\n   input (%5 bytes%6): %7\n"
            "   rerun: %8 '%9:%10'")
            .arg(violation)
            .arg(seed)
            .arg(iteration)
            .arg(mutation.isEmpty() ? QStringLiteral("none") : mutation)
            .arg(input.size())
            .arg(saved ? QStringLiteral(", saved to ") + file : QString())
            .arg(dump(input, focus), QCoreApplication::applicationFilePath(),
                QString::fromLatin1(QTest::currentTestFunction()),
                QString::fromLatin1(QTest::currentDataTag()));
    }

    /**
     * A bug the fuzzer found that is not fixed yet. Its inputs are recognised by `matches` and
     * tallied instead of failing at once, so the rest of the row keeps fuzzing for other bugs;
     * the row then reports it as an expected failure (see expectKnownBugs). Each one also has an
     * explicit regression row, which starts to XPASS (and so fail) once the bug is fixed.
     */
    struct KnownBug
    {
        QString name;
        // Recognises the bug from the input and the violation the checks reported for it.
        std::function<bool(const QByteArray &input, const QString &violation)> matches;
        int hits = 0;
        QString firstReport;
    };

    /**
     * Feeds @p iterations mutations of @p seeds (round robin) to @p check, which returns an
     * Outcome for one input. Stops at the first violation that is not a known bug.
     */
    template <typename Check>
    static Stats fuzzText(const QByteArray &target, const QList<QByteArray> &seeds,
        FuzzMutator::Strategy strategy, quint32 seed, int iterations, QList<KnownBug> &bugs,
        Check &&check)
    {
        Stats stats;
        for (int i = 0; i < iterations; ++i) {
            FuzzMutator mutator(seed, i);
            const QByteArray input = mutator.mutate(seeds.at(i % seeds.size()), strategy);
            if (!record(stats, bugs, target, seed, i, mutator.description(), mutator.focus(), input,
                    check))
                break;
        }
        return stats;
    }

    /** Like fuzzText, but the mutations edit the parsed tree of @p seeds; @p check gets the
     *  mutated object (its compact JSON is what failure reports show). */
    template <typename Check>
    static Stats fuzzTree(const QByteArray &target, const QList<QJsonObject> &seeds, quint32 seed,
        int iterations, QList<KnownBug> &bugs, Check &&check)
    {
        Stats stats;
        for (int i = 0; i < iterations; ++i) {
            FuzzMutator mutator(seed, i);
            const QJsonObject object = mutator.mutateTree(seeds.at(i % seeds.size()));
            const QByteArray input = QJsonDocument(object).toJson(QJsonDocument::Compact);
            if (!record(stats, bugs, target, seed, i, mutator.description(), 0, input,
                    [&](const QByteArray &) { return check(object); }))
                break;
        }
        return stats;
    }

    /**
     * Cuts every seed at every @p stride-th byte. A cut that removes more than trailing white
     * space leaves an incomplete document, so on top of @p check's own verdict, accepting one is
     * a violation. The "iteration" in reports is the running number of the cut.
     */
    template <typename Check>
    static Stats fuzzTruncations(const QByteArray &target, const QList<QByteArray> &seeds,
        int stride, QList<KnownBug> &bugs, Check &&check)
    {
        Stats stats;
        int iteration = 0;
        for (const QByteArray &full : seeds) {
            for (qsizetype at = 0; at < full.size(); at += stride, ++iteration) {
                const QByteArray input = full.left(at);
                const bool complete = input.trimmed() == full.trimmed();
                const auto truncated = [&](const QByteArray &bytes) {
                    Outcome outcome = check(bytes);
                    if (outcome.violation.isEmpty() && outcome.kind == Outcome::Accepted
                        && !complete) {
                        outcome.violation
                            = QStringLiteral("accepted a document cut off after %1 of %2 bytes")
                                  .arg(at)
                                  .arg(full.size());
                    }
                    return outcome;
                };
                if (!record(stats, bugs, target, 0, iteration,
                        QStringLiteral("truncate at byte %1").arg(at), at, input, truncated))
                    return stats;
            }
        }
        return stats;
    }

    /** Returns true if @p input matched a known bug (and tallies it; @p makeReport runs for
     *  the first hit only, so a frequent bug does not write thousands of report files). */
    template <typename MakeReport>
    static bool tally(QList<KnownBug> &bugs, const QByteArray &input, const QString &violation,
        MakeReport &&makeReport)
    {
        for (KnownBug &bug : bugs) {
            if (bug.matches && bug.matches(input, violation)) {
                if (bug.hits++ == 0)
                    bug.firstReport = makeReport();
                return true;
            }
        }
        return false;
    }

    /** Ends a fuzz row: each known bug the row hit shows as XFAIL with its first reproduction. */
    static void expectKnownBugs(const QList<KnownBug> &bugs)
    {
        for (const KnownBug &bug : bugs) {
            if (bug.hits == 0)
                continue;
            // XFAIL prints only the bug's name; the reproduction goes to the log beside it.
            qInfo().noquote() << QStringLiteral("known bug hit by %1 input(s); first:\n%2")
                                     .arg(bug.hits)
                                     .arg(bug.firstReport.left(1200));
            QEXPECT_FAIL("", qPrintable(bug.name), Continue);
            QCOMPARE(bug.hits, 0);
        }
    }

private:
    template <typename Check>
    static bool record(Stats &stats, QList<KnownBug> &bugs, const QByteArray &target, quint32 seed,
        int iteration, const QString &mutation, qsizetype focus, const QByteArray &input,
        Check &&check)
    {
        Outcome outcome;
        {
            FuzzCrashGuard::Scope scope(target, seed, iteration, input);
            outcome = check(input);
        }
        switch (outcome.kind) {
        case Outcome::Accepted:
            ++stats.accepted;
            break;
        case Outcome::Rejected:
            ++stats.rejected;
            break;
        case Outcome::SyntaxError:
            ++stats.syntaxErrors;
            break;
        }
        if (outcome.violation.isEmpty())
            return true;
        const auto makeReport
            = [&] { return report(outcome.violation, seed, iteration, mutation, input, focus); };
        if (tally(bugs, input, outcome.violation, makeReport))
            return true;
        stats.failure = makeReport();
        return false;
    }
};
