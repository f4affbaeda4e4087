"""Static checks on SPARQL text before it reaches the engine: no outbound ``SERVICE`` calls
except to allow-listed hosts.

Oxigraph executes ``SERVICE <url>`` by fetching the URL, and pyoxigraph offers no switch to
turn that off, so we refuse such queries up front. A full parse would cost more than the query
on the hot path; instead comments, strings and IRIs are masked and the keyword is looked for
in what remains (a false positive can only refuse, never let a call through).
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
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE\b(?:\s+SILENT\b)?", re.IGNORECASE)


class ForbiddenQuery(ValueError):
    """The query would contact a host that is not allow-listed."""


def check_query(sparql: str, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Raise :class:`ForbiddenQuery` if ``sparql`` calls SERVICE on a non-allowed host."""
    spans: list[tuple[int, int, str]] = []

    def keep(m: re.Match[str]) -> str:
        spans.append((m.start(), m.end(), m.group(0)))
        return " " * (m.end() - m.start())

    masked = _MASK.sub(keep, sparql)
    for m in _SERVICE.finditer(masked):
        at = m.end() + len(sparql[m.end():]) - len(sparql[m.end():].lstrip())
        target = next((text for s, _, text in spans if s == at), None)
        host = urlsplit(target[1:-1]).hostname if target and target.startswith("<") else None
        if host is None or host.lower() not in allowed_hosts:
            raise ForbiddenQuery(
                f"SERVICE {target or '(variable)'} is not allowed: federated calls are limited "
                "to the hosts in KG_SERVICE_ALLOWED_HOSTS (empty by default)"
            )
