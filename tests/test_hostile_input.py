"""The whole pipeline over random and hostile text: it never crashes, and every
span it reports lies inside the original text."""
import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS
from ner.core.records import Problem, Span
from ner.pipeline import Pipeline

PIPELINE = Pipeline.from_config()
REAL = (CORPUS / "001_2b38dc8fde4d8a88.txt").read_text(encoding="utf-8")

hostile = st.one_of(
    st.text(max_size=3000),                                                    # any characters
    st.text(alphabet=st.characters(max_codepoint=0x1f), max_size=500),         # control characters
    st.from_regex(r"(<[a-z]+( [a-z]+=\"[^\"]*\")*>[^<]{0,40}</[a-z]+>){1,40}", fullmatch=True),  # HTML
    st.text(alphabet="0123456789./- ", max_size=2000),                         # only digits
    st.integers(1000, 60000).map(lambda n: "ODLOK " + "x" * n),               # a huge line
    st.tuples(st.integers(0, len(REAL)), st.integers(0, 4000)).map(lambda t: REAL[t[0]:t[0] + t[1]]),  # cut issues
    st.tuples(st.integers(0, len(REAL) - 2000), st.binary(min_size=1, max_size=200)).map(
        lambda t: REAL[t[0]:t[0] + 1500] + t[1].decode("latin-1") + REAL[t[0] + 1500:t[0] + 3000]),  # junk inside
)


def _spans(value):
    """Every Span inside a record, however deep."""
    if isinstance(value, Span):
        yield value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _spans(getattr(value, f.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _spans(item)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile)
def test_the_pipeline_survives_hostile_text_and_keeps_its_spans_inside_it(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("hostile") / "issue.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = PIPELINE._one(path)
    if isinstance(result, Problem):  # an empty or binary file is refused by name
        assert "issue.txt" in result.message and "extraction failed" not in result.message
        return
    n = len(result.source.text)
    for act in result.acts:
        for span in _spans(act):
            assert 0 <= span.start <= span.end <= n, (act.seq, span)
    for entry in result.toc:
        assert 0 <= entry.span.start <= entry.span.end <= n
