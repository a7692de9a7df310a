"""The SQLite backend's write queue (newsroom/core/sqlite): a write transaction holds the queue's
file lock from BEGIN to COMMIT or ROLLBACK, and a second writer waits for it instead of failing."""

import copy
import fcntl
import os
import threading
import time

import pytest
from django.db import connections

from newsroom.core.sqlite.base import DatabaseWrapper


@pytest.fixture(autouse=True)
def _own_databases(django_db_blocker):
    # These tests open SQLite files of their own, not the test database.
    with django_db_blocker.unblock():
        yield


def wrapper(path, alias):
    settings = copy.deepcopy(connections["default"].settings_dict)
    settings.update(ENGINE="newsroom.core.sqlite", NAME=str(path),
                    OPTIONS={"transaction_mode": "IMMEDIATE", "timeout": 5})
    return DatabaseWrapper(settings, alias=alias)


def queue_is_free(path):
    fd = os.open(f"{path}-writers.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def writer_in_a_transaction(path):
    """A connection to a new database at path, inside a write transaction that inserted one row."""
    db = wrapper(path, "queue_a")
    db.ensure_connection()
    db.cursor().execute("CREATE TABLE t (x)")
    db._start_transaction_under_autocommit()
    db.cursor().execute("INSERT INTO t VALUES (1)")
    return db


@pytest.mark.parametrize("end", ["_commit", "_rollback"])
def test_a_write_transaction_holds_the_queue_until_it_ends(tmp_path, end):
    path = tmp_path / "db.sqlite3"
    db = writer_in_a_transaction(path)
    assert not queue_is_free(path)
    getattr(db, end)()
    assert queue_is_free(path)
    rows = db.cursor().execute("SELECT count(*) FROM t").fetchone()[0]
    assert rows == (1 if end == "_commit" else 0)
    db.close()


def test_a_second_writer_waits_its_turn_and_both_writes_land(tmp_path):
    path = tmp_path / "db.sqlite3"
    first = writer_in_a_transaction(path)
    done = []

    def write():
        second = wrapper(path, "queue_b")  # a connection belongs to the thread that made it
        second.ensure_connection()
        second._start_transaction_under_autocommit()  # waits for first's COMMIT
        second.cursor().execute("INSERT INTO t VALUES (2)")
        second._commit()
        done.append(time.monotonic())
        second.close()

    thread = threading.Thread(target=write)
    thread.start()
    time.sleep(0.2)
    assert not done  # still queued behind the open transaction
    committed = time.monotonic()
    first._commit()
    thread.join(5)
    assert done and done[0] >= committed
    assert first.cursor().execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (2,)]
    first.close()
