import os
from aiohttp import web
from app.repositories.articles import ArticleRepository
from app.services.articles import ArticleService
from app.routes.articles import routes

def main() -> None:
    app = web.Application()
    app["articles"] = ArticleService(ArticleRepository())
    app.add_routes(routes)
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))

if __name__ == "__main__":
    main()
