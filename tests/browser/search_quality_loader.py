"""tools/search_quality.py, imported for the browser tests (it is a script, not a package)."""

from __future__ import annotations

import importlib.util
import sys

from sites import ROOT

_spec = importlib.util.spec_from_file_location("search_quality", ROOT / "tools" / "search_quality.py")
assert _spec and _spec.loader
search_quality = importlib.util.module_from_spec(_spec)
sys.modules["search_quality"] = search_quality  # dataclasses and the like look their module up there
_spec.loader.exec_module(search_quality)
