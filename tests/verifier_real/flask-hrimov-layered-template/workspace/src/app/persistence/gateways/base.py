# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/persistence/gateways/base.py
from sqlalchemy.orm.session import Session

class DatabaseGateway:
    def __init__(self, session: Session):
        self.session = session
