#pragma once

#include <QString>

#include <stdexcept>

/** A database operation failed (I/O, constraint, corrupt file). The message names the statement. */
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
    { }
};
