from flask import Flask, g

from .db import init_db


def create_app() -> Flask:
    app = Flask(__name__)
    init_db()

    from .routes import register_routes

    register_routes(app)

    @app.teardown_request
    def _close_session(exc=None):
        # the per-request services (container.build_services) own one session
        services = g.pop("services", None)
        if services is not None:
            services.session.close()

    return app
