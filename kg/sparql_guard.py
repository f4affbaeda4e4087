"""Static checks on SPARQL text before it reaches the engine.

* :func:`check_query` — no outbound ``SERVICE`` calls except to allow-listed hosts.
* :func:`check_update` — an update may not ``LOAD`` a URL or call ``SERVICE`` at all.
* :func:`has_dataset_clause` — does the query name its own dataset (``FROM``/``FROM NAMED``)?
* :func:`guard_query` — the first and the last in one pass, for the endpoint's hot path.

Oxigraph executes ``SERVICE <url>`` and ``LOAD <url>`` by fetching the URL, and pyoxigraph
offers no switch to turn that off, so such text is refused up front. A full parse would cost
more than a typical query on the hot path; instead comments, strings and IRIs are masked and
keywords are looked for in what remains. A keyword hidden in a string, an IRI or a comment is
therefore not seen, and a false positive can only refuse, never let a call through.
(The query workers also run without network access where the OS allows it; see
:mod:`kg.store.pool`.)
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_MASK = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)


def _keyword(word: str) -> re.Pattern[str]:
    """A SPARQL keyword, not part of a prefixed name, variable or longer word."""
    return re.compile(rf"(?<![\w:?$-]){word}(?![\w:-])", re.IGNORECASE)


_SERVICE = _keyword(r"SERVICE(?:\s+SILENT)?")
_LOAD = _keyword("LOAD")
_FROM = _keyword("FROM")


class ForbiddenQuery(ValueError):
    """The query or update would contact a host that is not allow-listed."""


def _mask(sparql: str) -> tuple[str, dict[int, str]]:
    """``sparql`` with strings, IRIs and comments blanked out (same length), and the masked
    tokens by start offset."""
    tokens: dict[int, str] = {}

    def keep(m: re.Match[str]) -> str:
        tokens[m.start()] = m.group(0)
        return " " * (m.end() - m.start())

    return _MASK.sub(keep, sparql), tokens


def _service_targets(sparql: str) -> list[str | None]:
    """The IRI after each SERVICE keyword (None when it is a variable or missing)."""
    masked, tokens = _mask(sparql)
    targets: list[str | None] = []
    for m in _SERVICE.finditer(masked):
        rest = sparql[m.end():]
        at = m.end() + len(rest) - len(rest.lstrip())
        token = tokens.get(at)
        targets.append(token if token and token.startswith("<") else None)
    return targets


def guard_query(sparql: str, allowed_hosts: frozenset[str] = frozenset()) -> bool:
    """:func:`check_query` and :func:`has_dataset_clause` in one pass (the endpoint's hot
    path): raise :class:`ForbiddenQuery` on a non-allowed SERVICE, else return whether the
    query has its own FROM / FROM NAMED dataset."""
    low = sparql.lower()
    if "service" not in low and "from" not in low:  # most queries: nothing to mask
        return False
    check_query(sparql, allowed_hosts)
    return has_dataset_clause(sparql)


def check_query(sparql: str, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Raise :class:`ForbiddenQuery` if ``sparql`` calls SERVICE on a non-allowed host."""
    for target in _service_targets(sparql):
        host = urlsplit(target[1:-1]).hostname if target else None
        if host is None or host.lower() not in allowed_hosts:
            raise ForbiddenQuery(
                f"SERVICE {target or '(variable)'} is not allowed: federated calls are limited "
                "to the hosts in KG_SERVICE_ALLOWED_HOSTS (empty by default)"
            )


def check_update(sparql: str) -> None:
    """Raise :class:`ForbiddenQuery` if the update uses ``LOAD`` or ``SERVICE`` (both make
    the server fetch a URL)."""
    masked, _ = _mask(sparql)
    if _LOAD.search(masked):
        raise ForbiddenQuery("LOAD is not allowed: the server does not fetch data from URLs; "
                             "send the data with INSERT DATA or the Graph Store Protocol")
    if _SERVICE.search(masked):
        raise ForbiddenQuery("SERVICE is not allowed in updates")


def has_dataset_clause(sparql: str) -> bool:
    """True when the query has a ``FROM`` or ``FROM NAMED`` clause (its own dataset)."""
    masked, _ = _mask(sparql)
    return _FROM.search(masked) is not None
