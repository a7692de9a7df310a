"""Django's SQLite backend, with write transactions that queue for each other without sleeping.

SQLite lets one writer in at a time. A connection that finds the write lock taken waits in
SQLite's busy handler, which sleeps 1 ms, then 2, then 5 ... before trying again. A comment
submission holds the lock for about 0.2 ms, so with two gunicorn workers most of a waiting
worker's time was spent asleep after the lock was already free: two workers stored no more
comments per second than one, with a third of the CPU idle (docs/benchmarks.md).

Here every write transaction (BEGIN IMMEDIATE, which is how this project's settings open them)
first takes an advisory lock on a file beside the database, polled every 0.1 ms, and lets it go at
COMMIT or ROLLBACK. Writers then follow each other within a tenth of a millisecond. The lock is
only a queue in front of SQLite's own: if it cannot be had within the busy timeout, the
transaction goes ahead and SQLite's locking decides as before. Statements outside transactions and
in-memory databases (the test suite's) are untouched.
"""

import fcntl
import os
import time

from django.db.backends.sqlite3 import base

POLL_SECONDS = 0.0001


class DatabaseWrapper(base.DatabaseWrapper):
    _queue_fd = None
    _queued = False

    def _queue_path(self):
        if self.transaction_mode not in {"IMMEDIATE", "EXCLUSIVE"} or self.is_in_memory_db():
            return None
        return f"{self.settings_dict['NAME']}-writers.lock"

    def _join_write_queue(self):
        path = self._queue_path()
        if path is None:
            return
        if self._queue_fd is None:
            self._queue_fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + float(self.settings_dict["OPTIONS"].get("timeout", 5))
        while True:
            try:
                fcntl.flock(self._queue_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._queued = True
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return  # let SQLite's own busy handling decide
                time.sleep(POLL_SECONDS)

    def _leave_write_queue(self):
        if self._queued:
            self._queued = False
            fcntl.flock(self._queue_fd, fcntl.LOCK_UN)

    def _start_transaction_under_autocommit(self):
        self._join_write_queue()
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._leave_write_queue()
            raise

    def _commit(self):
        try:
            return super()._commit()
        finally:
            self._leave_write_queue()

    def _rollback(self):
        try:
            return super()._rollback()
        finally:
            self._leave_write_queue()

    def _close(self):
        try:
            return super()._close()
        finally:
            self._leave_write_queue()
            if self._queue_fd is not None:
                os.close(self._queue_fd)
                self._queue_fd = None
