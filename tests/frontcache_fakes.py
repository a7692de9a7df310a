"""Test doubles for the front cache: a purge backend that records, and a fake HTTP server that plays
Fastly's API or a Varnish (it records every request and answers with a scripted status)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class RecordingPurge:
    """FRONT_CACHE_BACKEND for tests: each purge call's keys, in order."""

    calls = []

    def purge(self, keys):
        RecordingPurge.calls.append(list(keys))


class FakeServer:
    """A loopback HTTP server on a free port. `statuses` are answered in turn (then 200)."""

    def __init__(self, statuses=()):
        self.requests = []
        self.statuses = list(statuses)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fake.requests.append({"method": self.command, "path": self.path,
                                      "headers": self.headers, "body": body})
                status = fake.statuses.pop(0) if fake.statuses else 200
                payload = json.dumps({"status": "ok" if status == 200 else "error"}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_POST = do_PURGE = do_GET = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
