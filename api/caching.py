"""HTTP caching: a weak ETag from the dataset version and the request, 304 on If-None-Match.

The dataset version changes when the service starts (the store may have been re-ingested)
and after every write through the API, so a cached answer is never served for other data.
"""

from __future__ import annotations

import hashlib

from fastapi import Request
from fastapi.responses import Response

CACHE_CONTROL = "public, max-age=60"


def etag_for(request: Request) -> str:
    """Weak ETag of a GET: dataset version + URL + the negotiation-relevant header."""
    version = request.app.state.services.dataset_version
    scope = request.scope  # path + query string: cheaper than building request.url
    headers = request.headers
    key = (f"{scope.get('scheme', '')}://{headers.get('host', '')}{scope.get('root_path', '')}"
           f"{scope['path']}?"
           f"{scope.get('query_string', b'').decode('latin-1')}\n{headers.get('accept', '')}"
           ).encode()
    return f'W/"{version}-{hashlib.sha1(key).hexdigest()[:16]}"'


def not_modified(request: Request, etag: str) -> Response | None:
    """A 304 when the client already holds this version, else None."""
    if request.method not in ("GET", "HEAD"):
        return None
    sent = request.headers.get("if-none-match", "")
    if sent and (sent.strip() == "*" or etag in [t.strip() for t in sent.split(",")]):
        return Response(status_code=304, headers={"ETag": etag, "Cache-Control": CACHE_CONTROL,
                                                  "Vary": "Accept"})
    return None


def cache_headers(request: Request, etag: str) -> dict[str, str]:
    """Headers for a cacheable 200 (GET only; POST answers are not cached)."""
    if request.method != "GET":
        return {}
    return {"ETag": etag, "Cache-Control": CACHE_CONTROL}
