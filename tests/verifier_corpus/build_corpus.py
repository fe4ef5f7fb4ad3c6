"""Writes the labeled verifier corpus: one directory per case with ``workspace/`` and ``expected.json``.

Cases start from a small compliant workspace (Python: Flask + SQLAlchemy; Node: Express +
Sequelize) and change what the case is about. Labels were decided from the rules in
docs/verifiers.md before the verifiers were run on them. Run:
``uv run python tests/verifier_corpus/build_corpus.py`` (rewrites every case directory).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).parent

# --------------------------------------------------------------------------- Python base
PY_MODELS = """from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
"""
PY_REPO = """from sqlalchemy import select

from conduit.models.entities import Article


class ArticleRepository:
    def __init__(self, session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalars(select(Article).where(Article.slug == slug)).first()

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article
"""
PY_SERVICE = """from conduit.models.entities import Article
from conduit.repositories.articles import ArticleRepository


class ArticleNotFound(Exception):
    pass


class ArticleService:
    def __init__(self, repository: ArticleRepository):
        self.repository = repository

    def get(self, slug: str) -> Article:
        article = self.repository.by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article
"""
PY_ROUTES = """from flask import Blueprint, jsonify

from conduit.services.articles import ArticleNotFound, ArticleService


def build_blueprint(service: ArticleService) -> Blueprint:
    bp = Blueprint("articles", __name__)

    @bp.get("/api/articles/<slug>")
    def get_article(slug):
        try:
            article = service.get(slug)
        except ArticleNotFound:
            return jsonify({"errors": {"body": ["article not found"]}}), 404
        return jsonify({"article": {"slug": article.slug, "body": article.body}})

    return bp
"""
PY_DB = """import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ["DATABASE_URL"])
SessionLocal = sessionmaker(bind=engine)
"""
PY_APP = """from flask import Flask

from conduit.db import SessionLocal, engine
from conduit.models.entities import Base
from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_blueprint
from conduit.services.articles import ArticleService


def create_app() -> Flask:
    Base.metadata.create_all(engine)
    app = Flask(__name__)
    service = ArticleService(ArticleRepository(SessionLocal()))
    app.register_blueprint(build_blueprint(service))

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}

    return app


app = create_app()
"""
PY_BASE = {
    "requirements.txt": "flask>=3\nsqlalchemy>=2\npsycopg[binary]>=3.2\npyjwt>=2\n",
    "run.sh": '#!/bin/sh\nexec flask --app conduit.app run --port "$PORT"\n',
    "conduit/__init__.py": "",
    "conduit/app.py": PY_APP,
    "conduit/db.py": PY_DB,
    "conduit/models/__init__.py": "",
    "conduit/models/entities.py": PY_MODELS,
    "conduit/repositories/__init__.py": "",
    "conduit/repositories/articles.py": PY_REPO,
    "conduit/services/__init__.py": "",
    "conduit/services/articles.py": PY_SERVICE,
    "conduit/routes/__init__.py": "",
    "conduit/routes/articles.py": PY_ROUTES,
}
PY_SQLITE = {"requirements.txt": "flask>=3\nsqlalchemy>=2\npyjwt>=2\n"}

# --------------------------------------------------------------------------- Node base
JS_PACKAGE = {
    "name": "conduit",
    "version": "1.0.0",
    "private": True,
    "dependencies": {
        "express": "^4.21.0",
        "sequelize": "^6.37.0",
        "pg": "^8.13.0",
        "pg-hstore": "^2.3.4",
        "jsonwebtoken": "^9.0.2",
    },
}
JS_DB = """const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });

module.exports = { sequelize };
"""
JS_DB_SQLITE = """const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });

module.exports = { sequelize };
"""
JS_MODEL = """const { DataTypes, Model } = require('sequelize');
const { sequelize } = require('../db');

class Article extends Model {}

Article.init(
  {
    slug: { type: DataTypes.STRING, unique: true },
    title: DataTypes.STRING,
    body: DataTypes.TEXT,
  },
  { sequelize, modelName: 'Article' },
);

module.exports = { Article };
"""
JS_REPO = """const { Article } = require('../models/article');

async function findBySlug(slug) {
  return Article.findOne({ where: { slug } });
}

async function create(fields) {
  return Article.create(fields);
}

module.exports = { findBySlug, create };
"""
JS_SERVICE = """const articleRepository = require('../repositories/articleRepository');

class NotFoundError extends Error {}

async function getArticle(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError(`article ${slug} not found`);
  return article;
}

module.exports = { getArticle, NotFoundError };
"""
JS_ROUTES = """const express = require('express');
const articleService = require('../services/articleService');

const router = express.Router();

router.get('/articles/:slug', async (req, res) => {
  try {
    const article = await articleService.getArticle(req.params.slug);
    res.json({ article });
  } catch (err) {
    if (err instanceof articleService.NotFoundError) {
      res.status(404).json({ errors: { body: [err.message] } });
      return;
    }
    throw err;
  }
});

module.exports = router;
"""
JS_SERVER = """const express = require('express');
const { sequelize } = require('./db');
const articleRoutes = require('./routes/articles');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
  app.use('/api', articleRoutes);
  app.listen(Number(process.env.PORT || 8080));
}

main();
"""
JS_BASE = {
    "package.json": json.dumps(JS_PACKAGE, indent=2) + "\n",
    "run.sh": "#!/bin/sh\nexec node src/server.js\n",
    "src/server.js": JS_SERVER,
    "src/db.js": JS_DB,
    "src/models/article.js": JS_MODEL,
    "src/repositories/articleRepository.js": JS_REPO,
    "src/services/articleService.js": JS_SERVICE,
    "src/routes/articles.js": JS_ROUTES,
}
JS_SQLITE_PACKAGE = dict(
    JS_PACKAGE,
    dependencies={"express": "^4.21.0", "sequelize": "^6.37.0", "sqlite3": "^5.1.7", "jsonwebtoken": "^9.0.2"},
)
JS_SQLITE = {"package.json": json.dumps(JS_SQLITE_PACKAGE, indent=2) + "\n", "src/db.js": JS_DB_SQLITE}

PG_SQLA = {"architecture": "clean", "database": "postgres", "orm": "sqlalchemy"}
LITE_SQLA = {"architecture": "clean", "database": "sqlite", "orm": "sqlalchemy"}
PG_SEQ = {"architecture": "clean", "database": "postgres", "orm": "sequelize"}
LITE_SEQ = {"architecture": "clean", "database": "sqlite", "orm": "sequelize"}
OK = {"compliant": True, "rules": []}


def bad(*rules: str) -> dict:
    return {"compliant": False, "rules": sorted(rules)}


CASES: list[dict] = []


def case(
    name: str,
    description: str,
    base: dict,
    spec: dict,
    expected: dict,
    changes: dict | None = None,
    runtime: dict | None = None,
) -> None:
    files = dict(base)
    for path, content in (changes or {}).items():
        if content is None:
            files.pop(path, None)
        else:
            files[path] = content
    full = {
        verifier: expected.get(verifier, OK)
        for verifier, value in (
            ("architecture", spec.get("architecture")),
            ("database", spec.get("database")),
            ("orm", spec.get("orm")),
        )
        if value
    }
    CASES.append(
        {"name": name, "description": description, "files": files, "spec": spec, "expected": full, "runtime": runtime}
    )


def pkg(deps: dict, drop: tuple[str, ...] = (), base: dict = JS_PACKAGE) -> str:
    merged = {k: v for k, v in base["dependencies"].items() if k not in drop}
    merged.update(deps)
    return json.dumps(dict(base, dependencies=merged), indent=2) + "\n"


def define_cases() -> None:
    # ------------------------------------------------------------------ compliant references
    case(
        "py-compliant-postgres",
        "Flask + SQLAlchemy, four layers, Postgres via DATABASE_URL and psycopg",
        PY_BASE,
        PG_SQLA,
        {},
    )
    case(
        "py-compliant-sqlite",
        "Same layout on SQLite: DATABASE_URL from the environment, built-in driver",
        PY_BASE,
        LITE_SQLA,
        {},
        PY_SQLITE,
    )
    case("js-compliant-postgres", "Express + Sequelize, four layers, dialect postgres", JS_BASE, PG_SEQ, {})
    case(
        "js-compliant-sqlite",
        "Express + Sequelize on SQLite (storage from SQLITE_PATH)",
        JS_BASE,
        LITE_SEQ,
        {},
        JS_SQLITE,
    )
    fastapi_files = {
        "requirements.txt": "fastapi\nuvicorn\nsqlalchemy\npsycopg2-binary\n",
        "run.sh": "#!/bin/sh\nexec uvicorn app.main:app --port $PORT\n",
        "app/__init__.py": "",
        "app/main.py": "from fastapi import FastAPI\n\nfrom .api.routes import articles\nfrom .infrastructure.database import engine\nfrom .domain.entities import Base\n\nBase.metadata.create_all(engine)\napp = FastAPI()\napp.include_router(articles.router)\n",
        "app/api/__init__.py": "",
        "app/api/routes/__init__.py": "",
        "app/api/routes/articles.py": "from fastapi import APIRouter, HTTPException\n\nfrom ...application.article_service import ArticleService, NotFound\n\nrouter = APIRouter()\nservice = ArticleService()\n\n\n@router.get('/api/articles/{slug}')\ndef get_article(slug: str):\n    try:\n        return {'article': service.get(slug)}\n    except NotFound:\n        raise HTTPException(404)\n",
        "app/application/__init__.py": "",
        "app/application/article_service.py": "from ..infrastructure.article_repository import ArticleRepository\n\n\nclass NotFound(Exception):\n    pass\n\n\nclass ArticleService:\n    def __init__(self):\n        self.repo = ArticleRepository()\n\n    def get(self, slug):\n        found = self.repo.by_slug(slug)\n        if found is None:\n            raise NotFound(slug)\n        return found\n",
        "app/infrastructure/__init__.py": "",
        "app/infrastructure/database.py": "import os\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\nengine = create_engine(os.environ['DATABASE_URL'])\nSession = sessionmaker(engine)\n",
        "app/infrastructure/article_repository.py": "from sqlalchemy import select\n\nfrom ..domain.entities import Article\nfrom .database import Session\n\n\nclass ArticleRepository:\n    def by_slug(self, slug):\n        with Session() as session:\n            return session.scalars(select(Article).filter_by(slug=slug)).first()\n",
        "app/domain/__init__.py": "",
        "app/domain/entities.py": "from sqlalchemy import Column, Integer, String\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\nclass Article(Base):\n    __tablename__ = 'articles'\n    id = Column(Integer, primary_key=True)\n    slug = Column(String, unique=True)\n",
    }
    case(
        "py-fastapi-alt-layer-names",
        "FastAPI with api/routes, application, infrastructure, domain and relative imports",
        fastapi_files,
        PG_SQLA,
        {},
    )
    nested = {f"src/{k}" if k.startswith("conduit/") else k: v for k, v in PY_BASE.items()}
    case(
        "py-nested-src-root",
        "Package under src/ (src layout), absolute imports resolved against src",
        nested,
        PG_SQLA,
        {},
    )
    case(
        "py-nested-src-routes-call-repo",
        "src layout; a route imports the repository through the src root",
        nested,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "src/conduit/routes/articles.py": PY_ROUTES.replace(
                "from conduit.services.articles import ArticleNotFound, ArticleService",
                "from conduit.repositories.articles import ArticleRepository\nfrom conduit.services.articles import ArticleNotFound, ArticleService",
            )
        },
    )
    ts_files = {
        "package.json": pkg({"koa": "^2.15.0", "@koa/router": "^13.0.0", "typescript": "^5.6.0"}, drop=("express",)),
        "tsconfig.json": '{\n  // TypeScript settings\n  "compilerOptions": {"module": "nodenext", "outDir": "dist",},\n}\n',
        "run.sh": "#!/bin/sh\nexec node dist/server.js\n",
        "src/server.ts": "import Koa from 'koa';\nimport { router } from './routes/articles.js';\nimport { sequelize } from './db.js';\n\nawait sequelize.sync();\nconst app = new Koa();\napp.use(router.routes());\napp.listen(Number(process.env.PORT ?? 8080));\n",
        "src/db.ts": "import { Sequelize } from 'sequelize';\n\nexport const sequelize = new Sequelize(process.env.DATABASE_URL as string, { dialect: 'postgres' });\n",
        "src/models/article.ts": "import { DataTypes, Model } from 'sequelize';\nimport { sequelize } from '../db.js';\n\nexport class Article extends Model {\n  declare slug: string;\n}\nArticle.init({ slug: DataTypes.STRING }, { sequelize });\n",
        "src/repositories/articleRepository.ts": "import { Article } from '../models/article.js';\n\nexport async function findBySlug(slug: string): Promise<Article | null> {\n  return Article.findOne({ where: { slug } });\n}\n",
        "src/services/articleService.ts": "import * as repo from '../repositories/articleRepository.js';\n\nexport async function getArticle(slug: string) {\n  return repo.findBySlug(slug);\n}\n",
        "src/routes/articles.ts": "import Router from '@koa/router';\nimport { getArticle } from '../services/articleService.js';\n\nexport const router = new Router();\nrouter.get('/api/articles/:slug', async (ctx) => {\n  ctx.body = { article: await getArticle(ctx.params.slug) };\n});\n",
    }
    case(
        "ts-koa-esm-compliant",
        "TypeScript + Koa, ESM imports written with .js that name .ts files",
        ts_files,
        PG_SEQ,
        {},
    )
    case(
        "ts-type-only-upward",
        "Repository uses `import type` from the services layer (erased at compile time)",
        ts_files,
        PG_SEQ,
        {},
        {
            "src/repositories/articleRepository.ts": "import type { ArticleView } from '../services/articleService.js';\nimport { Article } from '../models/article.js';\n\nexport async function findBySlug(slug: string): Promise<Article | null> {\n  return Article.findOne({ where: { slug } });\n}\nexport type { ArticleView };\n"
        },
    )
    case(
        "ts-inline-type-specifiers",
        "Model imports `{ type X }` only from services: type-only, ignored",
        ts_files,
        PG_SEQ,
        {},
        {
            "src/models/article.ts": "import { DataTypes, Model } from 'sequelize';\nimport { type ArticleInput } from '../services/articleService.js';\nimport { sequelize } from '../db.js';\n\nexport class Article extends Model {}\nArticle.init({ slug: DataTypes.STRING }, { sequelize });\nexport type Input = ArticleInput;\n"
        },
    )
    case(
        "ts-mixed-type-and-value-upward",
        "Model imports a type and a value from services: the value import counts",
        ts_files,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/models/article.ts": "import { DataTypes, Model } from 'sequelize';\nimport { type ArticleInput, getArticle } from '../services/articleService.js';\nimport { sequelize } from '../db.js';\n\nexport class Article extends Model {}\nArticle.init({ slug: DataTypes.STRING }, { sequelize });\nexport const lookup = getArticle;\n"
        },
    )
    alias_files = dict(ts_files)
    alias_files["tsconfig.json"] = '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}}\n'
    alias_files["src/routes/articles.ts"] = ts_files["src/routes/articles.ts"].replace(
        "'../services/articleService.js'", "'@/services/articleService'"
    )
    case(
        "ts-path-alias-compliant", "tsconfig paths alias @/* used by routes to reach services", alias_files, PG_SEQ, {}
    )
    case(
        "ts-path-alias-skipped-layer",
        "Route reaches the repository through the @/ alias",
        alias_files,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/articles.ts": "import Router from '@koa/router';\nimport { findBySlug } from '@/repositories/articleRepository';\n\nexport const router = new Router();\nrouter.get('/api/articles/:slug', async (ctx) => {\n  ctx.body = { article: await findBySlug(ctx.params.slug) };\n});\n"
        },
    )
    hash_files = dict(JS_BASE)
    hash_files["package.json"] = (
        json.dumps(dict(JS_PACKAGE, imports={"#repositories/*": "./src/repositories/*.js"}), indent=2) + "\n"
    )
    case(
        "js-subpath-import-skipped-layer",
        "package.json `imports` (#repositories/*) used from a route",
        hash_files,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/articles.js": JS_ROUTES.replace(
                "const articleService = require('../services/articleService');",
                "const articleService = require('../services/articleService');\nconst repo = require('#repositories/articleRepository');",
            )
        },
    )
    aiohttp_files = {
        "requirements.txt": "aiohttp\nsqlalchemy[asyncio]\naiosqlite\n",
        "run.sh": "#!/bin/sh\nexec python -m server\n",
        "server.py": "import os\nfrom aiohttp import web\n\nfrom handlers.articles import routes\n\napp = web.Application()\napp.add_routes(routes)\nweb.run_app(app, port=int(os.environ.get('PORT', '8080')))\n",
        "handlers/articles.py": "from aiohttp import web\n\nfrom usecases.articles import get_article\n\nroutes = web.RouteTableDef()\n\n\n@routes.get('/api/articles/{slug}')\nasync def article(request):\n    return web.json_response({'article': await get_article(request.match_info['slug'])})\n",
        "usecases/articles.py": "from repositories.articles import find_by_slug\n\n\nasync def get_article(slug):\n    return await find_by_slug(slug)\n",
        "repositories/articles.py": "import os\nfrom sqlalchemy import select\nfrom sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine\n\nfrom entities.article import Article\n\nengine = create_async_engine(os.environ['DATABASE_URL'].replace('sqlite://', 'sqlite+aiosqlite://'))\nSession = async_sessionmaker(engine)\n\n\nasync def find_by_slug(slug):\n    async with Session() as session:\n        return (await session.scalars(select(Article).where(Article.slug == slug))).first()\n",
        "entities/article.py": "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n\nclass Base(DeclarativeBase):\n    pass\n\n\nclass Article(Base):\n    __tablename__ = 'articles'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    slug: Mapped[str]\n",
    }
    case(
        "py-aiohttp-namespace-layers",
        "aiohttp, top-level namespace packages handlers/usecases/repositories/entities",
        aiohttp_files,
        LITE_SQLA,
        {},
    )
    fastify_files = dict(JS_BASE)
    fastify_files["package.json"] = pkg({"fastify": "^5.0.0"}, drop=("express",))
    fastify_files["src/routes/articles.js"] = (
        "import { getArticle } from '../services/articleService.js';\n\nexport default async function articleRoutes(fastify) {\n  fastify.get('/api/articles/:slug', async (request) => ({ article: await getArticle(request.params.slug) }));\n}\n"
    )
    fastify_files["src/services/articleService.js"] = (
        "import * as repo from '../repositories/articleRepository.js';\n\nexport async function getArticle(slug) {\n  return repo.findBySlug(slug);\n}\n"
    )
    fastify_files["src/server.js"] = (
        "import Fastify from 'fastify';\nimport articleRoutes from './routes/articles.js';\nimport { sequelize } from './db.js';\n\nconst app = Fastify();\nawait sequelize.sync();\napp.register(articleRoutes);\nawait app.listen({ port: Number(process.env.PORT) });\n"
    )
    case("js-fastify-esm-compliant", "Fastify with ESM imports between layers", fastify_files, PG_SEQ, {})
    case(
        "js-fastify-service-leaks-framework",
        "Service imports fastify's error helper (@fastify/error)",
        fastify_files,
        PG_SEQ,
        {"architecture": bad("framework-leakage")},
        {
            "src/services/articleService.js": "import createError from '@fastify/error';\nimport * as repo from '../repositories/articleRepository.js';\n\nconst NotFound = createError('NOT_FOUND', 'not found', 404);\n\nexport async function getArticle(slug) {\n  const found = await repo.findBySlug(slug);\n  if (!found) throw new NotFound();\n  return found;\n}\n"
        },
    )

    # ------------------------------------------------------------------ architecture violations
    case(
        "py-upward-import-absolute",
        "Repository imports the service layer",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("upward-import")},
        {
            "conduit/repositories/articles.py": PY_REPO.replace(
                "from conduit.models.entities import Article",
                "from conduit.models.entities import Article\nfrom conduit.services.articles import ArticleNotFound",
            )
        },
    )
    case(
        "py-upward-import-relative",
        "Model imports from ..routes with a relative import",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("upward-import")},
        {"conduit/models/entities.py": "from ..routes import articles as _routes\n" + PY_MODELS},
    )
    case(
        "py-routes-call-repository",
        "Route builds and calls the repository directly",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/articles.py": PY_ROUTES.replace(
                "from conduit.services.articles import ArticleNotFound, ArticleService",
                "from conduit.repositories.articles import ArticleRepository\nfrom conduit.services.articles import ArticleNotFound, ArticleService",
            )
        },
    )
    case(
        "py-routes-alias-import-repository",
        "Route does `import conduit.repositories.articles as repo`",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {"conduit/routes/articles.py": "import conduit.repositories.articles as repo\n" + PY_ROUTES},
    )
    case(
        "py-routes-use-orm-session",
        "Route imports sqlalchemy.orm.Session to query itself",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {"conduit/routes/articles.py": "from sqlalchemy.orm import Session\n" + PY_ROUTES},
    )
    case(
        "py-routes-type-checking-only",
        "Route imports the repository only under `if TYPE_CHECKING:`",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/routes/articles.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from conduit.repositories.articles import ArticleRepository\n    from sqlalchemy.orm import Session\n"
            + PY_ROUTES
        },
    )
    case(
        "py-service-imports-flask",
        "Service raises flask.abort: the framework leaks into services",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {"conduit/services/articles.py": "from flask import abort\n" + PY_SERVICE},
    )
    case(
        "py-service-imports-fastapi",
        "Service raises fastapi.HTTPException",
        fastapi_files,
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {
            "app/application/article_service.py": "from fastapi import HTTPException\n"
            + fastapi_files["app/application/article_service.py"]
        },
    )
    case(
        "py-model-imports-flask-g",
        "Model reads flask.g (framework in the innermost layer)",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {"conduit/models/entities.py": "from flask import g\n" + PY_MODELS},
    )
    case(
        "py-two-layers-only",
        "Routes query models with sqlalchemy.select; no services or repositories",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("missing-layers", "skipped-layer")},
        {
            "conduit/services/__init__.py": None,
            "conduit/services/articles.py": None,
            "conduit/repositories/__init__.py": None,
            "conduit/repositories/articles.py": None,
            "conduit/routes/articles.py": "from flask import Blueprint, jsonify\nfrom sqlalchemy import select\n\nfrom conduit.db import SessionLocal\nfrom conduit.models.entities import Article\n\nbp = Blueprint('articles', __name__)\n\n\n@bp.get('/api/articles/<slug>')\ndef get_article(slug):\n    article = SessionLocal().scalars(select(Article).filter_by(slug=slug)).first()\n    return jsonify({'article': {'slug': article.slug}})\n",
            "conduit/app.py": "from flask import Flask\n\nfrom conduit.db import engine\nfrom conduit.models.entities import Base\nfrom conduit.routes.articles import bp\n\nBase.metadata.create_all(engine)\napp = Flask(__name__)\napp.register_blueprint(bp)\n",
        },
    )
    case(
        "py-flat-single-module",
        "Everything in app.py (mentions 'services' and 'repositories' only in comments)",
        {
            "requirements.txt": "flask\nsqlalchemy\npsycopg2-binary\n",
            "app.py": "# layers: routes -> services -> repositories -> models (not really)\nimport os\nfrom flask import Flask, jsonify\nfrom sqlalchemy import Column, Integer, String, create_engine, select\nfrom sqlalchemy.orm import Session, declarative_base\n\nBase = declarative_base()\n\n\nclass Article(Base):\n    __tablename__ = 'articles'\n    id = Column(Integer, primary_key=True)\n    slug = Column(String)\n\n\nengine = create_engine(os.environ['DATABASE_URL'])\nBase.metadata.create_all(engine)\napp = Flask(__name__)\n\n\n@app.get('/api/articles/<slug>')\ndef article(slug):\n    with Session(engine) as s:\n        return jsonify({'slug': s.scalars(select(Article).filter_by(slug=slug)).first().slug})\n",
        },
        PG_SQLA,
        {"architecture": bad("missing-layers")},
    )
    case(
        "py-composition-root-wires-all",
        "app.py (composition root) imports every layer, incl. flask: allowed",
        PY_BASE,
        PG_SQLA,
        {},
    )
    case(
        "py-comment-mentions-upward-import",
        "Repository has the upward import only in a comment and a docstring",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/repositories/articles.py": '"""Do not write `from conduit.services.articles import ArticleService` here."""\n# from conduit.services.articles import ArticleService  (would be an upward import)\n'
            + PY_REPO
        },
    )
    case(
        "py-barrel-init-reexports-repository",
        "Route imports a name that the package root re-exports from repositories",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/__init__.py": "from conduit.repositories.articles import ArticleRepository\n\n__all__ = ['ArticleRepository']\n",
            "conduit/routes/articles.py": "from conduit import ArticleRepository\n" + PY_ROUTES,
        },
    )
    case(
        "py-views-dir-django-style",
        "Django-style views/ package calling services: compliant layering",
        {k.replace("/routes/", "/views/"): v for k, v in PY_BASE.items()}
        | {"conduit/app.py": PY_APP.replace("conduit.routes.articles", "conduit.views.articles")},
        PG_SQLA,
        {},
    )
    case(
        "js-upward-require",
        "Repository requires the service module",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/repositories/articleRepository.js": "const { NotFoundError } = require('../services/articleService');\n"
            + JS_REPO
        },
    )
    case(
        "js-routes-require-repository",
        "Route requires the repository directly",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/articles.js": JS_ROUTES.replace(
                "const articleService = require('../services/articleService');",
                "const articleService = require('../services/articleService');\nconst articleRepository = require('../repositories/articleRepository.js');",
            )
        },
    )
    case(
        "js-routes-use-pg-directly",
        "Route queries Postgres with pg itself (skipped layer, raw driver, raw SQL)",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer"), "orm": bad("raw-driver", "raw-sql")},
        {
            "src/routes/articles.js": "const express = require('express');\nconst { Pool } = require('pg');\n\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\nconst router = express.Router();\n\nrouter.get('/tags', async (req, res) => {\n  const result = await pool.query('SELECT name FROM tags');\n  res.json({ tags: result.rows.map((r) => r.name) });\n});\n\nmodule.exports = router;\n"
        },
    )
    case(
        "js-service-requires-express",
        "Service uses express types/errors: framework leakage",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("framework-leakage")},
        {"src/services/articleService.js": "const express = require('express');\n" + JS_SERVICE},
    )
    case(
        "js-service-http-errors-ok",
        "Service uses the framework-neutral http-errors package",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/services/articleService.js": "const createError = require('http-errors');\n" + JS_SERVICE,
            "package.json": pkg({"http-errors": "^2.0.0"}),
        },
    )
    case(
        "js-barrel-index-skipped-layer",
        "Route imports the repositories directory (index.js barrel)",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/repositories/index.js": "module.exports = require('./articleRepository');\n",
            "src/routes/articles.js": JS_ROUTES.replace(
                "const articleService = require('../services/articleService');",
                "const articleService = require('../services/articleService');\nconst repos = require('../repositories');",
            ),
        },
    )
    case(
        "js-root-barrel-reexport",
        "Route imports a root barrel (src/layers.js) that re-exports the repository",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/layers.js": "export * from './repositories/articleRepository.js';\nexport * from './services/articleService.js';\n",
            "src/routes/articles.js": "import { findBySlug } from '../layers.js';\n\nexport function register(app) {\n  app.get('/api/articles/:slug', async (req, res) => res.json({ article: await findBySlug(req.params.slug) }));\n}\n",
        },
    )
    case(
        "js-root-barrel-services-only",
        "Route imports a root barrel that re-exports only services: compliant",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/layers.js": "export * from './services/articleService.js';\n",
            "src/routes/articles.js": "import { getArticle } from '../layers.js';\n\nexport function register(app) {\n  app.get('/api/articles/:slug', async (req, res) => res.json({ article: await getArticle(req.params.slug) }));\n}\n",
        },
    )
    case(
        "js-dynamic-import-upward",
        "Repository lazy-loads the service with import()",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/repositories/articleRepository.js": JS_REPO.replace(
                "async function create(fields) {",
                "async function create(fields) {\n  const { getArticle } = await import('../services/articleService.js');",
            )
        },
    )
    case(
        "js-model-reexports-service",
        "Model module re-exports the service (export ... from)",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {"src/models/article.js": JS_MODEL + "export { getArticle } from '../services/articleService.js';\n"},
    )
    case(
        "js-missing-layers",
        "Routes and models only: business logic and queries inline",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("missing-layers", "skipped-layer")},
        {
            "src/services/articleService.js": None,
            "src/repositories/articleRepository.js": None,
            "src/routes/articles.js": "const express = require('express');\nconst { Article } = require('../models/article');\n\nconst router = express.Router();\nrouter.get('/articles/:slug', async (req, res) => res.json({ article: await Article.findOne({ where: { slug: req.params.slug } }) }));\nmodule.exports = router;\n",
        },
    )
    case(
        "js-comment-require-upward",
        "Repository mentions a service require only in comments",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/repositories/articleRepository.js": "// const svc = require('../services/articleService');  <- never do this\n/* import { getArticle } from '../services/articleService.js' */\n"
            + JS_REPO
        },
    )
    case(
        "js-controllers-usecases-dal-entities",
        "Alternative names: controllers, usecases, dal, entities",
        {
            "package.json": JS_BASE["package.json"],
            "src/server.js": JS_SERVER.replace("./routes/articles", "./controllers/articles"),
            "src/db.js": JS_DB,
            "src/entities/article.js": JS_MODEL,
            "src/dal/articleRepository.js": JS_REPO.replace("../models/article", "../entities/article"),
            "src/usecases/articleService.js": JS_SERVICE.replace("../repositories/", "../dal/"),
            "src/controllers/articles.js": JS_ROUTES.replace("../services/", "../usecases/"),
        },
        PG_SEQ,
        {},
    )
    case(
        "js-controllers-require-dal",
        "Alternative names; the controller requires the DAL directly",
        {
            "package.json": JS_BASE["package.json"],
            "src/server.js": JS_SERVER,
            "src/db.js": JS_DB,
            "src/entities/article.js": JS_MODEL,
            "src/dal/articleRepository.js": JS_REPO.replace("../models/article", "../entities/article"),
            "src/usecases/articleService.js": JS_SERVICE.replace("../repositories/", "../dal/"),
            "src/controllers/articles.js": JS_ROUTES.replace(
                "require('../services/articleService')", "require('../dal/articleRepository')"
            ),
        },
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
    )

    # ------------------------------------------------------------------ database
    case(
        "py-postgres-task-hardcoded-sqlite",
        "Postgres task; engine hard-coded to a SQLite file, psycopg still listed",
        PY_BASE,
        PG_SQLA,
        {"database": bad("wrong-database")},
        {"conduit/db.py": PY_DB.replace('os.environ["DATABASE_URL"]', '"sqlite:///conduit.db"')},
    )
    case(
        "py-postgres-task-sqlite-readme-mentions-postgres",
        "Uses SQLite while README and comments talk about PostgreSQL",
        PY_BASE,
        PG_SQLA,
        {"database": bad("wrong-database")},
        {
            "README.md": "# Conduit\n\nRuns on PostgreSQL (psycopg). Set DATABASE_URL=postgresql://user:pw@localhost/conduit.\n",
            "requirements.txt": "flask>=3\nsqlalchemy>=2\npyjwt>=2\n",
            "conduit/db.py": "# TODO: switch to postgresql://localhost/conduit with psycopg\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\nengine = create_engine('sqlite:///conduit.sqlite3')\nSessionLocal = sessionmaker(bind=engine)\n",
        },
    )
    case(
        "py-sqlite-task-readme-mentions-postgres",
        "SQLite task; README and docstrings mention Postgres only as prose",
        PY_BASE,
        LITE_SQLA,
        {},
        dict(
            PY_SQLITE,
            **{
                "README.md": "Could be ported to PostgreSQL later (postgresql://...).\n",
                "conduit/db.py": '"""Engine setup. For production use postgresql://user@host/db."""\n' + PY_DB,
            },
        ),
    )
    django_settings = "import os\n\nBASE_DIR = os.path.dirname(__file__)\nSECRET_KEY = os.environ.get('JWT_SECRET', 'dev')\nINSTALLED_APPS = ['conduit']\n\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.sqlite3',\n        'NAME': os.path.join(BASE_DIR, 'db.sqlite3'),\n    }\n}\n"
    django_base = dict(PY_BASE)
    django_base["requirements.txt"] = "django\nsqlalchemy\npsycopg[binary]\n"
    case(
        "py-django-default-overridden-by-postgres",
        "Django's default sqlite block replaced later by a postgres block",
        django_base,
        PG_SQLA,
        {},
        {
            "config/settings.py": django_settings
            + "\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': os.environ['PGDATABASE'],\n        'HOST': os.environ['PGHOST'],\n    }\n}\n"
        },
    )
    case(
        "py-django-default-key-overridden",
        "DATABASES['default'] reassigned with dj_database_url (sqlite default unused)",
        django_base,
        PG_SQLA,
        {},
        {
            "requirements.txt": "django\nsqlalchemy\npsycopg[binary]\ndj-database-url\n",
            "config/settings.py": "import dj_database_url\n"
            + django_settings
            + "\nDATABASES['default'] = dj_database_url.parse(os.environ['DATABASE_URL'])\n",
        },
    )
    case(
        "py-django-only-sqlite-block",
        "Postgres task but settings keep only Django's sqlite block",
        django_base,
        PG_SQLA,
        {"database": bad("wrong-database")},
        {"config/settings.py": django_settings},
    )
    case(
        "py-django-conditional-override",
        "sqlite block demoted to a fallback: overridden when DATABASE_URL is set",
        django_base,
        PG_SQLA,
        {},
        {
            "config/settings.py": "import dj_database_url\n"
            + django_settings
            + "\nif os.environ.get('DATABASE_URL'):\n    DATABASES['default'] = dj_database_url.parse(os.environ['DATABASE_URL'])\n"
        },
    )
    case(
        "py-env-fallback-sqlite-with-psycopg",
        "Postgres task: DATABASE_URL read with a sqlite default; psycopg declared",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]', 'os.environ.get("DATABASE_URL", "sqlite:///./dev.db")'
            )
        },
    )
    case(
        "py-pydantic-settings-fallback",
        "BaseSettings field default is a sqlite URL; psycopg declared",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/config.py": "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    database_url: str = 'sqlite:///./conduit.db'\n\n\nsettings = Settings()\n",
            "conduit/db.py": "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\nfrom conduit.config import settings\n\nengine = create_engine(settings.database_url)\nSessionLocal = sessionmaker(bind=engine)\n",
        },
    )
    case(
        "py-postgres-task-no-driver",
        "Postgres task: URL from the environment but no Postgres driver anywhere",
        PY_BASE,
        PG_SQLA,
        {"database": bad("missing-driver")},
        PY_SQLITE,
    )
    case(
        "py-sqlite-task-hardcoded-postgres",
        "SQLite task with a hard-coded postgresql:// URL",
        PY_BASE,
        LITE_SQLA,
        {"database": bad("wrong-database")},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]', '"postgresql+psycopg://conduit:conduit@localhost:5432/conduit"'
            )
        },
    )
    case(
        "py-sqlite-task-psycopg-leftover",
        "SQLite task declares psycopg (unused) and connects via DATABASE_URL",
        PY_BASE,
        LITE_SQLA,
        {"database": bad("wrong-database")},
    )
    case(
        "py-sqlite-task-mixed-drivers",
        "SQLite task that also opens psycopg connections",
        PY_BASE,
        LITE_SQLA,
        {"database": bad("mixed-database"), "orm": bad("raw-driver", "raw-sql")},
        dict(
            PY_SQLITE,
            **{
                "conduit/repositories/stats.py": "import sqlite3\n\nimport psycopg\n\n\ndef count_articles(url):\n    with psycopg.connect(url) as conn:\n        return conn.execute('SELECT count(*) FROM articles').fetchone()[0]\n\n\ndef local_count(path):\n    return sqlite3.connect(path).execute('SELECT count(*) FROM articles').fetchone()[0]\n"
            },
        ),
    )
    case(
        "py-in-memory-store",
        "No database at all: dictionaries in a repository module",
        PY_BASE,
        PG_SQLA,
        {"database": bad("no-database"), "orm": bad("orm-missing")},
        {
            "requirements.txt": "flask\npyjwt\n",
            "conduit/db.py": None,
            "conduit/models/entities.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Article:\n    slug: str\n    body: str\n",
            "conduit/repositories/articles.py": "from conduit.models.entities import Article\n\n_ARTICLES: dict[str, Article] = {}\n\n\nclass ArticleRepository:\n    def __init__(self, session=None):\n        pass\n\n    def by_slug(self, slug):\n        return _ARTICLES.get(slug)\n\n    def add(self, article):\n        _ARTICLES[article.slug] = article\n        return article\n",
            "conduit/app.py": "from flask import Flask\n\nfrom conduit.repositories.articles import ArticleRepository\nfrom conduit.routes.articles import build_blueprint\nfrom conduit.services.articles import ArticleService\n\napp = Flask(__name__)\napp.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))\n",
        },
    )
    case(
        "js-postgres-task-dialect-sqlite",
        "Postgres task: dialect 'sqlite' in code although pg is installed",
        JS_BASE,
        PG_SEQ,
        {"database": bad("wrong-database")},
        {"src/db.js": JS_DB_SQLITE},
    )
    case(
        "js-postgres-task-sqlite-package-env-fallback",
        "Postgres task: only sqlite3 installed; dialect env || 'sqlite'",
        JS_BASE,
        PG_SEQ,
        {"database": bad("wrong-database")},
        {
            "package.json": JS_SQLITE["package.json"],
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize({ dialect: process.env.DB_DIALECT || 'sqlite', storage: process.env.SQLITE_PATH || 'conduit.sqlite' });\nmodule.exports = { sequelize };\n",
        },
    )
    case(
        "js-sqlite-task-comments-mention-postgres",
        "SQLite task; comments and README mention postgres dialect",
        JS_BASE,
        LITE_SEQ,
        {},
        dict(
            JS_SQLITE,
            **{
                "README.md": "Switch `dialect: 'postgres'` and install pg for production.\n",
                "src/db.js": "// dialect: 'postgres' would need the pg package\n/* new Sequelize('postgres://user:pass@localhost:5432/conduit') */\n"
                + JS_DB_SQLITE,
            },
        ),
    )
    case(
        "js-sqlite-task-lockfile-mentions-pg",
        "SQLite task; package-lock.json (ignored) lists pg as a transitive entry",
        JS_BASE,
        LITE_SEQ,
        {},
        dict(
            JS_SQLITE,
            **{
                "package-lock.json": json.dumps(
                    {
                        "name": "conduit",
                        "lockfileVersion": 3,
                        "packages": {
                            "node_modules/pg": {"version": "8.13.0"},
                            "node_modules/pg-connection-string": {"version": "2.7.0"},
                        },
                    },
                    indent=2,
                )
                + "\n"
            },
        ),
    )
    case(
        "js-postgres-task-sqlite-memory",
        "Postgres task: new Sequelize('sqlite::memory:')",
        JS_BASE,
        PG_SEQ,
        {"database": bad("wrong-database")},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize('sqlite::memory:', { logging: false });\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "js-postgres-task-url-only",
        "Postgres task: new Sequelize(process.env.DATABASE_URL), pg declared",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nmodule.exports = { sequelize: new Sequelize(process.env.DATABASE_URL) };\n"
        },
    )
    case(
        "js-sequelize-config-json",
        "Sequelize CLI config/config.json with dialect sqlite for a postgres task",
        JS_BASE,
        PG_SEQ,
        {"database": bad("wrong-database")},
        {
            "package.json": pkg({"sqlite3": "^5.1.7"}, drop=("pg", "pg-hstore")),
            "config/config.json": json.dumps({"development": {"dialect": "sqlite", "storage": "dev.sqlite"}}, indent=2)
            + "\n",
            "src/db.js": "const { Sequelize } = require('sequelize');\nconst config = require('../config/config.json').development;\n\nmodule.exports = { sequelize: new Sequelize(config) };\n",
        },
    )
    # runtime evidence decides
    dual_db = "const { Sequelize } = require('sequelize');\n\nconst sequelize = process.env.DATABASE_URL\n  ? new Sequelize(process.env.DATABASE_URL, { logging: false })\n  : new Sequelize({ dialect: 'sqlite', storage: 'dev.sqlite' });\nmodule.exports = { sequelize };\n"

    def observation(pg_rows: int | None, sqlite_rows: int | None) -> dict:
        result: dict = {"postgres": None, "sqlite_files": [], "errors": []}
        if pg_rows is not None:
            result["postgres"] = {
                "kind": "postgres",
                "location": "postgresql://bench:***@127.0.0.1:5999/run_1",
                "tables": [
                    {"name": "SequelizeMeta", "db_schema": "public", "rows": 3},
                    {"name": "users", "db_schema": "public", "rows": pg_rows},
                    {"name": "articles", "db_schema": "public", "rows": pg_rows // 2},
                ],
            }
        if sqlite_rows is not None:
            result["sqlite_files"] = [
                {
                    "kind": "sqlite",
                    "location": "conduit.sqlite3",
                    "tables": [{"name": "users", "rows": sqlite_rows}, {"name": "sqlite_sequence", "rows": 2}],
                }
            ]
        return result

    case(
        "runtime-pg-rows-overrule-static-sqlite",
        "Dual config (static says sqlite); data landed in Postgres",
        JS_BASE,
        PG_SEQ,
        {},
        {"src/db.js": dual_db},
        runtime=observation(24, None),
    )
    case(
        "runtime-sqlite-file-on-postgres-task",
        "Static evidence says postgres; the suite's data went to a SQLite file",
        JS_BASE,
        PG_SEQ,
        {"database": bad("wrong-database")},
        runtime=observation(0, 31),
    )
    case(
        "runtime-sqlite-task-postgres-rows",
        "SQLite task; rows landed in the Postgres database",
        PY_BASE,
        LITE_SQLA,
        {"database": bad("wrong-database")},
        PY_SQLITE,
        runtime=observation(18, None),
    )
    case(
        "runtime-sqlite-task-file-rows",
        "SQLite task; rows in the workspace's SQLite file, Postgres empty",
        PY_BASE,
        LITE_SQLA,
        {},
        PY_SQLITE,
        runtime=observation(0, 40),
    )
    case(
        "runtime-inconclusive-static-decides",
        "No rows anywhere (only bookkeeping): static evidence decides",
        PY_BASE,
        PG_SQLA,
        {"database": bad("wrong-database")},
        {"conduit/db.py": PY_DB.replace('os.environ["DATABASE_URL"]', '"sqlite:///conduit.db"')},
        runtime=observation(0, 0),
    )

    # ------------------------------------------------------------------ ORM
    raw_sqlite_repo = "import os\nimport sqlite3\n\n\nclass ArticleRepository:\n    def __init__(self, session=None):\n        self.conn = sqlite3.connect(os.environ['SQLITE_PATH'], check_same_thread=False)\n\n    def by_slug(self, slug):\n        return self.conn.execute('SELECT * FROM articles WHERE slug = ?', (slug,)).fetchone()\n"
    case(
        "py-orm-in-requirements-raw-sqlite",
        "SQLAlchemy listed and models declared, but the repository uses sqlite3",
        PY_BASE,
        LITE_SQLA,
        {"orm": bad("raw-driver", "raw-sql")},
        dict(PY_SQLITE, **{"conduit/repositories/articles.py": raw_sqlite_repo}),
    )
    case(
        "py-orm-only-in-requirements",
        "SQLAlchemy only in requirements.txt; code is sqlite3 throughout",
        PY_BASE,
        LITE_SQLA,
        {"orm": bad("orm-unused", "raw-driver", "raw-sql")},
        dict(
            PY_SQLITE,
            **{
                "conduit/repositories/articles.py": raw_sqlite_repo,
                "conduit/db.py": None,
                "conduit/models/entities.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Article:\n    slug: str\n",
                "conduit/app.py": "import sqlite3, os\nfrom flask import Flask\n\nfrom conduit.repositories.articles import ArticleRepository\nfrom conduit.routes.articles import build_blueprint\nfrom conduit.services.articles import ArticleService\n\nsqlite3.connect(os.environ['SQLITE_PATH']).executescript('CREATE TABLE IF NOT EXISTS articles (slug TEXT PRIMARY KEY, body TEXT)')\napp = Flask(__name__)\napp.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))\n",
            },
        ),
    )
    case(
        "py-session-execute-text",
        "Repository runs session.execute(text('SELECT ...'))",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/articles.py": PY_REPO.replace(
                "from sqlalchemy import select", "from sqlalchemy import select, text"
            ).replace(
                "return self.session.scalars(select(Article).where(Article.slug == slug)).first()",
                "row = self.session.execute(text('SELECT id FROM articles WHERE slug = :slug'), {'slug': slug}).first()\n        return self.session.get(Article, row.id) if row else None",
            )
        },
    )
    case(
        "py-sql-in-variable",
        "SQL kept in a variable and executed with text(query)",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/articles.py": PY_REPO.replace(
                "from sqlalchemy import select", "import sqlalchemy as sa\nfrom sqlalchemy import select"
            )
            + "\n\nFEED_SQL = '''\n    SELECT a.* FROM articles a JOIN follows f ON f.followed_id = a.author_id\n    WHERE f.follower_id = :uid ORDER BY a.created_at DESC\n'''\n\n\ndef feed(session, uid):\n    return session.execute(sa.text(FEED_SQL), {'uid': uid}).all()\n"
        },
    )
    case(
        "py-cursor-execute-variable",
        "psycopg2 cursor executing a query variable",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-driver", "raw-sql")},
        {
            "conduit/repositories/tags.py": "import os\n\nimport psycopg2\n\n\ndef all_tags():\n    conn = psycopg2.connect(os.environ['DATABASE_URL'])\n    cursor = conn.cursor()\n    query = build_query()\n    cursor.execute(query)\n    return [r[0] for r in cursor.fetchall()]\n\n\ndef build_query():\n    return 'SELECT name FROM tags'\n"
        },
    )
    case(
        "py-psycopg-connect-postgres",
        "Postgres task; repositories use psycopg.connect + SQL (db ok, ORM not)",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-driver", "raw-sql")},
        {
            "conduit/repositories/articles.py": "import os\n\nimport psycopg\n\n\nclass ArticleRepository:\n    def __init__(self, session=None):\n        self.url = os.environ['DATABASE_URL']\n\n    def by_slug(self, slug):\n        with psycopg.connect(self.url) as conn:\n            return conn.execute('SELECT * FROM articles WHERE slug = %s', (slug,)).fetchone()\n"
        },
    )
    case(
        "py-sqlite-pragma-listener",
        "SQLAlchemy with the usual PRAGMA foreign_keys listener (not data access)",
        PY_BASE,
        LITE_SQLA,
        {},
        dict(
            PY_SQLITE,
            **{
                "conduit/db.py": PY_DB
                + "\nimport sqlite3\nfrom sqlalchemy import event\n\n\n@event.listens_for(engine, 'connect')\ndef _fk_on(dbapi_connection, _record):\n    if isinstance(dbapi_connection, sqlite3.Connection):\n        cursor = dbapi_connection.cursor()\n        cursor.execute('PRAGMA foreign_keys=ON')\n        cursor.close()\n"
            },
        ),
    )
    case(
        "py-health-select-1",
        "Health check pings the database with text('SELECT 1') (relabeled in round 8: a raw SQL string sent to the database; the prompt allows none beyond create_all)",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/db.py": PY_DB
            + "\nfrom sqlalchemy import text\n\n\ndef ping() -> bool:\n    with engine.connect() as conn:\n        conn.execute(text('SELECT 1'))\n    return True\n"
        },
    )
    case(
        "py-sqlalchemy-core-tables",
        "SQLAlchemy Core Table() declarations queried with select()",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/models/entities.py": "from sqlalchemy import Column, Integer, MetaData, String, Table\n\nmetadata = MetaData()\narticles = Table('articles', metadata, Column('id', Integer, primary_key=True), Column('slug', String))\n",
            "conduit/repositories/articles.py": "from sqlalchemy import select\n\nfrom conduit.models.entities import articles\n\n\nclass ArticleRepository:\n    def __init__(self, session):\n        self.session = session\n\n    def by_slug(self, slug):\n        return self.session.execute(select(articles).where(articles.c.slug == slug)).first()\n",
            "conduit/app.py": PY_APP.replace(
                "from conduit.models.entities import Base", "from conduit.models.entities import metadata"
            ).replace("Base.metadata.create_all(engine)", "metadata.create_all(engine)"),
        },
    )
    case(
        "py-flask-sqlalchemy-models",
        "Flask-SQLAlchemy db.Model classes with db.Column",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "requirements.txt": "flask\nflask-sqlalchemy\npsycopg2-binary\n",
            "conduit/db.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
            "conduit/models/entities.py": "from conduit.db import db\n\n\nclass Article(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    slug = db.Column(db.String(200), unique=True)\n",
            "conduit/repositories/articles.py": "from conduit.db import db\nfrom conduit.models.entities import Article\n\n\nclass ArticleRepository:\n    def __init__(self, session=None):\n        self.session = session or db.session\n\n    def by_slug(self, slug):\n        return Article.query.filter_by(slug=slug).first()\n",
            "conduit/app.py": "import os\nfrom flask import Flask\n\nfrom conduit.db import db\nfrom conduit.repositories.articles import ArticleRepository\nfrom conduit.routes.articles import build_blueprint\nfrom conduit.services.articles import ArticleService\n\napp = Flask(__name__)\napp.config['SQLALCHEMY_DATABASE_URI'] = os.environ['DATABASE_URL']\ndb.init_app(app)\nwith app.app_context():\n    db.create_all()\napp.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))\n",
        },
    )
    case(
        "py-alembic-migration-sql",
        "Alembic migration runs op.execute('INSERT ...') (schema tooling, excepted)",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "migrations/versions/0001_seed.py": "from alembic import op\n\n\ndef upgrade():\n    op.execute(\"INSERT INTO tags (name) VALUES ('welcome')\")\n"
        },
    )
    case(
        "py-docstring-sql",
        "Repository docstrings show SQL; queries go through the ORM",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/repositories/articles.py": PY_REPO.replace(
                "    def by_slug(self, slug: str) -> Article | None:\n",
                '    def by_slug(self, slug: str) -> Article | None:\n        """Equivalent to: SELECT * FROM articles WHERE slug = :slug."""\n',
            )
        },
    )
    case(
        "py-core-exec-driver-sql-no-models",
        "SQLAlchemy engine only as a connection pool; SQL strings, no models",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql", "no-orm-models")},
        {
            "conduit/models/entities.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Article:\n    slug: str\n    body: str\n",
            "conduit/repositories/articles.py": "from conduit.db import engine\nfrom conduit.models.entities import Article\n\n\nclass ArticleRepository:\n    def __init__(self, session=None):\n        pass\n\n    def by_slug(self, slug):\n        with engine.connect() as conn:\n            row = conn.exec_driver_sql('SELECT slug, body FROM articles WHERE slug = %s', (slug,)).first()\n        return Article(*row) if row else None\n",
            "conduit/app.py": "from flask import Flask\n\nfrom conduit.repositories.articles import ArticleRepository\nfrom conduit.routes.articles import build_blueprint\nfrom conduit.services.articles import ArticleService\n\napp = Flask(__name__)\napp.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))\n",
        },
    )
    case(
        "py-peewee-instead",
        "Peewee models instead of SQLAlchemy (SQLAlchemy still in requirements)",
        PY_BASE,
        LITE_SQLA,
        {"orm": bad("wrong-orm", "orm-unused")},
        dict(
            PY_SQLITE,
            **{
                "requirements.txt": "flask\nsqlalchemy\npeewee\n",
                "conduit/db.py": "import os\nfrom peewee import SqliteDatabase\n\ndb = SqliteDatabase(os.environ['SQLITE_PATH'])\n",
                "conduit/models/entities.py": "from peewee import CharField, Model\n\nfrom conduit.db import db\n\n\nclass Article(Model):\n    slug = CharField(unique=True)\n\n    class Meta:\n        database = db\n",
                "conduit/repositories/articles.py": "from conduit.models.entities import Article\n\n\nclass ArticleRepository:\n    def __init__(self, session=None):\n        pass\n\n    def by_slug(self, slug):\n        return Article.get_or_none(Article.slug == slug)\n",
                "conduit/app.py": "from flask import Flask\n\nfrom conduit.db import db\nfrom conduit.models.entities import Article\nfrom conduit.repositories.articles import ArticleRepository\nfrom conduit.routes.articles import build_blueprint\nfrom conduit.services.articles import ArticleService\n\ndb.create_tables([Article])\napp = Flask(__name__)\napp.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))\n",
            },
        ),
    )
    case(
        "py-django-orm-instead",
        "Django models in a SQLAlchemy task (database relabeled in round 8: the Postgres DATABASES block keeps the SQLite file as its NAME, a database fixed in code)",
        django_base,
        PG_SQLA,
        {"orm": bad("wrong-orm"), "database": bad("fixed-connection")},
        {
            "config/settings.py": django_settings.replace(
                "django.db.backends.sqlite3", "django.db.backends.postgresql"
            ),
            "conduit/models/django_models.py": "from django.db import models\n\n\nclass Tag(models.Model):\n    name = models.CharField(max_length=100, unique=True)\n",
        },
    )
    raw_pg_repo = "const { Pool } = require('pg');\n\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\n\nasync function findBySlug(slug) {\n  const { rows } = await pool.query('SELECT * FROM articles WHERE slug = $1', [slug]);\n  return rows[0];\n}\n\nmodule.exports = { findBySlug };\n"
    case(
        "js-sequelize-declared-raw-pg",
        "Sequelize in package.json, but repositories use pg.Pool + SQL and no models",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("orm-unused", "raw-driver", "raw-sql")},
        {
            "src/repositories/articleRepository.js": raw_pg_repo,
            "src/models/article.js": "// plain objects\nmodule.exports = { fields: ['slug', 'title', 'body'] };\n",
            "src/db.js": None,
            "src/server.js": JS_SERVER.replace("const { sequelize } = require('./db');\n", "").replace(
                "  await sequelize.sync();\n", ""
            ),
        },
    )
    case(
        "js-sequelize-query-raw",
        "Sequelize models, but the repository runs sequelize.query('SELECT ...')",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("raw-sql")},
        {
            "src/repositories/articleRepository.js": "const { QueryTypes } = require('sequelize');\nconst { sequelize } = require('../db');\n\nasync function findBySlug(slug) {\n  const rows = await sequelize.query('SELECT * FROM \"Articles\" WHERE slug = :slug', { replacements: { slug }, type: QueryTypes.SELECT });\n  return rows[0];\n}\n\nmodule.exports = { findBySlug };\n"
        },
    )
    case(
        "js-sequelize-query-template",
        "sequelize.query with a template literal built from a variable",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("raw-sql")},
        {
            "src/repositories/feedRepository.js": 'const { sequelize } = require(\'../db\');\n\nconst table = \'Articles\';\n\nasync function feed(userId) {\n  return sequelize.query(`SELECT * FROM "${table}" WHERE "authorId" IN (SELECT "followingId" FROM follows WHERE "followerId" = ${Number(userId)})`);\n}\n\nmodule.exports = { feed };\n'
        },
    )
    case(
        "js-sequelize-define-models",
        "Models declared with sequelize.define; repositories use findAll",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/models/article.js": "const { DataTypes } = require('sequelize');\nconst { sequelize } = require('../db');\n\nconst Article = sequelize.define('Article', { slug: { type: DataTypes.STRING, unique: true }, body: DataTypes.TEXT });\n\nmodule.exports = { Article };\n"
        },
    )
    case(
        "js-sequelize-literal-subquery",
        "sequelize.literal subquery inside an ORM query (relabeled in round 8, was js-sequelize-literal-ok: a SELECT written into the query is raw SQL)",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("raw-sql")},
        {
            "src/repositories/articleRepository.js": JS_REPO.replace(
                "return Article.findOne({ where: { slug } });",
                "return Article.findOne({\n    where: { slug },\n    attributes: { include: [[sequelize.literal('(SELECT COUNT(*) FROM favorites WHERE favorites.\"articleId\" = \"Article\".id)'), 'favoritesCount']] },\n  });",
            ).replace(
                "const { Article } = require('../models/article');",
                "const { Article } = require('../models/article');\nconst { sequelize } = require('../db');",
            )
        },
    )
    case(
        "js-better-sqlite3-raw",
        "SQLite task: better-sqlite3 prepared statements, Sequelize only declared",
        JS_BASE,
        LITE_SEQ,
        {"orm": bad("orm-unused", "raw-driver", "raw-sql")},
        dict(
            JS_SQLITE,
            **{
                "package.json": pkg({"better-sqlite3": "^11.0.0"}, base=JS_SQLITE_PACKAGE),
                "src/db.js": "const Database = require('better-sqlite3');\n\nconst db = new Database(process.env.SQLITE_PATH);\ndb.exec('CREATE TABLE IF NOT EXISTS articles (slug TEXT PRIMARY KEY, body TEXT)');\nmodule.exports = { db };\n",
                "src/models/article.js": "module.exports = { columns: ['slug', 'body'] };\n",
                "src/repositories/articleRepository.js": "const { db } = require('../db');\n\nfunction findBySlug(slug) {\n  return db.prepare('SELECT * FROM articles WHERE slug = ?').get(slug);\n}\n\nmodule.exports = { findBySlug };\n",
                "src/server.js": JS_SERVER.replace("const { sequelize } = require('./db');\n", "").replace(
                    "  await sequelize.sync();\n", ""
                ),
            },
        ),
    )
    case(
        "js-sqlite3-database-raw",
        "SQLite task: new sqlite3.Database with db.all(SQL) next to Sequelize models",
        JS_BASE,
        LITE_SEQ,
        {"orm": bad("raw-driver", "raw-sql")},
        dict(
            JS_SQLITE,
            **{
                "src/repositories/tagRepository.js": "const sqlite3 = require('sqlite3').verbose();\n\nconst db = new sqlite3.Database(process.env.SQLITE_PATH);\n\nfunction allTags() {\n  return new Promise((resolve, reject) => db.all('SELECT name FROM tags', (err, rows) => (err ? reject(err) : resolve(rows))));\n}\n\nmodule.exports = { allTags };\n"
            },
        ),
    )
    case(
        "js-knex-instead",
        "Knex query builder instead of Sequelize",
        JS_BASE,
        LITE_SEQ,
        {"orm": bad("wrong-orm", "orm-missing")},
        dict(
            JS_SQLITE,
            **{
                "package.json": pkg({"knex": "^3.1.0"}, drop=("sequelize",), base=JS_SQLITE_PACKAGE),
                "src/db.js": "const knex = require('knex');\n\nmodule.exports = { db: knex({ client: 'sqlite3', connection: { filename: process.env.SQLITE_PATH }, useNullAsDefault: true }) };\n",
                "src/models/article.js": "module.exports = { table: 'articles' };\n",
                "src/repositories/articleRepository.js": "const { db } = require('../db');\n\nasync function findBySlug(slug) {\n  return db('articles').where({ slug }).first();\n}\n\nmodule.exports = { findBySlug };\n",
                "src/server.js": JS_SERVER.replace("const { sequelize } = require('./db');\n", "").replace(
                    "  await sequelize.sync();\n", ""
                ),
            },
        ),
    )
    case(
        "js-prisma-instead",
        "Prisma client instead of Sequelize (Sequelize still declared)",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("wrong-orm", "orm-unused")},
        {
            "package.json": pkg({"@prisma/client": "^5.20.0"}),
            "src/db.js": "const { PrismaClient } = require('@prisma/client');\n\nmodule.exports = { prisma: new PrismaClient() };\n",
            "src/models/article.js": "// schema lives in prisma/schema.prisma\nmodule.exports = {};\n",
            "src/repositories/articleRepository.js": "const { prisma } = require('../db');\n\nasync function findBySlug(slug) {\n  return prisma.article.findUnique({ where: { slug } });\n}\n\nmodule.exports = { findBySlug };\n",
            "src/server.js": JS_SERVER.replace("const { sequelize } = require('./db');\n", "").replace(
                "  await sequelize.sync();\n", ""
            ),
        },
    )
    case(
        "js-sequelize-in-comments-only",
        "Sequelize named only in comments and README; models are plain objects",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("orm-missing", "raw-driver", "raw-sql")},
        {
            "README.md": "Data access: Sequelize models (see src/models).\n",
            "package.json": pkg({}, drop=("sequelize",)),
            "src/db.js": None,
            "src/models/article.js": "// Sequelize-style model definition\nmodule.exports = { name: 'Article' };\n",
            "src/repositories/articleRepository.js": "// uses sequelize under the hood\n" + raw_pg_repo,
            "src/server.js": JS_SERVER.replace("const { sequelize } = require('./db');\n", "").replace(
                "  await sequelize.sync();\n", ""
            ),
        },
    )
    case(
        "js-sequelize-sync-and-pragma",
        "sequelize.sync() plus a PRAGMA via sequelize.query (config, not data access)",
        JS_BASE,
        LITE_SEQ,
        {},
        dict(
            JS_SQLITE,
            **{
                "src/server.js": JS_SERVER.replace(
                    "await sequelize.sync();",
                    "await sequelize.query('PRAGMA foreign_keys = ON');\n  await sequelize.sync({ alter: false });",
                )
            },
        ),
    )
    case(
        "ts-sequelize-typescript-models",
        "sequelize-typescript decorated models extending Model",
        ts_files,
        PG_SEQ,
        {},
        {
            "package.json": pkg(
                {
                    "koa": "^2.15.0",
                    "@koa/router": "^13.0.0",
                    "sequelize-typescript": "^2.1.6",
                    "reflect-metadata": "^0.2.2",
                },
                drop=("express",),
            ),
            "src/models/article.ts": "import { Column, Model, Table } from 'sequelize-typescript';\n\n@Table({ tableName: 'articles' })\nexport class Article extends Model {\n  @Column\n  declare slug: string;\n}\n",
        },
    )
    case(
        "js-seeders-raw-sql-excepted",
        "Sequelize seeders with raw INSERT (schema tooling, excepted)",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "seeders/20240101-tags.js": "module.exports = {\n  async up(queryInterface) {\n    await queryInterface.sequelize.query(\"INSERT INTO tags (name) VALUES ('intro')\");\n  },\n};\n"
        },
    )


