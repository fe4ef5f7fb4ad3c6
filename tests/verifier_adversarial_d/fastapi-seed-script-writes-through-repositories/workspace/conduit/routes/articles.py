from fastapi import APIRouter


def build_router(service) -> APIRouter:
    router = APIRouter()

    @router.get("/articles")
    def list_articles():
        return {"articles": [], "articlesCount": service.count()}

    return router
