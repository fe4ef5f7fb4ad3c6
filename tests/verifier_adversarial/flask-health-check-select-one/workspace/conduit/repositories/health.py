from sqlalchemy import text
from sqlalchemy.orm import Session


class HealthRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def database_ready(self) -> bool:
        # cheap round trip: proves the file is open and the schema is readable
        return self.session.execute(text("SELECT 1")).scalar() == 1
