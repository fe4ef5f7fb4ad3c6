# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/user/usecases/list.py
from sqlalchemy.orm.session import Session

from app.application.user.dto import Users

from app.application.user.interfaces import UserGateway

from app.persistence.gateways.user import UserGatewayImpl

class ListUsersUseCase:
    # TODO: add pagination and filters
    def __init__(self, session: Session) -> None:
        self.session = session
        self.user_gateway: UserGateway = UserGatewayImpl(session)

    def users_list(self) -> Users:
        users = self.user_gateway.list_users()
        return users
