#include "backend/core/podtype.h"

QString podTypeName(PodType type)
{
    switch (type) {
    case PodType::Primary:
        return QStringLiteral("primary");
    case PodType::Edge:
        return QStringLiteral("edge");
    case PodType::Backup:
        return QStringLiteral("backup");
    case PodType::Compliance:
        return QStringLiteral("compliance");
    }
    return {};
}

std::optional<PodType> podTypeFromName(const QString &name)
{
    for (auto type : {PodType::Primary, PodType::Edge, PodType::Backup, PodType::Compliance}) {
        if (podTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QStringList podTypeNames()
{
    return {QStringLiteral("primary"), QStringLiteral("edge"), QStringLiteral("backup"),
        QStringLiteral("compliance")};
}
