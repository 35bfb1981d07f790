"""The modules of packaging/ (a folder, not a package: a `packaging` package would hide the
`packaging` library every virtual environment has), loaded by their path for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any


def load(name: str, path: Path) -> Any:
    """The module at `path`, registered in sys.modules as `name`."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
