import pytest

from portfolio.status import TRANSITIONS, IllegalTransition, UseCaseStatus, check_transition

S = UseCaseStatus


@pytest.mark.parametrize(("current", "target"), [
    (S.draft, S.submitted), (S.submitted, S.triaged), (S.triaged, S.in_review), (S.in_review, S.approved),
    (S.in_review, S.needs_info), (S.needs_info, S.submitted), (S.approved, S.in_progress),
    (S.in_progress, S.live), (S.in_progress, S.stopped), (S.triaged, S.rejected), (S.submitted, S.merged),
])
def test_legal_moves_pass(current: UseCaseStatus, target: UseCaseStatus) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), [
    (S.draft, S.approved), (S.submitted, S.approved), (S.rejected, S.approved), (S.merged, S.submitted),
    (S.live, S.in_progress), (S.approved, S.rejected),
])
def test_illegal_moves_name_both_states(current: UseCaseStatus, target: UseCaseStatus) -> None:
    with pytest.raises(IllegalTransition) as err:
        check_transition(current, target, idea_id=7)
    assert f"'{current}'" in str(err.value) and f"'{target}'" in str(err.value)
    assert "idea 7" in str(err.value)


def test_every_state_has_a_rule_and_final_states_are_final() -> None:
    assert set(TRANSITIONS) == set(UseCaseStatus)
    for final in (S.rejected, S.merged, S.stopped):
        assert not TRANSITIONS[final]
