#pragma once

#include <QString>

/**
 * The grammar of object keys every object store driver and every API that names objects share:
 * "<district_id>/<data_class>/<name>", at most 1024 UTF-8 bytes (S3's limit, so any key can
 * migrate between drivers), no control characters, backslashes, broken UTF-16, empty, "." or
 * ".." segments. Pure: the API refuses a bad key with 400 before any store sees it.
 */
namespace ObjectKey {

/** Why @p key is not a valid object key, or "" when it is. */
QString problem(const QString &key);
/** Why @p prefix is not a valid listing prefix (whole segments only), or "" when it is. */
QString prefixProblem(const QString &prefix);

} // namespace ObjectKey
