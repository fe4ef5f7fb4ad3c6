# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:pkg/rabbitmq/rpc/types.py
from typing import Union

from aio_pika.patterns import RPC, JsonRPC
