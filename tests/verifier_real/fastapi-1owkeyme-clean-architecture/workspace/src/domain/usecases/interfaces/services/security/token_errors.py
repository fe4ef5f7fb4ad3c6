# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/services/security/token_errors.py
class TokenServiceError(Exception):
    pass

class InvalidTokenError(TokenServiceError):
    pass
