# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/errors.py
class UsecaseCriticalError(Exception):
    pass

class UsecaseError(Exception):
    pass