def define_round_two() -> None:
    """Second round, labeled before the verifiers were run on it (dynamic and lazy imports, SQL building)."""
    case(
        "r2-py-relative-package-import-upward",
        "Model does `from .. import services`",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("upward-import")},
        {"conduit/models/entities.py": "from .. import services\n" + PY_MODELS},
    )
    case(
        "r2-js-require-path-join-upward",
        "Repository requires path.join(__dirname, '../services/...')",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/repositories/articleRepository.js": "const path = require('path');\nconst svc = require(path.join(__dirname, '../services/articleService'));\n"
            + JS_REPO
        },
    )
    case(
        "r2-py-importlib-upward",
        "Repository loads the service with importlib.import_module",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("upward-import")},
        {
            "conduit/repositories/articles.py": "import importlib\n"
            + PY_REPO
            + "\n\ndef service_module():\n    return importlib.import_module('conduit.services.articles')\n"
        },
    )
    case(
        "r2-py-lazy-import-upward",
        "Repository imports the service inside a function (circular-import dodge)",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("upward-import")},
        {
            "conduit/repositories/articles.py": PY_REPO
            + "\n\ndef _service():\n    from conduit.services.articles import ArticleService\n    return ArticleService\n"
        },
    )
    case(
        "r2-py-service-werkzeug-security",
        "Service hashes passwords with werkzeug.security (not the web layer)",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/services/users.py": "from werkzeug.security import check_password_hash, generate_password_hash\n\n\ndef hash_password(raw):\n    return generate_password_hash(raw)\n"
        },
    )
    case(
        "r2-py-service-starlette-status",
        "Service uses starlette status codes",
        fastapi_like(),
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {"app/application/status_codes.py": "from starlette import status\n\nNOT_FOUND = status.HTTP_404_NOT_FOUND\n"},
    )
    case(
        "r2-py-fstring-sql",
        "text() around an f-string SELECT",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/articles.py": PY_REPO.replace(
                "from sqlalchemy import select", "from sqlalchemy import select, text"
            )
            + '\n\ndef count_by_author(session, author_id):\n    return session.execute(text(f"SELECT count(*) FROM articles WHERE author_id = {int(author_id)}")).scalar()\n'
        },
    )
    case(
        "r2-py-percent-sql",
        "session.execute of a %-formatted DELETE string",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/articles.py": PY_REPO
            + '\n\ndef delete(session, article_id):\n    session.execute("DELETE FROM articles WHERE id = %d" % article_id)\n'
        },
    )
    case(
        "r2-js-sql-const-db-all",
        "sqlite3 db.all(sql) with the SQL in a const",
        JS_BASE,
        LITE_SEQ,
        {"orm": bad("raw-driver", "raw-sql")},
        dict(
            JS_SQLITE,
            **{
                "src/repositories/tagRepository.js": "const sqlite3 = require('sqlite3');\n\nconst db = new sqlite3.Database(process.env.SQLITE_PATH);\nconst sql = 'SELECT DISTINCT name FROM tags ORDER BY name';\n\nmodule.exports = { allTags: () => new Promise((ok, ko) => db.all(sql, [], (e, rows) => (e ? ko(e) : ok(rows)))) };\n"
            },
        ),
    )
    case(
        "r2-js-routes-reexport-repository",
        "A routes module re-exports a repository function",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/index.js": "export { findBySlug } from '../repositories/articleRepository.js';\nexport { default as articles } from './articles.js';\n"
        },
    )
    case(
        "r2-py-typing-dot-type-checking",
        "`if typing.TYPE_CHECKING:` guards an upward type import",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/repositories/articles.py": "import typing\n\nif typing.TYPE_CHECKING:\n    from conduit.services.articles import ArticleService\n"
            + PY_REPO
        },
    )
    case(
        "r2-runtime-rows-in-both",
        "Rows landed in Postgres and in a workspace SQLite file",
        PY_BASE,
        PG_SQLA,
        {"database": bad("mixed-database")},
        runtime={
            "postgres": {
                "kind": "postgres",
                "location": "postgresql://u:***@127.0.0.1:1/db",
                "tables": [{"name": "users", "db_schema": "public", "rows": 4}],
            },
            "sqlite_files": [
                {"kind": "sqlite", "location": "cache.sqlite3", "tables": [{"name": "articles", "rows": 9}]}
            ],
            "errors": [],
        },
    )
    case(
        "r2-js-error-message-mentions-postgres",
        "SQLite task; an error message names PostgreSQL (not a URL)",
        JS_BASE,
        LITE_SEQ,
        {},
        dict(
            JS_SQLITE,
            **{
                "src/services/articleService.js": JS_SERVICE.replace(
                    "class NotFoundError extends Error {}",
                    "class NotFoundError extends Error {}\nconst HINT = 'This build targets SQLite; PostgreSQL / postgres dialect is not supported';",
                )
            },
        ),
    )
    case(
        "r2-py-commented-requirement",
        "SQLite task; psycopg2 only in a commented-out requirement line",
        PY_BASE,
        LITE_SQLA,
        {},
        {"requirements.txt": "flask>=3\nsqlalchemy>=2\n# psycopg2-binary>=2.9  (production only)\npyjwt\n"},
    )
    case(
        "r2-ts-service-koa-type-only",
        "TypeScript service imports Koa's Context type only (labeled compliant until 2026-12-02: type-only imports "
        "were read as no import; relabeled after two blind corpora read 'must not import the web framework' as "
        "covering them)",
        build_ts(),
        PG_SEQ,
        {"architecture": bad("framework-leakage")},
        {
            "src/services/articleService.ts": "import type { Context } from 'koa';\nimport * as repo from '../repositories/articleRepository.js';\n\nexport async function getArticle(slug: string, _ctx?: Context) {\n  return repo.findBySlug(slug);\n}\n"
        },
    )
    case(
        "r2-js-model-requires-express",
        "Model module requires express",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("framework-leakage")},
        {"src/models/article.js": "const { Router } = require('express');\n" + JS_MODEL},
    )
    case(
        "r2-js-esm-namespace-upward",
        "Model does `import * as svc from '../services/index.js'`",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/services/index.js": "export * from './articleService.js';\n",
            "src/models/article.js": "import * as svc from '../services/index.js';\n" + JS_MODEL,
        },
    )
    case(
        "r2-py-pyproject-dependencies",
        "Dependencies declared in pyproject.toml instead of requirements.txt",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "requirements.txt": None,
            "pyproject.toml": '[project]\nname = "conduit"\nversion = "0.1.0"\ndependencies = [\n  "flask>=3",\n  "SQLAlchemy>=2",\n  "psycopg[binary]>=3.2",\n]\n',
        },
    )
    case(
        "r2-js-pg-dev-dependency",
        "Postgres task; pg in devDependencies and dialect postgres in code",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "package.json": json.dumps(
                dict(JS_PACKAGE, dependencies={"express": "^4", "sequelize": "^6"}, devDependencies={"pg": "^8"}),
                indent=2,
            )
            + "\n"
        },
    )


