"""The service's own SELECT queries (list pages) on the in-memory query workers.

List pages are aggregates over the whole store (order, filter, page); on the in-memory copy
the workers hold they run several times faster than on the on-disk store, and under the
same time limit as user queries.
"""

from __future__ import annotations

import json

from fastapi import Request

from api.errors import ApiError
from kg.store.base import QuerySyntaxError, StoreError, Term
from kg.store.pool import PoolBusy, PoolError, QueryRequest, QueryTimeout, query_pool

_JSON = "application/sparql-results+json"


async def select_rows(request: Request, sparql: str) -> list[dict[str, Term]]:
    """Rows of a SELECT as plain terms, run by the query pool."""
    services = request.app.state.services
    settings = services.settings
    pool = query_pool(request.app.state, settings, services.store)
    try:
        out = await pool.run(QueryRequest(sparql, (_JSON, _JSON, None)), settings.query_timeout_s)
    except (QueryTimeout, PoolBusy) as exc:
        raise ApiError(503, "Service busy", str(exc), headers={"Retry-After": "1"}) from exc
    except PoolError as exc:
        raise ApiError(503, "Query service unavailable", str(exc),
                       headers={"Retry-After": "5"}) from exc
    except (QuerySyntaxError, StoreError) as exc:  # our own query: a bug, not the client's
        raise ApiError(500, "Query failed", str(exc)) from exc
    bindings = json.loads(out.body)["results"]["bindings"]
    return [{var: _term(b) for var, b in row.items()} for row in bindings]


def _term(b: dict[str, str]) -> Term:
    kind = "literal" if b["type"] in ("literal", "typed-literal") else b["type"]
    return Term(kind, b["value"], b.get("datatype"), b.get("xml:lang"))  # type: ignore[arg-type]
