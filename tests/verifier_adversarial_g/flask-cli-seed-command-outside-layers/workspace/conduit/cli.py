"""`flask --app conduit.wsgi seed`: fills an empty database with demo users and articles."""

from __future__ import annotations

import click
from flask import Flask

from conduit.config import load_settings
from conduit.models.article import Article
from conduit.models.user import User
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import create_schema, make_engine, make_session_factory
from conduit.repositories.users import UserRepository
from conduit.services.security import hash_password

DEMO_USERS = [("jake", "jake@jake.jake"), ("celeb_jake", "celeb@jake.jake")]


@click.command("seed")
@click.option("--articles", default=5, show_default=True, help="articles to create per user")
def seed(articles: int) -> None:
    engine = make_engine(load_settings().database_url)
    create_schema(engine)
    sessions = make_session_factory(engine)
    users, posts = UserRepository(sessions), ArticleRepository(sessions)
    for username, email in DEMO_USERS:
        user = users.get_by_username(username) or users.add(
            User(username=username, email=email, password_hash=hash_password("jakejake"))
        )
        for n in range(articles):
            slug = f"{username}-demo-{n}"
            if not posts.slug_exists(slug):
                posts.add(
                    Article(slug=slug, title=f"Demo {n}", description="seeded", body="Lorem ipsum", author_id=user.id),
                    ["demo", username],
                )
    click.echo(f"seeded {len(DEMO_USERS)} users")


def register_cli(app: Flask) -> None:
    app.cli.add_command(seed)
