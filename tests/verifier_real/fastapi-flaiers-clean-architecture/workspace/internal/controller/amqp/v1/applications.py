# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/controller/amqp/v1/applications.py
from typing import Dict

from pkg.rabbitmq.rpc import RPCRouter

router = RPCRouter()
