"""Settings read from the environment the evaluator provides, and the task's policy.

``policy.json`` at the workspace root holds what a task prescribes beyond the contract's defaults:
the status of a duplicate username or email, a login rate limit, the password-hashing cost.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_JWT_SECRET = "conduit-development-secret-change-me"
POLICY_FILE = Path(__file__).resolve().parent.parent / "policy.json"


@dataclass(frozen=True)
class RateLimit:
    attempts: int
    window_seconds: float


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    jwt_secret: str
    duplicate_status: int = 422
    error_keys: str = (
        "body"  # "fields": invalid input keyed by field (error contract); "body": every message under body
    )
    login_rate_limit: RateLimit | None = None
    password_iterations: int = 20_000


def load_settings(policy_file: Path = POLICY_FILE) -> Settings:
    policy = json.loads(policy_file.read_text()) if policy_file.is_file() else {}
    limit = policy.get("login_rate_limit")
    return Settings(
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8080")),
        jwt_secret=os.environ.get("JWT_SECRET") or DEFAULT_JWT_SECRET,
        duplicate_status=int(policy.get("duplicate_status", 422)),
        error_keys=str(policy.get("error_keys", "body")),
        login_rate_limit=RateLimit(int(limit["attempts"]), float(limit["window_seconds"])) if limit else None,
        password_iterations=int(policy.get("password_iterations", 20_000)),
    )
