# excerpt of https://github.com/tko22/flask-boilerplate@8be897648118:manage.py
from flask_script import Manager

from flask_migrate import Migrate, MigrateCommand

from api import create_app

from api.models import db

migrate = Migrate(app, db)

manager.add_command("db", MigrateCommand)

@manager.command
def runserver():
    app.run(debug=True, host="0.0.0.0", port=5000)

@manager.command
def runworker():
    app.run(debug=False)

@manager.command
def recreate_db():
    """
    Recreates a database. This should only be used once
    when there's a new database instance. This shouldn't be
    used when you migrate your database.
    """
    db.drop_all()
    db.create_all()
    db.session.commit()
