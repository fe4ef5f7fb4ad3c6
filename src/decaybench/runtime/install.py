"""Install a workspace's dependencies, by language: each LanguageProfile names its installer."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from decaybench.runtime.processes import Mount, Sandbox, give_to, read_tail, run_command, scrubbed_env
from decaybench.verifiers.languages.python import requirement_lines


class InstallError(Exception):
    """The workspace cannot be installed; the message is one readable line."""


@dataclass
class Installed:
    """What the start step needs from the install: extra environment (PATH, VIRTUAL_ENV)."""

    env: dict[str, str]
    detail: str = ""


def uv_binary() -> str:
    from uv import find_uv_bin

    return find_uv_bin()


def _requirement_lines(path: Path) -> list[tuple[int, str]]:
    """(first line number, text) of each requirement, as uv reads the file (the Python profile's reader)."""
    return requirement_lines(path.read_text(errors="replace"))


def _is_path_or_url(line: str) -> bool:
    """A requirement given as a path or URL instead of a name; uv judges those itself."""
    first = line.split(maxsplit=1)[0]
    return first.startswith((".", "/", "~", "file:")) or "://" in first


def check_requirements(path: Path) -> None:
    """Reject what uv would reject, with a clearer message: unparsable requirement lines."""
    from packaging.requirements import InvalidRequirement, Requirement

    for number, line in _requirement_lines(path):
        if _is_path_or_url(line):
            continue
        named = line.split(" --", 1)[0].strip()  # per-requirement options, e.g. --hash
        try:
            Requirement(named)
        except InvalidRequirement as exc:
            raise InstallError(f"requirements.txt line {number} is not a valid requirement: {line!r} ({exc})") from None


def _last_line(log_path: Path) -> str:
    lines = [line.strip() for line in read_tail(log_path, 2000).splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def _is_self_contained(manifest: Path) -> bool:
    """True when the requirements name only registry packages, so their hash identifies the install."""
    if any(raw.lstrip().startswith("-") for raw in manifest.read_text(errors="replace").splitlines()):
        return False  # options (-r, -e, --find-links) may pull in what the hash does not cover
    return not any(
        _is_path_or_url(line) or "file:" in line or " @ " in line for _, line in _requirement_lines(manifest)
    )


def _venv_key(manifest: Path) -> str:
    import hashlib
    import platform
    from importlib.metadata import version

    uv_version = version("uv")
    identity = f"{manifest.read_bytes()!r}|{sys.version}|{platform.machine()}|{platform.libc_ver()}|uv {uv_version}"
    return hashlib.sha256(identity.encode()).hexdigest()[:24]


def _build_venv(
    venv: Path,
    manifest: Path,
    cwd: Path,
    uv_cache: Path,
    log_path: Path,
    timeout: float,
    sandbox: Sandbox | None,
    *,
    wheels_only: bool = False,
) -> None:
    """A relocatable virtualenv with the requirements installed and their bytecode compiled.

    Sandboxed, uv and the packages' build scripts see the registries (through the harness's
    registry proxy), the uv cache given and the run directory - nothing else of the harness's.
    ``wheels_only``: build nothing (no package code runs at all)."""
    uv_cache.mkdir(parents=True, exist_ok=True)
    uv = uv_binary()
    home = sandbox.home if sandbox is not None else cwd
    env = scrubbed_env({"UV_CACHE_DIR": str(uv_cache), "UV_NO_PROGRESS": "1"}, home=home, network=True)
    if sandbox is not None:
        sandbox = sandbox.with_mounts(
            Mount(Path(uv), Path(uv)), Mount(uv_cache, uv_cache, writable=True), network=False, installer=True
        )

    def run(argv: list[str]):
        return run_command(argv, cwd=cwd, env=env, log_path=log_path, timeout=timeout, sandbox=sandbox)

    python = os.path.realpath(sys.executable)  # the installation itself: the harness's venv stays out of sight
    created = run([uv, "venv", "--quiet", "--relocatable", "--python", python, str(venv)])
    if not created.ok:
        raise InstallError(f"cannot create a virtual environment: {_last_line(log_path)}")
    # copy mode: nothing in the venv is a hardlink into uv's shared cache;
    # compiled bytecode: the server starts without compiling its dependencies first.
    pip_install = [
        uv,
        "pip",
        "install",
        "--python",
        str(venv / "bin" / "python"),
        "--link-mode",
        "copy",
        "--compile-bytecode",
        "-r",
        str(manifest),
        *(["--no-build"] if wheels_only else []),
    ]
    # A warm cache answers without asking the registry; only a miss goes online.
    result = run([*pip_install, "--offline"])
    if not result.ok and not result.timed_out:
        result = run(pip_install)
    if result.timed_out:
        raise InstallError(f"install timed out after {timeout:.0f}s")
    if not result.ok:
        limit = f" ({result.limit})" if result.limit else ""
        raise InstallError(
            f"`uv pip install -r requirements.txt` exited with {result.returncode}{limit}: {_last_line(log_path)}"
        )


def _build_template(
    building: Path, shared_cache: Path, own_cache: Path, log_path: Path, timeout: float, sandbox: Sandbox | None
) -> None:
    """Registry requirements in ``building``: wheels only first, by uv itself outside the sandbox
    (no package code runs, and uv alone writes its shared cache); when something must be built
    from source, the whole install again in the sandbox, with a cache of its own."""
    manifest = building / "requirements.txt"
    if sandbox is None:
        _build_venv(building / "venv", manifest, building, shared_cache, log_path, timeout, None)
        return
    try:
        _build_venv(building / "venv", manifest, building, shared_cache, log_path, timeout, None, wheels_only=True)
        return
    except InstallError as exc:
        if "timed out" in str(exc):
            raise
        with open(log_path, "a") as log:
            log.write("\n[decaybench: not every requirement has a wheel; building in the sandbox]\n")
    import shutil

    shutil.rmtree(building / "venv", ignore_errors=True)
    _build_venv(building / "venv", manifest, building, own_cache, log_path, timeout, sandbox)


def install_python(
    workspace: Path, scratch: Path, cache_dir: Path, log_path: Path, timeout: float, *, sandbox: Sandbox | None = None
) -> Installed:
    """A fresh virtualenv per run. The same requirements installed before are copied from a
    template virtualenv in the cache (same packages, bytecode included) instead of reinstalled;
    the run gets a copy, so nothing it does reaches the template."""
    import shutil
    import tempfile

    manifest = workspace / "requirements.txt"
    if not manifest.is_file():
        raise InstallError("the workspace has no requirements.txt")
    check_requirements(manifest)
    venv = scratch / "venv"
    shared_cache = cache_dir / "uv"
    # Sandboxed build scripts never get the shared uv cache (they could plant files later installs
    # use): they fill a cache of the run's own. With --no-sandbox everything uses the shared one.
    own_cache = scratch / "uv-cache" if sandbox is not None else shared_cache
    if not _is_self_contained(manifest):
        _build_venv(venv, manifest, workspace, own_cache, log_path, timeout, sandbox)
        detail = "installed (requirements with local references are not cached)"
    else:
        templates = cache_dir / "venvs"
        templates.mkdir(parents=True, exist_ok=True)
        template = templates / _venv_key(manifest)
        cache_hit = template.is_dir()
        if not cache_hit:
            # Built in the run directory (the sandbox's only writable place) from a copy of the
            # manifest alone - the workspace's code takes no part - then copied into the cache
            # by the harness, so no sandboxed process ever writes a template.
            building = scratch / "venv-build"
            building.mkdir()
            shutil.copy(manifest, building / "requirements.txt")
            _build_template(building, shared_cache, own_cache, log_path, timeout, sandbox)
            staging = Path(tempfile.mkdtemp(prefix=".build-", dir=templates))
            try:
                shutil.copytree(building / "venv", staging / "venv", symlinks=True)
                if os.geteuid() == 0:  # the harness's, whatever uid the sandbox that built it had
                    give_to(staging / "venv", os.geteuid(), gid=os.getegid())
                try:
                    (staging / "venv").rename(template)  # atomic: concurrent runs never see half a venv
                except OSError:
                    pass  # another run stored the same template first
            finally:
                shutil.rmtree(staging, ignore_errors=True)
                shutil.rmtree(building, ignore_errors=True)
        shutil.copytree(template, venv, symlinks=True)
        detail = f"virtualenv {'copied from cache' if cache_hit else 'built and cached'}"
    return Installed(
        env={"PATH": f"{venv / 'bin'}:{scrubbed_env()['PATH']}", "VIRTUAL_ENV": str(venv)},
        detail=detail,
    )


def install_node(
    workspace: Path, scratch: Path, cache_dir: Path, log_path: Path, timeout: float, *, sandbox: Sandbox | None = None
) -> Installed:
    from decaybench.runtime.node import NO_NODE_MESSAGE, find_node, install_node_dependencies, toolchain_mounts

    node = find_node()
    if node is None:
        raise InstallError(NO_NODE_MESSAGE)
    node_path = f"{node.bin_dir}:{scrubbed_env()['PATH']}"
    env = scrubbed_env({"PATH": node_path}, home=sandbox.home if sandbox else scratch, network=True)
    cache_root = cache_dir / "node"
    if sandbox is not None:
        npm_cache = cache_root / "npm-cache"
        npm_cache.mkdir(parents=True, exist_ok=True)
        sandbox = sandbox.with_mounts(
            *toolchain_mounts(node), Mount(npm_cache, npm_cache, writable=True), network=False, installer=True
        )
    result = install_node_dependencies(
        workspace, env=env, log_path=log_path, cache_root=cache_root, timeout=timeout, toolchain=node, sandbox=sandbox
    )
    if not result.ok:  # a missing or malformed package.json included
        raise InstallError(result.detail or "npm install failed")
    return Installed(env={"PATH": node_path}, detail=result.detail)


Installer = Callable[..., Installed]  # (workspace, scratch, cache_dir, log, timeout, *, sandbox)


class _Installers(Mapping[str, Installer]):
    """Language name -> installer, read from the registered LanguageProfiles (plug-in languages included)."""

    def __getitem__(self, language: str) -> Installer:
        from decaybench.verifiers import registry

        if language not in {profile.name for profile in registry.languages()}:
            raise KeyError(language)
        return registry.language(language).load_installer()

    def __iter__(self) -> Iterator[str]:
        from decaybench.verifiers import registry

        return iter([profile.name for profile in registry.languages()])

    def __len__(self) -> int:
        return sum(1 for _ in self)


INSTALLERS: Mapping[str, Installer] = _Installers()
