#include "backend/agent/agentapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AgentApplication agent;
    return agent.run(QCoreApplication::arguments());
}
