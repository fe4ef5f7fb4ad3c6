# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:conduit/utils.py
from conduit.user.models import User  # noqa
