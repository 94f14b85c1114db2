"""One run at a time per claims database: an exclusive lock held for the whole run.

The lock is `claims.db.lock` beside the database, locked with `flock`; it holds the
pid, host and start time of the run that has it, so a second run can say who it is.
The holder removes the file when it is done (a run that was killed leaves it, unlocked:
the kernel drops the lock when its process ends, however it ends, so it never blocks
anyone; a process forked during the run, such as a worker, does not hold it: see
`_forget_in_child`). Removal is safe because a new holder checks, once it has the lock,
that the file it locked is still the one at the path. Reading commands (`runs`, `review`,
`export`, `report`) do not take it: SQLite keeps them consistent with a running run.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no run lock
    fcntl = None  # type: ignore[assignment]

from pipeline.store.db import StoreError


class StoreBusy(StoreError):
    """Another run holds the database."""

    def __init__(self, db: Path, holder: str) -> None:
        self.db, self.holder = db, holder
        super().__init__(
            f"{db} is in use by another `claims extract` ({holder or 'holder unknown'}); "
            "wait for it to finish (or stop it), or write to another --out"
        )


_held: set[int] = set()  # descriptors of the locks this process holds


def _forget_in_child() -> None:
    """In a forked child: close its copies of the held locks' descriptors. The lock stays
    with the parent and still ends when the parent's process ends, however it ends, not
    when the last child that inherited the descriptor does. (Until the kernel first runs
    the child, its copy still holds the lock; a worker whose parent is killed in that
    instant closes it on its first step, or ends with its parent: `_worker_forked`.)"""
    for fd in _held:
        try:
            os.close(fd)
        except OSError:  # pragma: no cover - already closed
            pass
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


def lock_path(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".lock")


class RunLock:
    """`with RunLock(db):` holds the run lock of `db` or raises StoreBusy at once."""

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        self.path = lock_path(self.db)
        self._fd: int | None = None

    def acquire(self) -> None:
        if fcntl is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 400, 0).decode("utf-8", "replace").strip()
                os.close(fd)
                raise StoreBusy(self.db, holder) from None
            except OSError as exc:
                os.close(fd)
                raise StoreError(f"{self.path}: cannot lock the claims database ({exc})") from exc
            try:
                if os.stat(self.path).st_ino == os.fstat(fd).st_ino:
                    break  # still the file at the path: ours
            except FileNotFoundError:
                pass
            os.close(fd)  # its holder removed it meanwhile: lock the new one
        since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, since {since}\n".encode(), 0)
        self._fd = fd
        _held.add(fd)

    def release(self) -> None:
        if self._fd is not None and self._fd in _held:  # not in a forked child
            self.path.unlink(missing_ok=True)  # while still holding it (see the docstring)
            _held.discard(self._fd)
            os.close(self._fd)  # closing drops the lock
        self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
