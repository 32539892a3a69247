"""How long a build spends in the hooks' own code: the time inside their event handlers, against the whole build.

    .venv/bin/python tools/hooks_share.py [mkdocs.yml]

Runs one `mkdocs build` in this process with every handler of hooks/main.py timed, and prints the seconds spent
in each event, then the total against the build. What the hooks make other plugins do (Markdown, search,
templates on the pages and links they add) is not in this share; the benchmark's hooks on / off ratio has it.
"""

from __future__ import annotations

import collections
import functools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "hooks" / "main.py"


def measure(config: Path) -> tuple[dict[str, float], float]:
    """Seconds in the hooks' handlers by event, and of the whole build, for one build of ``config``."""
    import mkdocs.plugins
    from mkdocs.__main__ import cli

    spent: dict[str, float] = collections.defaultdict(float)
    register = mkdocs.plugins.PluginCollection._register_event

    def timed(event: str, method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def handler(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent[event] += time.perf_counter() - started

        return handler

    def register_timed(self: Any, event_name: str, method: Callable[..., Any], plugin_name: str | None = None) -> None:
        code = getattr(method, "__code__", None)
        if code is not None and Path(code.co_filename).resolve() == HOOKS:
            method = timed(event_name, method)
        register(self, event_name, method, plugin_name)

    mkdocs.plugins.PluginCollection._register_event = register_timed  # type: ignore[method-assign]
    os.environ.setdefault("HANDBOOK_DOWNLOADS", "false")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with tempfile.TemporaryDirectory() as site:
        started = time.perf_counter()
        try:
            cli(["build", "-q", "-f", str(config), "-d", site], standalone_mode=False)
        finally:
            mkdocs.plugins.PluginCollection._register_event = register  # type: ignore[method-assign]
        total = time.perf_counter() - started
    return dict(spent), total


def main(argv: list[str]) -> int:
    config = Path(argv[0]) if argv else ROOT / "mkdocs.yml"
    spent, total = measure(config)
    for event, seconds in sorted(spent.items(), key=lambda e: -e[1]):
        print(f"{event:>14}: {seconds:.2f} s")
    own = sum(spent.values())
    print(f"hooks' own code: {own:.2f} s of a {total:.2f} s build ({100 * own / total:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
