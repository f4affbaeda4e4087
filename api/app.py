"""App factory: ``create_app(settings, store)`` and the lifespan that opens/closes the store."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Receive, Scope, Send

from api.errors import (
    ERROR_RESPONSES,
    ApiError,
    api_error_handler,
    error_response,
    http_error_handler,
    validation_error_handler,
)
from api.routers import dataset, entities, lists, meta, sparql, update
from kg import __version__
from kg.config import Settings
from kg.ns import Vocab
from kg.store import GraphStore, open_store
from kg.store.pool import close_query_pool, query_pool


class Services:
    """What routes need, built once per app: settings, store, vocabulary, worker limiter."""

    def __init__(self, settings: Settings, store: GraphStore) -> None:
        self.settings = settings
        self.store = store
        self.vocab = Vocab(settings.base_iri)
        # Queries run in worker threads, never on the event loop; this bounds how many at once.
        self.query_slots = anyio.CapacityLimiter(settings.query_workers)
        self.dataset_version = ""
        # VoID / DCAT descriptions, computed once per dataset version (api/routers/dataset.py)
        self.described: dict[tuple[str, str], asyncio.Task[Any]] = {}
        self.data_changed()

    def data_changed(self) -> None:
        """A new dataset version (for ETags): at start-up and after every write."""
        self.dataset_version = f"{time.time_ns():x}"


class GovReportApp(FastAPI):
    """FastAPI, with SPARQL queries answered before Starlette's middleware stack and router.

    ``/sparql`` is the hot path (dashboards send trivial lookups by the thousand); the
    exception middlewares, the router's scan of every route and the per-request scope copies
    cost about as much as a trivial query. The handler is the very same function the route
    uses (:func:`api.routers.sparql.sparql`), with the same JSON errors (and a JSON 500 where
    Starlette would answer plain text). When any middleware is installed (CORS, or one a
    deployer adds), under a root path, and for methods the route does not take, requests go
    the usual way."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        services = getattr(self.state, "services", None)
        if (scope["type"] == "http" and scope["path"] == "/sparql" and services is not None
                and scope["method"] in ("GET", "POST") and not scope.get("root_path")
                and not self.root_path and not self.user_middleware):
            scope["app"] = self
            request = Request(scope, receive)
            try:
                response = await sparql.sparql(request)
            except ApiError as exc:
                response = await api_error_handler(request, exc)
            except Exception:  # as ServerErrorMiddleware would: a 500, and the traceback logged
                logging.getLogger("uvicorn.error").exception("error in /sparql")
                response = error_response(500, "Internal server error")
            await response(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """Build the app. With ``store`` given the caller owns it; otherwise the lifespan opens
    the store at ``settings.store_path`` and closes it on shutdown."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        st = store if store is not None else open_store(settings.store_path)
        app.state.services = Services(settings, st)
        # user SPARQL runs in stoppable worker processes over an in-memory copy of the store
        await query_pool(app.state, settings, st).start()
        try:
            yield
        finally:
            close_query_pool(app.state)
            if own:
                st.close()

    app = GovReportApp(
        title="govreport-kg",
        version=__version__,
        description="Chinese local-government work reports (政府工作报告) as linked open data: "
        "SPARQL 1.1 endpoint, entity pages and lists.",
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
    )
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST"], allow_headers=["*"],
                           expose_headers=["Link", "ETag", "X-Result-Truncated", "Retry-After"])
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.include_router(meta.router)
    app.include_router(sparql.router)
    app.include_router(update.router)
    app.include_router(dataset.router)
    app.include_router(lists.router)
    app.include_router(entities.router)
    return app
