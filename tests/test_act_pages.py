"""An act's text with its marks: nesting, links, escaping, and the OCR repairs, on real lines."""
import pytest

from kg.act_pages import Mark, marked_html, nested
from ner.core.textmap import Edit, RepairedText

PREAMBLE = "Na podtagi 17. čtena zakona o ravnanju z odpadki (Uradni tist SRS. Št. 8/78. 29/86)"
BASIS = Mark(15, 83, "basis", "law", "legal basis: zakon o ravnanju z odpadki", "../laws/law-x.html")
CITE_78 = Mark(50, 82, "citation", "issue", "cites Uradni list SRS, št. 8/1978", "../issues/a.html")
CITE_86 = Mark(50, 82, "citation", "issue", "cites Uradni list SRS, št. 29/1986", "../issues/b.html")
OCR = Mark(3, 10, "ocr", "ocr", "OCR repair: read as “podlagi”")


@pytest.mark.parametrize("marks, html", [
    # an OCR repair outside any mark
    ([OCR], 'Na <span class="m ocr k-ocr" title="OCR repair: read as “podlagi”">podtagi</span> 17.'),
    # a citation inside a legal basis: the inner mark is no link inside a link
    ([CITE_78, BASIS], '<a class="m basis k-law" href="../laws/law-x.html" title="legal basis: zakon o ravnanju z '
                       'odpadki">čtena zakona o ravnanju z odpadki (<span class="m citation k-issue" '
                       'title="cites Uradni list SRS, št. 8/1978">Uradni tist SRS. Št. 8/78. 29/86</span>)</a>'),
    # one reference printed for two issues: one mark citing both
    ([CITE_78, CITE_86], '<a class="m citation k-issue" href="../issues/b.html" title="cites Uradni list SRS, '
                         'št. 29/1986; cites Uradni list SRS, št. 8/1978">Uradni tist SRS. Št. 8/78. 29/86</a>'),
])
def test_marks_nest_and_link(marks, html):
    assert html in marked_html(PREAMBLE, 0, len(PREAMBLE), marks)


def test_a_mark_that_crosses_another_is_left_out_and_so_is_a_second_on_one_span():
    person = Mark(0, 13, "signature", "person", "signed by Raul Šiškovič", "p.html")
    same = Mark(0, 13, "mention", "person", "person: Raul Šiškovič", "p.html")
    crossing = Mark(6, 20, "mention", "body", "body: x")
    assert nested([same, crossing, person]) == [person]


def test_text_is_escaped_and_marks_outside_the_range_are_ignored():
    text = 'ZAKON <script>alert(1)</script> & "x"'
    html = marked_html(text, 6, len(text), [Mark(0, 5, "mention", "body", "b"), Mark(6, 14, "ocr", "ocr", '"<t>')])
    assert html == ('<span class="m ocr k-ocr" title="&quot;&lt;t&gt;">&lt;script&gt;</span>alert(1)&lt;/script&gt; '
                    '&amp; &quot;x&quot;')


@pytest.mark.parametrize("original, edits, changes", [
    ("Ta odtok in čten 5", [Edit(3, 8, "odlok"), Edit(12, 16, "člen")], [(3, 8, "odlok"), (12, 16, "člen")]),
    # a word broken at a line's end is joined into its second half
    ("načrta „Za gra- dom", [Edit(11, 19, "gradom")], [(11, 15, ""), (16, 19, "gradom")]),
    ("Uradni tist SRS", [Edit(7, 11, "list")], [(7, 11, "list")]),
    ("nothing repaired", [], []),
])
def test_the_words_a_repair_changed(original, edits, changes):
    assert RepairedText.apply(original, edits).changes() == changes
