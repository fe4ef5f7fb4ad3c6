# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/domain/constants.py
SQLALCHEMY_DATABASE_URI = 'SQLALCHEMY_DATABASE_URI'
