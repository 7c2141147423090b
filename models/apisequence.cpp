#include "models/apisequence.h"

ApiSequence::ApiSequence(QObject *parent)
    : QObject(parent)
{ }

ApiSequence::~ApiSequence()
{
    cancel();
}

ApiSequence &ApiSequence::then(const QString &name, StepFunction step)
{
    m_steps.append({name, std::move(step)});
    return *this;
}

void ApiSequence::start()
{
    cancel();
    run(0);
}

void ApiSequence::cancel()
{
    m_call.cancel();
    m_current = -1;
    ++m_run;
}

void ApiSequence::run(int index)
{
    if (index >= m_steps.size()) {
        m_current = -1;
        emit finished();
        return;
    }
    m_current = index;
    const int run = m_run;
    // A step may end synchronously (a check that needs no call), so guard on the run as well as
    // the index: an old run's late next() or a second next() of the same step is ignored.
    Step step;
    step.next = [this, run, index] {
        if (run == m_run && m_current == index)
            this->run(index + 1);
    };
    step.fail = [this, run, index](const ProblemDetails &problem) {
        if (run != m_run || m_current != index)
            return;
        m_current = -1;
        emit failed(index, m_steps.at(index).first, problem);
    };
    m_call = m_steps.at(index).second(step);
}
