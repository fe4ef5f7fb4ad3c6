from conduit.repositories.health import HealthRepository


class HealthService:
    def __init__(self, repository: HealthRepository) -> None:
        self.repository = repository

    def status(self) -> dict:
        return {"status": "ok" if self.repository.database_ready() else "degraded"}
