#pragma once

#include <QString>
#include <QStringList>

#include <optional>

enum class PodType { Primary, Edge, Backup, Compliance };

/** Wire name of @p type ("primary", "edge", "backup", "compliance"). */
QString podTypeName(PodType type);
/** Parses a wire name; nullopt for anything else. */
std::optional<PodType> podTypeFromName(const QString &name);
QStringList podTypeNames();
