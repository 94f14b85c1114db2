"""Progress on stderr for long runs: files done, claims found, rate and time left.

Shown only when stderr is a terminal and not `--quiet`; the bar appears after
the first two seconds, so short runs print nothing but their summary.
"""

from __future__ import annotations

import sys

from tqdm import tqdm


class _Bar(tqdm):
    monitor_interval = 0  # no monitor thread: the run's workers are forked (runner._fork_context)


class Progress:
    def __init__(self, *, enabled: bool = True, delay: float = 2.0) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.delay = delay
        self.bar: _Bar | None = None

    def start(self, total_files: int) -> None:
        if self.enabled:
            self.bar = _Bar(
                total=total_files, unit="file", delay=self.delay, file=sys.stderr,
                dynamic_ncols=True, smoothing=0.1,
            )  # fmt: skip

    def update(self, summary) -> None:
        if self.bar is not None:
            self.bar.n = summary.files_done
            self.bar.set_postfix(articles=summary.articles, claims=summary.claims, refresh=False)
            self.bar.refresh()

    def echo(self, message: str) -> None:
        """Print a line above the bar (or plainly without one)."""
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()
