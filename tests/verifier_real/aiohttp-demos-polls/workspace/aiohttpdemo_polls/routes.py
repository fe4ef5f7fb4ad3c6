# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/polls/aiohttpdemo_polls/routes.py
import pathlib

from aiohttpdemo_polls.views import index, poll, results, vote

def setup_routes(app):
    app.router.add_get("/", index)
    app.router.add_get("/poll/{question_id}", poll, name="poll")
    app.router.add_get("/poll/{question_id}/results", results, name="results")
    app.router.add_post("/poll/{question_id}/vote", vote, name="vote")

def setup_static_routes(app):
    app.router.add_static("/static/", path=PROJECT_ROOT / "static", name="static")
