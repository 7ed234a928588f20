"""Build hook: the package ships the memflush tree's own src/lua/*.lua and the
sql/ statements it runs, copied at build time into memflush/_data (never a copy
kept by hand). Building from an sdist uses the copies the sdist carries."""

import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HERE = os.path.dirname(os.path.abspath(__file__))
TREE = os.path.normpath(os.path.join(HERE, "..", ".."))
FILES = [("src/lua", "save.lua"), ("src/lua", "save_many.lua"), ("sql", "context_recent.sql"),
         ("sql", "schema_version.sql"), ("sql", "save_write_through.sql"),
         ("sql", "save_write_through_begin.sql")]


def copy_data(dest):
    if not os.path.isfile(os.path.join(TREE, "src", "record.c")):
        return False            # not in the memflush tree: an sdist brings its copies
    os.makedirs(dest, exist_ok=True)
    for sub, name in FILES:
        shutil.copyfile(os.path.join(TREE, sub, name), os.path.join(dest, name))
    return True


class BuildPy(build_py):
    def run(self):
        build_py.run(self)
        copy_data(os.path.join(self.build_lib, "memflush", "_data"))


class Sdist(sdist):
    def run(self):
        copy_data(os.path.join(HERE, "memflush", "_data"))
        sdist.run(self)


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist})
