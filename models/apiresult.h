#pragma once

#include "backend/core/problemdetails.h"

#include <utility>
#include <variant>

/**
 * Outcome of one daemon call: either the parsed value or the RFC 7807 problem that explains
 * why there is none (HTTP errors, network errors and unparsable responses alike).
 */
template <typename T> class ApiResult
{
public:
    /** A successful result holding @p value. */
    static ApiResult success(T value) { return ApiResult(std::move(value)); }
    /** A failed result holding @p problem. */
    static ApiResult failure(ProblemDetails problem) { return ApiResult(std::move(problem)); }

    bool ok() const { return std::holds_alternative<T>(m_outcome); }
    explicit operator bool() const { return ok(); }

    /** The value; only valid when ok(). */
    const T &value() const { return std::get<T>(m_outcome); }
    /** The problem; only valid when !ok(). */
    const ProblemDetails &error() const { return std::get<ProblemDetails>(m_outcome); }

private:
    explicit ApiResult(T value)
        : m_outcome(std::in_place_index<0>, std::move(value))
    { }
    explicit ApiResult(ProblemDetails problem)
        : m_outcome(std::in_place_index<1>, std::move(problem))
    { }

    std::variant<T, ProblemDetails> m_outcome;
};
