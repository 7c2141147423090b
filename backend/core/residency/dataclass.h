#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/** The kinds of data the residency rules distinguish; the wire names are the snake_case strings. */
enum class DataClass : quint8 {
    StudentPii, // "student_pii": education records
    ChildUnder13, // "child_under_13": COPPA
    EuPersonal, // "eu_personal": GDPR / UK GDPR / Swiss FADP
    CaPersonal, // "ca_personal": Canadian provincial law / PIPEDA
    Deidentified, // "deidentified"
    ModelArtifact, // "model_artifact"
};

/** Number of DataClass values; the evaluator sizes its per-class tables with it. */
inline constexpr int DataClassCount = 6;

/** Returns the wire name ("student_pii", …) of @p dataClass. */
QString dataClassName(DataClass dataClass);

/** Returns the data class called @p name, or std::nullopt for an unknown name (case-sensitive). */
std::optional<DataClass> dataClassFromString(QStringView name);

/** True for the classes residency rules restrict (all but deidentified and model_artifact). */
constexpr bool isRegulated(DataClass dataClass)
{
    return dataClass != DataClass::Deidentified && dataClass != DataClass::ModelArtifact;
}

/** Returns every data class in declaration order. */
QList<DataClass> allDataClasses();

/** Returns the wire names of every data class, in declaration order (for error messages). */
QString dataClassNamesForHumans();
