# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/error_handlers.py
import typing as t

from . import errors as err

def handle_usecases_errors(func: t.Callable[P, t.Awaitable[T]]) -> t.Callable[P, t.Awaitable[T]]:
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await func(*args, **kwargs)
        except err.UsecaseError:
            raise
        except err.UsecaseCriticalError:
            raise
        except Exception as exc:
            raise err.UsecaseCriticalError from exc

    return wrapper
