"""Isso 0.14 as a peer for bench/comment_submit, run with the python of the throwaway Isso venv
(run.sh installs it outside the repository). Nothing of Isso lives here, only the glue:

  isso_peer.py setup WORK PORT SITE   writes WORK/isso.cfg and a fresh WORK/isso.db: thread /post/ for
                                      submissions, thread /thread/ with 50 published comments for reads
  isso_peer.py count WORK             prints "<comments on /post/> <of which pending>"

Settings match the Newsroom run: pre-moderation on (a new comment answers 202 and waits, pending),
the guard (rate limit) off, gravatar off, no notification backend. Both threads exist beforehand with
a title, so Isso never fetches the page over HTTP to learn one."""

import os
import sys
import time

from isso import config
from isso.db import SQLite3

CONFIG = """\
[general]
dbpath = {db}
host = {site}
notify =
gravatar = false
latest-enabled = false

[moderation]
enabled = true
approve-if-email-previously-approved = false

[guard]
enabled = false

[server]
listen = http://127.0.0.1:{port}/

[admin]
enabled = false
"""


def load(work):
    path = os.path.join(work, "isso.cfg")
    conf = config.load(config.default_file(), path)
    return SQLite3(conf.get("general", "dbpath"), conf)


def setup(work, port, site):
    db_path = os.path.join(work, "isso.db")
    for suffix in ("", "-journal", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    with open(os.path.join(work, "isso.cfg"), "w") as f:
        f.write(CONFIG.format(db=db_path, site=site, port=port))
    db = load(work)
    db.threads.new("/post/", "Submissions")
    db.threads.new("/thread/", "A 50-comment thread")
    start = time.time() - 3600
    for i in range(50):
        db.comments.add("/thread/", {
            "text": f"Comment {i}: a considered view on the story, " * 3,
            "author": f"Reader {i}", "email": f"reader{i}@example.org", "website": None, "parent": None,
            "mode": 1, "remote_addr": "127.0.0.0", "created": start + i,
        })
    published = db.execute("SELECT COUNT(*) FROM comments WHERE mode = 1").fetchone()[0]
    assert published == 50, published


def count(work):
    db = load(work)
    total, pending = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(comments.mode = 2), 0) FROM comments "
        "JOIN threads ON comments.tid = threads.id WHERE threads.uri = '/post/'").fetchone()
    print(total, pending)


if __name__ == "__main__":
    if sys.argv[1] == "setup" and len(sys.argv) == 5:
        setup(*sys.argv[2:])
    elif sys.argv[1] == "count" and len(sys.argv) == 3:
        count(sys.argv[2])
    else:
        sys.exit(__doc__)
