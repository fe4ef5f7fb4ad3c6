# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/schemas/utils.py
from datetime import datetime, timezone

from typing import Annotated, Any

from pydantic import PlainSerializer, ValidatorFunctionWrapHandler

def check_not_none_if_set(
    value: Any,
    handler: ValidatorFunctionWrapHandler,
) -> Any:
    if value is None:
        raise ValueError("can't be blank")
    if isinstance(value, str) and len(value.strip()) == 0:
        raise ValueError("can't be blank")
    return handler(value)
