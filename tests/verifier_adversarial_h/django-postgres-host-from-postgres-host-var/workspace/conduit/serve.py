"""Serve the WSGI application with waitress on $PORT."""

import os

from waitress import serve

from conduit.wsgi import application

if __name__ == "__main__":
    serve(application, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)
