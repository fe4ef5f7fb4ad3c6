# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/api/__init__.py
from .requests import get_query_param

from .middleware import setup_prefix_middleware, post_data_required

from .responses import create_response

from .controllers import setup_blueprints
