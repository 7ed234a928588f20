"""The project's own Redis scripts and SQL statements, never a copy kept by
hand: read from the source tree when the package runs from it (src/lua,
sql), else from the copies the build put into the package (memflush/_data,
copied from the same files by setup.py). A test compares them byte for byte."""

import hashlib
import os

LUA = ("save.lua", "save_many.lua")
SQL = ("context_recent.sql", "schema_version.sql", "save_write_through.sql",
       "save_write_through_begin.sql")

_HERE = os.path.dirname(os.path.abspath(__file__))
_TREE = os.path.normpath(os.path.join(_HERE, "..", "..", ".."))


def _tree_path(name):
    sub = "src/lua" if name.endswith(".lua") else "sql"
    return os.path.join(_TREE, sub, name)


def source_path(name):
    """Where the text of a script or statement is read from."""
    p = _tree_path(name)
    if os.path.isfile(p) and os.path.isfile(os.path.join(_TREE, "src", "record.c")):
        return p
    p = os.path.join(_HERE, "_data", name)
    if os.path.isfile(p):
        return p
    raise FileNotFoundError("memflush: %s is missing: install the package with pip from the "
                            "memflush tree (its build copies src/lua and sql)" % name)


_cache = {}


def text(name):
    if name not in _cache:
        with open(source_path(name), "rb") as f:
            _cache[name] = f.read()
    return _cache[name]


class Script:
    """A Lua script and its SHA-1 (what EVALSHA names)."""

    def __init__(self, name):
        self.name = name
        self.source = text(name)
        self.sha = hashlib.sha1(self.source).hexdigest()


def script(name):
    key = ("script", name)
    if key not in _cache:
        _cache[key] = Script(name)
    return _cache[key]
