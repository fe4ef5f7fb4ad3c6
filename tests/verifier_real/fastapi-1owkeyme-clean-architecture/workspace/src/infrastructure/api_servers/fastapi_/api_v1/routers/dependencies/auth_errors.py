# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/dependencies/auth_errors.py
class AuthError(Exception):
    pass

class UnauthenticatedError(AuthError):
    pass

class UnauthorizedError(AuthError):
    pass
