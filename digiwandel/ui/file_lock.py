"""The lock that keeps a database file to one running DigiWandel at a time.

The program window and every command that replaces a file use the same lock file, named
after the file's real path, so that a symlink or another spelling of the path to the same
file meets the same lock. A second lock, in the program's data folder and named after the
file's identity on disk (device and inode), catches a hard link: another name for the same
file that no path resolves to.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from digiwandel.paths import data_dir

# A lock file nobody can read (left empty or cut short by a crash or a power cut) is taken
# over once it is this old; a lock being written right now is never that old.
UNREADABLE_LOCK_AGE_S = 10


def lock_file_path(path: Path) -> Path:
    """The lock file of a database file: beside the real file, whatever path leads to it."""
    real = Path(path).resolve()
    return real.with_name(real.name + ".lock")


def identity_lock_path(path: Path) -> Path | None:
    """The lock named after the file's device and inode; None while the file does not
    exist or where inodes mean nothing (Windows reports 0)."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    if not info.st_ino:
        return None
    return data_dir() / "locks" / f"file-{info.st_dev}-{info.st_ino}.lock"


class FileLock:
    """The locks held on one database file; `unlock()` releases them all."""

    def __init__(self, locks: list[QLockFile], path: Path) -> None:
        self._locks = locks
        self._path = path
        self._identity = len(locks) > 1

    def cover_identity(self) -> bool:
        """Also take the identity lock once the file exists (a file created after the path
        lock was taken); False if another program holds it."""
        if self._identity or not self._locks:
            return True
        lock = _identity_lock(self._path, timeout_ms=100)
        if lock is False:
            return False
        if lock is not None:
            self._locks.append(lock)
            self._identity = True
        return True

    def unlock(self) -> None:
        for lock in reversed(self._locks):
            lock.unlock()
        self._locks = []


def try_lock(path: Path, timeout_ms: int = 100) -> FileLock | None:
    """Take the locks of a database file, or None if another running program holds one.

    A lock left by a program that crashed is taken over: QLockFile does this itself when
    the process named in the lock file is gone; an unreadable lock file is taken over here.
    """
    first = _take(lock_file_path(path), timeout_ms)
    if first is None:
        return None
    second = _identity_lock(path, timeout_ms)
    if second is False:
        first.unlock()
        return None
    return FileLock([first] if second is None else [first, second], Path(path))


def _identity_lock(path: Path, timeout_ms: int) -> QLockFile | bool | None:
    """The identity lock taken; None when there is none to take; False when it is held."""
    identity = identity_lock_path(path)
    if identity is None:
        return None
    try:
        identity.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # no data folder to write: the path lock still holds
    return _take(identity, timeout_ms) or False


def _take(lock_path: Path, timeout_ms: int) -> QLockFile | None:
    lock = QLockFile(str(lock_path))
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
