import os

from aiohttp import web
from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from conduit.database import Base, make_engine


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)


async def tags(request: web.Request) -> web.Response:
    with Session(request.app["engine"]) as s:
        return web.json_response({"tags": list(s.scalars(select(Tag.name)))})


async def create_schema(app: web.Application) -> None:
    Base.metadata.create_all(app["engine"])


def build_app(engine=None) -> web.Application:
    app = web.Application()
    app["engine"] = engine or make_engine()
    app.on_startup.append(create_schema)
    app.router.add_get("/api/tags", tags)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=int(os.environ.get("PORT", "8080")))
