"""Identifiers: what is accepted, and what a translator is told when a look-alike letter slips in."""

import pytest

from handbook.ids import closest, describe_malformed_id, is_valid_id


@pytest.mark.parametrize("candidate", ["cpt-lawyer-outset", "un-mandela-r43", "a", "police-24h"])
def test_valid_ids(candidate: str) -> None:
    assert is_valid_id(candidate)
    assert describe_malformed_id(candidate) is None


@pytest.mark.parametrize(
    ("candidate", "explanation"),
    [
        ("сpt-lawyer", "'сpt-lawyer' contains 'с' (cyrillic small letter es, U+0441) at position 1, "
                       "which looks like the Latin 'c'; retype the ID as 'cpt-lawyer'"),
        ("cpt-lаwyer", "'cpt-lаwyer' contains 'а' (cyrillic small letter a, U+0430) at position 6, "
                       "which looks like the Latin 'a'; retype the ID as 'cpt-lawyer'"),
        ("cpt–lawyer", "'cpt–lawyer' contains '–' (en dash, U+2013) at position 4, "
                       "which looks like the Latin '-'; retype the ID as 'cpt-lawyer'"),
        ("cpt-advokát", "'cpt-advokát' contains 'á' (latin small letter a with acute, U+00E1) at position 10; "
                        "IDs use only lowercase ASCII letters, digits and hyphens"),
        ("CPT-lawyer", "'CPT-lawyer' has capital letters; write it as 'cpt-lawyer'"),
        ("cpt--lawyer", "'cpt--lawyer' is not a valid ID; IDs use only lowercase ASCII letters, digits and single "
                        "hyphens between them (for example 'cpt-lawyer-outset')"),
        ("cpt lawyer", "'cpt lawyer' is not a valid ID; IDs use only lowercase ASCII letters, digits and single "
                       "hyphens between them (for example 'cpt-lawyer-outset')"),
        ("", "an empty ID; write the ID between the marks"),
    ],
)
def test_malformed_ids_are_explained(candidate: str, explanation: str) -> None:
    assert describe_malformed_id(candidate) == explanation


def test_closest_suggests_the_id_a_typo_meant() -> None:
    known = ["cpt-lawyer-outset", "cpt-doctor-access", "cpt-rights-info"]
    assert closest("cpt-lawyer-outst", known) == "cpt-lawyer-outset"
    assert closest("сpt-doctor-access", known) == "cpt-doctor-access"
    assert closest("something-else-entirely", known) is None