def fastapi_like() -> dict:
    return {
        "requirements.txt": "fastapi\nsqlalchemy\npsycopg2-binary\n",
        "app/__init__.py": "",
        "app/main.py": "from fastapi import FastAPI\n\nfrom .api.routes import router\n\napp = FastAPI()\napp.include_router(router)\n",
        "app/api/routes.py": "from fastapi import APIRouter\n\nfrom ..application.articles import list_articles\n\nrouter = APIRouter()\n\n\n@router.get('/api/articles')\ndef articles():\n    return {'articles': list_articles()}\n",
        "app/application/articles.py": "from ..infrastructure.repository import all_articles\n\n\ndef list_articles():\n    return all_articles()\n",
        "app/infrastructure/repository.py": "import os\nfrom sqlalchemy import create_engine, select\nfrom sqlalchemy.orm import Session\n\nfrom ..domain.models import Article\n\nengine = create_engine(os.environ['DATABASE_URL'])\n\n\ndef all_articles():\n    with Session(engine) as session:\n        return list(session.scalars(select(Article)))\n",
        "app/domain/models.py": "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n\nclass Base(DeclarativeBase):\n    pass\n\n\nclass Article(Base):\n    __tablename__ = 'articles'\n    id: Mapped[int] = mapped_column(primary_key=True)\n",
    }


def build_ts() -> dict:
    return next(c["files"] for c in CASES if c["name"] == "ts-koa-esm-compliant")


def define_round_three() -> None:
    """Third round: layer-named project folders and ordinary strings that start with SQL words."""
    moved = {("api/" + k if k.startswith("conduit/") else k): v for k, v in PY_BASE.items()}
    moved["api/main.py"] = (
        "from conduit.app import app\nfrom conduit.repositories.articles import ArticleRepository\n\n__all__ = ['app', 'ArticleRepository']\n"
    )
    case(
        "r3-py-api-project-folder",
        "The whole package lives in a project folder named api/ (not a layer)",
        moved,
        PG_SQLA,
        {},
    )
    js_moved = {("api/" + k if k.startswith("src/") else k): v for k, v in JS_BASE.items()}
    js_moved["api/src/routes/articles.js"] = JS_ROUTES.replace(
        "const articleService = require('../services/articleService');",
        "const articleService = require('../services/articleService');\nconst repo = require('../repositories/articleRepository');",
    )
    case(
        "r3-js-api-project-folder-skipped-layer",
        "Project folder api/; a route still requires the repository",
        js_moved,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
    )
    case(
        "r3-py-ordinary-strings",
        "dict.get('delete'), .get('update') and a 'Select ...' label are not SQL",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/services/labels.py": "LABELS = {'delete': 'Delete', 'update': 'Update'}\n\n\ndef label(action, params):\n    mode = params.get('with')\n    return LABELS.get('delete') if action == 'delete' else LABELS.get('update', 'Select a tag')\n"
        },
    )


def define_round_four() -> None:
    """Fourth round: the blind spots measured from outside (issue 12): layer synonyms, frontend folders,
    four layers, data access from routes without an ORM import, DI, TypeScript forms, barrels inside layers,
    framework exception subclasses, computed imports; settings that are not code; raw SQL in other forms."""
    py_moved = {
        (
            k.replace("conduit/routes/", "conduit/blueprints/")
            .replace("conduit/repositories/", "conduit/db/")
            .replace("conduit/models/", "conduit/entities/")
        ): v.replace("conduit.routes", "conduit.blueprints")
        .replace("conduit.repositories", "conduit.db")
        .replace("conduit.models", "conduit.entities")
        for k, v in PY_BASE.items()
    }
    case("r4-py-blueprints-db-entities", "Layers named blueprints / services / db / entities", py_moved, PG_SQLA, {})
    case(
        "r4-py-three-layers-only",
        "Routes, services and models; services query the session themselves (no repositories layer)",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("missing-layers", "data-access-outside-repositories")},
        {
            "conduit/repositories/__init__.py": None,
            "conduit/repositories/articles.py": None,
            "conduit/services/articles.py": "from sqlalchemy import select\n\nfrom conduit.models.entities import Article\n\n\nclass ArticleNotFound(Exception):\n    pass\n\n\nclass ArticleService:\n    def __init__(self, session):\n        self.session = session\n\n    def get(self, slug):\n        article = self.session.scalars(select(Article).where(Article.slug == slug)).first()\n        if article is None:\n            raise ArticleNotFound(slug)\n        return article\n",
        },
    )
    js_frontend = dict(JS_BASE)
    js_frontend.pop("src/repositories/articleRepository.js")
    js_frontend["src/services/articleService.js"] = JS_SERVICE.replace(
        "require('../repositories/articleRepository')", "require('../models/article')"
    )
    js_frontend["frontend/src/repositories/articles.js"] = (
        "export async function fetchArticles() {\n  return (await fetch('/api/articles')).json();\n}\n"
    )
    js_frontend["frontend/src/services/feed.js"] = (
        "import { fetchArticles } from '../repositories/articles';\nexport const feed = () => fetchArticles();\n"
    )
    case(
        "r4-js-frontend-folders-are-not-layers",
        "Backend has routes/services/models only; the frontend's repositories folder is not a backend layer",
        js_frontend,
        PG_SEQ,
        {"architecture": bad("missing-layers")},
    )
    case(
        "r4-py-routes-model-class-query",
        "A Flask route queries Article.query without importing the ORM",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/feed.py": "from flask import Blueprint, jsonify\n\nfrom conduit.models.entities import Article\n\nbp = Blueprint('feed', __name__)\n\n\n@bp.get('/api/articles/feed')\ndef feed():\n    return jsonify([a.slug for a in Article.query.filter_by(author_id=1).all()])\n"
        },
    )
    case(
        "r4-py-routes-db-session",
        "A route writes through db.session from a composition-root module",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/tags.py": "from flask import Blueprint, request\n\nfrom conduit.db import db\nfrom conduit.models.entities import Article\n\nbp = Blueprint('tags', __name__)\n\n\n@bp.post('/api/articles')\ndef create():\n    article = Article(slug=request.json['slug'])\n    db.session.add(article)\n    db.session.commit()\n    return {'slug': article.slug}\n"
        },
    )
    case(
        "r4-py-fastapi-depends-repository",
        "A FastAPI route gets the repository by Depends() from a composition-root deps module",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/deps.py": "from conduit.repositories.articles import ArticleRepository\n\n\ndef get_article_repository():\n    return ArticleRepository(None)\n",
            "conduit/routes/fast.py": "from fastapi import APIRouter, Depends\n\nfrom conduit.deps import get_article_repository\n\nrouter = APIRouter()\n\n\n@router.get('/api/articles/{slug}')\ndef one(slug: str, repo=Depends(get_article_repository)):\n    return repo.by_slug(slug)\n",
        },
    )
    case(
        "r4-js-routes-model-findall",
        "An Express route calls Article.findAll on the model it imports",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/list.js": "const express = require('express');\nconst { Article } = require('../models/article');\n\nconst router = express.Router();\nrouter.get('/articles', async (req, res) => res.json({ articles: await Article.findAll() }));\nmodule.exports = router;\n"
        },
    )
    ts = build_ts()
    repo_file = next(k for k in ts if "/repositories/" in k)
    service_file = next(k for k in ts if "/services/" in k)
    rel_service = "../services/" + service_file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    case(
        "r4-ts-import-equals-require-upward",
        "A TypeScript repository uses `import x = require()` on a service",
        ts,
        {"architecture": "clean"},
        {"architecture": bad("upward-import")},
        {repo_file: f"import svc = require('{rel_service}');\n" + ts[repo_file]},
    )
    aliased = dict(ts)
    aliased["tsconfig.base.json"] = json.dumps({"compilerOptions": {"baseUrl": ".", "paths": {"@app/*": ["src/*"]}}})
    aliased["tsconfig.json"] = json.dumps({"extends": "./tsconfig.base.json", "compilerOptions": {"strict": True}})
    model_file = next(k for k in ts if "/models/" in k)
    service_mod = service_file.removeprefix("src/").rsplit(".", 1)[0]
    case(
        "r4-ts-tsconfig-extends-alias-upward",
        "A model imports a service through a path alias defined in the tsconfig it extends",
        aliased,
        {"architecture": "clean"},
        {"architecture": bad("upward-import")},
        {model_file: f"import * as svc from '@app/{service_mod}';\nexport const _svc = svc;\n" + ts[model_file]},
    )
    case(
        "r4-js-service-barrel-reexports-repository",
        "services/index.js re-exports the repository; a route takes it from the services barrel",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/services/index.js": "module.exports = require('./articleService');\nexport { findBySlug } from '../repositories/articleRepository';\n",
            "src/routes/direct.js": "import { findBySlug } from '../services/index.js';\nexport const direct = (slug) => findBySlug(slug);\n",
        },
    )
    case(
        "r4-py-framework-exception-subclass",
        "errors.py subclasses FastAPI's HTTPException; the service raises that subclass",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {
            "conduit/errors.py": "from fastapi import HTTPException\n\n\nclass ApiError(HTTPException):\n    pass\n\n\nclass NotFound(ApiError):\n    def __init__(self, what):\n        super().__init__(404, what)\n",
            "conduit/services/articles.py": PY_SERVICE.replace(
                "class ArticleNotFound(Exception):\n    pass\n",
                "from conduit.errors import NotFound as ArticleNotFound\n",
            ),
        },
    )
    case(
        "r4-js-computed-require-upward",
        "A repository requires '../services/' + name: the literal prefix names the services layer",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/repositories/articleRepository.js": "const which = 'articleService';\nconst svc = require('../services/' + which);\n"
            + JS_REPO
        },
    )
    case(
        "r4-py-computed-import-root-ok",
        "The composition root loads route modules by computed name: evidence, not a violation",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/loader.py": "import importlib\n\n\ndef load(name):\n    return importlib.import_module(f'conduit.routes.{name}')\n"
        },
    )
    # ------------------------------------------------------------------ database
    case(
        "r4-js-prisma-schema-sqlite-on-postgres",
        "Prisma schema's datasource provider is sqlite on a Postgres task",
        {
            "package.json": pkg(
                {"@prisma/client": "^5.0.0", "prisma": "^5.0.0"}, drop=("sequelize", "pg", "pg-hstore")
            ),
            "prisma/schema.prisma": 'datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n\nmodel Article {\n  id Int @id\n}\n',
            "src/server.js": "const { PrismaClient } = require('@prisma/client');\nconst prisma = new PrismaClient();\nmodule.exports = prisma;\n",
        },
        {"database": "postgres"},
        {"database": bad("wrong-database")},
    )
    case(
        "r4-js-knexfile-sqlite-both-declared",
        "knexfile's client is better-sqlite3 on a Postgres task; pg and better-sqlite3 both declared",
        {
            "package.json": pkg({"knex": "^3.1.0", "better-sqlite3": "^11.0.0"}, drop=("sequelize",)),
            "knexfile.js": "module.exports = {\n  client: 'better-sqlite3',\n  connection: { filename: './dev.sqlite3' },\n  useNullAsDefault: true,\n};\n",
            "src/db.js": "const knex = require('knex');\nmodule.exports = knex(require('../knexfile'));\n",
        },
        {"database": "postgres"},
        {"database": bad("wrong-database")},
    )
    case(
        "r4-py-runsh-exports-sqlite-url",
        "run.sh exports a SQLite DATABASE_URL over the harness's Postgres one",
        PY_BASE,
        PG_SQLA,
        {"database": bad("wrong-database")},
        {
            "run.sh": '#!/bin/sh\nexport DATABASE_URL=sqlite:///conduit.db\nexec flask --app conduit.app run --port "$PORT"\n'
        },
    )
    case(
        "r4-py-runsh-postgres-default-ok",
        "run.sh gives DATABASE_URL a Postgres default only when unset",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "run.sh": '#!/bin/sh\nexport DATABASE_URL="${DATABASE_URL:-postgresql://localhost/conduit}"\nexec flask --app conduit.app run --port "$PORT"\n'
        },
    )
    case(
        "r4-py-sqlite-url-concatenated",
        "create_engine('sqlite:///' + path) on a Postgres task (psycopg declared, unused)",
        PY_BASE,
        PG_SQLA,
        {"database": bad("wrong-database")},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\n\nPATH = os.path.join(os.path.dirname(__file__), 'conduit.db')\nengine = create_engine('sqlite:///' + PATH)\n"
        },
    )
    case(
        "r4-py-django-environ-default",
        "django-environ env.db() with a SQLite default on a Postgres task (psycopg2 declared)",
        {
            "requirements.txt": "django>=5\ndjango-environ>=0.11\npsycopg2-binary>=2.9\n",
            "conduit/settings.py": "import environ\n\nenv = environ.Env()\n\nDATABASES = {'default': env.db('DATABASE_URL', default='sqlite:///db.sqlite3')}\n",
        },
        {"database": "postgres"},
        {},
    )
    case(
        "r4-py-dj-database-url-default",
        "dj_database_url.config(default=sqlite) on a Postgres task (psycopg declared)",
        {
            "requirements.txt": "django>=5\ndj-database-url>=2\npsycopg[binary]>=3\n",
            "conduit/settings.py": "import dj_database_url\n\nDATABASES = {'default': dj_database_url.config(default='sqlite:///db.sqlite3', conn_max_age=600)}\n",
        },
        {"database": "postgres"},
        {},
    )
    case(
        "r4-py-utf16-requirements-postgres-driver",
        "SQLite task whose UTF-16 requirements.txt declares psycopg2 (connects via DATABASE_URL)",
        PY_BASE,
        LITE_SQLA,
        {"database": bad("wrong-database")},
        {"requirements.txt": "flask>=3\nsqlalchemy>=2\npsycopg2-binary>=2.9\npyjwt>=2\n".encode("utf-16")},
    )
    case(
        "r4-js-two-drivers-declared",
        "Postgres task declaring both pg and sqlite3, Sequelize configured by URL alone: either engine would run",
        JS_BASE,
        PG_SEQ,
        {"database": bad("mixed-database")},
        {
            "package.json": pkg({"sqlite3": "^5.1.7"}),
            "src/db.js": JS_DB.replace("{ dialect: 'postgres', logging: false }", "{ logging: false }"),
        },
    )
    case(
        "r4-py-default-of-unset-variable",
        "Postgres task: the engine URL defaults to SQLite on DB_URL, a variable the evaluation never sets; psycopg declared but never imported",
        PY_BASE,
        PG_SQLA,
        {"database": bad("wrong-database")},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\n\nengine = create_engine(os.getenv('DB_URL', 'sqlite:///conduit.db'))\n"
        },
    )
    case(
        "r4-js-default-of-unset-variable",
        "Postgres task: Sequelize gets process.env.DB_CONN || 'sqlite::memory:' (DB_CONN is never set); pg declared",
        JS_BASE,
        PG_SEQ,
        {"database": bad("wrong-database")},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize(process.env.DB_CONN || 'sqlite::memory:', { logging: false });\n\nmodule.exports = { sequelize };\n"
        },
    )
    # ------------------------------------------------------------------ ORM
    case(
        "r4-py-text-of-imported-constant",
        "session.execute(text(queries.GET_ARTICLE)) with the SQL in another module",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/queries.py": "GET_ARTICLE = 'SELECT * FROM articles WHERE slug = :slug'\n",
            "conduit/repositories/raw.py": "from sqlalchemy import text\n\nfrom conduit.repositories import queries\n\n\ndef by_slug(session, slug):\n    return session.execute(text(queries.GET_ARTICLE), {'slug': slug}).first()\n",
        },
    )
    case(
        "r4-py-text-of-format-string",
        "text() of a str.format()ted statement",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/raw.py": "from sqlalchemy import text\n\n\ndef count(session, table):\n    return session.execute(text('SELECT count(*) FROM {}'.format(table))).scalar()\n"
        },
    )
    case(
        "r4-py-databases-fetch-all",
        "encode/databases fetch_all() with a SQL string",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/feed.py": "async def feed(database):\n    return await database.fetch_all('SELECT slug FROM articles ORDER BY id DESC')\n"
        },
    )
    case(
        "r4-py-sql-after-comment-line",
        "A SQL statement whose first line is a -- comment",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/feed.py": "def feed(connection):\n    return connection.exec_driver_sql('-- newest first\\nSELECT slug FROM articles ORDER BY id DESC').all()\n"
        },
    )
    case(
        "r4-js-sequelize-instance-named-db",
        "db.query(sql) where db is the Sequelize instance",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("raw-sql")},
        {
            "src/repositories/raw.js": "const { Sequelize } = require('sequelize');\nconst db = new Sequelize(process.env.DATABASE_URL);\n\nasync function run(sql) {\n  return db.query(sql);\n}\nmodule.exports = { run };\n"
        },
    )
    case(
        "r4-py-newer-syntax-file-raw-sql",
        "A repository in Python 3.12 syntax (type alias) that runs raw SQL",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/feed.py": "from sqlalchemy import text\n\ntype Row = dict[str, object]\n\n\ndef feed(session) -> list[Row]:\n    return session.execute(text('SELECT slug FROM articles')).mappings().all()\n"
        },
    )
    case(
        "r4-py-scripts-seed-raw-ok",
        "scripts/seed.py fills the database with raw sqlite3: tooling, not the application's data path",
        PY_BASE,
        LITE_SQLA,
        {},
        {
            "requirements.txt": PY_SQLITE["requirements.txt"],
            "scripts/seed.py": "import sqlite3\n\nconnection = sqlite3.connect('conduit.db')\nconnection.execute(\"INSERT INTO users (username) VALUES ('demo')\")\nconnection.commit()\n",
        },
    )
    case(
        "r4-js-e2e-folder-raw-pg-ok",
        "e2e/ test setup truncates tables with pg: end-to-end tests, not the application",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "e2e/setup.js": "const { Client } = require('pg');\nmodule.exports = async () => {\n  const client = new Client();\n  await client.query('TRUNCATE TABLE articles');\n};\n"
        },
    )


def define_round_five() -> None:
    """Fifth round, written from the task prompts rather than from any failing case: CommonJS barrels,
    framework classes handed on by a root module, __dirname/cwd module paths, in-memory SQLite on a SQLite
    task, Postgres emulated in-process, raw SQL through pandas and the engine's raw connection."""
    case(
        "r5-js-commonjs-barrel-hands-routes-the-repository",
        "A root index.js spreads require('./repositories/...') into module.exports; a route takes findBySlug from it",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/index.js": "module.exports = { ...require('./repositories/articleRepository') };\n",
            "src/routes/barrel.js": "const { findBySlug } = require('../index');\nmodule.exports = (slug) => findBySlug(slug);\n",
        },
    )
    case(
        "r5-py-service-takes-httpexception-from-root-module",
        "conduit/errors.py imports FastAPI's HTTPException; the service imports it from there",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {
            "conduit/errors.py": "from fastapi import HTTPException\n\n__all__ = ['HTTPException']\n",
            "conduit/services/articles.py": PY_SERVICE.replace(
                "class ArticleNotFound(Exception):\n    pass\n",
                "from conduit.errors import HTTPException\n\n\nclass ArticleNotFound(HTTPException):\n    pass\n",
            ),
        },
    )
    case(
        "r5-js-dirname-template-upward",
        "A repository requires `${__dirname}/../services/articleService`",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/repositories/articleRepository.js": "const svc = require(`${__dirname}/../services/articleService`);\n"
            + JS_REPO
        },
    )
    case(
        "r5-js-dirname-plus-upward",
        "A repository requires __dirname + '/../services/articleService'",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/repositories/articleRepository.js": "const svc = require(__dirname + '/../services/articleService');\n"
            + JS_REPO
        },
    )
    case(
        "r5-js-process-cwd-upward",
        "A model requires path.join(process.cwd(), 'src/services/articleService')",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("upward-import")},
        {
            "src/models/article.js": "const path = require('path');\nconst svc = require(path.join(process.cwd(), 'src/services/articleService'));\n"
            + JS_MODEL
        },
    )
    case(
        "r5-js-usecase-singular-layer",
        "Layers named routes / usecase / repositories / models",
        {
            (k.replace("src/services/", "src/usecase/")): v.replace("../services/", "../usecase/")
            for k, v in JS_BASE.items()
        },
        PG_SEQ,
        {},
    )
    case(
        "r5-js-sqlite-task-in-memory",
        "SQLite task whose Sequelize instance is new Sequelize('sqlite::memory:'): data only in memory",
        JS_SQLITE,
        LITE_SEQ,
        {"database": bad("in-memory-database")},
        {
            **{k: v for k, v in JS_BASE.items() if k not in JS_SQLITE},
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize('sqlite::memory:', { logging: false });\n\nmodule.exports = { sequelize };\n",
        },
    )
    case(
        "r5-py-sqlite-task-in-memory",
        "SQLite task with create_engine('sqlite://'): an in-memory database",
        PY_BASE,
        LITE_SQLA,
        {"database": bad("in-memory-database")},
        {
            "requirements.txt": PY_SQLITE["requirements.txt"],
            "conduit/db.py": "from sqlalchemy import create_engine\n\nengine = create_engine('sqlite://')\n",
        },
    )
    case(
        "r5-py-sqlite-task-memory-only-as-fallback-ok",
        "SQLite task reading DATABASE_URL with an in-memory default: the given file is used",
        PY_BASE,
        LITE_SQLA,
        {},
        {
            "requirements.txt": PY_SQLITE["requirements.txt"],
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\n\nengine = create_engine(os.environ.get('DATABASE_URL', 'sqlite://'))\n",
        },
    )
    case(
        "r5-js-pglite-on-postgres-task",
        "Postgres task running PGlite (Postgres compiled to WASM, in-process) instead of the server",
        {
            "package.json": pkg({"@electric-sql/pglite": "^0.2.0"}, drop=("sequelize", "pg", "pg-hstore")),
            "src/db.js": "const { PGlite } = require('@electric-sql/pglite');\nmodule.exports = new PGlite();\n",
        },
        {"database": "postgres"},
        {"database": bad("wrong-database")},
    )
    case(
        "r5-py-pandas-read-sql",
        "A repository reads with pandas.read_sql('SELECT ...', engine)",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/report.py": "import pandas as pd\n\n\ndef feed(engine):\n    return pd.read_sql('SELECT slug FROM articles ORDER BY id DESC', engine)\n"
        },
    )
    case(
        "r5-py-engine-raw-connection",
        "A repository takes engine.raw_connection() and uses its cursor",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-driver")},
        {
            "conduit/repositories/raw.py": "def count(engine, table_name):\n    connection = engine.raw_connection()\n    return connection.cursor()\n"
        },
    )
    case(
        "r5-js-sqlite3-only-for-tests-ok",
        "Postgres task, Sequelize configured by URL; sqlite3 only in devDependencies (the tests' database)",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "package.json": json.dumps(
                dict(JS_PACKAGE, devDependencies={"sqlite3": "^5.1.7", "jest": "^29.0.0"}), indent=2
            )
            + "\n",
            "src/db.js": JS_DB.replace("{ dialect: 'postgres', logging: false }", "{ logging: false }"),
        },
    )
    case(
        "r5-py-sqlite-task-requirements-dev-psycopg-ok",
        "SQLite task; psycopg2 only in requirements-dev.txt",
        PY_BASE,
        LITE_SQLA,
        {},
        {"requirements.txt": PY_SQLITE["requirements.txt"], "requirements-dev.txt": "pytest\npsycopg2-binary\n"},
    )
    case(
        "r5-js-route-runs-sql-on-app-locals",
        "An Express route runs req.app.locals.db.query('SELECT ...'): no import says it reaches the database",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/tags.js": "module.exports = async (req, res) => {\n  const rows = await req.app.locals.db.query('SELECT name FROM tags ORDER BY name');\n  res.json({ tags: rows.map((r) => r.name) });\n};\n"
        },
    )
    case(
        "r5-js-koa-route-model-through-ctx",
        "A Koa route calls ctx.db.Article.findByPk(): a model class reached through the context",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/one.js": "module.exports = async (ctx) => {\n  ctx.body = { article: await ctx.db.Article.findByPk(ctx.params.id) };\n};\n"
        },
    )
    case(
        "r5-js-route-calls-service-findall-ok",
        "A route calls ArticleService.findAll() on a service taken from a root container: not a model",
        JS_BASE,
        {"architecture": "clean"},
        {},
        {
            "src/container.js": "const ArticleService = require('./services/articleService');\nmodule.exports = { ArticleService };\n",
            "src/routes/list.js": "const { ArticleService } = require('../container');\nmodule.exports = async (req, res) => res.json(await ArticleService.findAll());\n",
        },
    )
    case(
        "r5-py-fstring-variable-executed",
        "sql = f'SELECT ... {slug}' then connection.execute(sql) (SQLAlchemy 1.x style)",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/raw.py": "def by_slug(connection, slug):\n    sql = f\"SELECT * FROM articles WHERE slug = '{slug}'\"\n    return connection.execute(sql).first()\n"
        },
    )
    case(
        "r5-js-concatenated-sql-variable",
        "const sql = 'SELECT ... ' + id; sequelize.query(sql) under the name db from the db module",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("raw-sql")},
        {
            "src/repositories/raw.js": "const db = require('../db');\n\nasync function byId(id) {\n  const sql = 'SELECT * FROM articles WHERE id = ' + id;\n  return db.sequelize.query(sql);\n}\nmodule.exports = { byId };\n"
        },
    )
    case(
        "r5-js-sql-from-queries-module",
        "sequelize.query(queries.FEED) with the SQL in a queries module",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("raw-sql")},
        {
            "src/repositories/queries.js": "const FEED = 'SELECT slug FROM articles ORDER BY id DESC';\nmodule.exports = { FEED };\n",
            "src/repositories/feed.js": "const { sequelize } = require('../db');\nconst queries = require('./queries');\n\nmodule.exports = () => sequelize.query(queries.FEED);\n",
        },
    )
    web_app = {k: v for k, v in JS_BASE.items() if k != "src/repositories/articleRepository.js"}
    web_app["src/services/articleService.js"] = JS_SERVICE.replace(
        "require('../repositories/articleRepository')", "require('../models/article')"
    )
    web_app["web/package.json"] = json.dumps({"name": "site", "dependencies": {"next": "^14.0.0", "react": "^18.0.0"}})
    web_app["web/src/repositories/articles.js"] = (
        "export const articles = () => fetch('/api/articles').then((r) => r.json());\n"
    )
    case(
        "r5-js-web-app-beside-backend",
        "A Next.js app in web/ (its own package.json) has a repositories folder; the backend has three layers",
        web_app,
        {"architecture": "clean"},
        {"architecture": bad("missing-layers")},
    )
    case(
        "r5-js-pg-pool-from-default-import",
        "import pg from 'pg'; const { Pool } = pg; new Pool() in a repository",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("raw-driver")},
        {
            "src/repositories/pool.mjs": "import pg from 'pg';\n\nconst { Pool } = pg;\nexport const pool = new Pool();\n"
        },
    )
    case(
        "r5-js-dialect-default-of-unset-variable",
        "Postgres task: dialect: process.env.DB_DIALECT || 'sqlite' (DB_DIALECT is never set)",
        JS_BASE,
        PG_SEQ,
        {"database": bad("wrong-database")},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize({ dialect: process.env.DB_DIALECT || 'sqlite', storage: 'conduit.sqlite' });\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r5-js-typeorm-datasource-sqlite",
        "Postgres task: a TypeORM DataSource of type 'sqlite' (pg also declared)",
        {
            "package.json": pkg({"typeorm": "^0.3.0", "sqlite3": "^5.1.7"}, drop=("sequelize",)),
            "src/data-source.ts": "import { DataSource } from 'typeorm';\n\nexport const AppDataSource = new DataSource({ type: 'sqlite', database: 'conduit.sqlite', synchronize: true });\n",
        },
        {"database": "postgres"},
        {"database": bad("wrong-database")},
    )
    case(
        "r5-py-tortoise-sqlite-url",
        "Postgres task: Tortoise configured with db_url='sqlite://db.sqlite3'",
        {
            "requirements.txt": "fastapi\ntortoise-orm\nasyncpg\n",
            "app/db.py": "from tortoise.contrib.fastapi import register_tortoise\n\n\ndef init(app):\n    register_tortoise(app, db_url='sqlite://db.sqlite3', modules={'models': ['app.models']})\n",
        },
        {"database": "postgres"},
        {"database": bad("wrong-database")},
    )
    case(
        "r5-py-databases-fetch-query-keyword",
        "database.fetch_all(query='SELECT ...') with the SQL as a keyword argument",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/feed.py": "async def feed(database):\n    return await database.fetch_all(query='SELECT slug FROM articles')\n"
        },
    )
    case(
        "r5-py-exec-driver-sql-parameter",
        "connection.exec_driver_sql(statement) with the statement passed in",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/raw.py": "def run(connection, statement):\n    return connection.exec_driver_sql(statement)\n"
        },
    )
    case(
        "r5-py-log-message-names-sqlite-ok",
        "Postgres task whose start-up log says 'SQLite: not used' and 'postgres: connected': messages, not URLs",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/startup.py": "import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef announce():\n    log.info('SQLite: not used')\n    log.info('postgres: connected')\n"
        },
    )
    case(
        "r5-py-django-postgis-ok",
        "Django settings with the PostGIS backend on a Postgres task",
        {
            "requirements.txt": "django>=5\npsycopg[binary]>=3\n",
            # NAME from PGDATABASE (round 8: a database named in code is not the one the evaluation gives)
            "conduit/settings.py": "import os\n\nDATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.postgis', 'NAME': os.environ['PGDATABASE']}}\n",
        },
        {"database": "postgres"},
        {},
    )


