import os
import subprocess
import time

import pytest
import requests

BASE = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/api"


@pytest.mark.skipif(not os.environ.get("SMOKE"), reason="needs a running server")
def test_register_and_login():
    name = f"u{int(time.time())}"
    body = {"user": {"username": name, "email": f"{name}@example.com", "password": "password123"}}
    assert requests.post(f"{BASE}/users", json=body).status_code == 201
    login = {"user": {"email": f"{name}@example.com", "password": "password123"}}
    assert requests.post(f"{BASE}/users/login", json=login).status_code == 200
