"""Hypothesis against the public entry points, through Django's test client.

Each test drives one entry point with arbitrary text, bytes, sizes, repeated and missing
fields, and checks after every example: no 500, and nothing invalid stored. Rate limits
are raised so the storing path is reached."""

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

# Moderate: the whole fuzz suite stays within a minute or so on a busy 2-core machine.
fuzz = settings(
    max_examples=120,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # no slow "explain"
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values a field may receive: anything, with the awkward cases made likely.
NASTY = [
    "",
    " ",
    "\x00",
    "\u202e",
    "\ud7ff",
    "a\nb",
    "<b data-fuzz>x</b>",
    "'; DROP TABLE petitions_signature; --",
    "on",
    "UA",
    "ua",
    "XX",
    "olena@example.org",
    "OLENA@Example.org ",
    "https://example.org",
    "javascript:alert(1)",
    "x" * 5000,
]
texts = st.one_of(
    st.text(max_size=300),
    st.text(min_size=200, max_size=3000),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    st.sampled_from(NASTY),
    st.integers().map(str),
)
# Text a person could type (what a valid submission starts from).
typed = st.characters(exclude_categories=("C",))
# A field sent once, several times (repeated), or not at all (None: left out).
field_values = st.one_of(texts, st.lists(texts, min_size=2, max_size=4), st.none())


@pytest.fixture
def generous_limits(settings):
    settings.SIGN_RATE_LIMIT = "1000000/m"
    settings.SIGN_EMAIL_RATE_LIMIT = "1000000/m"
    settings.ENDORSE_RATE_LIMIT = "1000000/m"