def define_round_six() -> None:
    """Round 6: where the data lives (the database prompts beyond the engine's name). Labels from the
    prompts: the SQLite file given in SQLITE_PATH/DATABASE_URL and nowhere else; PostgreSQL through
    DATABASE_URL/PG* unchanged (unix socket); no other database; nothing kept only in memory; the schema
    created at start-up."""
    py_lite = dict(PY_BASE, **PY_SQLITE)
    js_lite = dict(JS_BASE, **JS_SQLITE)
    case(
        "r6-py-sqlite-fixed-file-url",
        "SQLite task, create_engine('sqlite:///conduit.db'): a file of its own, not $SQLITE_PATH",
        py_lite,
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {"conduit/db.py": PY_DB.replace('os.environ["DATABASE_URL"]', '"sqlite:///conduit.db"')},
    )
    case(
        "r6-py-sqlite-env-url-ok",
        "SQLite task, create_engine(os.environ['DATABASE_URL']): the given file",
        py_lite,
        LITE_SQLA,
        {},
    )
    case(
        "r6-py-sqlite-path-fallback-ok",
        "SQLite task, sqlite:/// + (SQLITE_PATH or 'conduit.db'): a default only when the variable is unset",
        py_lite,
        LITE_SQLA,
        {},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]', '"sqlite:///" + os.environ.get("SQLITE_PATH", "conduit.db")'
            )
        },
    )
    case(
        "r6-py-sqlite3-connect-fixed-file",
        "SQLite task, sqlite3.connect('data/app.db') in the repository layer, SQLITE_PATH never read",
        py_lite,
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": "import sqlite3\n\n\ndef connect():\n    return sqlite3.connect('data/app.db')\n",
            "conduit/app.py": PY_APP.replace(
                "from conduit.db import SessionLocal, engine", "from conduit.db import connect"
            ),
        },
    )
    case(
        "r6-js-sqlite-storage-fixed",
        "Sequelize storage: './database.sqlite' on a SQLite task",
        js_lite,
        LITE_SEQ,
        {"database": bad("wrong-location")},
        {"src/db.js": JS_DB_SQLITE.replace("process.env.SQLITE_PATH", "'./database.sqlite'")},
    )
    case(
        "r6-js-sqlite-storage-fallback-ok",
        "Sequelize storage: process.env.SQLITE_PATH || './database.sqlite'",
        js_lite,
        LITE_SEQ,
        {},
        {
            "src/db.js": JS_DB_SQLITE.replace(
                "process.env.SQLITE_PATH", "process.env.SQLITE_PATH || './database.sqlite'"
            )
        },
    )
    case(
        "r6-py-postgres-localhost-url",
        "Postgres task, create_engine('postgresql+psycopg://conduit:conduit@localhost:5432/conduit'): a TCP host",
        PY_BASE,
        PG_SQLA,
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]', '"postgresql+psycopg://conduit:conduit@localhost:5432/conduit"'
            )
        },
    )
    case(
        "r6-py-postgres-localhost-fallback-ok",
        "Postgres task, os.environ.get('DATABASE_URL', 'postgresql://localhost/conduit'): a default only",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]', 'os.environ.get("DATABASE_URL", "postgresql://localhost/conduit")'
            )
        },
    )
    case(
        "r6-js-postgres-host-localhost",
        "new Sequelize(db, user, pw, { host: 'localhost', port: 5432, dialect: 'postgres' })",
        JS_BASE,
        PG_SEQ,
        {"database": bad("fixed-connection")},
        {
            "src/db.js": JS_DB.replace(
                "new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false })",
                "new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, "
                "{ host: 'localhost', port: 5432, dialect: 'postgres', logging: false })",
            )
        },
    )
    case(
        "r6-js-postgres-url-query-dropped",
        "DATABASE_URL.split('?')[0] handed to Sequelize: the socket directory (?host=) is dropped",
        JS_BASE,
        PG_SEQ,
        {"database": bad("fixed-connection")},
        {"src/db.js": JS_DB.replace("process.env.DATABASE_URL,", "process.env.DATABASE_URL.split('?')[0],")},
    )
    case(
        "r6-js-postgres-listen-host-ok",
        "server listens on host '127.0.0.1'; the database comes from DATABASE_URL",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/server.js": JS_SERVER.replace(
                "app.listen(Number(process.env.PORT || 8080));",
                "app.listen({ port: Number(process.env.PORT || 8080), host: '127.0.0.1' });",
            )
        },
    )
    case(
        "r6-runsh-overrides-database-url",
        "run.sh exports DATABASE_URL=sqlite:///dev.db before starting a Postgres app",
        PY_BASE,
        PG_SQLA,
        {"database": bad("overridden-connection")},
        {
            "run.sh": '#!/bin/sh\nexport DATABASE_URL=postgresql://conduit@localhost/conduit\nexec flask --app conduit.app run --port "$PORT"\n'
        },
    )
    case(
        "r6-runsh-derives-database-url-ok",
        "run.sh sets DATABASE_URL from SQLITE_PATH (the same file)",
        py_lite,
        LITE_SQLA,
        {},
        {
            "run.sh": '#!/bin/sh\nexport DATABASE_URL="sqlite:///$SQLITE_PATH"\nexec flask --app conduit.app run --port "$PORT"\n'
        },
    )
    case(
        "r6-py-code-overrides-sqlite-path",
        "the app sets os.environ['SQLITE_PATH'] = 'local.db' before connecting",
        py_lite,
        LITE_SQLA,
        {"database": bad("overridden-connection")},
        {"conduit/__init__.py": "import os\n\nos.environ['SQLITE_PATH'] = 'local.db'\n"},
    )
    case(
        "r6-js-dotenv-override",
        "dotenv loaded with override: true and a .env naming another database",
        JS_BASE,
        PG_SEQ,
        {"database": bad("overridden-connection")},
        {
            ".env": "DATABASE_URL=postgres://dev:dev@localhost:5432/dev\n",
            "src/server.js": "require('dotenv').config({ override: true });\n" + JS_SERVER,
        },
    )
    case(
        "r6-js-dotenv-plain-ok",
        "dotenv without override and a .env with a development URL: the evaluation's variables win",
        JS_BASE,
        PG_SEQ,
        {},
        {
            ".env": "DATABASE_URL=postgres://dev:dev@localhost:5432/dev\n",
            "src/server.js": "require('dotenv').config();\n" + JS_SERVER,
        },
    )
    case(
        "r6-py-redis-store",
        "articles cached and counted in Redis besides PostgreSQL",
        dict(PY_BASE, **{"requirements.txt": PY_BASE["requirements.txt"] + "redis>=5\n"}),
        PG_SQLA,
        {"database": bad("other-store")},
        {
            "conduit/repositories/views.py": "import redis\n\nclient = redis.Redis()\n\n\ndef count_view(slug):\n    client.incr(f'views:{slug}')\n"
        },
    )
    case(
        "r6-js-lowdb-store",
        "favorites kept in a lowdb JSON file besides Sequelize",
        JS_BASE,
        PG_SEQ,
        {"database": bad("other-store")},
        {
            "src/repositories/favoriteRepository.js": "const { Low } = require('lowdb');\nconst { JSONFile } = require('lowdb/node');\n\nconst db = new Low(new JSONFile('favorites.json'), { favorites: [] });\n\nmodule.exports = { db };\n"
        },
    )
    case(
        "r6-js-json-file-store",
        "follows written to follows.json with fs.writeFileSync",
        JS_BASE,
        PG_SEQ,
        {"database": bad("other-store")},
        {
            "src/repositories/followRepository.js": "const fs = require('fs');\n\nfunction save(follows) {\n  fs.writeFileSync('follows.json', JSON.stringify(follows));\n}\n\nmodule.exports = { save };\n"
        },
    )
    case(
        "r6-py-module-dict-store",
        "comments kept in a module-level dict in the repository layer",
        PY_BASE,
        PG_SQLA,
        {"database": bad("in-memory-data")},
        {
            "conduit/repositories/comments.py": "_comments: dict[int, dict] = {}\n_next_id = 1\n\n\ndef add(article_id, body):\n    global _next_id\n    _comments[_next_id] = {'article_id': article_id, 'body': body}\n    _next_id += 1\n    return _next_id - 1\n"
        },
    )
    case(
        "r6-py-repository-list-store",
        "an in-memory repository class: self.users = [] appended to",
        PY_BASE,
        PG_SQLA,
        {"database": bad("in-memory-data")},
        {
            "conduit/repositories/users.py": "class UserRepository:\n    def __init__(self):\n        self.users = []\n\n    def add(self, user):\n        self.users.append(user)\n        return user\n"
        },
    )
    case(
        "r6-js-map-store",
        "tags kept in a module-level Map in the repository layer",
        JS_BASE,
        PG_SEQ,
        {"database": bad("in-memory-data")},
        {
            "src/repositories/tagRepository.js": "const tags = new Map();\n\nfunction add(name) {\n  tags.set(name, { name });\n}\n\nmodule.exports = { add, all: () => [...tags.values()] };\n"
        },
    )
    case(
        "r6-js-rate-limit-map-ok",
        "a rate limiter's Map of request times in a service: not stored data",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/services/throttle.js": "const hits = new Map();\n\nfunction allow(client) {\n  const now = Date.now();\n  hits.set(client, now);\n  return true;\n}\n\nmodule.exports = { allow };\n"
        },
    )
    case(
        "r6-py-schema-only-in-script",
        "create_all only in scripts/init_db.py, which run.sh never runs",
        PY_BASE,
        PG_SQLA,
        {"database": bad("no-schema")},
        {
            "conduit/app.py": PY_APP.replace("    Base.metadata.create_all(engine)\n", ""),
            "scripts/init_db.py": "from conduit.db import engine\nfrom conduit.models.entities import Base\n\nBase.metadata.create_all(engine)\n",
        },
    )
    case(
        "r6-py-schema-script-run-ok",
        "create_all in scripts/init_db.py, run by run.sh before the server",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/app.py": PY_APP.replace("    Base.metadata.create_all(engine)\n", ""),
            "scripts/init_db.py": "from conduit.db import engine\nfrom conduit.models.entities import Base\n\nBase.metadata.create_all(engine)\n",
            "run.sh": '#!/bin/sh\npython scripts/init_db.py\nexec flask --app conduit.app run --port "$PORT"\n',
        },
    )
    case(
        "r6-py-schema-under-main-guard",
        "create_all only under if __name__ == '__main__' in db.py; run.sh starts flask",
        PY_BASE,
        PG_SQLA,
        {"database": bad("no-schema")},
        {
            "conduit/app.py": PY_APP.replace("    Base.metadata.create_all(engine)\n", ""),
            "conduit/db.py": PY_DB
            + "\n\nif __name__ == '__main__':\n    from conduit.models.entities import Base\n\n    Base.metadata.create_all(engine)\n",
        },
    )
    case(
        "r6-py-memory-sqlite-despite-env-read",
        "reads SQLITE_PATH for a log line but connects to 'sqlite:///:memory:'",
        py_lite,
        LITE_SQLA,
        {"database": bad("in-memory-database")},
        {
            "conduit/db.py": PY_DB.replace('os.environ["DATABASE_URL"]', '"sqlite:///:memory:"')
            + "\nprint('database file', os.environ.get('SQLITE_PATH'))\n"
        },
    )
    case(
        "r6-js-memory-storage-for-tests-ok",
        "storage: NODE_ENV === 'test' ? ':memory:' : process.env.SQLITE_PATH",
        js_lite,
        LITE_SEQ,
        {},
        {
            "src/db.js": JS_DB_SQLITE.replace(
                "process.env.SQLITE_PATH", "process.env.NODE_ENV === 'test' ? ':memory:' : process.env.SQLITE_PATH"
            )
        },
    )
    case(
        "r6-js-postgres-fixed-port",
        "Sequelize from PGHOST/PGUSER/... but port: 5432 fixed (PGPORT ignored)",
        JS_BASE,
        PG_SEQ,
        {"database": bad("fixed-connection")},
        {
            "src/db.js": JS_DB.replace(
                "new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false })",
                "new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, "
                "{ host: process.env.PGHOST, port: 5432, dialect: 'postgres', logging: false })",
            )
        },
    )
    case(
        "r6-py-postgres-fstring-host",
        "URL assembled as f'postgresql://{user}:{pw}@{host}:{port}/{db}' from PG*: a socket directory cannot be a host",
        PY_BASE,
        PG_SQLA,
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]',
                "f\"postgresql+psycopg://{os.environ['PGUSER']}:{os.environ['PGPASSWORD']}@{os.environ['PGHOST']}:{os.environ['PGPORT']}/{os.environ['PGDATABASE']}\"",
            )
        },
    )
    case(
        "r6-py-class-attribute-store",
        "repository class keeps favorites in a class attribute dict",
        PY_BASE,
        PG_SQLA,
        {"database": bad("in-memory-data")},
        {
            "conduit/repositories/favorites.py": "class FavoriteRepository:\n    _favorites: dict[tuple[int, int], bool] = {}\n\n    def add(self, user_id, article_id):\n        self._favorites[(user_id, article_id)] = True\n"
        },
    )
    case(
        "r6-js-object-of-arrays-store",
        "const store = { users: [], articles: [] } filled by the repositories",
        JS_BASE,
        PG_SEQ,
        {"database": bad("in-memory-data")},
        {
            "src/repositories/store.js": "const store = { users: [], articles: [] };\n\nfunction addUser(user) {\n  store.users.push(user);\n}\n\nmodule.exports = { store, addUser };\n"
        },
    )
    case(
        "r6-js-sequelize-models-index-ok",
        "Sequelize CLI models/index.js: const db = {}; db[model.name] = model (a registry of models, not data)",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/models/index.js": "const { sequelize } = require('../db');\nconst { Article } = require('./article');\n\nconst db = {};\ndb[Article.name] = Article;\ndb.sequelize = sequelize;\n\nmodule.exports = db;\n"
        },
    )
    case(
        "r6-js-sync-in-uncalled-function",
        "sequelize.sync() only inside initDatabase(), which nothing calls",
        JS_BASE,
        PG_SEQ,
        {"database": bad("no-schema")},
        {
            "src/server.js": JS_SERVER.replace("  await sequelize.sync();\n", ""),
            "src/db.js": JS_DB.replace(
                "module.exports = { sequelize };",
                "async function initDatabase() {\n  await sequelize.sync();\n}\n\nmodule.exports = { sequelize };",
            ),
        },
    )
    case(
        "r6-py-create-all-on-startup-hook-ok",
        "create_all in a function registered with an @app.before_request decorator",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/app.py": PY_APP.replace("    Base.metadata.create_all(engine)\n", "").replace(
                '    @app.get("/api/health-check")',
                '    @app.before_request\n    def ensure_schema():\n        Base.metadata.create_all(engine)\n\n    @app.get("/api/health-check")',
            )
        },
    )


def define_round_seven() -> None:
    """Round 7: the architecture prompt's 'repositories: every read and write of stored data' and
    'services must not import the web framework' in forms without a telling import."""
    case(
        "r7-py-service-uses-session",
        "a service adds and commits through db.session itself",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "conduit/services/favorites.py": "from conduit.db import SessionLocal\nfrom conduit.models.entities import Article\n\n\ndef touch(article: Article) -> None:\n    session = SessionLocal()\n    session.add(article)\n    session.commit()\n"
        },
    )
    case(
        "r7-py-service-model-query",
        "a service queries Article.query.filter_by(...) (Flask-SQLAlchemy style)",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "conduit/services/feed.py": "from conduit.models.entities import Article\n\n\ndef feed(author_id):\n    return Article.query.filter_by(author_id=author_id).all()\n"
        },
    )
    case(
        "r7-py-service-catches-integrity-error-ok",
        "a service imports sqlalchemy.exc.IntegrityError to translate a duplicate into its own error",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/services/users.py": "from sqlalchemy.exc import IntegrityError\n\nfrom conduit.repositories.articles import ArticleRepository\n\n\nclass Duplicate(Exception):\n    pass\n\n\ndef register(repository: ArticleRepository, article):\n    try:\n        return repository.add(article)\n    except IntegrityError as error:\n        raise Duplicate() from error\n"
        },
    )
    case(
        "r7-js-service-model-findall",
        "a service calls Article.findAll imported from the models layer",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "src/services/feedService.js": "const { Article } = require('../models/article');\n\nasync function feed() {\n  return Article.findAll({ order: [['createdAt', 'DESC']] });\n}\n\nmodule.exports = { feed };\n"
        },
    )
    case(
        "r7-js-service-imports-pg",
        "a service opens a pg Pool and runs its own query",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("data-access-outside-repositories"), "orm": bad("raw-driver", "raw-sql")},
        {
            "src/services/tagService.js": "const { Pool } = require('pg');\n\nconst pool = new Pool();\n\nasync function tags() {\n  const { rows } = await pool.query('SELECT name FROM tags');\n  return rows.map((r) => r.name);\n}\n\nmodule.exports = { tags };\n"
        },
    )
    case(
        "r7-js-service-op-to-repository-ok",
        "a service builds a filter with Sequelize's Op and hands it to the repository",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/services/searchService.js": "const { Op } = require('sequelize');\nconst articleRepository = require('../repositories/articleRepository');\n\nasync function search(term) {\n  return articleRepository.findBySlug({ [Op.like]: `%${term}%` });\n}\n\nmodule.exports = { search };\n"
        },
    )
    case(
        "r7-js-service-answers-http",
        "a service takes (req, res) and calls res.status(404).json(...) itself",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("framework-leakage")},
        {
            "src/services/articleService.js": JS_SERVICE.replace(
                "module.exports = { getArticle, NotFoundError };",
                "async function show(req, res) {\n  const article = await articleRepository.findBySlug(req.params.slug);\n  if (!article) return res.status(404).json({ errors: { body: ['not found'] } });\n  return res.json({ article });\n}\n\nmodule.exports = { getArticle, show, NotFoundError };",
            )
        },
    )
    case(
        "r7-js-service-fetch-response-ok",
        "a service reads a fetch Response with res.json() (no framework object)",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/services/avatarService.js": "async function avatar(url) {\n  const res = await fetch(url);\n  return res.json();\n}\n\nmodule.exports = { avatar };\n"
        },
    )
    case(
        "r7-js-route-reaches-repository-through-service",
        "a route calls articleService.repository.findBySlug(...) past the service",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/articles.js": JS_ROUTES.replace(
                "await articleService.getArticle(req.params.slug)",
                "await articleService.repository.findBySlug(req.params.slug)",
            )
        },
    )
    case(
        "r7-py-service-parses-request",
        "an aiohttp service reads await request.json() itself",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {
            "conduit/services/comments.py": "async def add_comment(request, repository):\n    payload = await request.json()\n    return repository.add(payload['comment'])\n"
        },
    )
    case(
        "r7-py-service-imports-flask-jwt-extended",
        "a service takes the current user from flask_jwt_extended (the request context)",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("framework-leakage")},
        {
            "conduit/services/me.py": "from flask_jwt_extended import get_jwt_identity\n\n\ndef current_user_id():\n    return get_jwt_identity()\n"
        },
    )
    case(
        "r7-js-service-imports-express-validator",
        "a service validates with express-validator's validationResult(req)",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("framework-leakage")},
        {
            "src/services/validationService.js": "const { validationResult } = require('express-validator');\n\nfunction check(req) {\n  return validationResult(req).array();\n}\n\nmodule.exports = { check };\n"
        },
    )
    case(
        "r7-py-route-runs-sql-from-variable",
        "an aiohttp route runs request.app['pool'].fetchrow(QUERY, slug) with QUERY a SQL constant",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/tags.py": "QUERY = 'SELECT name FROM tags WHERE name = $1'\n\n\nasync def tag(request):\n    row = await request.app['pool'].fetchrow(QUERY, request.match_info['name'])\n    return dict(row)\n"
        },
    )
    case(
        "r7-py-handler-in-app-queries",
        "app.py registers @app.get('/api/tags') that runs session.scalars(select(Tag)) itself",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "conduit/app.py": PY_APP.replace(
                '    @app.get("/api/health-check")',
                '    @app.get("/api/tags")\n    def tags():\n        session = SessionLocal()\n        return {"tags": list(session.scalars(select(Article.slug)))}\n\n    @app.get("/api/health-check")',
            ).replace(
                "from flask import Flask\n",
                "from flask import Flask\nfrom sqlalchemy import select\n\nfrom conduit.models.entities import Article\n",
            ),
        },
    )
    case(
        "r7-js-handler-in-server-model-query",
        "server.js registers app.get('/api/tags', ...) calling Article.findAll from the models layer",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "src/server.js": JS_SERVER.replace(
                "const articleRoutes = require('./routes/articles');",
                "const articleRoutes = require('./routes/articles');\nconst { Article } = require('./models/article');",
            ).replace(
                "  app.use('/api', articleRoutes);",
                "  app.get('/api/tags', async (req, res) => {\n    const articles = await Article.findAll();\n    res.json({ tags: articles.map((a) => a.slug) });\n  });\n  app.use('/api', articleRoutes);",
            ),
        },
    )
    case(
        "r7-js-handler-in-server-calls-repository",
        "server.js handler calls the repository it imported for wiring",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "src/server.js": JS_SERVER.replace(
                "const articleRoutes = require('./routes/articles');",
                "const articleRoutes = require('./routes/articles');\nconst articles = require('./repositories/articleRepository');",
            ).replace(
                "  app.use('/api', articleRoutes);",
                "  app.get('/api/articles/:slug/raw', async (req, res) => res.json(await articles.findBySlug(req.params.slug)));\n  app.use('/api', articleRoutes);",
            ),
        },
    )
    case(
        "r7-js-server-wires-repository-ok",
        "server.js builds the service from the repository (wiring) and only mounts routes",
        JS_BASE,
        {"architecture": "clean"},
        {},
        {
            "src/server.js": JS_SERVER.replace(
                "const articleRoutes = require('./routes/articles');",
                "const articleRoutes = require('./routes/articles');\nconst articles = require('./repositories/articleRepository');\nconst service = require('./services/articleService');\n\nservice.use && service.use(articles);",
            ),
        },
    )
    case(
        "r7-py-route-imports-root-query-function",
        "routes import list_slugs from conduit/queries.py (outside the layers) that runs session.scalars itself",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "conduit/queries.py": "from sqlalchemy import select\n\nfrom conduit.db import SessionLocal\nfrom conduit.models.entities import Article\n\n\ndef list_slugs():\n    session = SessionLocal()\n    return list(session.scalars(select(Article.slug)))\n",
            "conduit/routes/slugs.py": "from flask import Blueprint, jsonify\n\nfrom conduit.queries import list_slugs\n\nbp = Blueprint('slugs', __name__)\n\n\n@bp.get('/api/slugs')\ndef slugs():\n    return jsonify(list_slugs())\n",
        },
    )
    case(
        "r7-py-route-imports-root-session-provider-ok",
        "routes import get_session (a generator in conduit/db.py) and hand the session to a service",
        PY_BASE,
        {"architecture": "clean"},
        {},
        {
            "conduit/db.py": PY_DB
            + "\n\ndef get_session():\n    session = SessionLocal()\n    try:\n        yield session\n    finally:\n        session.close()\n",
            "conduit/routes/slugs.py": "from flask import Blueprint\n\nfrom conduit.db import get_session\nfrom conduit.services.articles import ArticleService\n\nbp = Blueprint('slugs', __name__)\n\n\n@bp.get('/api/slugs/<slug>')\ndef slug(slug):\n    session = next(get_session())\n    return {'slug': ArticleService(session).get(slug).slug}\n",
        },
    )
    case(
        "r7-js-route-knex-builder",
        "a route queries db('articles').where(...).first() on the knex handle from src/db.js",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "src/db.js": "module.exports = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });\n",
            "src/routes/tags.js": "const express = require('express');\nconst db = require('../db');\n\nconst router = express.Router();\n\nrouter.get('/tags/:name', async (req, res) => {\n  res.json(await db('tags').where({ name: req.params.name }).first());\n});\n\nmodule.exports = router;\n",
        },
    )
    case(
        "r7-py-service-commits-unit-of-work-ok",
        "a service calls its repositories, then self.session.commit() to end the unit of work",
        PY_BASE,
        {"architecture": "clean"},
        {},
        {
            "conduit/services/publishing.py": "from conduit.repositories.articles import ArticleRepository\n\n\nclass PublishingService:\n    def __init__(self, session, repository: ArticleRepository):\n        self.session = session\n        self.repository = repository\n\n    def publish(self, slug):\n        article = self.repository.by_slug(slug)\n        self.session.commit()\n        return article\n"
        },
    )
    case(
        "r6-py-dotenv-values-override",
        "os.environ.update(dotenv_values('.env')) with DATABASE_URL in .env: the file wins over the evaluation",
        dict(PY_BASE, **{"requirements.txt": PY_BASE["requirements.txt"] + "python-dotenv>=1\n"}),
        PG_SQLA,
        {"database": bad("overridden-connection")},
        {
            ".env": "DATABASE_URL=postgresql+psycopg://dev:dev@localhost/dev\n",
            "conduit/__init__.py": "import os\n\nfrom dotenv import dotenv_values\n\nos.environ.update(dotenv_values('.env'))\n",
        },
    )
    case(
        "r6-runsh-sqlite-file-argument",
        "run.sh passes --db ./data/conduit.db to the server",
        dict(PY_BASE, **PY_SQLITE),
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "run.sh": '#!/bin/sh\nexec python -m conduit.app --db ./data/conduit.db --port "$PORT"\n',
        },
    )
    case(
        "r6-py-sqlite-basename",
        "only the file name of SQLITE_PATH is kept, under the app's own data/ directory",
        dict(PY_BASE, **PY_SQLITE),
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]',
                '"sqlite:///" + os.path.join("data", os.path.basename(os.environ["SQLITE_PATH"]))',
            )
        },
    )
    case(
        "r6-js-postgres-fixed-database-name",
        "Pool({ connectionString: DATABASE_URL, database: 'conduit_dev' }) overrides the database name",
        JS_BASE,
        PG_SEQ,
        {"database": bad("fixed-connection")},
        {
            "src/db.js": JS_DB.replace(
                "{ dialect: 'postgres', logging: false }",
                "{ dialect: 'postgres', database: 'conduit_dev', logging: false }",
            )
        },
    )
    case(
        "r6-py-psycopg-fixed-credentials",
        "psycopg.connect(dbname='conduit', user='postgres') in a repository helper",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/repositories/health.py": "import psycopg\n\n\ndef ping():\n    with psycopg.connect(dbname='conduit', user='postgres') as connection:\n        return connection.info.status\n"
        },
    )
    case(
        "r6-py-postgres-url-fixed-database",
        "create_engine('postgresql+psycopg:///conduit'): a socket URL, but a database of its own",
        PY_BASE,
        PG_SQLA,
        {"database": bad("fixed-connection")},
        {"conduit/db.py": PY_DB.replace('os.environ["DATABASE_URL"]', '"postgresql+psycopg:///conduit"')},
    )
    case(
        "r6-py-testing-config-memory-ok",
        "Flask config classes: TestingConfig uses sqlite:///:memory: and test.db; the app runs on DATABASE_URL",
        dict(PY_BASE, **PY_SQLITE),
        LITE_SQLA,
        {},
        {
            "conduit/config.py": "import os\n\n\nclass Config:\n    SQLALCHEMY_DATABASE_URI = os.environ['DATABASE_URL']\n\n\nclass TestingConfig(Config):\n    SQLALCHEMY_DATABASE_URI = 'sqlite:///:memory:'\n    BACKUP_URI = 'sqlite:///test.db'\n"
        },
    )
    case(
        "r6-py-development-config-fixed-file",
        "Flask config: the default DevelopmentConfig stores in sqlite:///dev.db",
        dict(PY_BASE, **PY_SQLITE),
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "conduit/config.py": "import os\n\n\nclass DevelopmentConfig:\n    SQLALCHEMY_DATABASE_URI = 'sqlite:///dev.db'\n\n\nclass ProductionConfig:\n    SQLALCHEMY_DATABASE_URI = os.environ.get('DATABASE_URL')\n\n\nconfig = DevelopmentConfig\n"
        },
    )
    case(
        "r6-js-sequelize-cli-config-development-storage",
        "models/index.js loads config.json[NODE_ENV || 'development']; development has storage './dev.sqlite'",
        dict(JS_BASE, **JS_SQLITE),
        LITE_SEQ,
        {"database": bad("wrong-location")},
        {
            "config/config.json": json.dumps(
                {
                    "development": {"dialect": "sqlite", "storage": "./dev.sqlite"},
                    "production": {"use_env_variable": "DATABASE_URL", "dialect": "sqlite"},
                },
                indent=2,
            )
            + "\n",
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst env = process.env.NODE_ENV || 'development';\nconst config = require('../config/config.json')[env];\n\nconst sequelize = config.use_env_variable\n  ? new Sequelize(process.env[config.use_env_variable], config)\n  : new Sequelize(config);\n\nmodule.exports = { sequelize };\n",
        },
    )
    case(
        "r6-js-sequelize-cli-config-env-ok",
        "config.json development block takes use_env_variable DATABASE_URL",
        dict(JS_BASE, **JS_SQLITE),
        LITE_SEQ,
        {},
        {
            "config/config.json": json.dumps(
                {"development": {"use_env_variable": "DATABASE_URL", "dialect": "sqlite"}}, indent=2
            )
            + "\n",
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst env = process.env.NODE_ENV || 'development';\nconst config = require('../config/config.json')[env];\n\nconst sequelize = new Sequelize(process.env[config.use_env_variable], config);\n\nmodule.exports = { sequelize };\n",
        },
    )
    case(
        "r6-js-storage-path-join",
        "storage: path.join(__dirname, '../database.sqlite') while DATABASE_URL is only logged",
        dict(JS_BASE, **JS_SQLITE),
        LITE_SEQ,
        {"database": bad("wrong-location")},
        {
            "src/db.js": "const path = require('path');\nconst { Sequelize } = require('sequelize');\n\nconsole.log('DATABASE_URL is', process.env.DATABASE_URL);\nconst sequelize = new Sequelize({ dialect: 'sqlite', storage: path.join(__dirname, '../database.sqlite'), logging: false });\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r6-py-django-name-base-dir",
        "Django DATABASES NAME = BASE_DIR / 'db.sqlite3' (DATABASE_URL only read for a banner)",
        {
            "requirements.txt": "django>=5\n",
            "conduit/settings.py": "import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nBANNER = os.environ.get('DATABASE_URL', '')\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}\n",
        },
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
    )
    case(
        "r6-py-django-dj-database-url-ok",
        "Django DATABASES from dj_database_url.config(default=BASE_DIR / 'db.sqlite3' as a URL): DATABASE_URL decides",
        {
            "requirements.txt": "django>=5\ndj-database-url>=2\n",
            "conduit/settings.py": "from pathlib import Path\n\nimport dj_database_url\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}\nDATABASES['default'] = dj_database_url.config(conn_max_age=600)\n",
        },
        {"database": "sqlite"},
        {},
    )
    case(
        "r6-js-sync-behind-unset-flag",
        "sequelize.sync() only if process.env.DB_SYNC === 'true' (the evaluation never sets DB_SYNC)",
        JS_BASE,
        PG_SEQ,
        {"database": bad("no-schema")},
        {
            "src/server.js": JS_SERVER.replace(
                "  await sequelize.sync();\n",
                "  if (process.env.DB_SYNC === 'true') {\n    await sequelize.sync();\n  }\n",
            )
        },
    )
    case(
        "r6-js-sync-unless-production-ok",
        "sequelize.sync() if process.env.NODE_ENV !== 'production' (NODE_ENV unset: it runs)",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/server.js": JS_SERVER.replace(
                "  await sequelize.sync();\n",
                "  if (process.env.NODE_ENV !== 'production') {\n    await sequelize.sync();\n  }\n",
            )
        },
    )
    case(
        "r6-py-dataclass-field-store",
        "a dataclass repository with likes: dict = field(default_factory=dict), filled by add()",
        PY_BASE,
        PG_SQLA,
        {"database": bad("in-memory-data")},
        {
            "conduit/repositories/likes.py": "from dataclasses import dataclass, field\n\n\n@dataclass\nclass LikeRepository:\n    likes: dict = field(default_factory=dict)\n\n    def add(self, user_id, slug):\n        self.likes[(user_id, slug)] = True\n"
        },
    )
    case(
        "r6-django-migrate-without-migrations",
        "run.sh runs manage.py migrate; the articles app has models but no migrations",
        {
            "requirements.txt": "django>=5\n",
            "run.sh": '#!/bin/sh\npython manage.py migrate --noinput\nexec python manage.py runserver "0.0.0.0:$PORT"\n',
            "conduit/settings.py": "import os\n\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': os.environ['SQLITE_PATH']}}\n",
            "articles/models.py": "from django.db import models\n\n\nclass Article(models.Model):\n    slug = models.SlugField(unique=True)\n",
        },
        {"database": "sqlite"},
        {"database": bad("no-schema")},
    )
    case(
        "r6-django-migrate-with-migrations-ok",
        "run.sh runs manage.py migrate; the app ships migrations/0001_initial.py",
        {
            "requirements.txt": "django>=5\n",
            "run.sh": '#!/bin/sh\npython manage.py migrate --noinput\nexec python manage.py runserver "0.0.0.0:$PORT"\n',
            "conduit/settings.py": "import os\n\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': os.environ['SQLITE_PATH']}}\n",
            "articles/models.py": "from django.db import models\n\n\nclass Article(models.Model):\n    slug = models.SlugField(unique=True)\n",
            "articles/migrations/__init__.py": "",
            "articles/migrations/0001_initial.py": "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n    operations = [migrations.CreateModel(name='Article', fields=[('id', models.BigAutoField(primary_key=True)), ('slug', models.SlugField(unique=True))])]\n",
        },
        {"database": "sqlite"},
        {},
    )
    case(
        "r6-py-entity-children-list-ok",
        "a plain entity class in models/ keeps its comments in self.comments = [] (an entity's children, not a store)",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/models/thread.py": "class Thread:\n    def __init__(self, slug):\n        self.slug = slug\n        self.comments = []\n\n    def add_comment(self, body):\n        self.comments.append(body)\n"
        },
    )
    case(
        "r6-js-writes-pid-file-ok",
        "server.js writes its pid to server.pid with fs.writeFileSync (not data of the application)",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/server.js": "const fs = require('fs');\n\nfs.writeFileSync('server.pid', String(process.pid));\n"
            + JS_SERVER
        },
    )
    case(
        "r6-js-knexfile-localhost",
        "knexfile.js: client 'pg', connection { host: 'localhost', database: 'conduit' }",
        dict(JS_BASE, **{"package.json": pkg({"knex": "^3.1.0"})}),
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "knexfile.js": "module.exports = {\n  client: 'pg',\n  connection: {\n    host: 'localhost',\n    database: 'conduit',\n  },\n};\n"
        },
    )
    case(
        "r6-js-demo-user-seed-ok",
        "db.js connects through DATABASE_URL and, far below, seeds a demo user { username: 'demo', password: 'demo' }",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/db.js": JS_DB.replace(
                "module.exports = { sequelize };",
                "\n\n\n\n\n\n\n\nasync function seed(User) {\n  await User.findOrCreate({ where: { username: 'demo' }, defaults: { username: 'demo', password: 'demo' } });\n}\n\nmodule.exports = { sequelize, seed };",
            )
        },
    )
    case(
        "r6-py-postgres-url-prefix-rewrite-ok",
        "DATABASE_URL's scheme rewritten with .replace('postgresql://', 'postgresql+psycopg://'): handed over otherwise unchanged",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]',
                'os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1)',
            )
        },
    )


JS_PLAIN_ENTITY = """const { randomUUID } = require('crypto');

class Bookmark {
  constructor(id, userId, slug) {
    this.id = id;
    this.userId = userId;
    this.slug = slug;
  }

  static create(userId, slug) {
    if (!slug) throw new Error('slug required');
    return new Bookmark(randomUUID(), userId, slug);
  }
}

module.exports = { Bookmark };
"""


