# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/__main__.py
from app.presentation.__main__ import create_app

def run_dev(
        host: str = None,
        port: int = None
) -> None:
    """
    Runs a Flask dev server
    """
    host = "localhost" if host is None else host
    port = 5000 if port is None else port

    app = create_app()
    app.run(host=host, port=port, debug=True)
