"""Whatever YAML arrives, the loader returns a routine or raises UserFileError: nothing else."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchtimer.core.errors import UserFileError
from stretchtimer.core.loader import routine_from_text
from stretchtimer.core.model import Library

KEYS = ["version", "name", "steps", "exercise", "hold", "reps", "sides", "rest", "tempo",
        "defaults", "prepare", "warmup", "description", "x"]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["standing-quad-stretch", "both", "left", "none"]),
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(KEYS), children, max_size=5),
    ),
    max_leaves=25,
)
documents = st.dictionaries(st.sampled_from(KEYS), values, max_size=7)


def _check(text: str, library: Library) -> None:
    try:
        routine_from_text(text, library, file="gen.yaml")
    except UserFileError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.file == "gen.yaml"
            assert problem.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_generated_documents_load_or_raise_user_file_error(library: Library, data: dict) -> None:
    _check(yaml.safe_dump(data), library)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("version: 1\nname-[]{}&*!|>'\"#\t ,?steps")), max_size=120))
def test_arbitrary_text_loads_or_raises_user_file_error(library: Library, text: str) -> None:
    _check(text, library)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_arbitrary_bytes_load_or_raise_user_file_error(library: Library, raw: bytes) -> None:
    from stretchtimer.core.loader import check_routine
    from stretchtimer.core.yamldoc import read

    try:
        check_routine(read(raw, "gen.yaml"), library)
    except UserFileError as error:
        assert error.problems[0].file == "gen.yaml"