def define_round_eight() -> None:
    """Round 8: code the verifiers' authors did not write (the real split's open disagreements and the
    blind-written adversarial split), each rule re-derived from the prompts in new small workspaces."""
    case(
        "r8-js-service-builds-plain-entity-ok",
        "a service builds a bookmark with the entity's own Bookmark.create(...) (a plain class, no ORM) and saves it through its repository",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/models/bookmark.js": JS_PLAIN_ENTITY,
            "src/repositories/bookmarkRepository.js": "const bookmarks = require('../models/article');\n\nasync function save(bookmark) {\n  return bookmarks.Article.update({ bookmarkedBy: bookmark.userId }, { where: { slug: bookmark.slug } });\n}\n\nmodule.exports = { save };\n",
            "src/services/bookmarkService.js": "const { Bookmark } = require('../models/bookmark');\nconst bookmarkRepository = require('../repositories/bookmarkRepository');\n\nasync function bookmark(userId, slug) {\n  const entry = Bookmark.create(userId, slug);\n  await bookmarkRepository.save(entry);\n  return entry;\n}\n\nmodule.exports = { bookmark };\n",
        },
    )
    case(
        "r8-js-service-creates-through-orm-entity",
        "a service calls Article.create(...) on the Sequelize model itself (the model's base class comes from the ORM)",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "src/services/draftService.js": "const { Article } = require('../models/article');\n\nasync function draft(slug, title) {\n  return Article.create({ slug, title, body: '' });\n}\n\nmodule.exports = { draft };\n",
        },
    )

    pg_only = {"database": "postgres"}
    case(
        "r8-js-sequelize-own-variables",
        "new Sequelize(DB_NAME, DB_USER, DB_PASS, { host: DB_HOST, dialect: 'postgres' }): variables the evaluation never sets, DATABASE_URL and PG* never read",
        JS_BASE,
        PG_SEQ,
        {"database": bad("fixed-connection")},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst { DB_NAME, DB_USER, DB_PASS, DB_HOST } = process.env;\n\nconst sequelize = new Sequelize(DB_NAME, DB_USER, DB_PASS, { host: DB_HOST, dialect: 'postgres', logging: false });\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r8-js-pg-pool-defaults-ok",
        "new Pool() with no settings: node-postgres reads PGHOST, PGUSER, PGDATABASE... itself",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "src/db.js": "const { Pool } = require('pg');\n\nconst pool = new Pool();\n\nmodule.exports = { pool };\n",
        },
        pg_only,
        {},
    )
    django_pg = {
        "requirements.txt": "django>=5\npsycopg[binary]>=3\n",
        "articles/models.py": "from django.db import models\n\n\nclass Article(models.Model):\n    slug = models.SlugField(unique=True)\n",
    }
    case(
        "r8-py-django-fixed-host",
        "Django DATABASES on postgresql with HOST 'db', PORT '5432' and its own NAME; DATABASE_URL and PG* never read",
        dict(
            django_pg,
            **{
                "conduit/settings.py": "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'conduit',\n        'HOST': 'db',\n        'PORT': '5432',\n    }\n}\n"
            },
        ),
        pg_only,
        {"database": bad("fixed-connection")},
    )
    case(
        "r8-py-django-ci-only-block-ok",
        "Django DATABASES from PG* variables; a second block with HOST '127.0.0.1' only under if os.environ.get('CI'), and settings/testing.py with its own NAME",
        dict(
            django_pg,
            **{
                "conduit/settings/base.py": "import os\n\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': os.environ['PGDATABASE'],\n    }\n}\n\nif os.environ.get('CI'):\n    DATABASES = {\n        'default': {\n            'ENGINE': 'django.db.backends.postgresql',\n            'NAME': 'ci',\n            'HOST': '127.0.0.1',\n        }\n    }\n",
                "conduit/settings/testing.py": "from .base import *  # noqa\n\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'conduit_test', 'HOST': 'localhost'}}\n",
            },
        ),
        pg_only,
        {},
    )

    case(
        "r8-js-sequelize-literal-fragment-ok",
        'sequelize.literal(\'"Article"."createdAt"\') orders a model query by a column reference: a fragment, not a statement',
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/repositories/articleRepository.js": JS_REPO.replace(
                "return Article.findOne({ where: { slug } });",
                "return Article.findOne({ where: { slug }, order: [[sequelize.literal('\"Article\".\"createdAt\"'), 'DESC']] });",
            ).replace(
                "const { Article } = require('../models/article');",
                "const { Article } = require('../models/article');\nconst { sequelize } = require('../db');",
            )
        },
    )
    case(
        "r8-js-query-interface-insert-at-runtime",
        "a repository records follows with sequelize.getQueryInterface().bulkInsert('follows', ...): a table written by name, around the models",
        JS_BASE,
        PG_SEQ,
        {"orm": bad("outside-model-api")},
        {
            "src/repositories/followRepository.js": "const { sequelize } = require('../db');\n\nasync function follow(followerId, followedId) {\n  const queryInterface = sequelize.getQueryInterface();\n  await queryInterface.bulkInsert('follows', [{ followerId, followedId }]);\n}\n\nmodule.exports = { follow };\n"
        },
    )
    case(
        "r8-py-set-local-in-repository",
        "a repository runs session.execute(text(\"SET LOCAL lock_timeout = '1s'\")) before its query: raw SQL in the data path",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/locks.py": "from sqlalchemy import select, text\n\nfrom conduit.models.entities import Article\n\n\nclass LockingArticleRepository:\n    def __init__(self, session):\n        self.session = session\n\n    def by_slug(self, slug):\n        self.session.execute(text(\"SET LOCAL lock_timeout = '1s'\"))\n        return self.session.scalars(select(Article).where(Article.slug == slug)).first()\n"
        },
    )

    case(
        "r8-py-django-user-manager-beside-sqlalchemy",
        "articles in SQLAlchemy, but sign-up goes through Django's bundled user model: get_user_model().objects.create_user(...)",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("wrong-orm")},
        {
            "requirements.txt": "flask>=3\nsqlalchemy>=2\npsycopg[binary]>=3\ndjango>=5\n",
            "conduit/repositories/members.py": "from django.contrib.auth import get_user_model\n\nMember = get_user_model()\n\n\nclass MemberRepository:\n    def register(self, name, mail, secret):\n        return Member.objects.create_user(username=name, email=mail, password=secret)\n\n    def by_mail(self, mail):\n        return Member.objects.filter(email=mail).first()\n",
        },
    )
    case(
        "r8-py-databases-package-core-queries",
        "Core tables queried with the databases package (await database.fetch_all(tags.select())): no models, no Session",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("wrong-orm")},
        {
            "requirements.txt": "flask>=3\nsqlalchemy>=2\npsycopg[binary]>=3\ndatabases[asyncpg]\n",
            "conduit/repositories/tags.py": "import os\n\nimport sqlalchemy as sa\nfrom databases import Database\n\nmetadata = sa.MetaData()\ntags = sa.Table('tags', metadata, sa.Column('name', sa.String, primary_key=True))\ndatabase = Database(os.environ['DATABASE_URL'])\n\n\nasync def all_tags():\n    return [row['name'] for row in await database.fetch_all(tags.select())]\n",
        },
    )

    py_lite = dict(PY_BASE, **PY_SQLITE)
    js_lite = dict(JS_BASE, **JS_SQLITE)
    lite_only = {"database": "sqlite"}
    case(
        "r8-js-health-route-after-pool-ok",
        "a health route opens a pg Pool from DATABASE_URL and, a few lines below, answers { database: 'reachable' } (a response field, not a setting)",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "src/health.js": "const { Pool } = require('pg');\n\nconst probe = new Pool({ connectionString: process.env.DATABASE_URL });\n\nasync function health(req, res) {\n  await probe.connect().then((client) => client.release());\n  res.json({\n    database: 'reachable',\n  });\n}\n\nmodule.exports = { health };\n",
        },
        pg_only,
        {},
    )
    umzug_container = "const path = require('path');\nconst { Umzug, SequelizeStorage } = require('umzug');\nconst { sequelize } = require('./db');\n\nasync function migrate() {\n  const runner = new Umzug({\n    migrations: { glob: path.join(__dirname, 'migrations', '*.js') },\n    context: sequelize.getQueryInterface(),\n    storage: new SequelizeStorage({ sequelize }),\n    logger: undefined,\n  });\n  await runner.up();\n}\n\nmodule.exports = { migrate };\n"
    umzug_migration = "const { DataTypes } = require('sequelize');\n\nmodule.exports = {\n  async up({ context: queryInterface }) {\n    await queryInterface.createTable('articles', { slug: { type: DataTypes.STRING, primaryKey: true }, title: DataTypes.STRING });\n  },\n};\n"
    case(
        "r8-js-umzug-at-start-ok",
        "no sync(): the server applies its umzug migrations (createTable) as it starts",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "package.json": pkg({"umzug": "^3.8.0"}),
            "src/migrator.js": umzug_container,
            "src/migrations/001-articles.js": umzug_migration,
            "src/server.js": JS_SERVER.replace(
                "const { sequelize } = require('./db');", "const { migrate } = require('./migrator');"
            ).replace("  await sequelize.sync();\n", "  await migrate();\n"),
        },
    )
    case(
        "r8-js-migrate-script-never-run",
        "package.json has a db:migrate script and migrations, but run.sh starts node directly and sync() runs only when NODE_ENV is 'development'",
        JS_BASE,
        PG_SEQ,
        {"database": bad("no-schema")},
        {
            "package.json": json.dumps(
                dict(JS_PACKAGE, scripts={"start": "node src/server.js", "db:migrate": "sequelize-cli db:migrate"}),
                indent=2,
            )
            + "\n",
            "migrations/20240101-articles.js": "module.exports = {\n  async up(queryInterface, Sequelize) {\n    await queryInterface.createTable('articles', { slug: { type: Sequelize.STRING, primaryKey: true } });\n  },\n};\n",
            "src/server.js": JS_SERVER.replace(
                "  await sequelize.sync();\n",
                "  if (process.env.NODE_ENV === 'development') {\n    await sequelize.sync();\n  }\n",
            ),
        },
    )
    case(
        "r8-js-npm-start-migrates-first-ok",
        "run.sh runs npm start, whose prestart script applies the sequelize-cli migrations",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "run.sh": "#!/bin/sh\nexec npm start\n",
            "package.json": json.dumps(
                dict(JS_PACKAGE, scripts={"prestart": "sequelize-cli db:migrate", "start": "node src/server.js"}),
                indent=2,
            )
            + "\n",
            "config/config.json": json.dumps(
                {"development": {"use_env_variable": "DATABASE_URL", "dialect": "postgres"}}, indent=2
            )
            + "\n",
            "migrations/20240101-articles.js": "module.exports = {\n  async up(queryInterface, Sequelize) {\n    await queryInterface.createTable('articles', { slug: { type: Sequelize.STRING, primaryKey: true } });\n  },\n};\n",
            "src/server.js": JS_SERVER.replace("  await sequelize.sync();\n", ""),
        },
    )
    case(
        "r8-js-sync-before-models",
        "server.js awaits sequelize.sync() and only then registers the models with registerModels(sequelize)",
        JS_BASE,
        PG_SEQ,
        {"database": bad("no-schema")},
        {
            "src/models/registry.js": "const { DataTypes } = require('sequelize');\n\nfunction registerModels(sequelize) {\n  return { Tag: sequelize.define('Tag', { name: DataTypes.STRING }) };\n}\n\nmodule.exports = { registerModels };\n",
            "src/server.js": JS_SERVER.replace(
                "  await sequelize.sync();\n", "  await sequelize.sync();\n  registerModels(sequelize);\n"
            ).replace(
                "const { sequelize } = require('./db');",
                "const { sequelize } = require('./db');\nconst { registerModels } = require('./models/registry');",
            ),
        },
    )
    cli_app = PY_APP.replace(
        "    Base.metadata.create_all(engine)\n    app = Flask(__name__)\n",
        '    app = Flask(__name__)\n\n    @app.cli.command("make-tables")\n    def make_tables():\n        Base.metadata.create_all(engine)\n\n',
    )
    case(
        "r8-py-flask-cli-command-schema",
        "create_all lives in a flask CLI command (make-tables) that run.sh never invokes",
        PY_BASE,
        PG_SQLA,
        {"database": bad("no-schema")},
        {"conduit/app.py": cli_app},
    )
    case(
        "r8-py-flask-cli-command-schema-run-ok",
        "the same CLI command, invoked by run.sh before the server starts",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/app.py": cli_app,
            "run.sh": '#!/bin/sh\nflask --app conduit.app make-tables\nexec flask --app conduit.app run --port "$PORT"\n',
        },
    )
    case(
        "r8-py-settings-prefix-hides-database-url",
        "a pydantic settings class with env_prefix 'BLOG_' and database_url = 'sqlite:///./blog.db': it reads BLOG_DATABASE_URL, never set",
        py_lite,
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "requirements.txt": "flask>=3\nsqlalchemy>=2\npydantic-settings>=2\n",
            "conduit/settings.py": 'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    database_url: str = "sqlite:///./blog.db"\n\n    class Config:\n        env_prefix = "BLOG_"\n\n\nsettings = Settings()\n',
            "conduit/db.py": PY_DB.replace("import os\n", "from conduit.settings import settings\n").replace(
                'os.environ["DATABASE_URL"]', "settings.database_url"
            ),
        },
    )
    case(
        "r8-js-storage-is-the-url",
        "new Sequelize({ dialect: 'sqlite', storage: process.env.DATABASE_URL }): a sqlite:/// URL used as a file name",
        js_lite,
        LITE_SEQ,
        {"database": bad("wrong-location")},
        {"src/db.js": JS_DB_SQLITE.replace("process.env.SQLITE_PATH", "process.env.DATABASE_URL")},
    )
    case(
        "r8-js-storage-from-stripped-url-ok",
        "storage: process.env.DATABASE_URL.replace(/^sqlite:\\/\\/\\//, ''): the scheme removed, the absolute path kept",
        js_lite,
        LITE_SEQ,
        {},
        {
            "src/db.js": JS_DB_SQLITE.replace(
                "process.env.SQLITE_PATH", "process.env.DATABASE_URL.replace(/^sqlite:\\/\\/\\//, '')"
            )
        },
    )
    case(
        "r8-py-sqlite3-connect-url",
        "sqlite3.connect(os.environ['DATABASE_URL']): the URL taken as a file name",
        {
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/store.py": "import os\nimport sqlite3\n\nconnection = sqlite3.connect(os.environ['DATABASE_URL'])\nconnection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')\n",
        },
        lite_only,
        {"database": bad("wrong-location")},
    )
    case(
        "r8-py-engine-url-two-slashes",
        "create_engine('sqlite://' + os.environ['SQLITE_PATH']): with the absolute path that is sqlite:///abs/..., a relative file",
        py_lite,
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {"conduit/db.py": PY_DB.replace('os.environ["DATABASE_URL"]', '"sqlite://" + os.environ["SQLITE_PATH"]')},
    )
    case(
        "r8-py-engine-url-three-slashes-ok",
        "create_engine(f'sqlite:///{os.environ[\"SQLITE_PATH\"]}'): three slashes before the absolute path",
        py_lite,
        LITE_SQLA,
        {},
        {
            "conduit/db.py": PY_DB.replace(
                'create_engine(os.environ["DATABASE_URL"])', "create_engine(f\"sqlite:///{os.environ['SQLITE_PATH']}\")"
            )
        },
    )
    case(
        "r8-js-url-taken-apart",
        "pg settings from new URL(process.env.DATABASE_URL): host from url.hostname, the ?host= socket directory never read",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "src/db.js": "const { Client } = require('pg');\n\nconst url = new URL(process.env.DATABASE_URL);\nconst client = new Client({\n  host: url.hostname,\n  user: url.username,\n  database: url.pathname.slice(1),\n});\n\nmodule.exports = { client };\n",
        },
        pg_only,
        {"database": bad("fixed-connection")},
    )
    case(
        "r8-js-url-taken-apart-keeps-socket-ok",
        "pg settings from new URL(process.env.DATABASE_URL) with host from url.searchParams.get('host') (the socket directory)",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "src/db.js": "const { Client } = require('pg');\n\nconst url = new URL(process.env.DATABASE_URL);\nconst client = new Client({\n  host: url.searchParams.get('host') || url.hostname,\n  user: url.username,\n  database: url.pathname.slice(1),\n});\n\nmodule.exports = { client };\n",
        },
        pg_only,
        {},
    )
    alembic_env = "from alembic import context\nfrom sqlalchemy import engine_from_config, pool\n\nfrom conduit.models.entities import Base\n\nconfig = context.config\n\nconnectable = engine_from_config(config.get_section(config.config_ini_section), prefix='sqlalchemy.', poolclass=pool.NullPool)\nwith connectable.connect() as connection:\n    context.configure(connection=connection, target_metadata=Base.metadata)\n    with context.begin_transaction():\n        context.run_migrations()\n"
    alembic_files = {
        "run.sh": '#!/bin/sh\nalembic upgrade head\nexec flask --app conduit.app run --port "$PORT"\n',
        "conduit/app.py": PY_APP.replace("    Base.metadata.create_all(engine)\n", ""),
        "alembic/versions/0001_articles.py": "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '0001'\ndown_revision = None\n\n\ndef upgrade():\n    op.create_table('articles', sa.Column('id', sa.Integer, primary_key=True))\n",
    }
    case(
        "r8-py-alembic-env-uses-ini-url",
        "run.sh runs alembic upgrade; env.py builds its engine from alembic.ini's section and never from DATABASE_URL",
        dict(PY_BASE, **alembic_files),
        PG_SQLA,
        {"database": bad("no-schema")},
        {"alembic/env.py": alembic_env},
    )
    case(
        "r8-py-alembic-env-sets-url-ok",
        "the same, but env.py first sets sqlalchemy.url from os.environ['DATABASE_URL']",
        dict(PY_BASE, **alembic_files),
        PG_SQLA,
        {},
        {
            "alembic/env.py": alembic_env.replace(
                "config = context.config\n",
                "config = context.config\nconfig.set_main_option('sqlalchemy.url', os.environ['DATABASE_URL'])\n",
            ).replace("from alembic import context\n", "import os\n\nfrom alembic import context\n")
        },
    )
    case(
        "r8-py-bookmarks-json-file",
        "a bookmark repository keeps bookmarks in a JSON file: self.path.write_text(json.dumps(self.marks))",
        PY_BASE,
        PG_SQLA,
        {"database": bad("other-store")},
        {
            "conduit/repositories/bookmarks.py": "import json\nfrom pathlib import Path\n\n\nclass BookmarkRepository:\n    def __init__(self, path: Path):\n        self.path = path\n\n    def save(self, marks: dict) -> None:\n        self.path.write_text(json.dumps(marks))\n"
        },
    )

    case(
        "r8-js-middleware-loads-article-from-model",
        "an Express middleware in src/middleware/ loads req.article with Article.findOne(...) on the model itself",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "src/middleware/loadArticle.js": "const { Article } = require('../models/article');\n\nasync function loadArticle(req, res, next) {\n  req.article = await Article.findOne({ where: { slug: req.params.slug } });\n  next();\n}\n\nmodule.exports = { loadArticle };\n"
        },
    )
    case(
        "r8-js-middleware-asks-repository-ok",
        "the same middleware asks the article repository instead (the read stays in repositories/)",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/middleware/loadArticle.js": "const articleRepository = require('../repositories/articleRepository');\n\nasync function loadArticle(req, res, next) {\n  req.article = await articleRepository.findBySlug(req.params.slug);\n  next();\n}\n\nmodule.exports = { loadArticle };\n"
        },
    )
    case(
        "r8-py-middleware-session-get",
        "conduit/middleware.py opens a session and loads the article with session.get(Article, ...) for every request",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "conduit/middleware.py": "from flask import g, request\n\nfrom conduit.db import SessionLocal\nfrom conduit.models.entities import Article\n\n\ndef attach_article():\n    article_id = request.args.get('article')\n    if article_id:\n        with SessionLocal() as session:\n            g.article = session.get(Article, int(article_id))\n"
        },
    )
    typed_route = "import { Router } from 'express';\nimport type { ArticleRepository } from '../repositories/articleRepository';\n\nexport function articleRoutes(articles: ArticleRepository): Router {\n  const router = Router();\n  router.get('/articles/:slug', async (req, res) => {\n    res.json({ article: await articles.findBySlug(req.params.slug) });\n  });\n  return router;\n}\n"
    case(
        "r8-ts-route-holds-typed-repository",
        "a TypeScript route imports only the repository's type and calls the repository it is handed (articles: ArticleRepository)",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {"src/routes/typedArticles.ts": typed_route},
    )
    case(
        "r8-ts-route-holds-typed-service-ok",
        "the same route typed with the service (articles: ArticleService) calls the service",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/routes/typedArticles.ts": typed_route.replace("ArticleRepository", "ArticleService")
            .replace("../repositories/articleRepository", "../services/articleService")
            .replace("articles.findBySlug", "articles.getArticle")
        },
    )

    case(
        "r8-py-middleware-ends-unit-of-work-ok",
        "conduit/middleware.py commits or rolls back the request's session after each request (ends the unit of work, reads nothing)",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/middleware.py": "def close_unit_of_work(session, failed: bool) -> None:\n    if failed:\n        session.rollback()\n    else:\n        session.commit()\n"
        },
    )

    case(
        "r8-py-before-request-hook-queries",
        "app.py registers @app.before_request that loads g.article with session.get(Article, ...) itself",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "conduit/app.py": PY_APP.replace(
                '    @app.get("/api/health-check")',
                '    @app.before_request\n    def remember_article():\n        with SessionLocal() as session:\n            g.article = session.get(Article, 1)\n\n    @app.get("/api/health-check")',
            )
            .replace("from flask import Flask", "from flask import Flask, g")
            .replace("from conduit.models.entities import Base", "from conduit.models.entities import Article, Base")
        },
    )
    case(
        "r8-js-inline-middleware-queries-model",
        "server.js registers app.use(async (req, res, next) => ...) that loads req.article with Article.findOne itself",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "src/server.js": JS_SERVER.replace(
                "  app.use(express.json());\n",
                "  app.use(express.json());\n  app.use(async (req, res, next) => {\n    req.article = await Article.findOne({ where: { slug: req.query.slug || '' } });\n    next();\n  });\n",
            ).replace(
                "const { sequelize } = require('./db');",
                "const { sequelize } = require('./db');\nconst { Article } = require('./models/article');",
            )
        },
    )
    case(
        "r8-js-inline-middleware-wiring-ok",
        "server.js registers app.use((req, res, next) => ...) that only hands the article service to the request",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/server.js": JS_SERVER.replace(
                "  app.use(express.json());\n",
                "  app.use(express.json());\n  app.use((req, res, next) => {\n    req.articles = articleService;\n    next();\n  });\n",
            ).replace(
                "const { sequelize } = require('./db');",
                "const { sequelize } = require('./db');\nconst articleService = require('./services/articleService');",
            )
        },
    )

    case(
        "r8-js-sqlite-path-joined-under-dirname",
        "storage: path.join(__dirname, process.env.SQLITE_PATH): path.join keeps the absolute path under src/",
        js_lite,
        LITE_SEQ,
        {"database": bad("wrong-location")},
        {
            "src/db.js": JS_DB_SQLITE.replace(
                "process.env.SQLITE_PATH", "path.join(__dirname, process.env.SQLITE_PATH)"
            ).replace(
                "const { Sequelize } = require('sequelize');",
                "const path = require('path');\nconst { Sequelize } = require('sequelize');",
            )
        },
    )
    case(
        "r8-js-sqlite-path-resolved-ok",
        "storage: path.resolve(process.env.SQLITE_PATH): resolving an absolute path keeps it",
        js_lite,
        LITE_SEQ,
        {},
        {
            "src/db.js": JS_DB_SQLITE.replace(
                "process.env.SQLITE_PATH", "path.resolve(process.env.SQLITE_PATH)"
            ).replace(
                "const { Sequelize } = require('sequelize');",
                "const path = require('path');\nconst { Sequelize } = require('sequelize');",
            )
        },
    )
    case(
        "r8-py-sqlite-path-with-suffix",
        "create_engine('sqlite:///' + os.environ['SQLITE_PATH'] + '.main'): another file next to the given one",
        py_lite,
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]', '"sqlite:///" + os.environ["SQLITE_PATH"] + ".main"'
            )
        },
    )
    case(
        "r8-py-sqlite-path-with-query-ok",
        "create_engine('sqlite:///' + os.environ['SQLITE_PATH'] + '?check_same_thread=false'): a URL option, the same file",
        py_lite,
        LITE_SQLA,
        {},
        {
            "conduit/db.py": PY_DB.replace(
                'os.environ["DATABASE_URL"]', '"sqlite:///" + os.environ["SQLITE_PATH"] + "?check_same_thread=false"'
            )
        },
    )
    case(
        "r8-js-database-url-query-replaced-away",
        "new Sequelize(process.env.DATABASE_URL.replace(/\\?.*$/, '')): the ?host= socket directory removed",
        JS_BASE,
        PG_SEQ,
        {"database": bad("fixed-connection")},
        {
            "src/db.js": JS_DB.replace(
                "new Sequelize(process.env.DATABASE_URL,",
                "new Sequelize(process.env.DATABASE_URL.replace(/\\?.*$/, ''),",
            )
        },
    )

    case(
        "r8-py-route-queries-app-state-db",
        "a route queries through the session it finds on the app: request.app.state.db.scalars(select(Article))",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/listing.py": "from sqlalchemy import select\n\nfrom conduit.models.entities import Article\n\n\ndef list_articles(request):\n    return [a.slug for a in request.app.state.db.scalars(select(Article))]\n"
        },
    )
    case(
        "r8-py-service-queries-own-connection",
        "a service keeps a connection and adds the article itself: self.conn.add(article)",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("data-access-outside-repositories")},
        {
            "conduit/services/drafts.py": "from conduit.models.entities import Article\n\n\nclass DraftService:\n    def __init__(self, conn):\n        self.conn = conn\n\n    def draft(self, slug):\n        article = Article(slug=slug)\n        self.conn.add(article)\n        return article\n"
        },
    )

    case(
        "r8-py-literal-column-subquery",
        "a repository selects literal_column('(SELECT count(*) FROM favorites WHERE ...)') beside the model",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/counts.py": "from sqlalchemy import literal_column, select\n\nfrom conduit.models.entities import Article\n\nFAVORITES = literal_column('(SELECT count(*) FROM favorites WHERE favorites.article_id = articles.id)')\n\n\nclass CountingRepository:\n    def __init__(self, session):\n        self.session = session\n\n    def with_counts(self):\n        return self.session.execute(select(Article, FAVORITES)).all()\n"
        },
    )
    case(
        "r8-py-literal-column-fragment-ok",
        "a repository orders by literal_column('articles.created_at'): a column reference, not a statement",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/repositories/recent.py": "from sqlalchemy import literal_column, select\n\nfrom conduit.models.entities import Article\n\n\nclass RecentRepository:\n    def __init__(self, session):\n        self.session = session\n\n    def recent(self):\n        return self.session.scalars(select(Article).order_by(literal_column('articles.created_at').desc())).all()\n"
        },
    )

    case(
        "r8-ts-service-queries-held-prisma",
        "a service keeps the Prisma client it is given and queries it: this.prisma.tag.findMany()",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("data-access-outside-repositories")},
        {
            "src/services/tagService.ts": "import type { PrismaClient } from '@prisma/client';\n\nexport class TagService {\n  constructor(private prisma: PrismaClient) {}\n\n  async popular() {\n    return this.prisma.tag.findMany({ take: 10 });\n  }\n}\n"
        },
    )


LATE_APP = "from flask import Flask\n\nfrom conduit.db import engine\nfrom conduit.models.base import Base\n\n\ndef create_app() -> Flask:\n    app = Flask(__name__)\n    Base.metadata.create_all(engine)\n    from conduit.routes.articles import blueprint  # late, to dodge a circular import\n\n    app.register_blueprint(blueprint)\n    return app\n\n\napp = create_app()\n"


