#pragma once

/**
 * A visitor made of lambdas, one per alternative: std::visit(Overloaded{[](const A &) {…},
 * [](const B &) {…}}, v). Without a catch-all (`auto`) lambda, a new alternative without a
 * handler fails to compile, which is the point.
 */
template <class... Handlers> struct Overloaded : Handlers...
{
    using Handlers::operator()...;
};
template <class... Handlers> Overloaded(Handlers...) -> Overloaded<Handlers...>;
