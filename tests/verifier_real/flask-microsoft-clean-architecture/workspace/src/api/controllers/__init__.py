# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/api/controllers/__init__.py
from .todo import blueprint as todo_blueprint

def setup_blueprints(app) -> None:
    app.register_blueprint(todo_blueprint, url_prefix="/v1")
    return app
