"""The shipped nginx configuration (deploy/nginx/acopagro.conf) is valid and, run on
loopback in front of a stand-in application, forwards the visitor's address, scheme and
host, buffers, and compresses what the app does not."""

import gzip
import http.client
import http.server
import json
import os
import shutil
import subprocess
import threading
import time

import pytest

from deploy.nginx.loopback import loopback_config
from tests.serving.test_two_servers import free_port

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture
def nginx_binary():
    binary = shutil.which("nginx") or (
        "/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None
    )
    if not binary:
        if IN_CI:
            pytest.fail("nginx is required under CI=true (Debian: nginx-light)")
        pytest.skip("needs nginx (Debian: apt-get install nginx-light)")
    return binary


class EchoApp(http.server.BaseHTTPRequestHandler):
    """Answers the headers it received as JSON, and a stylesheet at /site.css."""

    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.path == "/site.css":
            body, kind = b"body { color: green; }\n" * 100, "text/css"
        else:
            body, kind = json.dumps(dict(self.headers)).encode(), "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(nginx_binary, tmp_path):
    app = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), EchoApp)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    port = free_port()
    config = loopback_config(tmp_path, port, app.server_address[1])
    check = subprocess.run(
        [nginx_binary, "-t", "-c", str(config), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    server = subprocess.Popen([nginx_binary, "-c", str(config), "-e", str(tmp_path / "error.log")])
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("HEAD", "/")
            break
        except OSError:
            time.sleep(0.05)
    yield port
    server.terminate()
    server.wait(10)
    app.shutdown()


def get(port, path, **headers):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": "www.acopagro.example", **headers})
    response = connection.getresponse()
    return response, response.read()


def test_the_visitors_address_scheme_and_host_reach_the_app(proxy):
    _response, body = get(proxy, "/fr/")
    received = {key.lower(): value for key, value in json.loads(body).items()}
    assert received["x-forwarded-for"] == "127.0.0.1"
    assert received["x-forwarded-proto"] == "http"
    assert received["x-forwarded-host"] == "www.acopagro.example"
    assert received["host"] == "www.acopagro.example"


def test_nginx_compresses_what_the_app_leaves_plain(proxy):
    response, body = get(proxy, "/site.css", **{"Accept-Encoding": "gzip"})
    assert response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(body).startswith(b"body { color: green; }")
