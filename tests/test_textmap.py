import pytest

from ner.core.textmap import Edit, RepairedText

ORIGINAL = "Na podtagi 269. čtena zakona"


@pytest.mark.parametrize("edits, repaired", [
    ([], ORIGINAL),
    ([Edit(3, 10, "podlagi"), Edit(16, 21, "člena")], "Na podlagi 269. člena zakona"),
    ([Edit(3, 10, "pod-\nlagi")], "Na pod-\nlagi 269. čtena zakona"),
    ([Edit(11, 16, "")], "Na podtagi čtena zakona"),
])
def test_apply(edits, repaired):
    assert RepairedText.apply(ORIGINAL, edits).text == repaired


@pytest.mark.parametrize("edits, span, original_span", [
    # same-length substitutions keep offsets
    ([Edit(3, 10, "podlagi")], (3, 10), (3, 10)),
    ([Edit(3, 10, "podlagi")], (16, 22), (16, 22)),
    # a longer replacement: spans after it shift back, spans inside it cover it all
    ([Edit(3, 10, "pod-\nlagi")], (3, 12), (3, 10)),
    ([Edit(3, 10, "pod-\nlagi")], (13, 17), (11, 15)),
    ([Edit(3, 10, "pod-\nlagi")], (5, 8), (3, 10)),
    # a deletion
    ([Edit(11, 16, "")], (11, 16), (16, 21)),
])
def test_span_maps_back(edits, span, original_span):
    rt = RepairedText.apply(ORIGINAL, edits)
    assert rt.span(*span) == original_span


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        RepairedText.apply(ORIGINAL, [Edit(0, 5, "x"), Edit(3, 8, "y")])


@pytest.mark.parametrize("edits, pos, new_pos", [
    ([], 7, 7),
    ([Edit(3, 10, "pod-\nlagi")], 2, 2),
    ([Edit(3, 10, "pod-\nlagi")], 3, 3),
    ([Edit(3, 10, "pod-\nlagi")], 11, 13),
    ([Edit(11, 16, "")], 20, 15),
])
def test_from_original(edits, pos, new_pos):
    assert RepairedText.apply(ORIGINAL, edits).from_original(pos) == new_pos