def define_round_nine() -> None:
    """Round 9: where the data lives, written the ways code nobody tuned on writes it (the blind-written
    adversarial-b split and a study of the database verifier's reach), each rule in new small workspaces."""
    py_lite = dict(PY_BASE, **PY_SQLITE)
    js_lite = dict(JS_BASE, **JS_SQLITE)
    lite = {"database": "sqlite"}
    pg_only = {"database": "postgres"}
    settings_db = PY_DB.replace("import os\n", "from conduit.settings import settings\n").replace(
        'os.environ["DATABASE_URL"]', "settings.db_url"
    )
    case(
        "r9-py-settings-field-alias-ok",
        "pydantic settings field db_url = Field('sqlite:///./local.db', alias='DATABASE_URL'): read from DATABASE_URL",
        py_lite,
        lite,
        {},
        {
            "conduit/settings.py": "from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    db_url: str = Field('sqlite:///./local.db', alias='DATABASE_URL')\n\n\nsettings = Settings()\n",
            "conduit/db.py": settings_db,
        },
    )
    case(
        "r9-py-settings-field-own-alias",
        "pydantic settings field db_url = Field(default='sqlite:///./local.db', validation_alias='NOTES_DB'): a variable never set",
        py_lite,
        lite,
        {"database": bad("wrong-location")},
        {
            "conduit/settings.py": "from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    db_url: str = Field(default='sqlite:///./local.db', validation_alias='NOTES_DB')\n\n\nsettings = Settings()\n",
            "conduit/db.py": settings_db,
        },
    )
    case(
        "r9-py-settings-path-default-ok",
        "pydantic settings field sqlite_path: Path = Path('var/notes.sqlite3'): a default only while SQLITE_PATH is unset",
        py_lite,
        lite,
        {},
        {
            "conduit/settings.py": "from pathlib import Path\n\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    sqlite_path: Path = Path('var/notes.sqlite3')\n\n    @property\n    def db_url(self) -> str:\n        return f'sqlite:///{self.sqlite_path}'\n\n\nsettings = Settings()\n",
            "conduit/db.py": settings_db,
        },
    )
    case(
        "r9-js-env-ternary-default-ok",
        "storage: process.env.SQLITE_PATH ? path.resolve(process.env.SQLITE_PATH) : path.resolve('local.sqlite')",
        js_lite,
        LITE_SEQ,
        {},
        {
            "src/db.js": "const path = require('path');\nconst { Sequelize } = require('sequelize');\n\nconst storage = process.env.SQLITE_PATH\n  ? path.resolve(process.env.SQLITE_PATH)\n  : path.resolve('local.sqlite');\nconst sequelize = new Sequelize({ dialect: 'sqlite', storage, logging: false });\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r9-py-sibling-file-of-given-path",
        "the engine opens os.path.join(os.path.dirname(SQLITE_PATH), 'blog.db'): the given directory, another file",
        py_lite,
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": PY_DB.replace(
                'create_engine(os.environ["DATABASE_URL"])',
                'create_engine("sqlite:///" + os.path.join(os.path.dirname(os.environ["SQLITE_PATH"]), "blog.db"))',
            )
        },
    )
    case(
        "r9-py-own-variable-file-default",
        "a second sqlite3 connection to os.getenv('AUDIT_DB', 'audit.db'): a variable the evaluation never sets",
        py_lite,
        lite,
        {"database": bad("wrong-location")},
        {
            "conduit/audit.py": "import os\nimport sqlite3\n\naudit = sqlite3.connect(os.getenv('AUDIT_DB', 'audit.db'))\n",
            "conduit/app.py": PY_APP.replace(
                "from flask import Flask\n", "from flask import Flask\n\nfrom conduit import audit  # noqa: F401\n"
            ),
        },
    )
    case(
        "r9-py-leading-slash-stripped",
        "os.environ['SQLITE_PATH'].lstrip('/') joined under the app's folder: the absolute path made relative",
        py_lite,
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": PY_DB.replace(
                'create_engine(os.environ["DATABASE_URL"])',
                "create_engine('sqlite:///' + os.environ['SQLITE_PATH'].lstrip('/'))",
            )
        },
    )
    case(
        "r9-py-renamed-beside-given-file",
        "a second sqlite3 file Path(os.environ['SQLITE_PATH']).with_name('search.sqlite3') for a search index",
        py_lite,
        lite,
        {"database": bad("wrong-location")},
        {
            "conduit/search.py": "import os\nimport sqlite3\nfrom pathlib import Path\n\nindex = sqlite3.connect(Path(os.environ['SQLITE_PATH']).with_name('search.sqlite3'))\n",
        },
    )
    case(
        "r9-py-url-path-stripped",
        "sqlite3.connect(urlparse(os.environ['DATABASE_URL']).path.lstrip('/')): sqlite:////abs/x.db becomes the relative abs/x.db",
        {
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/store.py": "import os\nimport sqlite3\nfrom urllib.parse import urlparse\n\nconnection = sqlite3.connect(urlparse(os.environ['DATABASE_URL']).path.lstrip('/'))\nconnection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')\n",
        },
        lite,
        {"database": bad("wrong-location")},
    )
    postgres_js = "import postgres from 'postgres';\n\nexport const sql = postgres(process.env.DATABASE_URL!, {\n  max: 5,\n  host: '127.0.0.1',\n});\n\nexport async function migrate() {\n  await sql`CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text)`;\n}\n"
    postgres_js_pkg = pkg({"postgres": "^3.4.0"}, drop=("sequelize", "pg", "pg-hstore"))
    case(
        "r9-ts-postgres-js-options-host",
        "postgres(process.env.DATABASE_URL!, { host: '127.0.0.1' }): postgres.js options override the URL's socket directory",
        {"package.json": postgres_js_pkg, "run.sh": "#!/bin/sh\nexec npx tsx src/db.ts\n", "src/db.ts": postgres_js},
        pg_only,
        {"database": bad("fixed-connection")},
    )
    case(
        "r9-ts-postgres-js-url-only-ok",
        "postgres(process.env.DATABASE_URL!, { max: 5 }): the URL handed over unchanged",
        {
            "package.json": postgres_js_pkg,
            "run.sh": "#!/bin/sh\nexec npx tsx src/db.ts\n",
            "src/db.ts": postgres_js.replace("  host: '127.0.0.1',\n", ""),
        },
        pg_only,
        {},
    )
    case(
        "r9-py-attach-second-file",
        "each connection ATTACHes 'history.db' for an audit trail: a second SQLite file beside the given one",
        py_lite,
        LITE_SQLA,
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": PY_DB
            + "\n\nfrom sqlalchemy import event\n\n\n@event.listens_for(engine, 'connect')\ndef attach_history(dbapi_connection, _record):\n    dbapi_connection.execute(\"ATTACH DATABASE 'history.db' AS history\")\n"
        },
    )
    case(
        "r9-py-memory-engine-while-path-read",
        "settings read SQLITE_PATH, but the engine is create_engine('sqlite://', poolclass=StaticPool): an in-memory database",
        py_lite,
        LITE_SQLA,
        {"database": bad("in-memory-database")},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\nfrom sqlalchemy.pool import StaticPool\n\nDATA_FILE = os.environ.get('SQLITE_PATH')\nengine = create_engine('sqlite://', poolclass=StaticPool)\nSessionLocal = sessionmaker(bind=engine)\n"
        },
    )
    case(
        "r9-js-sessions-in-sqlite-store",
        "PostgreSQL app whose express-session store is connect-sqlite3 (sessions in a SQLite file of its own)",
        JS_BASE,
        pg_only,
        {"database": bad("other-store")},
        {
            "src/sessions.js": "const session = require('express-session');\nconst SQLiteStore = require('connect-sqlite3')(session);\n\nmodule.exports = session({ store: new SQLiteStore({ db: 'sessions.sqlite' }), secret: 'x', resave: false, saveUninitialized: false });\n"
        },
    )
    django_settings = "import os\n\nINSTALLED_APPS = ['articles']\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': os.environ['SQLITE_PATH']}}\n"
    django_models = (
        "from django.db import models\n\n\nclass Article(models.Model):\n    slug = models.SlugField(unique=True)\n"
    )
    case(
        "r9-django-never-migrated",
        "Django models; run.sh starts gunicorn and never runs migrate: no table is ever created",
        {
            "requirements.txt": "django>=5\ngunicorn>=22\n",
            "run.sh": '#!/bin/sh\nexec gunicorn conduit.wsgi --bind "0.0.0.0:$PORT"\n',
            "conduit/settings.py": django_settings,
            "articles/models.py": django_models,
        },
        lite,
        {"database": bad("no-schema")},
    )
    case(
        "r9-django-migrate-via-module-ok",
        "Django models; run.sh runs `python -m django migrate --run-syncdb` before the server",
        {
            "requirements.txt": "django>=5\ngunicorn>=22\n",
            "run.sh": '#!/bin/sh\nDJANGO_SETTINGS_MODULE=conduit.settings python -m django migrate --run-syncdb\nexec gunicorn conduit.wsgi --bind "0.0.0.0:$PORT"\n',
            "conduit/settings.py": django_settings,
            "articles/models.py": django_models,
        },
        lite,
        {},
    )
    revision = "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '0001'\ndown_revision = None\n\n\ndef upgrade():\n    op.create_table('articles', sa.Column('id', sa.Integer, primary_key=True))\n"
    no_create_all = PY_APP.replace("    Base.metadata.create_all(engine)\n", "")
    case(
        "r9-py-migrations-never-applied",
        "Flask-Migrate revisions under migrations/versions, no create_all, and run.sh only starts the server",
        PY_BASE,
        PG_SQLA,
        {"database": bad("no-schema")},
        {"conduit/app.py": no_create_all, "migrations/versions/0001_articles.py": revision},
    )
    case(
        "r9-py-flask-db-upgrade-ok",
        "the same revisions, applied by `flask db upgrade` in run.sh before the server starts",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/app.py": no_create_all,
            "migrations/versions/0001_articles.py": revision,
            "run.sh": '#!/bin/sh\nflask --app conduit.app db upgrade\nexec flask --app conduit.app run --port "$PORT"\n',
        },
    )
    case(
        "r9-py-setup-script-applies-revisions-ok",
        "the revisions are applied by scripts/setup_db.py (alembic's command.upgrade), which run.sh runs first",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/app.py": no_create_all,
            "migrations/versions/0001_articles.py": revision,
            "scripts/setup_db.py": "from alembic import command\nfrom alembic.config import Config\n\ncommand.upgrade(Config('alembic.ini'), 'head')\n",
            "run.sh": '#!/bin/sh\npython scripts/setup_db.py\nexec flask --app conduit.app run --port "$PORT"\n',
        },
    )
    case(
        "r9-py-connect-conditional-default-ok",
        "sqlite3.connect(path if path else 'local.db') with path = os.environ.get('SQLITE_PATH'): a fallback chosen inline",
        {
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/store.py": "import os\nimport sqlite3\n\npath = os.environ.get('SQLITE_PATH')\nconnection = sqlite3.connect(path if path else 'local.db')\nconnection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')\n",
        },
        lite,
        {},
    )
    json_loader = "import json\nimport os\nimport sqlite3\nfrom pathlib import Path\n\nsettings = {'database': os.environ.get('SQLITE_PATH', 'notes.db')}\nsettings.update(json.loads(Path(__file__).with_name('settings.json').read_text()))\nconnection = sqlite3.connect(settings['database'])\nconnection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')\n"
    case(
        "r9-py-json-settings-name-a-file",
        "settings.json (loaded over the environment's values) sets database: 'var/notes.db'",
        {
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/store.py": json_loader,
            "app/settings.json": json.dumps({"database": "var/notes.db", "page_size": 20}) + "\n",
        },
        lite,
        {"database": bad("wrong-location")},
    )
    case(
        "r9-py-json-settings-for-tests-ok",
        "the same loader, settings.json naming a file only in its test block",
        {
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/store.py": json_loader,
            "app/settings.json": json.dumps({"page_size": 20, "test": {"database": "var/test-notes.db"}}) + "\n",
        },
        lite,
        {},
    )
    case(
        "r9-py-create-all-on-a-base-without-models",
        "db.py declares a Base of its own and the app runs create_all on it; the entities inherit from models' own Base",
        py_lite,
        LITE_SQLA,
        {"database": bad("no-schema")},
        {
            "conduit/db.py": PY_DB
            + "\n\nfrom sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n",
            "conduit/app.py": PY_APP.replace("from conduit.models.entities import Base", "from conduit.db import Base"),
        },
    )
    case(
        "r9-py-create-all-through-abstract-model-ok",
        "the entities inherit from an abstract Stamped(Base) model; create_all runs on that Base",
        py_lite,
        LITE_SQLA,
        {},
        {
            "conduit/models/entities.py": PY_MODELS.replace(
                "class User(Base):", "class Stamped(Base):\n    __abstract__ = True\n\n\nclass User(Stamped):"
            )
        },
    )
    late_files = {
        "conduit/models/base.py": "from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n",
        "conduit/models/entities.py": PY_MODELS.replace(
            "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n\nclass Base(DeclarativeBase):\n    pass\n",
            "from sqlalchemy.orm import Mapped, mapped_column\n\nfrom conduit.models.base import Base\n",
        ),
        "conduit/routes/articles.py": "from flask import Blueprint\n\nfrom conduit.models.entities import Article  # noqa: F401\n\nblueprint = Blueprint('articles', __name__)\n",
        "conduit/app.py": LATE_APP,
        "conduit/repositories/articles.py": None,
        "conduit/services/articles.py": None,
    }
    case(
        "r9-py-create-all-before-models-imported",
        "create_app() runs Base.metadata.create_all, then imports the blueprint, the only importer of the models: no table exists yet",
        py_lite,
        lite,
        {"database": bad("no-schema")},
        late_files,
    )
    case(
        "r9-py-create-all-after-models-imported-ok",
        "the same, with the blueprint imported before create_all",
        py_lite,
        lite,
        {},
        dict(
            late_files,
            **{
                "conduit/app.py": LATE_APP.replace(
                    "    Base.metadata.create_all(engine)\n    from conduit.routes.articles import blueprint  # late, to dodge a circular import\n",
                    "    from conduit.routes.articles import blueprint  # late, to dodge a circular import\n\n    Base.metadata.create_all(engine)\n",
                )
            },
        ),
    )
    case(
        "r9-py-models-loaded-by-a-helper-first-ok",
        "create_app() first calls load_models(), whose body imports the entities, then runs create_all",
        py_lite,
        lite,
        {},
        dict(
            late_files,
            **{
                "conduit/app.py": LATE_APP.replace(
                    "    Base.metadata.create_all(engine)\n",
                    "    load_models()\n    Base.metadata.create_all(engine)\n",
                ).replace(
                    "\n\napp = create_app()\n",
                    "\n\ndef load_models() -> None:\n    import conduit.models.entities  # noqa: F401\n\n\napp = create_app()\n",
                )
            },
        ),
    )
    case(
        "r9-py-object-keeps-follow-index",
        "a FollowIndex object (outside any data layer) keeps self._by_user = defaultdict(set) and is the only record of follows",
        PY_BASE,
        pg_only,
        {"database": bad("in-memory-data")},
        {
            "conduit/follow_index.py": "from collections import defaultdict\n\n\nclass FollowIndex:\n    def __init__(self):\n        self._by_user = defaultdict(set)\n\n    def follow(self, follower: int, followee: int) -> None:\n        self._by_user[follower].add(followee)\n"
        },
    )
    case(
        "r9-py-entity-children-list-ok",
        "an entity class outside the data layers builds self.comments = [] and appends to it: its children, not a store",
        PY_BASE,
        pg_only,
        {},
        {
            "conduit/draft.py": "class Draft:\n    def __init__(self, title: str):\n        self.title = title\n        self.comments = []\n\n    def add_comment(self, body: str) -> None:\n        self.comments.append(body)\n"
        },
    )
    case(
        "r9-ts-follows-map-of-sets",
        "TypeScript module state: const followers = new Map<number, Set<number>>(), filled by follow()",
        JS_BASE,
        pg_only,
        {"database": bad("in-memory-data")},
        {
            "src/state/followers.ts": "const followers = new Map<number, Set<number>>();\n\nexport function follow(user: number, target: number): void {\n  if (!followers.has(user)) followers.set(user, new Set());\n  followers.get(user)!.add(target);\n}\n"
        },
    )
    conninfo = "import os\n\nfrom psycopg_pool import ConnectionPool\n\nSETTINGS = {\n    'host': '127.0.0.1',\n    'user': os.environ.get('PGUSER'),\n    'password': os.environ.get('PGPASSWORD'),\n    'dbname': os.environ.get('PGDATABASE'),\n}\n\n\ndef make_pool():\n    return ConnectionPool(kwargs=SETTINGS)\n"
    case(
        "r9-py-conninfo-dict-fixed-host",
        "psycopg_pool settings kept in a dict apart from the pool: 'host': '127.0.0.1' beside the PG* credentials",
        {
            "requirements.txt": "psycopg[binary,pool]>=3.2\n",
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/pool.py": conninfo,
        },
        pg_only,
        {"database": bad("fixed-connection")},
    )
    case(
        "r9-py-conninfo-dict-socket-ok",
        "the same dict with 'host': os.environ.get('PGHOST'): the socket directory handed over",
        {
            "requirements.txt": "psycopg[binary,pool]>=3.2\n",
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/pool.py": conninfo.replace("'127.0.0.1'", "os.environ.get('PGHOST')"),
        },
        pg_only,
        {},
    )
    case(
        "r9-js-server-host-beside-db-block-ok",
        "config.js: server: { host: 'localhost', port } above a db block of PG* variables (the host is the HTTP server's)",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "run.sh": "#!/bin/sh\nexec node src/db.js\n",
            "src/config.js": "module.exports = {\n  server: {\n    host: 'localhost',\n    port: Number(process.env.PORT || 3000),\n  },\n  db: {\n    user: process.env.PGUSER,\n    database: process.env.PGDATABASE,\n    host: process.env.PGHOST,\n  },\n};\n",
            "src/db.js": "const { Pool } = require('pg');\nconst config = require('./config');\n\nconst pool = new Pool(config.db);\npool.query('CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text)');\n\nmodule.exports = { pool };\n",
        },
        pg_only,
        {},
    )
    case(
        "r9-py-leftover-sqlite-module-ok",
        "PostgreSQL app; an old prototype/sqlite_notes.py (sqlite3) that nothing imports or names is still in the tree",
        PY_BASE,
        pg_only,
        {},
        {
            "prototype/__init__.py": "",
            "prototype/sqlite_notes.py": "import sqlite3\n\n\ndef open_notes(path='notes.db'):\n    return sqlite3.connect(path)\n",
        },
    )
    case(
        "r9-py-imported-sqlite-module",
        "the same prototype module, imported by the app: SQLite is the only engine its code names",
        PY_BASE,
        pg_only,
        {"database": bad("wrong-database")},
        {
            "prototype/__init__.py": "",
            "prototype/sqlite_notes.py": "import sqlite3\n\n\ndef open_notes(path='notes.db'):\n    return sqlite3.connect(path)\n",
            "conduit/app.py": PY_APP.replace(
                "from flask import Flask\n",
                "from flask import Flask\n\nfrom prototype.sqlite_notes import open_notes  # noqa: F401\n",
            ),
        },
    )
    cli_config = json.dumps(
        {
            "development": {"dialect": "sqlite", "storage": "./local.sqlite"},
            "production": {"dialect": "sqlite", "use_env_variable": "DATABASE_URL"},
        },
        indent=2,
    )
    cli_migration = "module.exports = {\n  up: (queryInterface, Sequelize) => queryInterface.createTable('Articles', { id: { type: Sequelize.INTEGER, primaryKey: true } }),\n};\n"
    no_sync = JS_SERVER.replace("  await sequelize.sync();\n", "")
    case(
        "r9-js-cli-migrates-development-storage",
        "run.sh runs sequelize-cli db:migrate (NODE_ENV unset: config.json's development storage ./local.sqlite); the app uses SQLITE_PATH",
        js_lite,
        LITE_SEQ,
        {"database": bad("no-schema")},
        {
            "run.sh": "#!/bin/sh\nnpx sequelize-cli db:migrate\nexec node src/server.js\n",
            "config/config.json": cli_config,
            "migrations/20240101000000-create-articles.js": cli_migration,
            "src/server.js": no_sync,
        },
    )
    case(
        "r9-js-cli-migrates-production-ok",
        "the same, but run.sh exports NODE_ENV=production first: the block that takes DATABASE_URL",
        js_lite,
        LITE_SEQ,
        {},
        {
            "run.sh": "#!/bin/sh\nexport NODE_ENV=production\nnpx sequelize-cli db:migrate\nexec node src/server.js\n",
            "config/config.json": cli_config,
            "migrations/20240101000000-create-articles.js": cli_migration,
            "src/server.js": no_sync,
        },
    )
    case(
        "r9-js-pg-pool-options-only-ok",
        "new Pool({ max: 5, idleTimeoutMillis: 10000 }): options but no connection settings, so pg reads PG* itself",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "run.sh": "#!/bin/sh\nexec node src/db.js\n",
            "src/db.js": "const { Pool } = require('pg');\n\nconst pool = new Pool({ max: 5, idleTimeoutMillis: 10000 });\n\npool.query('CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text)');\n\nmodule.exports = { pool };\n",
        },
        pg_only,
        {},
    )
    node_env_db = "const Database = require('better-sqlite3');\n\nconst db = new Database(process.env.NODE_ENV === 'production' ? process.env.SQLITE_PATH : ':memory:');\ndb.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)');\n\nmodule.exports = db;\n"
    node_env_pkg = pkg({"better-sqlite3": "^11.0.0"}, drop=("sequelize", "pg", "pg-hstore"))
    case(
        "r9-js-node-env-memory-unless-production",
        "better-sqlite3 opens SQLITE_PATH only when NODE_ENV is 'production', else ':memory:'; run.sh never sets NODE_ENV",
        {"package.json": node_env_pkg, "run.sh": "#!/bin/sh\nexec node src/db.js\n", "src/db.js": node_env_db},
        lite,
        {"database": bad("in-memory-database")},
    )
    case(
        "r9-js-node-env-production-exported-ok",
        "the same, with run.sh exporting NODE_ENV=production: the SQLITE_PATH file is the one opened",
        {
            "package.json": node_env_pkg,
            "run.sh": "#!/bin/sh\nexport NODE_ENV=production\nexec node src/db.js\n",
            "src/db.js": node_env_db,
        },
        lite,
        {},
    )
    case(
        "r9-py-models-package-init",
        "the models layer is models/__init__.py alone, declaring the entities: four layers present",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/models/__init__.py": PY_MODELS,
            "conduit/models/entities.py": "from conduit.models import Article, Base, User\n\n__all__ = ['Article', 'Base', 'User']\n",
        },
    )
    case(
        "r9-py-models-init-reexports-only",
        "models/__init__.py only re-exports from a root module and no other model file exists: three layers",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("missing-layers")},
        {
            "conduit/entities.py": PY_MODELS,
            "conduit/models/__init__.py": "from conduit.entities import Article, Base, User\n\n__all__ = ['Article', 'Base', 'User']\n",
            "conduit/models/entities.py": None,
        },
    )
    case(
        "r9-js-sync-commented-out",
        "the only sequelize.sync() is commented out ('alter can drop data'); no migration, nothing in run.sh",
        js_lite,
        LITE_SEQ,
        {"database": bad("no-schema")},
        {
            "src/server.js": JS_SERVER.replace(
                "  await sequelize.sync();\n", "  // await sequelize.sync({ alter: true }); // alter can drop data\n"
            )
        },
    )
    pg_server = "const fs = require('fs');\nconst path = require('path');\nconst { Pool } = require('pg');\n\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\n\nasync function main() {\n  await pool.query('SELECT 1');\n}\n\nmain();\n"
    case(
        "r9-js-sql-schema-never-run",
        "the schema lives in db/init/001_tables.sql for a container's init hook; neither the code nor run.sh runs it",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "run.sh": "#!/bin/sh\nexec node src/server.js\n",
            "src/server.js": pg_server,
            "db/init/001_tables.sql": "CREATE TABLE articles (id serial PRIMARY KEY, slug text UNIQUE);\n",
        },
        pg_only,
        {"database": bad("no-schema")},
    )
    case(
        "r9-js-sql-schema-read-at-start-ok",
        "the same .sql file, read and run by the server as it starts",
        {
            "package.json": pkg({"pg": "^8.11.0"}, drop=("sequelize", "pg-hstore")),
            "run.sh": "#!/bin/sh\nexec node src/server.js\n",
            "src/server.js": pg_server.replace(
                "  await pool.query('SELECT 1');\n",
                "  await pool.query(fs.readFileSync(path.join(__dirname, '../db/init/001_tables.sql'), 'utf8'));\n",
            ),
            "db/init/001_tables.sql": "CREATE TABLE articles (id serial PRIMARY KEY, slug text UNIQUE);\n",
        },
        pg_only,
        {},
    )
    case(
        "r9-py-flask-sqlalchemy-db-text",
        "a repository runs db.session.execute(db.text('SELECT tag, COUNT(*) FROM tags GROUP BY tag')) through Flask-SQLAlchemy",
        PY_BASE,
        PG_SQLA,
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/tags.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n\n\ndef tag_counts():\n    return db.session.execute(db.text('SELECT tag, COUNT(*) FROM tags GROUP BY tag')).all()\n"
        },
    )
    encoded = "import os\nfrom urllib.parse import quote\n\nimport psycopg\n\nURL = f\"postgresql://{quote(os.environ['PGUSER'])}@{quote(os.environ['PGHOST'], safe='')}/{os.environ['PGDATABASE']}\"\nconnection = psycopg.connect(URL)\n"
    case(
        "r9-py-url-encoded-socket-host-ok",
        "a URL built from PG* with the socket directory percent-encoded as its host (quote(PGHOST, safe='')), which libpq reads back",
        {
            "requirements.txt": "psycopg[binary]>=3.2\n",
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/db.py": encoded,
        },
        pg_only,
        {},
    )
    case(
        "r9-py-url-plain-quoted-host",
        "the same URL with quote(PGHOST) (the '/' kept): the directory breaks the authority, a TCP host is assumed",
        {
            "requirements.txt": "psycopg[binary]>=3.2\n",
            "run.sh": "#!/bin/sh\nexec python -m app\n",
            "app/__init__.py": "",
            "app/db.py": encoded.replace("quote(os.environ['PGHOST'], safe='')", "quote(os.environ['PGHOST'])"),
        },
        pg_only,
        {"database": bad("fixed-connection")},
    )


def define_round_ten() -> None:
    """Round 10: routes reaching the data layer through a helper module outside the layers, or by
    looking a repository up by its key in what they hold."""
    slug_check = (
        "const { Article } = require('../models/article');\n\n"
        "async function slugIsFree(slug) {\n  const existing = await Article.findOne({ where: { slug } });\n"
        "  return existing === null;\n}\n\nmodule.exports = { slugIsFree };\n"
    )
    routes_with_check = JS_ROUTES.replace(
        "const router = express.Router();",
        "const { slugIsFree } = require('../checks/slug');\n\nconst router = express.Router();",
    ).replace(
        "    const article = await articleService.getArticle(req.params.slug);",
        "    if (await slugIsFree(req.params.slug)) {\n      res.status(404).end();\n      return;\n    }\n"
        "    const article = await articleService.getArticle(req.params.slug);",
    )
    case(
        "r10-js-route-helper-outside-layers-queries",
        "a route imports src/checks/slug.js, outside every layer, whose function runs Article.findOne itself",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {"src/checks/slug.js": slug_check, "src/routes/articles.js": routes_with_check},
    )
    case(
        "r10-js-route-helper-outside-layers-asks-service-ok",
        "the same helper outside the layers asks the article service instead of the model",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/checks/slug.js": (
                "const articleService = require('../services/articleService');\n\n"
                "async function slugIsFree(slug) {\n  try {\n    await articleService.getArticle(slug);\n"
                "    return false;\n  } catch (err) {\n    return true;\n  }\n}\n\nmodule.exports = { slugIsFree };\n"
            ),
            "src/routes/articles.js": routes_with_check,
        },
    )
    case(
        "r10-js-route-resolves-repository-by-key",
        "a route asks a container module for 'articleRepository' by name and calls it",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/container.js": (
                "const articleRepository = require('./repositories/articleRepository');\n"
                "const articleService = require('./services/articleService');\n\n"
                "const registry = new Map([\n  ['articleRepository', articleRepository],\n"
                "  ['articleService', articleService],\n]);\n\nmodule.exports = registry;\n"
            ),
            "src/routes/articles.js": JS_ROUTES.replace(
                "const articleService = require('../services/articleService');",
                "const registry = require('../container');\nconst articleService = require('../services/articleService');",
            ).replace(
                "    const article = await articleService.getArticle(req.params.slug);",
                "    const article = await registry.get('articleRepository').findBySlug(req.params.slug);",
            ),
        },
    )
    case(
        "r10-js-route-resolves-service-by-key-ok",
        "a route asks the container for 'articleService' by name; the repository is wired in the container",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/container.js": (
                "const articleRepository = require('./repositories/articleRepository');\n"
                "const articleService = require('./services/articleService');\n\n"
                "const registry = new Map([\n  ['articleRepository', articleRepository],\n"
                "  ['articleService', articleService],\n]);\n\nmodule.exports = registry;\n"
            ),
            "src/routes/articles.js": JS_ROUTES.replace(
                "const articleService = require('../services/articleService');",
                "const registry = require('../container');\nconst articleService = require('../services/articleService');",
            ).replace(
                "    const article = await articleService.getArticle(req.params.slug);",
                "    const article = await registry.get('articleService').getArticle(req.params.slug);",
            ),
        },
    )
    case(
        "r10-py-route-takes-repository-from-extensions",
        "a Flask handler reads current_app.extensions['article_repository'] and calls by_slug on it",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/articles.py": PY_ROUTES.replace(
                "from flask import Blueprint, jsonify", "from flask import Blueprint, current_app, jsonify"
            ).replace(
                "            article = service.get(slug)",
                '            article = current_app.extensions["article_repository"].by_slug(slug)\n'
                "            if article is None:\n                raise ArticleNotFound(slug)",
            )
        },
    )

    case(
        "r10-js-route-destructures-repositories-from-app",
        "a route destructures { articles } out of req.app.locals.repositories and calls articles.findBySlug",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/articles.js": JS_ROUTES.replace(
                "    const article = await articleService.getArticle(req.params.slug);",
                "    const { articles } = req.app.locals.repositories;\n"
                "    const article = await articles.findBySlug(req.params.slug);",
            )
        },
    )
    case(
        "r10-js-route-destructures-services-from-app-ok",
        "a route destructures { articles } out of req.app.locals.services and calls articles.getArticle",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/routes/articles.js": JS_ROUTES.replace(
                "    const article = await articleService.getArticle(req.params.slug);",
                "    const { articles } = req.app.locals.services;\n"
                "    const article = await articles.getArticle(req.params.slug);",
            )
        },
    )
    case(
        "r10-py-route-aliases-repository-from-app",
        "a Flask handler binds store = current_app.repositories.articles and calls store.by_slug",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/articles.py": PY_ROUTES.replace(
                "from flask import Blueprint, jsonify", "from flask import Blueprint, current_app, jsonify"
            ).replace(
                "            article = service.get(slug)",
                "            store = current_app.repositories.articles\n"
                "            article = store.by_slug(slug)\n"
                "            if article is None:\n                raise ArticleNotFound(slug)",
            )
        },
    )

    case(
        "r10-py-route-opens-session-under-own-name",
        "a Flask handler opens `with SessionLocal() as tx:` and loads the article with tx.get itself",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("skipped-layer")},
        {
            "conduit/routes/articles.py": PY_ROUTES.replace(
                "from conduit.services.articles import ArticleNotFound, ArticleService",
                "from conduit.db import SessionLocal\nfrom conduit.models.entities import Article\n"
                "from conduit.services.articles import ArticleNotFound, ArticleService",
            ).replace(
                "            article = service.get(slug)",
                "            with SessionLocal() as tx:\n                article = tx.get(Article, int(slug))\n"
                "            if article is None:\n                raise ArticleNotFound(slug)",
            )
        },
    )
    case(
        "r10-py-service-opens-unit-of-work-ok",
        "a service opens `with SessionLocal() as tx:`, hands tx to its repository and commits it",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/services/articles.py": PY_SERVICE.replace(
                "from conduit.models.entities import Article",
                "from conduit.db import SessionLocal\nfrom conduit.models.entities import Article",
            )
            + "\n\ndef publish(article: Article) -> Article:\n    with SessionLocal() as tx:\n"
            "        saved = ArticleRepository(tx).add(article)\n        tx.commit()\n    return saved\n"
        },
    )

    http_helpers = (
        'from flask import abort\n\n\ndef not_found(what: str):\n    abort(404, description=f"{what} not found")\n\n\n'
        "def page_size(limit: int | None) -> int:\n    return min(limit or 20, 100)\n"
    )
    case(
        "r10-py-service-calls-abort-through-helper",
        "a service imports not_found from conduit/http_helpers.py, a root module whose not_found calls Flask's abort",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("framework-leakage")},
        {
            "conduit/http_helpers.py": http_helpers,
            "conduit/services/articles.py": PY_SERVICE.replace(
                "from conduit.models.entities import Article",
                "from conduit.http_helpers import not_found\nfrom conduit.models.entities import Article",
            ).replace("            raise ArticleNotFound(slug)", "            not_found(slug)"),
        },
    )
    case(
        "r10-py-service-takes-plain-helper-beside-abort-ok",
        "a service imports page_size from the same root module; page_size does not touch Flask",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/http_helpers.py": http_helpers,
            "conduit/services/articles.py": PY_SERVICE.replace(
                "from conduit.models.entities import Article",
                "from conduit.http_helpers import page_size\nfrom conduit.models.entities import Article",
            )
            + "\n\ndef feed_size(limit: int | None) -> int:\n    return page_size(limit)\n",
        },
    )

    server_with_error_handler = JS_SERVER.replace(
        "  app.listen", "  app.use(require('./errorReporter'));\n  app.listen"
    )
    case(
        "r10-js-error-handler-module-writes-row",
        "src/errorReporter.js, an (err, req, res, next) handler outside the layers, INSERTs the error itself",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("data-access-outside-repositories"), "orm": bad("raw-sql")},
        {
            "src/errorReporter.js": (
                "const { sequelize } = require('./db');\n\n"
                "module.exports = async function reportError(err, req, res, next) {\n"
                "  await sequelize.query('INSERT INTO failures (message) VALUES (?)', { replacements: [err.message] });\n"
                "  res.status(500).json({ errors: { body: ['internal error'] } });\n};\n"
            ),
            "src/server.js": server_with_error_handler,
        },
    )
    case(
        "r10-js-loader-function-asks-repository-ok",
        "src/loaders/article.js exports a (req, res, next) loader that asks the article repository",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/loaders/article.js": (
                "const articleRepository = require('../repositories/articleRepository');\n\n"
                "async function loadArticle(req, res, next) {\n"
                "  req.article = await articleRepository.findBySlug(req.params.slug);\n  next();\n}\n\n"
                "module.exports = { loadArticle };\n"
            ),
            "src/server.js": JS_SERVER.replace(
                "  app.use(express.json());\n",
                "  app.use(express.json());\n  app.use('/api/articles/:slug', require('./loaders/article').loadArticle);\n",
            ),
        },
    )
    case(
        "r10-py-error-handler-runs-sql",
        "app.py registers @app.errorhandler(500) that records the failure with an INSERT itself",
        PY_BASE,
        PG_SQLA,
        {"architecture": bad("data-access-outside-repositories"), "orm": bad("raw-sql")},
        {
            "conduit/app.py": PY_APP.replace(
                '    @app.get("/api/health-check")',
                "    @app.errorhandler(500)\n    def record_failure(error):\n        with SessionLocal() as session:\n"
                '            session.execute(text("INSERT INTO failures (message) VALUES (:m)"), {"m": str(error)})\n'
                "            session.commit()\n"
                '        return {"errors": {"body": ["internal error"]}}, 500\n\n'
                '    @app.get("/api/health-check")',
            ).replace("from flask import Flask", "from flask import Flask\nfrom sqlalchemy import text")
        },
    )
    case(
        "r10-py-error-handler-rolls-back-ok",
        "app.py registers @app.errorhandler(500) that only rolls the shared session back",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/app.py": PY_APP.replace(
                "    service = ArticleService(ArticleRepository(SessionLocal()))",
                "    session = SessionLocal()\n    service = ArticleService(ArticleRepository(session))",
            ).replace(
                '    @app.get("/api/health-check")',
                "    @app.errorhandler(500)\n    def undo(error):\n        session.rollback()\n"
                '        return {"errors": {"body": ["internal error"]}}, 500\n\n'
                '    @app.get("/api/health-check")',
            )
        },
    )
    case(
        "r10-py-route-tag-list-names-repositories-ok",
        'a route module keeps a list literal ["repositories"] for its OpenAPI tags: not a lookup',
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/routes/articles.py": PY_ROUTES.replace(
                '    bp = Blueprint("articles", __name__)',
                '    bp = Blueprint("articles", __name__)\n    bp.tags = ["repositories"]',
            )
        },
    )

    case(
        "r10-js-route-counts-through-held-orm-instance",
        "server.js stores the sequelize instance in app.locals.db; a route calls req.app.locals.db.models.Article.count()",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/server.js": JS_SERVER.replace(
                "  app.use(express.json());\n", "  app.use(express.json());\n  app.locals.db = sequelize;\n"
            ),
            "src/routes/articles.js": JS_ROUTES.replace(
                "module.exports = router;",
                "router.get('/stats', async (req, res) => {\n"
                "  res.json({ articles: await req.app.locals.db.models.Article.count() });\n});\n\n"
                "module.exports = router;",
            ),
        },
    )
    case(
        "r10-js-start-up-mounts-sub-app-built-on-new-repository-ok",
        "server.js mounts a sub-router with app.route('/api', ...) whose argument constructs the repository: wiring",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/server.js": JS_SERVER.replace(
                "const articleRoutes = require('./routes/articles');",
                "const articleRoutes = require('./routes/articles');\n"
                "const ArticleStore = require('./repositories/articleRepository');",
            ).replace(
                "  app.use('/api', articleRoutes);\n",
                "  app.use('/api', articleRoutes);\n  app.route('/api/ping', mount(new ArticleStore.Cache()));\n",
            )
            + "\nfunction mount(cache) {\n  return cache;\n}\n",
            "src/repositories/articleRepository.js": JS_REPO.replace(
                "module.exports = { findBySlug, create };",
                "class Cache {}\n\nmodule.exports = { findBySlug, create, Cache };",
            ),
        },
    )

    case(
        "r10-js-router-factory-closes-over-models",
        "routes/stats.js exports a factory taking `models` from server.js; its handler calls models.Article.count()",
        JS_BASE,
        PG_SEQ,
        {"architecture": bad("skipped-layer")},
        {
            "src/routes/stats.js": (
                "const express = require('express');\n\nfunction statsRouter(models) {\n"
                "  const router = express.Router();\n  router.get('/stats', async (req, res) => {\n"
                "    res.json({ articles: await models.Article.count() });\n  });\n  return router;\n}\n\n"
                "module.exports = { statsRouter };\n"
            ),
            "src/server.js": JS_SERVER.replace(
                "  app.use('/api', articleRoutes);\n",
                "  app.use('/api', articleRoutes);\n"
                "  app.use('/api', require('./routes/stats').statsRouter({ Article: require('./models/article').Article }));\n",
            ),
        },
    )
    case(
        "r10-js-router-factory-closes-over-service-ok",
        "the same factory takes the article service and calls articles.getArticle()",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/routes/stats.js": (
                "const express = require('express');\n\nfunction statsRouter(articles) {\n"
                "  const router = express.Router();\n  router.get('/stats/:slug', async (req, res) => {\n"
                "    res.json({ article: await articles.getArticle(req.params.slug) });\n  });\n  return router;\n}\n\n"
                "module.exports = { statsRouter };\n"
            ),
            "src/server.js": JS_SERVER.replace(
                "  app.use('/api', articleRoutes);\n",
                "  app.use('/api', articleRoutes);\n"
                "  app.use('/api', require('./routes/stats').statsRouter(require('./services/articleService')));\n",
            ),
        },
    )

    case(
        "r10-py-route-http-client-session-ok",
        "a handler opens `with requests.Session() as http:` to fetch an avatar URL: an HTTP client, not the ORM",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "requirements.txt": PY_BASE["requirements.txt"] + "requests>=2\n",
            "conduit/routes/articles.py": PY_ROUTES.replace(
                "from flask import Blueprint, jsonify",
                'import requests\nfrom flask import Blueprint, jsonify\n\nAVATARS = "https://avatars.example.org/ping"',
            ).replace(
                "            article = service.get(slug)",
                "            with requests.Session() as http:\n                http.get(AVATARS, timeout=2)\n"
                "            article = service.get(slug)",
            ),
        },
    )


def define_real_followups() -> None:
    """Rules from the third batch of real backends' first run (2026-12-01): a PostgreSQL URL built from
    parts names its engine by ``drivername``; drizzle-kit migrations that nothing applies create no table."""
    parts_url = (
        "import os\n\nfrom sqlalchemy import URL, create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
        'url = URL.create(\n    drivername="postgresql+psycopg",\n    username=os.environ.get("DB_USER", "conduit"),\n'
        '    password=os.environ.get("DB_PASSWORD", ""),\n    host=os.environ.get("DB_HOSTNAME", "postgres"),\n'
        '    database=os.environ.get("DB_NAME", "conduit"),\n)\nengine = create_engine(url)\n'
        "SessionLocal = sessionmaker(bind=engine)\n"
    )
    case(
        "r11r-py-url-from-parts-of-own-variables",
        "the engine's URL is built with URL.create(drivername='postgresql+psycopg', ...) from DB_* variables; "
        "DATABASE_URL and PG* are never read",
        PY_BASE,
        PG_SQLA,
        {"database": bad("fixed-connection")},
        {"conduit/db.py": parts_url},
    )
    case(
        "r11r-py-url-from-parts-of-pg-variables-ok",
        "the same URL.create, its parts taken from PGHOST, PGUSER, PGPASSWORD and PGDATABASE",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/db.py": parts_url.replace('"DB_USER", "conduit"', '"PGUSER"')
            .replace('"DB_PASSWORD", ""', '"PGPASSWORD"')
            .replace('"DB_HOSTNAME", "postgres"', '"PGHOST"')
            .replace('"DB_NAME", "conduit"', '"PGDATABASE"')
        },
    )
    drizzle_package = pkg(
        {"drizzle-orm": "^0.44.0", "better-sqlite3": "^11.0.0", "hono": "^4.6.0", "@hono/node-server": "^1.13.0"},
        drop=("sequelize", "pg", "pg-hstore", "express"),
    )
    drizzle_db = (
        "import Database from 'better-sqlite3';\nimport { drizzle } from 'drizzle-orm/better-sqlite3';\n\n"
        "import * as schema from './schema.js';\n\n"
        "export const db = drizzle(new Database(process.env.SQLITE_PATH), { schema });\n"
    )
    drizzle_files = {
        "package.json": drizzle_package,
        "run.sh": "#!/bin/sh\nexec node src/server.js\n",
        "drizzle.config.js": "export default {\n  schema: './src/schema.js',\n  out: './drizzle',\n  dialect: 'sqlite',\n};\n",
        "drizzle/meta/_journal.json": json.dumps(
            {"version": "7", "dialect": "sqlite", "entries": [{"idx": 0, "tag": "0000_init", "breakpoints": True}]},
            indent=2,
        )
        + "\n",
        "src/schema.js": (
            "import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';\n\n"
            "export const articles = sqliteTable('articles', {\n  id: integer('id').primaryKey(),\n"
            "  slug: text('slug').notNull().unique(),\n});\n"
        ),
        "src/db.js": drizzle_db,
        "src/server.js": (
            "import { serve } from '@hono/node-server';\nimport { Hono } from 'hono';\n\nimport { db } from './db.js';\n"
            "import { articles } from './schema.js';\n\nconst app = new Hono();\n"
            "app.get('/api/articles', async (c) => c.json({ articles: await db.select().from(articles) }));\n\n"
            "serve({ fetch: app.fetch, port: Number(process.env.PORT) });\n"
        ),
    }
    case(
        "r11r-js-drizzle-migrations-never-applied",
        "drizzle-kit generated migrations under drizzle/ (its journal in drizzle/meta/), but neither the code "
        "nor run.sh applies them: the tables are never created",
        drizzle_files,
        {"database": "sqlite"},
        {"database": bad("no-schema")},
    )
    case(
        "r11r-js-drizzle-migrations-applied-at-start-up-ok",
        "the same app applies the migrations when it starts: migrate(db, { migrationsFolder: './drizzle' })",
        drizzle_files,
        {"database": "sqlite"},
        {},
        {
            "src/db.js": drizzle_db.replace(
                "import { drizzle } from 'drizzle-orm/better-sqlite3';\n",
                "import { drizzle } from 'drizzle-orm/better-sqlite3';\n"
                "import { migrate } from 'drizzle-orm/better-sqlite3/migrator';\n",
            )
            + "\nmigrate(db, { migrationsFolder: './drizzle' });\n"
        },
    )
    case(
        "r11r-js-drizzle-migrations-run-by-run-sh-ok",
        "the same app; run.sh runs drizzle-kit migrate before starting the server",
        drizzle_files,
        {"database": "sqlite"},
        {},
        {"run.sh": "#!/bin/sh\nset -e\nnpx drizzle-kit migrate\nexec node src/server.js\n"},
    )


