"""Minimal server-rendered HTML for entity pages (no template engine needed for one page)."""

from __future__ import annotations

from html import escape
from typing import Any

_STYLE = """body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid
#ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{width:14rem;color:#555;
font-weight:500}code{font-size:.85em;color:#666}nav a{margin-right:1rem}.alt a{margin-right:.6rem}"""


def _value_html(v: Any) -> str:
    if isinstance(v, dict) and "id" in v:
        target = v.get("url") or v["id"]
        label = v.get("label") or v["id"]
        inner = f'<a href="{escape(target)}">{escape(str(label))}</a>'
        if props := v.get("properties"):
            inner += "<ul>" + "".join(
                f"<li>{escape(k)}: {escape(str(x))}</li>" for k, x in props.items()
            ) + "</ul>"
        return inner
    if isinstance(v, dict):
        val = escape(str(v.get("value")))
        lang = f' <code>@{escape(v["lang"])}</code>' if v.get("lang") else ""
        dt = f' <code>{escape(v["datatype"])}</code>' if v.get("datatype") else ""
        return val + lang + dt
    return escape(str(v))


def entity_page(d: dict[str, Any], alternates: dict[str, str]) -> str:
    title = d["labels"].get("zh") or d["labels"].get("en") or d["labels"].get("") or d["id"]
    rows = []
    for key in ("value", "unit", "comparator", "kind", "commitment", "text"):
        if d.get(key) not in (None, []):
            rows.append(f"<tr><th>{key}</th><td>{escape(str(d[key]))}</td></tr>")
    for key, values in d["claims"].items():
        cells = "<br>".join(_value_html(v) for v in values)
        rows.append(f"<tr><th>{escape(key)}</th><td>{cells}</td></tr>")
    incoming = []
    for key, values in d["incoming"].items():
        cells = "<br>".join(_value_html(v) for v in values)
        incoming.append(f"<tr><th>{escape(key)}</th><td>{cells}</td></tr>")
    sources = "".join(
        f"<li><q>{escape(s['text'])}</q> <code>[{s['start']}, {s['end']})</code></li>"
        for s in d.get("sources", [])
    )
    alt = " ".join(f'<a href="{escape(u)}">{escape(n)}</a>' for n, u in alternates.items())
    labels = " · ".join(f"{escape(v)} <code>@{escape(k)}</code>" for k, v in d["labels"].items())
    return f"""<!doctype html><html lang="zh"><head><meta charset="utf-8">
<title>{escape(title)} · govreport-kg</title><style>{_STYLE}</style></head><body>
<nav><a href="/">govreport-kg</a><a href="/api/reports">reports</a><a href="/sparql">SPARQL</a>
<a href="/docs">API</a></nav>
<h1>{escape(title)}</h1><p><code>{escape(d["id"])}</code></p>
<p>{", ".join(escape(t) for t in d["types"])}</p><p>{labels}</p>
<p class="alt">Also as: {alt}</p>
<h2>Statements</h2><table>{"".join(rows)}</table>
{"<h2>Source text</h2><ul>" + sources + "</ul>" if sources else ""}
{"<h2>Linked from</h2><table>" + "".join(incoming) + "</table>" if incoming else ""}
</body></html>"""
