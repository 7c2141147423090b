#pragma once

class AuthService;
class PodManager;
class Router;

/** /tokens: admins mint and revoke API tokens. */
class TokensController
{
public:
    TokensController(AuthService &auth, PodManager &pods);
    void registerRoutes(Router &router);

private:
    AuthService &m_auth;
    PodManager &m_pods;
};
