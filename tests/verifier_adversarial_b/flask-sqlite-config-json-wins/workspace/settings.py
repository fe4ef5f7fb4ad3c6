import json
import os
from pathlib import Path

_DEFAULTS = {
    "db_path": os.environ.get("SQLITE_PATH", "conduit.db"),
    "jwt_secret": os.environ.get("JWT_SECRET", "secret"),
    "token_ttl_hours": 24,
}

def load_settings():
    settings = dict(_DEFAULTS)
    cfg = Path(__file__).with_name("config.json")
    if cfg.exists():
        settings.update(json.loads(cfg.read_text()))  # file settings override defaults
    Path(settings["db_path"]).parent.mkdir(parents=True, exist_ok=True)
    return settings

SETTINGS = load_settings()