def define_fourth_batch_followups() -> None:
    """Rules from the fourth batch of real backends' first run (2026-12-02): an application that opens its
    own connection decides which database it reaches even when the engine's name sits in a settings default
    or an INI file; a function's parameter named ``database_url`` reads nothing; babel's module-resolver
    aliases name workspace modules."""
    settings = (
        "module.exports = {\n  DB_CONNECTION: process.env.DB_CONNECTION || 'postgres',\n"
        "  DB_HOST: process.env.DB_HOST || '127.0.0.1',\n  DB_PORT: Number(process.env.DB_PORT || 5432),\n"
        "  DB_NAME: process.env.DB_NAME || 'conduit',\n  DB_USER: process.env.DB_USER || 'conduit',\n"
        "  DB_PASSWORD: process.env.DB_PASSWORD || '',\n};\n"
    )
    db = (
        "const { Sequelize } = require('sequelize');\n\nconst settings = require('./settings');\n\n"
        "const sequelize = new Sequelize(settings.DB_NAME, settings.DB_USER, settings.DB_PASSWORD, {\n"
        "  host: settings.DB_HOST,\n  port: settings.DB_PORT,\n  dialect: settings.DB_CONNECTION,\n  logging: false,\n});\n\n"
        "module.exports = { sequelize };\n"
    )
    case(
        "r11r-js-sequelize-connection-from-own-variables",
        "new Sequelize(...) takes dialect, host and credentials from a settings module of DB_* variables with "
        "defaults ('postgres', '127.0.0.1'); DATABASE_URL and PG* are never read",
        JS_BASE,
        PG_SEQ,
        {"database": bad("fixed-connection")},
        {"src/settings.js": settings, "src/db.js": db},
    )
    case(
        "r11r-js-sequelize-connection-from-pg-variables-ok",
        "the same settings module, reading PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD",
        JS_BASE,
        PG_SEQ,
        {},
        {
            "src/settings.js": settings.replace("env.DB_HOST", "env.PGHOST")
            .replace("env.DB_PORT", "env.PGPORT")
            .replace("env.DB_NAME", "env.PGDATABASE")
            .replace("env.DB_USER", "env.PGUSER")
            .replace("env.DB_PASSWORD", "env.PGPASSWORD"),
            "src/db.js": db,
        },
    )
    ini_settings = (
        "import configparser\nimport os\n\n\ndef database_address() -> str:\n"
        '    parser = configparser.ConfigParser()\n    parser.read(os.environ.get("CONFIG_PATH", "config/local.ini"))\n'
        '    section = parser["database"]\n'
        '    return "{}+{}://{}:{}@{}:{}/{}".format(\n        section["rdbms"], section["connector"], section["user"],\n'
        '        section["password"], section["host"], section["port"], section["database"]\n    )\n'
    )
    engine_factory = (
        "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
        "from conduit.settings import database_address\n\n\n"
        "def make_session_factory(database_url: str) -> sessionmaker:\n"
        "    engine = create_engine(\n        database_url,\n        pool_pre_ping=True,\n    )\n"
        "    return sessionmaker(bind=engine)\n\n\nSessionLocal = make_session_factory(database_address())\n"
    )
    case(
        "r11r-py-engine-url-from-ini-file",
        "create_engine(database_url) in a factory whose parameter is named database_url; the URL comes from an "
        "INI file's host and port, never from DATABASE_URL or PG*",
        PY_BASE,
        PG_SQLA,
        {"database": bad("fixed-connection")},
        {
            "conduit/settings.py": ini_settings,
            "conduit/db.py": engine_factory,
            "config/local.ini": "[database]\nrdbms = postgresql\nconnector = psycopg\nhost = localhost\n"
            "port = 5432\nuser = conduit\npassword = conduit\ndatabase = conduit\n",
        },
    )
    case(
        "r11r-py-engine-factory-given-database-url-ok",
        "the same factory with the parameter database_url, called with os.environ['DATABASE_URL']",
        PY_BASE,
        PG_SQLA,
        {},
        {
            "conduit/db.py": engine_factory.replace(
                "from conduit.settings import database_address\n", "import os\n"
            ).replace("make_session_factory(database_address())", 'make_session_factory(os.environ["DATABASE_URL"])')
        },
    )

    babelrc = (
        '{\n  "presets": ["@babel/preset-env"],\n  "plugins": [\n    ["module-resolver", {\n'
        '      "root": ["./src"],\n      "alias": {\n        "repos": "./src/repositories",\n'
        '        "services": "./src/services",\n      },\n    }],\n  ],\n}\n'
    )
    routes_through_repository = (
        "const express = require('express');\nconst { findBySlug } = require('repos/articleRepository');\n\n"
        "const router = express.Router();\n\nrouter.get('/articles/:slug', async (req, res) => {\n"
        "  const article = await findBySlug(req.params.slug);\n"
        "  if (!article) return res.status(404).json({ errors: { body: ['article not found'] } });\n"
        "  return res.json({ article });\n});\n\nmodule.exports = router;\n"
    )
    case(
        "r11r-js-babel-alias-routes-import-repository",
        "the route imports 'repos/articleRepository', which .babelrc's module-resolver maps to src/repositories "
        "(a JSON5 file with trailing commas): routes skip the services",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {".babelrc": babelrc, "src/routes/articles.js": routes_through_repository},
    )
    case(
        "r11r-js-babel-alias-routes-import-service-ok",
        "the same .babelrc; the route imports 'services/articleService' through the alias",
        JS_BASE,
        {"architecture": "clean"},
        {},
        {
            ".babelrc": babelrc,
            "src/routes/articles.js": JS_ROUTES.replace("'../services/articleService'", "'services/articleService'"),
        },
    )


def define_round_twelve() -> None:
    """Round 12 (2026-12-02), from the adversarial-d split: Django's bundled apps are the web framework in a
    Django application; a type-only import of the web framework is an import of it; ``from pkg import mod``
    names the module; a route that pings or queries the connection itself reaches the database."""
    django_views = (
        "import json\n\nfrom django.http import JsonResponse\n\nfrom conduit.services.auth import register\n\n\n"
        "def users(request):\n    body = json.loads(request.body)\n    user = register(body['user'])\n"
        "    return JsonResponse({'user': user}, status=201)\n"
    )
    auth_service = (
        "from django.contrib.auth.hashers import make_password\n\nfrom conduit.repositories.users import UserRepository\n\n\n"
        "def register(fields: dict) -> dict:\n    fields = dict(fields, password=make_password(fields['password']))\n"
        "    return UserRepository().add(fields)\n"
    )
    users_repository = (
        "from conduit.models.entities import Article\n\n\nclass UserRepository:\n"
        "    def add(self, fields: dict) -> dict:\n        return fields\n"
    )
    django_files = {
        "requirements.txt": "django>=5\nsqlalchemy>=2\npsycopg[binary]>=3\n",
        "conduit/routes/views.py": django_views,
        "conduit/services/auth.py": auth_service,
        "conduit/repositories/users.py": users_repository,
    }
    case(
        "r12-py-django-service-imports-contrib-hashers",
        "a Django application (views import django.http) whose service hashes passwords with "
        "django.contrib.auth.hashers: Django itself in the services",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("framework-leakage")},
        django_files,
    )
    case(
        "r12-py-django-service-hashes-with-passlib-ok",
        "the same Django application hashing with passlib in the service",
        PY_BASE,
        {"architecture": "clean"},
        {},
        dict(
            django_files,
            **{
                "conduit/services/auth.py": auth_service.replace(
                    "from django.contrib.auth.hashers import make_password", "from passlib.hash import bcrypt"
                ).replace("make_password(fields['password'])", "bcrypt.hash(fields['password'])")
            },
        ),
    )
    case(
        "r12-py-routes-import-service-module-by-name-ok",
        "routes write `from conduit.services import articles` and call articles.get(...); that service module "
        "itself imports `articles` from conduit.repositories: the route holds the service module, not the repository",
        PY_BASE,
        {"architecture": "clean"},
        {},
        {
            "conduit/services/articles.py": "from conduit.repositories import articles\n\n\n"
            "def get(session, slug: str):\n    return articles.ArticleRepository(session).by_slug(slug)\n",
            "conduit/routes/articles.py": "from flask import Blueprint, jsonify\n\nfrom conduit.services import articles\n\n\n"
            "def build_blueprint(session) -> Blueprint:\n    bp = Blueprint('articles', __name__)\n\n"
            "    @bp.get('/api/articles/<slug>')\n    def get_article(slug):\n"
            "        return jsonify({'article': articles.get(session, slug).slug})\n\n    return bp\n",
        },
    )
    health = (
        "const express = require('express');\nconst { sequelize } = require('../db');\n\n"
        "const router = express.Router();\n\nrouter.get('/health-check', async (req, res) => {\n"
        "  await sequelize.authenticate();\n  res.json({ status: 'ok' });\n});\n\nmodule.exports = router;\n"
    )
    case(
        "r12-js-health-route-authenticates-connection",
        "a health route imports the Sequelize instance from src/db.js and calls sequelize.authenticate()",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {"src/routes/health.js": health},
    )
    case(
        "r12-js-health-route-answers-itself-ok",
        "a health route that answers without touching the database",
        JS_BASE,
        {"architecture": "clean"},
        {},
        {
            "src/routes/health.js": health.replace("const { sequelize } = require('../db');\n", "").replace(
                "  await sequelize.authenticate();\n", ""
            )
        },
    )


def define_round_twelve_database() -> None:
    """Round 12's database rules (2026-12-02, from the adversarial-d split): a driver given its settings by
    keyword is not opened with libpq's defaults; a Redis or Memcached URL is another store; an in-memory
    database returned only after the given path was returned, or only compared against, is not chosen; the
    whole ``sqlite:////`` prefix cut off leaves a relative path."""
    py_pg = dict(PY_BASE, **{"requirements.txt": "flask>=3\nsqlalchemy>=2\npsycopg[binary]>=3\nasyncpg>=0.29\n"})
    pool = (
        "import os\n\nimport asyncpg\n\n\nasync def open_pool():\n    return await asyncpg.create_pool(\n"
        "        host=os.getenv('DB_HOST', 'localhost'),\n        port=int(os.getenv('DB_PORT', '5432')),\n"
        "        user=os.getenv('DB_USER', 'postgres'),\n        database=os.getenv('DB_NAME', 'conduit'),\n    )\n"
    )
    case(
        "r12-py-asyncpg-pool-from-own-variables",
        "asyncpg.create_pool(host=..., port=..., user=..., database=...) from DB_* variables with localhost "
        "defaults, given only by keyword; DATABASE_URL and PG* are never read",
        py_pg,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {"conduit/pool.py": pool, "conduit/db.py": "from sqlalchemy.orm import DeclarativeBase\n"},
    )
    case(
        "r12-py-asyncpg-pool-from-libpq-defaults-ok",
        "asyncpg.create_pool() with no settings: the driver reads PGHOST, PGUSER, ... itself",
        py_pg,
        {"database": "postgres"},
        {},
        {
            "conduit/pool.py": "import asyncpg\n\n\nasync def open_pool():\n    return await asyncpg.create_pool(min_size=1)\n",
            "conduit/db.py": "from sqlalchemy.orm import DeclarativeBase\n",
        },
    )
    limiter = (
        "import os\n\nfrom flask_limiter import Limiter\nfrom flask_limiter.util import get_remote_address\n\n"
        "limiter = Limiter(key_func=get_remote_address, storage_uri=os.environ.get('LIMITER_STORAGE', "
        "'redis://localhost:6379/0'))\n"
    )
    case(
        "r12-py-rate-limit-state-in-redis",
        "Flask-Limiter keeps the login limit's counters in Redis (storage_uri defaults to redis://localhost:6379/0)",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("other-store")},
        {"conduit/limits.py": limiter},
    )
    case(
        "r12-py-rate-limit-state-in-memory-ok",
        "the same limiter with storage_uri 'memory://': counters of the process, not records",
        PY_BASE,
        {"database": "postgres"},
        {},
        {"conduit/limits.py": limiter.replace("redis://localhost:6379/0", "memory://")},
    )
    fallback_db = (
        "import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n\n"
        "def _url() -> str:\n    if os.environ.get('SQLITE_PATH'):\n        return 'sqlite:///' + os.environ['SQLITE_PATH']\n"
        "    return 'sqlite:///:memory:'  # local runs without configuration\n\n\nURL = _url()\n"
        "engine = create_engine(URL, pool_pre_ping=not URL.endswith(':memory:'))\n"
        "SessionLocal = sessionmaker(bind=engine)\n"
    )
    py_lite = dict(PY_BASE, **PY_SQLITE)
    case(
        "r12-py-sqlite-memory-only-after-given-path-ok",
        "the URL function returns SQLITE_PATH's file when it is set and an in-memory database otherwise; the "
        "engine only tests the URL for ':memory:'",
        py_lite,
        {"database": "sqlite"},
        {},
        {"conduit/db.py": fallback_db},
    )
    case(
        "r12-py-sqlite-memory-returned-first",
        "the same function, but it returns the in-memory database before looking at SQLITE_PATH",
        py_lite,
        {"database": "sqlite"},
        {"database": bad("in-memory-database")},
        {
            "conduit/db.py": fallback_db.replace(
                "    if os.environ.get('SQLITE_PATH'):\n        return 'sqlite:///' + os.environ['SQLITE_PATH']\n"
                "    return 'sqlite:///:memory:'  # local runs without configuration\n",
                "    url = 'sqlite:///:memory:'  # fast\n    return url\n",
            )
        },
    )
    sliced = (
        "const { Sequelize } = require('sequelize');\n\nconst PREFIX = 'sqlite:////';\n"
        "const url = process.env.DATABASE_URL;\nconst storage = url.slice(PREFIX.length);\n\n"
        "const sequelize = new Sequelize({ dialect: 'sqlite', storage, logging: false });\n\nmodule.exports = { sequelize };\n"
    )
    js_lite = dict(JS_BASE, **JS_SQLITE)
    case(
        "r12-js-sqlite-url-four-slash-prefix-cut",
        "the storage path is DATABASE_URL with 'sqlite:////' (a constant) sliced off: /abs/x.db becomes abs/x.db",
        js_lite,
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
        {"src/db.js": sliced},
    )
    case(
        "r12-js-sqlite-url-three-slash-prefix-cut-ok",
        "the same with 'sqlite:///' sliced off: the absolute path keeps its leading '/'",
        js_lite,
        {"database": "sqlite"},
        {},
        {"src/db.js": sliced.replace("'sqlite:////'", "'sqlite:///'")},
    )


def define_round_thirteen() -> None:
    """Round 13 (2026-12-02, from the adversarial-e split, database only): an empty conninfo or options-only
    postgres.js call leaves libpq to read PG*; a parser that reads ?host= makes a host fallback dead; a
    host default of a variable nobody sets is fixed; create_all reached only from a script nothing starts
    creates nothing; drizzle-kit's configuration is not the server's."""
    py_pg = dict(PY_BASE, **{"requirements.txt": "flask>=3\nsqlalchemy>=2\npsycopg[binary,pool]>=3\nasyncpg>=0.29\n"})
    case(
        "r13-py-psycopg-pool-empty-conninfo-ok",
        "psycopg_pool.ConnectionPool(conninfo=''): libpq reads PGHOST, PGUSER, ... itself",
        py_pg,
        {"database": "postgres"},
        {},
        {
            "conduit/pool.py": "from psycopg_pool import ConnectionPool\n\npool = ConnectionPool(conninfo='', min_size=1)\n",
            "conduit/db.py": "from sqlalchemy.orm import DeclarativeBase\n",
        },
    )
    case(
        "r13-py-asyncpg-host-default-localhost",
        "asyncpg.create_pool(host=os.getenv('DB_HOST', 'localhost'), user=os.getenv('PGUSER')): DB_HOST is "
        "never set, so the pool dials localhost over TCP",
        py_pg,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/pool.py": "import os\n\nimport asyncpg\n\n\nasync def open_pool():\n    return await asyncpg.create_pool(\n"
            "        host=os.getenv('DB_HOST', 'localhost'),\n        user=os.getenv('PGUSER'),\n"
            "        database=os.getenv('PGDATABASE'),\n    )\n",
            "conduit/db.py": "from sqlalchemy.orm import DeclarativeBase\n",
        },
    )
    parsed = (
        "const { Pool } = require('pg');\nconst { parse } = require('pg-connection-string');\n\n"
        "const cfg = parse(process.env.DATABASE_URL);\n\n"
        "const pool = new Pool({ ...cfg, host: cfg.host || 'localhost', max: 10 });\n\nmodule.exports = { pool };\n"
    )
    case(
        "r13-js-parsed-connection-string-host-fallback-ok",
        "DATABASE_URL parsed by pg-connection-string (which reads ?host= into host), then host: cfg.host || "
        "'localhost': the fallback never applies",
        JS_BASE,
        {"database": "postgres"},
        {},
        {"src/pool.js": parsed},
    )
    case(
        "r13-js-options-only-postgres-js-ok",
        "postgres.js opened with options only, postgres({ max: 10 }): it reads PGHOST, PGUSER, ... itself",
        dict(JS_BASE, **{"package.json": pkg({"postgres": "^3.4.0"}, drop=("pg", "pg-hstore"))}),
        {"database": "postgres"},
        {},
        {
            "src/db.js": "const postgres = require('postgres');\n\nconst sql = postgres({ max: 10, idle_timeout: 20 });\n\n"
            "module.exports = { sql };\n",
            "src/server.js": JS_SERVER.replace("const { sequelize } = require('./db');\n", "").replace(
                "  await sequelize.sync();\n", ""
            ),
        },
    )
    async_db = (
        "import os\n\nfrom sqlalchemy.ext.asyncio import create_async_engine\nfrom sqlalchemy.orm import DeclarativeBase\n\n"
        "engine = create_async_engine('sqlite+aiosqlite:///' + os.environ['SQLITE_PATH'])\n\n\n"
        "class Base(DeclarativeBase):\n    pass\n\n\nasync def init_models():\n    async with engine.begin() as conn:\n"
        "        await conn.run_sync(Base.metadata.create_all)\n"
    )
    script_files = {
        "requirements.txt": "aiohttp>=3.9\nsqlalchemy>=2\naiosqlite>=0.20\n",
        "run.sh": "#!/bin/sh\nexec python -m conduit\n",
        "conduit/__init__.py": "",
        "conduit/db.py": async_db,
        "conduit/__main__.py": "from aiohttp import web\n\napp = web.Application()\nweb.run_app(app)\n",
        "scripts/init_db.py": "import asyncio\n\nfrom conduit.db import init_models\n\nasyncio.run(init_models())\n",
    }
    case(
        "r13-py-create-all-only-from-unlaunched-script",
        "init_models() runs Base.metadata.create_all through run_sync, but only scripts/init_db.py calls it "
        "and run.sh never runs that script",
        script_files,
        {"database": "sqlite"},
        {"database": bad("no-schema")},
    )
    case(
        "r13-py-create-all-from-script-run-sh-runs-ok",
        "the same, with run.sh running scripts/init_db.py before the server",
        script_files,
        {"database": "sqlite"},
        {},
        {"run.sh": "#!/bin/sh\nset -e\npython scripts/init_db.py\nexec python -m conduit\n"},
    )
    case(
        "r13-js-drizzle-kit-config-names-local-file-ok",
        "drizzle.config.js (drizzle-kit's generator settings) names ./local.db; the server opens SQLITE_PATH",
        js_lite_base(),
        {"database": "sqlite"},
        {},
        {
            "drizzle.config.js": "export default {\n  schema: './src/schema.js',\n  out: './drizzle',\n  dialect: 'sqlite',\n"
            "  dbCredentials: { url: './local.db' },\n};\n"
        },
    )


def define_round_fourteen() -> None:
    """Round 14 (2026-12-02, from the adversarial-f split of fuller applications): a URL prefix only tested
    against, or a scheme rewritten in the branch of such a test, chooses no engine; code after `if (given)
    return` is the variable's default; a creator opens create_engine("sqlite://")'s connections; a module
    named for records in a data or service layer keeps them in its module-level mapping."""
    py_lite = dict(PY_BASE, **PY_SQLITE)
    case(
        "r14-py-driver-scheme-rewrite-ok",
        "a SQLite app whose URL helper pins psycopg when the given URL is PostgreSQL: "
        "url.startswith('postgresql://') and 'postgresql+psycopg://' + url[len('postgresql://'):]",
        py_lite,
        {"database": "sqlite"},
        {},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n\n"
            "def _driver_url(url: str) -> str:\n    if url.startswith('postgresql://'):\n"
            "        return 'postgresql+psycopg://' + url[len('postgresql://'):]\n    return url\n\n\n"
            "engine = create_engine(_driver_url(os.environ['DATABASE_URL']))\nSessionLocal = sessionmaker(bind=engine)\n"
        },
    )
    case(
        "r14-js-memory-database-only-when-url-unset-ok",
        "if (process.env.DATABASE_URL) return new Sequelize(DATABASE_URL); then an in-memory SQLite for demos",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nfunction create() {\n"
            "  if (process.env.DATABASE_URL) {\n    return new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });\n  }\n"
            "  return new Sequelize('sqlite::memory:', { logging: false });\n}\n\n"
            "const sequelize = create();\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r14-py-sqlite-creator-behind-bare-url-ok",
        "create_engine('sqlite://', creator=connect) where connect opens SQLITE_PATH with sqlite3",
        py_lite,
        {"database": "sqlite"},
        {},
        {
            "conduit/db.py": "import os\nimport sqlite3\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n\n"
            "def _connect():\n    return sqlite3.connect(os.environ['SQLITE_PATH'], check_same_thread=False)\n\n\n"
            "engine = create_engine('sqlite://', creator=_connect)\nSessionLocal = sessionmaker(bind=engine)\n"
        },
    )
    case(
        "r14-py-store-module-named-for-records",
        "services/favorites.py keeps favorites in a module-level _fans = defaultdict(set) it writes to",
        py_lite,
        {"database": "sqlite"},
        {"database": bad("in-memory-data")},
        {
            "conduit/services/favorites.py": "from collections import defaultdict\n\n_fans: dict[int, set[int]] = defaultdict(set)\n\n\n"
            "def favorite(article_id: int, user_id: int) -> None:\n    _fans[article_id].add(user_id)\n"
        },
    )
    case(
        "r14-py-service-module-lookup-table-ok",
        "services/favorites.py holds a constant lookup table it never writes",
        py_lite,
        {"database": "sqlite"},
        {},
        {
            "conduit/services/favorites.py": "LABELS = {}\n\n\ndef label(count: int) -> str:\n    return LABELS.get(count, str(count))\n"
        },
    )


def define_round_fifteen() -> None:
    """Round 15 (2026-12-02, from the fifth real batch's open records): a Prisma datasource's url is the
    client's one connection; an application opening its own engine must read SQLITE_PATH/DATABASE_URL
    whatever names the URL (an INI file); aiopg.sa's engine is a driver without a Session."""
    prisma_js = "const { PrismaClient } = require('@prisma/client');\n\nconst prisma = new PrismaClient();\n\nmodule.exports = { prisma };\n"

    def schema(provider: str, url: str) -> str:
        return (
            'generator client {\n  provider = "prisma-client-js"\n}\n\n'
            f'datasource db {{\n  provider = "{provider}"\n  url      = {url}\n}}\n\n'
            "model Tag {\n  id   Int    @id @default(autoincrement())\n  name String @unique\n}\n"
        )

    prisma_pkg = pkg({"@prisma/client": "^5.22.0", "prisma": "^5.22.0"})
    case(
        "r15-js-prisma-url-other-variable",
        'schema.prisma: url = env("POSTGRES_URL"), a variable the evaluation does not set',
        JS_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "package.json": prisma_pkg,
            "src/prisma.js": prisma_js,
            "prisma/schema.prisma": schema("postgresql", 'env("POSTGRES_URL")'),
        },
    )
    case(
        "r15-js-prisma-url-database-url-ok",
        'schema.prisma: url = env("DATABASE_URL")',
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "package.json": prisma_pkg,
            "src/prisma.js": prisma_js,
            "prisma/schema.prisma": schema("postgresql", 'env("DATABASE_URL")'),
        },
    )
    case(
        "r15-js-prisma-url-variable-set-by-run-sh-ok",
        'schema.prisma: url = env("POSTGRES_PRISMA_URL"), which run.sh sets from DATABASE_URL',
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "package.json": prisma_pkg,
            "src/prisma.js": prisma_js,
            "prisma/schema.prisma": schema("postgresql", 'env("POSTGRES_PRISMA_URL")'),
            "run.sh": '#!/bin/sh\nexport POSTGRES_PRISMA_URL="$DATABASE_URL"\nexec node src/server.js\n',
        },
    )
    case(
        "r15-js-prisma-sqlite-file-literal",
        'schema.prisma: provider "sqlite", url = "file:./dev.db"',
        js_lite_base(),
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
        {
            "package.json": prisma_pkg,
            "src/prisma.js": prisma_js,
            "prisma/schema.prisma": schema("sqlite", '"file:./dev.db"'),
        },
    )
    py_lite = dict(PY_BASE, **PY_SQLITE)
    case(
        "r15-py-engine-url-from-ini-file",
        "create_engine(config['app']['sqlalchemy.url']) with the URL read from app.ini by configparser",
        py_lite,
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": "import configparser\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "config = configparser.ConfigParser()\nconfig.read('app.ini')\n\n"
            "engine = create_engine(config['app']['sqlalchemy.url'], connect_args={'check_same_thread': False})\n"
            "SessionLocal = sessionmaker(bind=engine)\n"
        },
    )
    case(
        "r15-py-engine-url-from-settings-field-ok",
        "create_engine(settings.database_url), a pydantic settings field read from DATABASE_URL",
        py_lite,
        {"database": "sqlite"},
        {},
        {
            "conduit/settings.py": "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n"
            "    database_url: str = 'sqlite:///./conduit.db'\n\n\nsettings = Settings()\n",
            "conduit/db.py": "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "from conduit.settings import settings\n\nengine = create_engine(settings.database_url)\n"
            "SessionLocal = sessionmaker(bind=engine)\n",
        },
    )
    case(
        "r15-py-aiopg-sa-engine",
        "models.py builds aiopg.sa's create_engine(...) and handlers run Core statements on its connections",
        PY_BASE,
        {"orm": "sqlalchemy"},
        {"orm": bad("raw-driver")},
        {
            "conduit/aio_db.py": "import os\n\nfrom aiopg.sa import create_engine\n\n\n"
            "async def open_engine():\n    return await create_engine(dsn=os.environ['DATABASE_URL'])\n"
        },
    )

    settings_classes = (
        "import os\n\n\nclass BaseConfig:\n    database_url = 'sqlite://'\n\n\n"
        "class DevelopmentConfig(BaseConfig):\n    database_url = 'sqlite:///instance/dev.sqlite3'\n\n\n"
        "class ProductionConfig(BaseConfig):\n    database_url = f\"sqlite:///{os.environ.get('SQLITE_PATH', '/tmp/conduit.db')}\"\n\n\n"
        "CONFIGS = {'development': DevelopmentConfig, 'production': ProductionConfig}\n\n"
    )
    settings_db = (
        "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
        "from conduit.settings import settings\n\nengine = create_engine(settings.database_url)\n"
        "SessionLocal = sessionmaker(bind=engine)\n"
    )
    case(
        "r15-py-settings-class-selected-by-default-ok",
        "settings classes; APP_CONFIG unset picks ProductionConfig (SQLITE_PATH), the development and base "
        "classes' fixed and in-memory URLs are never used",
        py_lite,
        {"database": "sqlite"},
        {},
        {
            "conduit/settings.py": settings_classes
            + "settings = CONFIGS[os.environ.get('APP_CONFIG', 'production')]()\n",
            "conduit/db.py": settings_db,
        },
    )
    case(
        "r15-py-settings-class-development-by-default",
        "settings classes; FLASK_ENV unset picks DevelopmentConfig, whose SQLite file is fixed",
        py_lite,
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
        {
            "conduit/settings.py": settings_classes + "settings = CONFIGS[os.getenv('FLASK_ENV') or 'development']()\n",
            "conduit/db.py": settings_db,
        },
    )
    cli_config = json.dumps(
        {
            "development": {
                "username": "postgres",
                "database": "conduit_dev",
                "host": "127.0.0.1",
                "dialect": "postgres",
            },
            "test": {"dialect": "sqlite", "storage": ":memory:"},
            "production": {"use_env_variable": "DATABASE_URL", "dialect": "postgres"},
        },
        indent=2,
    )

    def cli_db(default: str) -> str:
        return (
            "const { Sequelize } = require('sequelize');\nconst all = require('../config/config.json');\n\n"
            f"const config = all[process.env.NODE_ENV || '{default}'];\n\n"
            "const sequelize = config.use_env_variable\n  ? new Sequelize(process.env[config.use_env_variable], config)\n"
            "  : new Sequelize(config.database, config.username, config.password, config);\n\nmodule.exports = { sequelize };\n"
        )

    case(
        "r15-js-cli-config-production-by-default-ok",
        "config/config.json read with NODE_ENV || 'production': the production block takes DATABASE_URL; "
        "the development block's TCP host and the test block's in-memory SQLite are not used",
        JS_BASE,
        {"database": "postgres"},
        {},
        {"config/config.json": cli_config, "src/db.js": cli_db("production")},
    )
    case(
        "r15-js-cli-config-development-by-default",
        "config/config.json read with NODE_ENV || 'development': the development block's TCP host is used",
        JS_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {"config/config.json": cli_config, "src/db.js": cli_db("development")},
    )

    def url_helper_db(body: str) -> str:
        return (
            "import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n\n"
            f"def _clean_url(raw: str) -> str:\n{body}\n\n\n"
            "engine = create_engine(_clean_url(os.environ['DATABASE_URL']))\nSessionLocal = sessionmaker(bind=engine)\n"
        )

    case(
        "r15-py-url-helper-cuts-query",
        "a URL helper in db.py cuts whatever URL it is given at '?' (raw.split('?', 1)[0]) before create_engine",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": url_helper_db(
                "    return raw.split('?', 1)[0].replace('postgresql://', 'postgresql+psycopg://', 1)"
            )
        },
    )
    case(
        "r15-py-url-helper-keeps-query-ok",
        "a URL helper in db.py pins the driver and keeps the query",
        PY_BASE,
        {"database": "postgres"},
        {},
        {"conduit/db.py": url_helper_db("    return raw.replace('postgresql://', 'postgresql+psycopg://', 1)")},
    )

    case(
        "r15-py-engine-from-sqlalchemy-engine-module",
        "from sqlalchemy.engine import create_engine; create_engine(os.environ['DB_DSN']): a variable of its own, "
        "never DATABASE_URL or PG*",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy.engine import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "engine = create_engine(os.environ['DB_DSN'])\nSessionLocal = sessionmaker(bind=engine)\n"
        },
    )

    case(
        "r15-js-sequelize-sqlite-path-as-host",
        "new Sequelize({ dialect: 'sqlite', host: process.env.SQLITE_PATH }): no storage, so Sequelize keeps the database in memory",
        js_lite_base(),
        {"database": "sqlite"},
        {"database": bad("in-memory-database")},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize({\n  dialect: 'sqlite',\n"
            "  host: process.env.SQLITE_PATH,\n  logging: false,\n});\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r15-js-sequelize-sqlite-storage-multiline-ok",
        "new Sequelize(...) over several lines with dialect 'sqlite' and storage: process.env.SQLITE_PATH",
        js_lite_base(),
        {"database": "sqlite"},
        {},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize({\n  dialect: 'sqlite',\n"
            "  logging: false,\n  pool: { max: 1 },\n  storage: process.env.SQLITE_PATH,\n});\n\nmodule.exports = { sequelize };\n"
        },
    )

    init_db = (
        PY_DB
        + "\n\ndef init_db() -> None:\n    from conduit.models.entities import Base\n\n    Base.metadata.create_all(engine)\n"
    )
    app_imports_init = PY_APP.replace("    Base.metadata.create_all(engine)\n", "").replace(
        "from conduit.db import SessionLocal, engine", "from conduit.db import SessionLocal, init_db"
    )
    command = (
        "from django.core.management.base import BaseCommand\n\nfrom conduit.db import init_db\n\n\n"
        "class Command(BaseCommand):\n    def handle(self, *args, **options):\n        init_db()\n"
    )
    case(
        "r15-py-schema-only-in-management-command",
        "create_all only in init_db(), called by a Django management command run.sh never invokes; the app "
        "imports init_db but never calls it",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("no-schema")},
        {
            "conduit/db.py": init_db,
            "conduit/app.py": app_imports_init,
            "conduit/management/__init__.py": "",
            "conduit/management/commands/__init__.py": "",
            "conduit/management/commands/initdb.py": command,
        },
    )
    case(
        "r15-py-schema-management-command-run-by-run-sh-ok",
        "create_all in init_db(), called by the initdb management command that run.sh runs before the server",
        PY_BASE,
        {"database": "postgres"},
        {},
        {
            "conduit/db.py": init_db,
            "conduit/app.py": app_imports_init,
            "conduit/management/__init__.py": "",
            "conduit/management/commands/__init__.py": "",
            "conduit/management/commands/initdb.py": command,
            "run.sh": '#!/bin/sh\npython manage.py initdb\nexec flask --app conduit.app run --port "$PORT"\n',
        },
    )


def define_round_fifteen_architecture() -> None:
    """Round 15, architecture (2026-12-02, from the adversarial-g split): in a Django application every
    django.* module is the web framework, its ORM (django.db, django.apps) left to the data layer; a handler
    parameter annotated with a repository, or with an Annotated alias of one, is a repository injected."""
    django_views = (
        "import json\n\nfrom django.http import JsonResponse\n\nfrom conduit.services.articles import create\n\n\n"
        "def articles(request):\n    return JsonResponse({'article': create(json.loads(request.body)['article'])}, status=201)\n"
    )
    service = (
        "from django.utils.text import slugify\n\nfrom conduit.repositories.articles import ArticleRepository\n\n\n"
        "def create(fields: dict) -> dict:\n    return ArticleRepository().add(dict(fields, slug=slugify(fields['title'])))\n"
    )
    repository = (
        "from conduit.models.article import Article\n\n\nclass ArticleRepository:\n"
        "    def add(self, fields: dict) -> dict:\n        return Article.objects.create(**fields).as_dict()\n"
    )
    model = (
        "from django.db import models\n\n\nclass Article(models.Model):\n    slug = models.SlugField(unique=True)\n"
        "    title = models.CharField(max_length=200)\n\n    def as_dict(self) -> dict:\n"
        "        return {'slug': self.slug, 'title': self.title}\n"
    )
    django_files = {
        "requirements.txt": "django>=5\n",
        "conduit/routes/views.py": django_views,
        "conduit/services/articles.py": service,
        "conduit/repositories/articles.py": repository,
        "conduit/models/article.py": model,
        "conduit/models/apps.py": "from django.apps import AppConfig\n\n\nclass ModelsConfig(AppConfig):\n    name = 'conduit.models'\n",
    }
    case(
        "r15-py-django-service-imports-django-utils",
        "a Django application whose service slugifies with django.utils.text: Django itself in the services",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("framework-leakage")},
        django_files,
    )
    case(
        "r15-py-django-repository-reads-django-settings",
        "a Django application whose repository reads django.conf.settings",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("framework-leakage")},
        dict(
            django_files,
            **{
                "conduit/services/articles.py": service.replace(
                    "from django.utils.text import slugify", "from slugify import slugify"
                ),
                "conduit/repositories/articles.py": "from django.conf import settings\n\n" + repository,
            },
        ),
    )
    case(
        "r15-py-django-orm-in-data-layer-ok",
        "a Django application whose models (django.db, django.apps) and repositories use the Django ORM; the "
        "service slugifies with python-slugify",
        PY_BASE,
        {"architecture": "clean"},
        {},
        dict(
            django_files,
            **{
                "conduit/services/articles.py": service.replace(
                    "from django.utils.text import slugify", "from slugify import slugify"
                ),
                "conduit/repositories/articles.py": "from django.db import transaction\n\n" + repository,
            },
        ),
    )
    dependencies = (
        "from typing import Annotated\n\nfrom fastapi import Depends, Request\n\n"
        "from conduit.repositories.articles import ArticleRepository\nfrom conduit.services.articles import ArticleService\n\n\n"
        "def get_repository(request: Request) -> ArticleRepository:\n    return ArticleRepository(request.app.state.sessions())\n\n\n"
        "def get_service(repository: Annotated[ArticleRepository, Depends(get_repository)]) -> ArticleService:\n"
        "    return ArticleService(repository)\n\n\n"
        "Articles = Annotated[ArticleRepository, Depends(get_repository)]\n"
        "Service = Annotated[ArticleService, Depends(get_service)]\n"
    )

    def fastapi_route(parameter: str, call: str) -> str:
        return (
            "from fastapi import APIRouter\n\nfrom conduit.dependencies import Articles, Service\n\n"
            "router = APIRouter()\n\n\n@router.get('/articles/{slug}')\n"
            f"def get_article(slug: str, {parameter}) -> dict:\n    return {{'article': {call}}}\n"
        )

    case(
        "r15-py-fastapi-annotated-repository-alias",
        "a FastAPI handler takes articles: Articles, an alias of Annotated[ArticleRepository, Depends(...)] "
        "defined in conduit/dependencies.py, and reads through it",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "conduit/dependencies.py": dependencies,
            "conduit/routes/articles.py": fastapi_route("articles: Articles", "articles.get_by_slug(slug)"),
        },
    )
    case(
        "r15-py-fastapi-annotated-service-alias-ok",
        "the same handler takes service: Service, an Annotated alias of the service",
        PY_BASE,
        {"architecture": "clean"},
        {},
        {
            "conduit/dependencies.py": dependencies,
            "conduit/routes/articles.py": fastapi_route("service: Service", "service.get(slug)"),
        },
    )

    tags_repository = (
        "const { Tag } = require('../models/article');\n\nclass TagRepository {\n  async allTagNames() {\n"
        "    return (await Tag.findAll()).map((tag) => tag.name);\n  }\n}\n\nmodule.exports = { TagRepository };\n"
    )
    server = (
        "const fastify = require('fastify')();\nconst { TagRepository } = require('./repositories/tagRepository');\n"
        "const services = require('./services/articleService');\n\n"
        "fastify.decorate('services', services);\nfastify.decorate('store', { tags: new TagRepository() });\n"
        "fastify.register(require('./routes/tags'));\nfastify.listen({ port: Number(process.env.PORT) });\n"
    )

    def tags_route(call: str) -> str:
        return (
            f"module.exports = async function tagRoutes(fastify) {{\n  fastify.get('/api/tags', async function () {{\n"
            f"    return {{ tags: await {call} }};\n  }});\n}};\n"
        )

    case(
        "r15-js-fastify-decorated-store-repository-method",
        "server.js decorates fastify with a store of repositories; the tags route calls this.store.tags.allTagNames(), "
        "a method only the repositories define",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "src/server.js": server,
            "src/repositories/tagRepository.js": tags_repository,
            "src/routes/tags.js": tags_route("this.store.tags.allTagNames()"),
        },
    )
    case(
        "r15-js-fastify-decorated-service-same-method-ok",
        "the same route calls this.services.tags.allTagNames(), a method the tag service defines too",
        JS_BASE,
        {"architecture": "clean"},
        {},
        {
            "src/server.js": server,
            "src/repositories/tagRepository.js": tags_repository,
            "src/services/tagService.js": "const { TagRepository } = require('../repositories/tagRepository');\n\n"
            "const repository = new TagRepository();\n\nasync function allTagNames() {\n  return repository.allTagNames();\n}\n\n"
            "module.exports = { allTagNames };\n",
            "src/routes/tags.js": tags_route("this.services.tags.allTagNames()"),
        },
    )


