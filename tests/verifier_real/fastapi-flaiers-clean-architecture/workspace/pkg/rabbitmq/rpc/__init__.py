# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:pkg/rabbitmq/rpc/__init__.py
from .client import RPCClient

from .dependencies import get_rpc

from .routing import RPCRouter

from .server import RPCServer
