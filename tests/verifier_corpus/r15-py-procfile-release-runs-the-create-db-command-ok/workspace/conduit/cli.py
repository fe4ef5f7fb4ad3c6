import click

from conduit.db import engine
from conduit.models.entities import Base


@click.command('create_db')
def create_db():
    Base.metadata.create_all(engine)


def init_cli(app):
    app.cli.add_command(create_db)
