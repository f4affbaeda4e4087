"""schemathesis against the service's own OpenAPI: no 5xx and no schema violations.

Every operation of the real server's schema gets generated requests (bounded examples so CI
stays quick); each response goes through schemathesis' default checks: no server error,
documented status code, content type, headers and response schema — all but
``positive_data_acceptance``: JSON Schema cannot say which strings are SPARQL, so a
schema-valid but malformed query is rightly answered 400. schemathesis' pytest
plugin does not load under pytest 9, so the operations are driven with hypothesis directly.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.conftest import Server


@pytest.fixture(scope="module")
def api_schema(server: Server):
    return schemathesis.openapi.from_url(server.base_url + "/openapi.json")


def test_every_operation_survives_generated_requests(api_schema, server: Server) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10
    failures = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        def check(case) -> None:
            case.call_and_validate(base_url=server.base_url,
                                   excluded_checks=[positive_data_acceptance])

        try:
            check()
        except BaseException as exc:  # collect every operation's failure, report them all
            failures.append(f"{operation.label}: {str(exc)[:600]}")
    assert not failures, "\n\n".join(failures)
