# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions_infrastructure/auctions_infrastructure/queries/base.py
from sqlalchemy.engine import Connection

class SqlQuery:
    def __init__(self, connection: Connection) -> None:
        self._conn = connection
