"""The demo marketplace HTTP server: in-process for tests, or `python -m demo.server`.

Serves demo.site on a loopback port from a daemon thread. The /bad/* endpoints
misbehave on purpose (hang, 500, 404, off-site redirect, slow) for robustness tests;
the /hostile/* pages (demo/hostile.py) try to hang or exhaust the crawler.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from demo import hostile
from demo.families import wsfeed
from demo.families.site import FamilySites
from demo.live import pages as live_pages
from demo.live.feed import LiveFeeds
from demo.live.script import load_rooms
from demo.site import DemoError, Response, Site
from hongdun.errors import HongdunError

OFFSITE = "http://offsite.invalid/"
MAX_SLOW_MS = 120_000


class _HTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer carrying the site and the stop event its handlers watch."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], site: Site, stop: threading.Event,
                 quiet: bool) -> None:
        super().__init__(address, _Handler)
        self.site = site
        self.families = FamilySites(site)  # held-out page families under /f/<family>/
        self.live = LiveFeeds(load_rooms())  # scripted live rooms under /live2/
        self.stop_event = stop
        self.quiet = quiet


class _Handler(BaseHTTPRequestHandler):
    """One request: /bad/* endpoints here, everything else through the Site."""

    server: _HTTPServer
    server_version = "DemoMall/1.0"
    protocol_version = "HTTP/1.0"
    timeout = 30

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)

    def _serve(self, head: bool) -> None:
        url = urlsplit(self.path)
        host, port = self.server.server_address[:2]
        base = f"http://{host}:{port}"
        if url.path.startswith("/bad/"):
            response = self._bad(url.path, url.query)
            if response is None:
                return
        elif url.path.startswith(live_pages.PREFIX):
            response = live_pages.respond(self.server.live, self, url.path, url.query,
                                          self.server.stop_event)
            if response is None:
                return
        elif url.path.startswith("/f/") and self.headers.get("Upgrade", "").lower() == "websocket":
            self._family_feed(url.path)
            return
        elif url.path.startswith("/f/"):
            response = self.server.families.respond(url.path, url.query, base)
        elif url.path.startswith("/hostile/"):
            answer = hostile.respond(url.path, url.query)
            if isinstance(answer, hostile.Drip):
                self._drip(answer, head)
                return
            response = answer
        else:
            response = self.server.site.respond(url.path, url.query, base)
        self._send(response, head)

    def _family_feed(self, path: str) -> None:
        """A family room's scripted WebSocket feed (demo/families/wsfeed.py)."""
        asset = self.server.families.asset(path)
        key = self.headers.get("Sec-WebSocket-Key")
        if asset is None or asset[1] != wsfeed.WS_SCRIPT or not key:
            self._send(Response(400, b"no websocket feed here", "text/plain"), head=False)
            return
        with contextlib.suppress(OSError):  # the viewer left
            wsfeed.play(asset[0], key, self.connection, self.wfile, self.server.stop_event)
        self.close_connection = True

    def _bad(self, path: str, query: str) -> Response | None:
        stop = self.server.stop_event
        if path == "/bad/hang":
            while not stop.wait(0.05):
                pass
            return None
        if path == "/bad/500":
            return Response(500, "<h1>500 服务器内部错误 Internal Server Error</h1>".encode())
        if path == "/bad/404":
            return Response(404, "<h1>404 店铺不存在 Not Found</h1>".encode())
        if path == "/bad/offsite":
            return Response(302, b"", headers=(("Location", OFFSITE),))
        if path == "/bad/slow":
            raw = parse_qs(query).get("ms", ["1000"])[0]
            if not raw.isdigit() or int(raw) > MAX_SLOW_MS:
                return Response(400, f"ms must be 0..{MAX_SLOW_MS}".encode(),
                                "text/plain; charset=utf-8")
            if stop.wait(int(raw) / 1000):
                return None
            body = f"<!DOCTYPE html><html><body><h1>慢速页面</h1><p>waited {raw} ms</p>"
            return Response(200, body.encode())
        return Response(404, b"<h1>404 Not Found</h1>")

    def _drip(self, drip: hostile.Drip, head: bool) -> None:
        """Send a body one byte per interval, until it ends, the client leaves or we stop."""
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            for k in range(0 if head else len(drip.body)):
                if self.server.stop_event.wait(drip.interval):
                    return
                self.wfile.write(drip.body[k:k + 1])
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, response: Response, head: bool) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Cache-Control", "no-store")
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            if not head:
                self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up; nothing to do


class DemoServer:
    """The demo marketplace on host:port (0 = any free port), served from a daemon thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, quiet: bool = True) -> None:
        self.host = host
        self.port = port
        self.quiet = quiet
        self.site = Site()
        self._stop = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """http://HOST:PORT of the running server."""
        if self._httpd is None:
            raise DemoError("demo server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> str:
        """Start serving in a daemon thread; return the base URL."""
        if self._httpd is not None:
            return self.base_url
        self._stop.clear()
        try:
            self._httpd = _HTTPServer((self.host, self.port), self.site, self._stop, self.quiet)
        except OSError as exc:
            raise DemoError(f"cannot listen on {self.host}:{self.port}: {exc.strerror}") from None
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        name=f"demo-server-{self.base_url}", daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving, release the port, and end hanging requests."""
        if self._httpd is None:
            return
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    @property
    def live(self) -> LiveFeeds:
        """The scripted live rooms' feeds and sent logs (for tests)."""
        if self._httpd is None:
            raise DemoError("demo server is not running")
        return self._httpd.live

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def serve_until_interrupted(self) -> None:
        """Block until Ctrl-C (used by the command line)."""
        try:
            while not self._stop.wait(0.5):
                pass
        finally:
            self.stop()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m demo.server [--host H] [--port P]`: serve until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m demo.server",
                                     description="红盾网监 demo marketplace")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    server = DemoServer(args.host, args.port, quiet=not args.verbose)
    try:
        url = server.start()
    except HongdunError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"demo marketplace at {url}/  (Ctrl-C to stop)", flush=True)
    try:
        server.serve_until_interrupted()
    except KeyboardInterrupt:
        print("demo: stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
