import os
from flask import Flask
from waitress import serve
from conduit.routes.tags import tags_bp
from conduit.routes.articles import articles_bp

app = Flask(__name__)
app.register_blueprint(tags_bp, url_prefix="/api")
app.register_blueprint(articles_bp, url_prefix="/api")

if __name__ == "__main__":
    serve(app, host="0.0.0.0", port=int(os.environ.get("PORT", 8080)))
