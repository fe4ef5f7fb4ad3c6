# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:pkg/rabbitmq/rpc/dependencies.py
from fastapi import Request

def get_rpc(request: Request):
    return request.app.state.rpc
