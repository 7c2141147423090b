#pragma once

#include <QList>
#include <QStringList>

/** One versioned schema step: the statements that bring version-1 to version. */
struct SchemaStep
{
    int version;
    QStringList statements;
};

/** Every schema step in order. Append only: never edit a step that has shipped. */
const QList<SchemaStep> &schemaSteps();
