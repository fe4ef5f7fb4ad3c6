import os
from flask import Flask
from config import Config
from db import close_db, init_db
from views import api

def create_app():
    app = Flask(__name__)
    app.config.from_object(Config)
    init_db(app.config["DB_PATH"])
    app.teardown_appcontext(close_db)
    app.register_blueprint(api, url_prefix="/api")
    return app

if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
