#pragma once

#include "backend/core/problemdetails.h"
#include "models/apicall.h"

#include <QObject>

#include <functional>

/**
 * Daemon calls that must run one after another, each with its own failure (Transmission's
 * RpcQueue is the model): a connection check (is a daemon there, does it take the token), a
 * drill (preflight, inject, watch, restore). A step starts its call and ends it with next() or
 * fail(problem); the first failure stops the sequence and says which step failed. cancel()
 * aborts the running step's call, and no later step runs. A step passes the sequence (or its
 * owner) as its call's context, so nothing of a destroyed sequence is ever called back.
 */
class ApiSequence : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSequence)

public:
    /** Ends a step: next() runs the following step (or finishes), fail() stops the sequence. */
    struct Step
    {
        std::function<void()> next;
        std::function<void(const ProblemDetails &)> fail;
    };
    using StepFunction = std::function<ApiCall(const Step &)>;

    explicit ApiSequence(QObject *parent = nullptr);
    ~ApiSequence() override;

    /** Appends a step named @p name (for failed()); only before start(). */
    ApiSequence &then(const QString &name, StepFunction step);
    /** Runs the steps from the first; a running sequence is cancelled and run again. */
    void start();
    /** Aborts the running step's call; no later step runs and nothing is emitted. */
    void cancel();
    bool isRunning() const { return m_current >= 0; }

signals:
    void finished();
    /** Step @p index (named @p name) failed with @p problem; no later step ran. */
    void failed(int index, const QString &name, const ProblemDetails &problem);

private:
    void run(int index);

    QList<std::pair<QString, StepFunction>> m_steps;
    int m_current = -1;
    int m_run = 0; // which start() a step's next()/fail() belongs to
    ApiCall m_call;
};
