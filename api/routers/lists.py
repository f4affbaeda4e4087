"""Paginated JSON lists: regions, reports, targets, projects, places, industries, indicators."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from api.caching import cache_headers, etag_for, not_modified
from api.pooled import select_rows
from kg import queries
from kg.build import KINDS
from kg.describe import _value
from kg.store.base import Term

router = APIRouter(prefix="/api", tags=["lists"])

Page = Annotated[int, Query(ge=1, le=100_000, description="1-based page number")]
PerPage = Annotated[int | None, Query(ge=1, le=500, description="items per page")]
RegionCode = Annotated[str | None, Query(pattern=r"^\d{6}$", description="GB/T 2260 code")]
Year = Annotated[int | None, Query(ge=1949, le=2100, description="plan year")]


def _cell(t: Term | None) -> Any:
    return None if t is None else _value(t)


async def _page(request: Request, build: Any, page: int, per_page: int | None,
                shape: Any) -> Response:
    services = request.app.state.services
    etag = etag_for(request)
    if cached := not_modified(request, etag):
        return cached
    size = per_page or services.settings.page_size
    rows = await select_rows(request, build(size + 1, (page - 1) * size))
    base = str(request.base_url).rstrip("/")

    def url(iri: str) -> str | None:
        path = services.vocab.path_of(iri)
        return f"{base}/{path}" if path else None

    items = [shape(r, url) for r in rows[:size]]
    next_url = None
    if len(rows) > size:
        next_url = str(request.url.include_query_params(page=page + 1, per_page=size))
    return JSONResponse({"items": items, "page": page, "per_page": size, "next": next_url},
                        headers={"Vary": "Accept", **cache_headers(request, etag)})


@router.get("/regions", summary="Regions with ingested reports or reference data")
async def regions(request: Request, page: Page = 1, per_page: PerPage = None) -> Response:
    return await _page(request, queries.list_regions, page, per_page, lambda r, url: {
        "id": r["region"].value, "url": url(r["region"].value), "code": _cell(r.get("code")),
        "label": _cell(r.get("label")), "reports": _cell(r.get("reports")),
    })


@router.get("/reports", summary="Reports, filterable by region and year")
async def reports(request: Request, page: Page = 1, per_page: PerPage = None,
                  region: RegionCode = None, year: Year = None) -> Response:
    return await _page(
        request, lambda lim, off: queries.list_reports(lim, off, region, year), page, per_page,
        lambda r, url: {
            "id": r["report"].value, "url": url(r["report"].value),
            "label": _cell(r.get("label")), "region": {"id": r["region"].value,
                                                      "code": _cell(r.get("code"))},
            "year": _cell(r.get("year")), "date": _cell(r.get("date")),
            "targets": _cell(r.get("targets")),
        })


@router.get("/targets", summary="Numeric targets, filterable by region, year, indicator, kind")
async def targets(
    request: Request, page: Page = 1, per_page: PerPage = None, region: RegionCode = None,
    year: Year = None,
    indicator: Annotated[str | None, Query(max_length=50, description="substring of the "
                                           "indicator label")] = None,
    kind: Annotated[str | None, Query(pattern="^(" + "|".join(KINDS) + ")$")] = None,
) -> Response:
    services = request.app.state.services
    report = str(services.vocab.iri("report", region, year)) if region and year else None

    def shape(r: dict[str, Term], url: Any) -> dict[str, Any]:
        lo, hi, v = _cell(r.get("min")), _cell(r.get("max")), _cell(r.get("value"))
        value = v if v is not None else [lo, hi] if lo is not None and hi is not None else (
            lo if lo is not None else hi)
        return {
            "id": r["t"].value, "url": url(r["t"].value), "label": _cell(r.get("label")),
            "indicator": _cell(r.get("indicatorLabel")), "value": value, "min_value": lo,
            "max_value": hi, "unit": _cell(r.get("unit")),
            "normalized": _cell(r.get("normalized")), "currency": _cell(r.get("currency")),
            "comparator": r["comparator"].value.rsplit("/", 1)[-1],
            "kind": r["kind"].value.rsplit("/", 1)[-1],
            "commitment": r["commitment"].value.rsplit("/", 1)[-1] if "commitment" in r
            else None,
            "text": _cell(r.get("text")), "year": _cell(r.get("year")),
            "region": {"id": r["region"].value, "code": _cell(r.get("code"))},
            "report": {"id": r["report"].value, "url": url(r["report"].value)},
        }

    return await _page(
        request, lambda lim, off: queries.list_targets(lim, off, region, year, indicator, kind, report),
        page, per_page, shape)


def _simple_list(cls: str, summary: str, with_region: bool = True) -> Any:
    async def handler(request: Request, page: Page = 1, per_page: PerPage = None,
                      region: RegionCode = None) -> Response:
        return await _page(
            request, lambda lim, off: queries.list_of_class(cls, lim, off,
                                                            region if with_region else None),
            page, per_page, lambda r, url: {
                "id": r["x"].value, "url": url(r["x"].value), "label": _cell(r.get("label")),
                "mentions": _cell(r.get("mentions")),
            })

    handler.__doc__ = summary
    return handler


router.get("/projects", summary="Named projects")(_simple_list("Project", "Named projects."))
router.get("/places", summary="Named sub-areas and places")(
    _simple_list("Area", "Planning zones, parks, towns and other places."))
router.get("/industries", summary="Industries (SKOS concepts)")(
    _simple_list("Industry", "Industries promoted by reports.", with_region=False))
router.get("/indicators", summary="Indicators (SKOS concepts)")(
    _simple_list("Indicator", "What targets measure.", with_region=False))
