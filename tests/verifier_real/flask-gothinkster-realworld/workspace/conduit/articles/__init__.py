# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:conduit/articles/__init__.py
from . import views  # noqa
