"""The shipped nginx configuration, made runnable on loopback without root (tests, bench).

``loopback_config(folder, listen_port, upstream_port)`` writes ``nginx.conf`` into ``folder``:
the shipped ``acopagro.conf`` with its HTTPS server turned into plain HTTP on
``127.0.0.1:<listen_port>``, its upstream on ``127.0.0.1:<upstream_port>``, the redirecting
port-80 server removed, and pid, logs and temporary files inside ``folder``.
"""

import re
from pathlib import Path

SHIPPED = Path(__file__).with_name("acopagro.conf")


def loopback_config(folder, listen_port, upstream_port):
    folder = Path(folder)
    text = SHIPPED.read_text()
    text = text.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream_port};")
    # Drop the port-80 redirect server (the first server block).
    text = re.sub(r"# Plain HTTP only redirects.*?\n}\n", "", text, count=1, flags=re.S)
    text = re.sub(
        r"\s*listen 443 ssl http2;\n\s*listen \[::\]:443 ssl http2;",
        f"\n    listen 127.0.0.1:{listen_port};",
        text,
    )
    text = re.sub(r"\n\s*ssl_[a-z_]+ [^\n]*;", "", text)
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / f"{name}_temp").mkdir(parents=True, exist_ok=True)
    main = f"""
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
daemon off;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {folder}/client_body_temp;
    proxy_temp_path {folder}/proxy_temp;
    fastcgi_temp_path {folder}/fastcgi_temp;
    uwsgi_temp_path {folder}/uwsgi_temp;
    scgi_temp_path {folder}/scgi_temp;
{text}
}}
"""
    path = folder / "nginx.conf"
    path.write_text(main)
    return path
