# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:tasks/app/__init__.py
from invoke import Collection

from . import dependencies, env, db, run, users, swagger, boilerplates

from config import BaseConfig

namespace = Collection(
    dependencies,
    env,
    db,
    run,
    users,
    swagger,
    boilerplates,
)