def define_round_fifteen_real() -> None:
    """Round 15 (2026-12-02), from the seventh real batch's first run: Sequelize's default export opens a
    connection too; asyncpgsa is asyncpg's pool with no Session; a loaded file's config['database_url'] is
    not the variable; alembic revisions nothing applies leave the database empty; without run.sh, a Procfile
    or docker-compose says what starts the server."""
    case(
        "r15-js-sequelize-default-export-own-variables",
        "const Sequelize = require('sequelize'); new Sequelize(process.env.DB_DATABASE, DB_USER, DB_PASSWORD, "
        "{ host: DB_HOST, dialect: DB_DIALECT }): DATABASE_URL and PG* never read",
        JS_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "src/db.js": "const Sequelize = require('sequelize');\n\nconst sequelize = new Sequelize(process.env.DB_DATABASE, "
            "process.env.DB_USER, process.env.DB_PASSWORD, {\n  host: process.env.DB_HOST,\n  dialect: process.env.DB_DIALECT,\n});\n\n"
            "module.exports = { sequelize };\n"
        },
    )
    case(
        "r15-js-sequelize-default-export-database-url-ok",
        "const Sequelize = require('sequelize'); new Sequelize(process.env.DATABASE_URL)",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/db.js": "const Sequelize = require('sequelize');\n\nconst sequelize = new Sequelize(process.env.DATABASE_URL, "
            "{ dialect: 'postgres', logging: false });\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r15-py-asyncpgsa-pool",
        "asyncpgsa.create_pool(dsn=...) runs SQLAlchemy Core statements on asyncpg's own pool",
        PY_BASE,
        {"orm": "sqlalchemy"},
        {"orm": bad("raw-driver")},
        {
            "conduit/pool.py": "import os\n\nimport asyncpgsa\n\n\nasync def open_pool():\n"
            "    return await asyncpgsa.create_pool(dsn=os.environ['DATABASE_URL'])\n"
        },
    )
    case(
        "r15-py-database-url-key-of-a-yaml-file",
        "create_engine(config['database_url']) with config loaded from config.yaml: DATABASE_URL never read",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": "import pathlib\n\nimport yaml\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "config = yaml.safe_load(pathlib.Path('config.yaml').read_text())\n"
            "engine = create_engine(config['database_url'])\nSessionLocal = sessionmaker(bind=engine)\n"
        },
    )
    revision = (
        "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '0001'\ndown_revision = None\n\n\n"
        "def upgrade():\n    op.create_table('articles', sa.Column('id', sa.Integer, primary_key=True))\n"
    )
    no_create_all = PY_APP.replace("    Base.metadata.create_all(engine)\n", "")
    case(
        "r15-py-alembic-revisions-never-applied",
        "the tables exist only as an alembic revision; run.sh starts the server without alembic upgrade and "
        "nothing calls create_all",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("no-schema")},
        {"conduit/app.py": no_create_all, "alembic/versions/0001_articles.py": revision},
    )
    case(
        "r15-py-alembic-revisions-applied-by-run-sh-ok",
        "the same revision; run.sh runs alembic upgrade head before the server",
        PY_BASE,
        {"database": "postgres"},
        {},
        {
            "conduit/app.py": no_create_all,
            "alembic/versions/0001_articles.py": revision,
            "run.sh": '#!/bin/sh\nalembic upgrade head\nexec flask --app conduit.app run --port "$PORT"\n',
        },
    )
    cli = (
        "import click\n\nfrom conduit.db import engine\nfrom conduit.models.entities import Base\n\n\n"
        "@click.command('create_db')\ndef create_db():\n    Base.metadata.create_all(engine)\n\n\n"
        "def init_cli(app):\n    app.cli.add_command(create_db)\n"
    )
    without_run_sh = {k: v for k, v in PY_BASE.items() if k != "run.sh"}
    case(
        "r15-py-procfile-never-runs-the-create-db-command",
        "no run.sh; the Procfile starts gunicorn only, and create_all sits in a click command create_db",
        without_run_sh,
        {"database": "postgres"},
        {"database": bad("no-schema")},
        {"conduit/app.py": no_create_all, "conduit/cli.py": cli, "Procfile": "web: gunicorn conduit.app:app\n"},
    )
    case(
        "r15-py-procfile-release-runs-the-create-db-command-ok",
        "no run.sh; the Procfile's release phase runs flask create_db before gunicorn starts",
        without_run_sh,
        {"database": "postgres"},
        {},
        {
            "conduit/app.py": no_create_all,
            "conduit/cli.py": cli,
            "Procfile": "release: flask --app conduit.app create_db\nweb: gunicorn conduit.app:app\n",
        },
    )
    case(
        "r15-py-compose-command-without-alembic",
        "no run.sh; docker-compose starts the server with python -m conduit.app, and the tables exist only as "
        "an alembic revision",
        without_run_sh,
        {"database": "postgres"},
        {"database": bad("no-schema")},
        {
            "conduit/app.py": no_create_all,
            "alembic/versions/0001_articles.py": revision,
            "docker-compose.yml": "services:\n  api:\n    build: .\n    command: python -m conduit.app\n",
        },
    )
    case(
        "r15-py-alembic-revisions-without-any-launcher-ok",
        "no run.sh, Procfile or compose file: what starts the server (and whether it migrates) is unknown",
        without_run_sh,
        {"database": "postgres"},
        {},
        {"conduit/app.py": no_create_all, "alembic/versions/0001_articles.py": revision},
    )

    migration = (
        "'use strict';\n\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n"
        "    await queryInterface.createTable('articles', { id: { type: Sequelize.INTEGER, primaryKey: true } });\n  },\n};\n"
    )
    no_sync_server = (
        "const express = require('express');\nconst { sequelize } = require('./db');\nconst articles = require('./routes/articles');\n\n"
        "const app = express();\napp.use(express.json());\napp.use('/api', articles);\n\n"
        "sequelize.authenticate().then(() => app.listen(process.env.PORT));\n"
    )
    no_run_sh = {k: v for k, v in JS_BASE.items() if k != "run.sh"}
    case(
        "r15-js-sequelize-cli-migrations-never-applied",
        "no run.sh; package.json's start runs node src/server.js, which never syncs; the tables exist only as "
        "sequelize-cli migrations a hand-run db:migrate script applies",
        no_run_sh,
        {"database": "postgres"},
        {"database": bad("no-schema")},
        {
            "package.json": pkg(
                {"sequelize-cli": "^6.6.2"},
                base=dict(
                    JS_PACKAGE, scripts={"start": "node src/server.js", "db:migrate": "sequelize-cli db:migrate"}
                ),
            ),
            "src/server.js": no_sync_server,
            "migrations/20240101000000-create-articles.js": migration,
        },
    )
    case(
        "r15-js-sequelize-cli-migrations-run-before-start-ok",
        "the same migrations; package.json's prestart runs sequelize-cli db:migrate",
        no_run_sh,
        {"database": "postgres"},
        {},
        {
            "package.json": pkg(
                {"sequelize-cli": "^6.6.2"},
                base=dict(JS_PACKAGE, scripts={"prestart": "sequelize-cli db:migrate", "start": "node src/server.js"}),
            ),
            "src/server.js": no_sync_server,
            "migrations/20240101000000-create-articles.js": migration,
        },
    )


def define_round_fifteen_h() -> None:
    """Round 15 (2026-12-02), from the adversarial-h split: a host or port from a variable of the app's own;
    PGHOST percent-encoded through an alias; a URL cut in the module that reads DATABASE_URL; yarl's host
    with a fallback; the given path cut to Path(...).name or joined under process.cwd(); schema creation
    called only by a command-line command, or behind a flag of a settings object or the environment."""
    case(
        "r15h-py-django-host-from-own-variable",
        "DATABASES' HOST is os.environ.get('POSTGRES_HOST', '127.0.0.1'), NAME/USER from PG*",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/settings.py": "import os\n\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n"
            "        'NAME': os.environ.get('PGDATABASE', 'conduit'),\n        'USER': os.environ.get('PGUSER', 'conduit'),\n"
            "        'HOST': os.environ.get('POSTGRES_HOST', '127.0.0.1'),\n        'PORT': os.environ.get('PGPORT', '5432'),\n    }\n}\n"
        },
    )
    case(
        "r15h-js-pool-port-from-own-variable",
        "new Pool({ host: PGHOST, port: Number(process.env.POSTGRES_PORT ?? 5433), ... })",
        JS_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "src/db.js": "const { Pool } = require('pg');\n\nconst pool = new Pool({\n  host: process.env.PGHOST ?? 'localhost',\n"
            "  port: Number(process.env.POSTGRES_PORT ?? 5433),\n  user: process.env.PGUSER,\n  database: process.env.PGDATABASE,\n});\n\n"
            "module.exports = { pool };\n"
        },
    )
    case(
        "r15h-js-pool-from-pg-variables-ok",
        "new Pool({ host: PGHOST, port: Number(process.env.PGPORT ?? 5432), ... })",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/db.js": "const { Pool } = require('pg');\n\nconst pool = new Pool({\n  host: process.env.PGHOST ?? 'localhost',\n"
            "  port: Number(process.env.PGPORT ?? 5432),\n  user: process.env.PGUSER,\n  database: process.env.PGDATABASE,\n});\n\n"
            "module.exports = { pool };\n"
        },
    )
    case(
        "r15h-js-url-from-encoded-pghost-alias-ok",
        "const enc = encodeURIComponent; `postgres://${enc(PGUSER)}@${enc(PGHOST)}:${PGPORT}/${enc(PGDATABASE)}`",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst enc = encodeURIComponent;\nconst env = process.env;\n"
            "const url = `postgres://${enc(env.PGUSER)}@${enc(env.PGHOST)}:${env.PGPORT}/${enc(env.PGDATABASE)}`;\n\n"
            "const sequelize = new Sequelize(url, { dialect: 'postgres', logging: false });\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r15h-js-sql-placeholders-replaced-ok",
        "db.js hands DATABASE_URL to postgres() unchanged and turns '?' placeholders into $n with text.replace(/\\?/g, ...)",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/db.js": "const postgres = require('postgres');\n\nconst sql = postgres(process.env.DATABASE_URL);\n\n"
            "function numbered(text) {\n  let n = 0;\n  return text.replace(/\\?/g, () => `$${++n}`);\n}\n\n"
            "module.exports = { sql, numbered };\n",
            "package.json": pkg({"postgres": "^3.4.4"}),
        },
    )
    case(
        "r15h-js-config-module-cuts-url-query",
        "config.js reads DATABASE_URL and rebuilds it from raw.split('?') with its own options; db.js opens the pool",
        JS_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "src/config.js": "function connectionString(raw) {\n  const [base] = raw.split('?');\n"
            "  return `${base}?application_name=conduit`;\n}\n\nmodule.exports = { databaseUrl: connectionString(process.env.DATABASE_URL) };\n",
            "src/db.js": "const { Sequelize } = require('sequelize');\nconst { databaseUrl } = require('./config');\n\n"
            "const sequelize = new Sequelize(databaseUrl, { dialect: 'postgres', logging: false });\n\nmodule.exports = { sequelize };\n",
        },
    )
    case(
        "r15h-py-yarl-host-fallback",
        "URL.create(host=YURL(DATABASE_URL).host or '127.0.0.1', ...): the query is never read",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.engine import URL\nfrom yarl import URL as YURL\n\n"
            "parsed = YURL(os.environ['DATABASE_URL'])\nengine = create_engine(URL.create('postgresql+psycopg', username=parsed.user, "
            "host=parsed.host or '127.0.0.1', port=parsed.port or 5432, database=parsed.path.lstrip('/')))\n"
        },
    )
    py_lite = dict(PY_BASE, **PY_SQLITE)
    case(
        "r15h-py-url-database-file-name-only",
        "os.path.join(app.instance_path, Path(make_url(DATABASE_URL).database).name): only the file name is kept",
        py_lite,
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
        {
            "conduit/db.py": "import os\nfrom pathlib import Path\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.engine import make_url\n\n"
            "url = make_url(os.environ['DATABASE_URL'])\nfile = os.path.join('instance', Path(url.database).name)\n"
            "engine = create_engine(f'sqlite:///{file}')\n"
        },
    )
    case(
        "r15h-js-path-join-cwd-sqlite-path",
        "path.join(process.cwd(), process.env.SQLITE_PATH): the absolute path is moved under the working directory",
        js_lite_base(),
        {"database": "sqlite"},
        {"database": bad("wrong-location")},
        {
            "src/db.js": "const path = require('path');\nconst { Sequelize } = require('sequelize');\n\n"
            "const sequelize = new Sequelize({ dialect: 'sqlite', storage: path.join(process.cwd(), process.env.SQLITE_PATH), logging: false });\n\n"
            "module.exports = { sequelize };\n"
        },
    )
    cli_app = (
        PY_APP.replace("    Base.metadata.create_all(engine)\n", "")
        .replace(
            "    return app\n",
            "    @app.cli.command('init-db')\n    def init_db_command() -> None:\n        create_schema()\n\n    return app\n",
        )
        .replace("from conduit.db import SessionLocal, engine", "from conduit.db import SessionLocal, create_schema")
    )
    case(
        "r15h-py-schema-function-called-only-by-cli-command",
        "db.create_schema() (create_all) is called only by @app.cli.command('init-db'), which run.sh never runs",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("no-schema")},
        {
            "conduit/db.py": PY_DB
            + "\n\ndef create_schema() -> None:\n    from conduit.models.entities import Base\n\n    Base.metadata.create_all(engine)\n",
            "conduit/app.py": cli_app,
        },
    )
    env_ts = "import { z } from 'zod';\n\nexport const env = z.object({ DB_SYNC: z.enum(['true', 'false']).default('{default}') }).parse(process.env);\n"
    server = (
        "import { env } from './env.js';\nimport { sequelize } from './db.js';\n\n"
        "if (env.DB_SYNC === 'true') await sequelize.sync();\n"
    )
    case(
        "r15h-ts-sync-behind-settings-flag-off",
        "server.ts syncs only if env.DB_SYNC === 'true', a zod setting defaulting to 'false' nothing sets",
        JS_BASE,
        {"database": "postgres"},
        {"database": bad("no-schema")},
        {
            "src/env.ts": env_ts.replace("{default}", "false"),
            "src/server.js": server,
        },
    )
    case(
        "r15h-ts-sync-behind-settings-flag-on-by-default-ok",
        "the same flag, defaulting to 'true'",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/env.ts": env_ts.replace("{default}", "true"),
            "src/server.js": server,
        },
    )

    case(
        "r15h-py-connect-args-host-overrides-url",
        "create_engine(DATABASE_URL, connect_args={'host': settings.db_host}) with db_host from DB_HOST, default 'db'",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "DB_HOST = os.environ.get('DB_HOST', 'db')\n"
            "engine = create_engine(os.environ['DATABASE_URL'], connect_args={'host': DB_HOST, 'connect_timeout': 10})\n"
            "SessionLocal = sessionmaker(bind=engine)\n"
        },
    )
    case(
        "r15h-py-connect-args-timeout-only-ok",
        "create_engine(DATABASE_URL, connect_args={'connect_timeout': 10})",
        PY_BASE,
        {"database": "postgres"},
        {},
        {
            "conduit/db.py": "import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "engine = create_engine(os.environ['DATABASE_URL'], connect_args={'connect_timeout': 10})\n"
            "SessionLocal = sessionmaker(bind=engine)\n"
        },
    )
    favorites = (
        "from django.core.cache import cache\n\n\ndef favorite(article_id: int, user_id: int) -> None:\n"
        "    fans = cache.get(f'fans:{article_id}', set())\n    cache.set(f'fans:{article_id}', fans | {user_id}, timeout={timeout})\n"
    )
    django_settings = "import os\n\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': os.environ.get('PGDATABASE')}}\n"
    case(
        "r15h-py-django-favorites-in-locmem-cache",
        "a service keeps favorites in Django's cache with timeout=None; CACHES is not set (LocMemCache)",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("in-memory-data")},
        {
            "conduit/settings.py": django_settings,
            "conduit/services/favorites.py": favorites.replace("{timeout}", "None"),
        },
    )
    case(
        "r15h-py-django-cache-with-expiry-ok",
        "the same service caches favorites counts for 60 seconds",
        PY_BASE,
        {"database": "postgres"},
        {},
        {"conduit/settings.py": django_settings, "conduit/services/favorites.py": favorites.replace("{timeout}", "60")},
    )

    settings_class = (
        "from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n"
        "    model_config = SettingsConfigDict({options})\n\n"
        "    database_url: str = 'postgresql+psycopg://conduit:conduit@localhost:5432/conduit'\n\n\nsettings = Settings()\n"
    )
    settings_db = (
        "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\nfrom conduit.settings import settings\n\n"
        "engine = create_engine(settings.database_url)\nSessionLocal = sessionmaker(bind=engine)\n"
    )
    case(
        "r15h-py-case-sensitive-settings-default-used",
        "pydantic settings with case_sensitive=True: the field database_url is never read from DATABASE_URL, so "
        "its localhost default is the URL",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/settings.py": settings_class.replace("{options}", "case_sensitive=True"),
            "conduit/db.py": settings_db,
        },
    )
    case(
        "r15h-py-settings-default-only-when-unset-ok",
        "the same settings without case_sensitive: DATABASE_URL fills database_url, the default is a fallback",
        PY_BASE,
        {"database": "postgres"},
        {},
        {"conduit/settings.py": settings_class.replace("{options}", "extra='ignore'"), "conduit/db.py": settings_db},
    )


def define_round_fifteen_i() -> None:
    """Round 15 (2026-12-02), from the adversarial-i split: app state that start-up fills with a repository or
    a way to the database, read back by a route; a SELECT subquery inside a text() fragment."""
    tags_route = (
        "const express = require('express');\n\nconst router = express.Router();\n\n"
        "router.get('/tags', async (req, res) => {\n  res.json({ tags: await req.app.get('{key}').list() });\n});\n\n"
        "module.exports = router;\n"
    )
    server = (
        "const express = require('express');\nconst tagRepository = require('./repositories/tagRepository');\n"
        "const tagService = require('./services/tagService');\nconst tags = require('./routes/tags');\n\n"
        "const app = express();\napp.set('tagSource', { list: () => tagRepository.tagNames() });\n"
        "app.set('tagService', tagService);\napp.use('/api', tags);\napp.listen(process.env.PORT);\n"
    )
    files = {
        "src/server.js": server,
        "src/repositories/tagRepository.js": "const { Tag } = require('../models/article');\n\n"
        "async function tagNames() {\n  return (await Tag.findAll()).map((t) => t.name);\n}\n\nmodule.exports = { tagNames };\n",
        "src/services/tagService.js": "const tagRepository = require('../repositories/tagRepository');\n\n"
        "async function list() {\n  return tagRepository.tagNames();\n}\n\nmodule.exports = { list };\n",
    }
    case(
        "r15i-js-route-reads-repository-closure-from-app-settings",
        "server.js stores { list: () => tagRepository.tagNames() } with app.set('tagSource', ...); the route calls "
        "req.app.get('tagSource').list()",
        JS_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        dict(files, **{"src/routes/tags.js": tags_route.replace("{key}", "tagSource")}),
    )
    case(
        "r15i-js-route-reads-service-from-app-settings-ok",
        "the same app; the route calls req.app.get('tagService').list()",
        JS_BASE,
        {"architecture": "clean"},
        {},
        dict(files, **{"src/routes/tags.js": tags_route.replace("{key}", "tagService")}),
    )
    case(
        "r15i-py-aiohttp-health-pings-through-app-key",
        "create_app stores a ping function (a session running select(1)) under an AppKey; the health route calls it",
        PY_BASE,
        {"architecture": "clean"},
        {"architecture": bad("skipped-layer")},
        {
            "conduit/main.py": "from aiohttp import web\nfrom sqlalchemy import select\n\nfrom conduit.db import SessionLocal\n"
            "from conduit.routes import health\n\n\ndef create_app() -> web.Application:\n    app = web.Application()\n"
            "    app.add_routes(health.routes)\n\n    def ping() -> None:\n        with SessionLocal() as session:\n"
            "            session.scalar(select(1))\n\n    app[health.DB_PING] = ping\n    return app\n",
            "conduit/routes/health.py": "from collections.abc import Callable\n\nfrom aiohttp import web\n\n"
            "DB_PING = web.AppKey('db_ping', Callable[[], object])\nroutes = web.RouteTableDef()\n\n\n"
            "@routes.get('/api/health')\nasync def health(request: web.Request) -> web.Response:\n"
            "    request.app[DB_PING]()\n    return web.json_response({'status': 'ok'})\n",
        },
    )
    case(
        "r15i-py-text-fragment-with-subquery",
        "a repository adds where(text('articles.author_id IN (SELECT followee_id FROM follows WHERE ...)')) to a select",
        PY_BASE,
        {"orm": "sqlalchemy"},
        {"orm": bad("raw-sql")},
        {
            "conduit/repositories/articles.py": PY_REPO
            + "\n\ndef feed(session, user_id: int):\n    from sqlalchemy import text\n\n"
            "    return session.scalars(select(Article).where(text('articles.author_id IN (SELECT followee_id FROM follows "
            "WHERE follower_id = :me)')).params(me=user_id)).all()\n"
        },
    )

    case(
        "r15i-py-constant-named-like-the-variable",
        "SQLALCHEMY_DATABASE_URI = SQLALCHEMY_DATABASE_URL, a constant built from literal parts; DATABASE_URL and "
        "PG* are never read",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/secret.py": "db_user, db_host, db_name = 'api', 'localhost', 'api'\n"
            "SQLALCHEMY_DATABASE_URL = f'postgresql://{db_user}@{db_host}/{db_name}'\n",
            "conduit/db.py": "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "from conduit.secret import SQLALCHEMY_DATABASE_URL\n\nengine = create_engine(SQLALCHEMY_DATABASE_URL)\n"
            "SessionLocal = sessionmaker(bind=engine)\n",
        },
    )


def define_round_fifteen_review() -> None:
    """Round 15's review (2026-12-02): constructs of ordinary compliant backends that the round's first
    rules flagged, or crashed on, kept here as regression cases; and a fixed URL whose credentials say
    "testusr", which the tests-only reading had let pass."""
    case(
        "r15r-py-route-bare-annotated-parameter-ok",
        "a route file mentioning reports, with a parameter annotated by a bare Annotated",
        PY_BASE,
        {"architecture": "clean"},
        {},
        {
            "conduit/routes/reports.py": "from typing import Annotated\n\nfrom conduit.services.articles import ArticleService\n\n\n"
            "def reports(service: ArticleService, extra: Annotated) -> list:\n    return service.list_reports(extra)\n"
        },
    )
    case(
        "r15r-py-django-models-use-orm-helpers-ok",
        "Django ORM models importing django.db, django.conf.settings and django.utils.timezone",
        PY_BASE,
        {"architecture": "clean"},
        {},
        {
            "conduit/views.py": "from django.http import JsonResponse\n",
            "conduit/models/entities.py": "from django.conf import settings\nfrom django.db import models\nfrom django.utils import timezone\n\n\n"
            "class Article(models.Model):\n    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)\n"
            "    created_at = models.DateTimeField(default=timezone.now)\n",
        },
    )
    case(
        "r15r-js-koa-middleware-loads-user-into-ctx-state-ok",
        "an auth middleware outside the layers sets ctx.state.user from the user repository; routes read ctx.state.user",
        JS_BASE,
        {"architecture": "clean"},
        {},
        {
            "src/middleware/auth.js": "const userRepository = require('../repositories/articleRepository');\n\n"
            "module.exports = async function auth(ctx, next) {\n  ctx.state.user = await userRepository.findBySlug(ctx.headers.user);\n  await next();\n};\n",
            "src/routes/me.js": "const articleService = require('../services/articleService');\n\n"
            "module.exports = async function me(ctx) {\n  ctx.body = await articleService.getArticle(ctx.state.user.slug);\n};\n",
        },
    )
    case(
        "r15r-js-service-arrow-function-same-name-ok",
        "the service defines findAllTags as an arrow function const; the route calls tags.findAllTags()",
        JS_BASE,
        {"architecture": "clean"},
        {},
        {
            "src/repositories/tagRepository.js": "class TagRepository {\n  async findAllTags() {\n    return [];\n  }\n}\n\nmodule.exports = { TagRepository };\n",
            "src/services/tagService.js": "const { TagRepository } = require('../repositories/tagRepository');\n\n"
            "function makeTagService(repository = new TagRepository()) {\n  const findAllTags = async () => repository.findAllTags();\n"
            "  return { findAllTags };\n}\n\nmodule.exports = { makeTagService };\n",
            "src/routes/tags.js": "module.exports = (tags) => async (req, res) => {\n  res.json({ tags: await tags.findAllTags() });\n};\n",
        },
    )
    case(
        "r15r-js-run-sh-maps-own-variables-to-pg-ok",
        'run.sh exports DB_HOST="$PGHOST" and DB_PORT="$PGPORT"; the pool reads DB_HOST and DB_PORT',
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "run.sh": '#!/bin/sh\nexport DB_HOST="$PGHOST"\nexport DB_PORT="$PGPORT"\nexec node src/server.js\n',
            "src/db.js": "const { Pool } = require('pg');\n\nconst pool = new Pool({\n  host: process.env.DB_HOST,\n"
            "  port: Number(process.env.DB_PORT),\n  user: process.env.PGUSER,\n  database: process.env.PGDATABASE,\n});\n\n"
            "module.exports = { pool };\n",
        },
    )
    case(
        "r15r-js-request-url-split-ok",
        "server.js hands DATABASE_URL to the pool unchanged and cuts the request's URL at '?' for logging",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/server.js": JS_SERVER.rstrip("\n")
            + "\n\nconst { Pool } = require('pg');\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\n"
            "function logPath(req) {\n  return req.url.split('?')[0];\n}\nmodule.exports = { pool, logPath };\n"
        },
    )
    case(
        "r15r-js-sequelize-sqlite-url-in-variable-ok",
        "const url = `sqlite:${process.env.SQLITE_PATH}`; new Sequelize(url, { dialect: 'sqlite' })",
        js_lite_base(),
        {"database": "sqlite"},
        {},
        {
            "src/db.js": "const { Sequelize } = require('sequelize');\n\nconst url = `sqlite:${process.env.SQLITE_PATH}`;\n"
            "const sequelize = new Sequelize(url, { dialect: 'sqlite', logging: false });\n\nmodule.exports = { sequelize };\n"
        },
    )
    case(
        "r15r-js-sync-on-unless-turned-off-ok",
        "config.js: DB_SYNC: process.env.DB_SYNC !== 'false'; server.js: if (config.DB_SYNC) await sequelize.sync()",
        JS_BASE,
        {"database": "postgres"},
        {},
        {
            "src/config.js": "module.exports = { DB_SYNC: process.env.DB_SYNC !== 'false' };\n",
            "src/server.js": "const config = require('./config');\nconst { sequelize } = require('./db');\n\n"
            "async function start() {\n  if (config.DB_SYNC) await sequelize.sync();\n}\n\nstart();\n",
        },
    )
    revision = (
        "from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n"
        "    op.create_table('articles', sa.Column('id', sa.Integer, primary_key=True))\n"
    )
    case(
        "r15r-py-compose-entrypoint-script-ok",
        "no run.sh; docker-compose starts an entrypoint script this reading does not follow: the alembic "
        "revisions may be applied there",
        {k: v for k, v in PY_BASE.items() if k != "run.sh"},
        {"database": "postgres"},
        {},
        {
            "conduit/app.py": PY_APP.replace("    Base.metadata.create_all(engine)\n", ""),
            "alembic/versions/0001_articles.py": revision,
            "docker-compose.yml": "services:\n  api:\n    build: .\n    entrypoint: ['./docker-entrypoint.sh']\n"
            "  db:\n    image: postgres\n    command: postgres -c log_statement=all\n",
        },
    )
    case(
        "r15r-py-django-cache-constant-key-ok",
        "a service memoises the site configuration in Django's cache under one constant key, timeout=None",
        PY_BASE,
        {"database": "postgres"},
        {},
        {
            "conduit/services/site.py": "from django.core.cache import cache\n\n\ndef site_config(load) -> dict:\n"
            "    config = load()\n    cache.set('site_config', config, timeout=None)\n    return config\n"
        },
    )
    case(
        "r15r-py-fixed-url-with-test-named-credentials",
        "the default config class's SQLALCHEMY_DATABASE_URI is 'postgresql://testusr:password@127.0.0.1:5432/testdb'",
        PY_BASE,
        {"database": "postgres"},
        {"database": bad("fixed-connection")},
        {
            "conduit/db.py": "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\n"
            "url = 'postgresql://testusr:password@127.0.0.1:5432/testdb'\nengine = create_engine(url)\n"
            "SessionLocal = sessionmaker(bind=engine)\n"
        },
    )


def js_lite_base() -> dict:
    return dict(JS_BASE, **JS_SQLITE)


def main() -> None:
    define_cases()
    define_round_two()
    define_round_three()
    define_round_four()
    define_round_five()
    define_round_six()
    define_round_seven()
    define_round_eight()
    define_round_nine()
    define_round_ten()
    define_real_followups()
    define_fourth_batch_followups()
    define_round_twelve()
    define_round_twelve_database()
    define_round_thirteen()
    define_round_fourteen()
    define_round_fifteen()
    define_round_fifteen_architecture()
    define_round_fifteen_real()
    define_round_fifteen_h()
    define_round_fifteen_i()
    define_round_fifteen_review()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for old in HERE.iterdir():
        if old.is_dir() and (old / "expected.json").exists():
            shutil.rmtree(old)
    for item in CASES:
        directory = HERE / item["name"]
        for rel, content in item["files"].items():
            target = directory / "workspace" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content)
        expected = {"description": item["description"], "spec": item["spec"], "expected": item["expected"]}
        if item["runtime"] is not None:
            expected["runtime"] = item["runtime"]
        (directory / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
