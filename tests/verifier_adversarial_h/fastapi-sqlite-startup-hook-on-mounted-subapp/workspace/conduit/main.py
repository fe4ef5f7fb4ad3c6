"""Top-level ASGI app: health check plus the API mounted under /api."""

from __future__ import annotations

import os

import uvicorn
from fastapi import FastAPI

from conduit.api import api

app = FastAPI(title="Conduit", docs_url=None, redoc_url=None)
app.mount("/api", api)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
