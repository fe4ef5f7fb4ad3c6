"""Entry point: serve the app with waitress on $PORT."""

import os

from waitress import serve

from conduit import create_app

if __name__ == "__main__":
    serve(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), threads=8)
