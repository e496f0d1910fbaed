#!/usr/bin/env python3
"""A loopback stand-in for a map tile server, for bench/lighthouse.sh on a machine without
internet: answers every GET with the same 256 × 256 PNG tile (a pale land colour with a faint
grid), with the caching headers a tile CDN sends.

    .venv/bin/python bench/tile_stub.py 8099   # then MAP_TILE_URL=http://127.0.0.1:8099/{z}/{x}/{y}.png
"""

import io
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image, ImageDraw


def make_tile():
    tile = Image.new("RGB", (256, 256), (236, 232, 220))
    draw = ImageDraw.Draw(tile)
    for position in range(0, 256, 64):
        draw.line([(position, 0), (position, 255)], fill=(222, 216, 200))
        draw.line([(0, position), (255, position)], fill=(222, 216, 200))
    buffer = io.BytesIO()
    tile.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


TILE = make_tile()


class TileHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(TILE)))
        self.send_header("Cache-Control", "public, max-age=86400")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(TILE)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8099
    ThreadingHTTPServer(("127.0.0.1", port), TileHandler).serve_forever()
