"""The package itself: one source for the Lua scripts and SQL (the tree's own
files, a test fails if the package's copies differ), the schema version, and
an install with pip in a fresh venv (Debian's python3-venv,
--system-site-packages for Debian's redis-py, nothing downloaded)."""

import os
import re
import subprocess

from memflush import _pg, _scripts
from conftest import PKG, TREE

NAMES = _scripts.LUA + _scripts.SQL


def tree_file(name):
    return os.path.join(TREE, "src/lua" if name.endswith(".lua") else "sql", name)


def read(p):
    with open(p, "rb") as f:
        return f.read()


def test_scripts_come_from_the_tree():
    for name in NAMES:
        assert _scripts.source_path(name) == tree_file(name)
        assert _scripts.text(name) == read(tree_file(name))


def test_schema_version_matches_the_c_library():
    with open(os.path.join(TREE, "src", "internal.h")) as f:
        m = re.search(r"#define MFP_SCHEMA_VERSION (\d+)", f.read())
    assert int(m.group(1)) == _pg.SCHEMA_VERSION
    with open(os.path.join(TREE, "src", "pgconn.c")) as f:
        files = re.findall(r'"(?:migrations/)?(\d{4}_\w+\.sql)"', f.read())
    assert tuple("migrations/" + f for f in files) == _pg.MIGRATIONS


def test_pip_install_in_a_venv(tmp_path):
    """pip install ./clients/python in a venv made with --system-site-packages,
    --no-index --no-build-isolation: the installed package carries the tree's
    scripts byte for byte, and works away from the tree."""
    venv = tmp_path / "venv"
    subprocess.run(["/usr/bin/python3", "-m", "venv", "--system-site-packages", str(venv)], check=True)
    py = str(venv / "bin" / "python")
    p = subprocess.run([py, "-m", "pip", "install", "-q", "--no-index", "--no-build-isolation", PKG],
                       capture_output=True, text=True, cwd=str(tmp_path))
    assert p.returncode == 0, p.stdout + p.stderr
    code = ("import memflush, memflush._scripts as s, os, sys\n"
            "for n in s.LUA + s.SQL:\n"
            "    print(n, s.source_path(n))\n"
            "c = memflush.Client.from_env(prefix=sys.argv[1])\n"
            "print('saved', c.save('c', 'u', 'hi', 'yo').cid)\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    p = subprocess.run([py, "-c", code, os.environ.get("MEMFLUSH_PREFIX", "py") + "-venv"],
                       capture_output=True, text=True, cwd=str(tmp_path), env=env)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    for name, line in zip(NAMES, lines):
        path = line.split(" ", 1)[1]
        assert "site-packages" in path and TREE not in path, line
        assert read(path) == read(tree_file(name)), name
    assert lines[-1].startswith("saved ")
    # and the build hook leaves no copy in the tree
    assert not os.path.exists(os.path.join(PKG, "memflush", "_data"))
