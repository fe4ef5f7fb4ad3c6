# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/controller/amqp/v1/__init__.py
from pkg.rabbitmq.rpc import RPCRouter

from . import applications

router = RPCRouter()

router.include_router(
    applications.router,
    prefix='/applications',
)
