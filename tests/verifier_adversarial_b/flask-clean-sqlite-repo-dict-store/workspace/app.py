import os
from flask import Flask
from repositories.connection import create_schema
from routes.profiles import bp

create_schema()
app = Flask(__name__)
app.register_blueprint(bp)

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
