#pragma once

#include <QString>

/** The HTTP statuses the daemon and the agent answer with; a status is never a bare number. */
enum class HttpStatus : int {
    Ok = 200,
    Created = 201,
    Accepted = 202,
    NoContent = 204,
    SwitchingProtocols = 101,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    Conflict = 409,
    PayloadTooLarge = 413,
    UriTooLong = 414,
    UnsupportedMediaType = 415,
    UnprocessableEntity = 422,
    TooManyRequests = 429,
    RequestHeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    ServiceUnavailable = 503,
};

/** The status as its number (for the status line and JSON). */
constexpr int statusCode(HttpStatus status)
{
    return int(status);
}

/** Standard reason phrase for an HTTP status ("Not Found"; "HTTP 418" for one not listed). */
QString httpReasonPhrase(int status);
inline QString httpReasonPhrase(HttpStatus status)
{
    return httpReasonPhrase(statusCode(status));
}
