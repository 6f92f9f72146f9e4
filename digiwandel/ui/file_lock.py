"""The lock that keeps a database file to one running DigiWandel at a time.

The program window and every command that replaces a file use the same lock file, named
after the file's real path, so that a symlink or another spelling of the path to the same
file meets the same lock.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLockFile

# A lock file nobody can read (left empty or cut short by a crash or a power cut) is taken
# over once it is this old; a lock being written right now is never that old.
UNREADABLE_LOCK_AGE_S = 10


def lock_file_path(path: Path) -> Path:
    """The lock file of a database file: beside the real file, whatever path leads to it."""
    real = Path(path).resolve()
    return real.with_name(real.name + ".lock")


def try_lock(path: Path, timeout_ms: int = 100) -> QLockFile | None:
    """Take the lock of a database file, or None if another running program holds it.

    A lock left by a program that crashed is taken over: QLockFile does this itself when
    the process named in the lock file is gone; an unreadable lock file is taken over here.
    """
    lock = QLockFile(str(lock_file_path(path)))
    lock.setStaleLockTime(0)  # a long-running program's lock must never count as old
    if lock.tryLock(timeout_ms):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError and _unreadable_and_old(lock):
        lock.removeStaleLockFile()
        if lock.tryLock(timeout_ms):
            return lock
    return None


def _unreadable_and_old(lock: QLockFile) -> bool:
    pid = lock.getLockInfo()[0]  # 0 when the lock file cannot be read
    if pid:
        return False
    lock_path = Path(lock.fileName())
    try:
        age = time.time() - lock_path.stat().st_mtime
    except OSError:
        return False
    return age > UNREADABLE_LOCK_AGE_S
