"""A branch manager's pull holds every RM's customers of the branch; an RM's only their own.

The client's branch view (RM column, RM filter, per-RM dashboard) relies on it.
"""

from __future__ import annotations

from typing import Any

from tests.server.conftest import World, mutation, new_id


def _customer_with_application(api: Any, name: str) -> tuple[str, str]:
    customer = api.create_customer(name=name)
    application = new_id()
    [result] = api.push(
        mutation(
            "applications",
            application,
            customer_id=customer,
            product_code="short_term_credit",
            amount="300000.00",
            term_months=12,
            status="draft",
        )
    )
    assert result["status"] == "applied", result
    return customer, application


def _records(changes: list[dict[str, Any]], entity: str) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in changes if c["entity"] == entity}


def test_an_rm_pulls_only_their_customers_and_the_manager_both(world: World) -> None:
    rm_a, rm_b, manager = world.api("rm_a"), world.api("rm_b"), world.api("manager")
    a_customer, a_application = _customer_with_application(rm_a, "温州恒达五金有限公司")
    b_customer, b_application = _customer_with_application(rm_b, "义乌鑫源商贸有限公司")

    a_changes, _, _ = rm_a.pull_all()
    assert set(_records(a_changes, "customers")) == {a_customer}
    assert set(_records(a_changes, "applications")) == {a_application}
    assert all(c.get("customer_id") != b_customer for c in a_changes)
    assert "义乌鑫源商贸有限公司" not in str(a_changes)

    b_changes, _, _ = rm_b.pull_all()
    assert set(_records(b_changes, "customers")) == {b_customer}
    assert "温州恒达五金有限公司" not in str(b_changes)

    m_changes, _, _ = manager.pull_all()
    customers = _records(m_changes, "customers")
    assert set(customers) == {a_customer, b_customer}
    assert customers[a_customer]["data"]["assigned_rm"] == rm_a.username
    assert customers[b_customer]["data"]["assigned_rm"] == rm_b.username
    assert set(_records(m_changes, "applications")) == {a_application, b_application}

    other_changes, _, _ = world.api("rm_other").pull_all()  # another branch
    assert not {a_customer, b_customer} & set(_records(other_changes, "customers"))
