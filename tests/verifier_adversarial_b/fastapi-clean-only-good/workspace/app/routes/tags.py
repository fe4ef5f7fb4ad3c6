from fastapi import APIRouter, Request

router = APIRouter()


@router.get("/api/tags")
def tags(request: Request):
    return {"tags": request.app.state.tag_service.names()}
