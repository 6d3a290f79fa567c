"""Slovenian word knowledge: a frequency lexicon and a list of given names.

Word frequencies come from ``wordfreq`` (its Slovenian list, ~54,000 word forms
with frequencies from Wikipedia, subtitles, web text...). ``ner/data/domain_words.txt``
adds the vocabulary of the administrative genre, counted by
``scripts/build_lexicon.py`` in the clean issues of the bundled corpus. Given
names come from ``gender-guesser``'s name dictionary.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"
DOMAIN_WORDS = DATA / "domain_words.txt"
DOMAIN_BIGRAMS = DATA / "domain_bigrams.txt"
# Frequency given to genre words that the general lexicon lacks.
DOMAIN_FREQ = 1e-6


# Inflectional endings of Slovenian nouns, adjectives and verbs. A word form the
# lexicon lacks is still accepted when it is a known stem plus one of these
# (``zazidalnem`` from ``zazidalnega``), at a fraction of the stem's frequency;
# so are the nouns of action of a verb's stem (``dograditev`` from ``dogradi``),
# lest a misreading of another form (``dogradilev``) be preferred to them.
ENDINGS = tuple(sorted(set("""
a e i o u em om ih im ma mi ah eh ega emu ima imi ov ev ovi ovih ovim ovem ama ami
ja je ji jo ju jem jih jim ta te ti to la le li lo na ne ni no nem nih nim nega nemu
nima nimi ski ska ske sko skih skim skega skemu ih ij ijo
tev tve tvi tvijo tvah tvam
""".split())))
BACKOFF = 0.05
MIN_STEM = 4


class Lexicon:
    def __init__(self, freqs: dict[str, float]):
        self.freqs = freqs
        prefixes: set[str] = set()
        stems: dict[str, float] = {}
        for w, f in freqs.items():
            for i in range(1, len(w) + 1):
                prefixes.add(w[:i])
            for e in ENDINGS + ("",):  # a bare stem is a word too: odtok -> odtok-ov
                if w.endswith(e) and len(w) - len(e) >= MIN_STEM:
                    stem = w[:len(w) - len(e)]
                    if stems.get(stem, 0.0) < f:
                        stems[stem] = f
        self.prefixes = frozenset(prefixes)
        self.stems = stems
        self.ending_prefixes = frozenset(e[:i] for e in ENDINGS for i in range(len(e) + 1))
        self.endings = frozenset(ENDINGS)

    def __contains__(self, word: str) -> bool:
        return word in self.freqs

    def freq(self, word: str) -> float:
        return self.freqs.get(word, 0.0)

    def inflected_freq(self, word: str) -> float:
        """Frequency of a known word, or of a known stem with a regular ending."""
        f = self.freqs.get(word)
        if f:
            return f
        best = 0.0
        for cut in range(max(MIN_STEM, len(word) - 5), len(word) + 1):
            stem = word[:cut]
            if word[cut:] in self.endings and stem in self.stems and cut < len(word):
                best = max(best, self.stems[stem] * BACKOFF)
        return best


def data_lines(path: Path) -> list[str]:
    """The lines of a data file, without blank lines and # comments."""
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``ner/data/<name>.txt``, one a line, in the file's order."""
    path = DATA / f"{name}.txt"
    if not path.exists():
        raise FileNotFoundError(f"word list {path} is missing; reinstall munikg")
    return tuple(data_lines(path))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of ``ner/data/<name>.txt`` as a set."""
    return frozenset(word_list(name))


@lru_cache(maxsize=None)
def word_table(name: str) -> dict[str, str]:
    """``ner/data/<name>.tsv``: a key and its value a line, in the file's order."""
    path = DATA / f"{name}.tsv"
    if not path.exists():
        raise FileNotFoundError(f"table {path} is missing; reinstall munikg")
    return dict(line.split("\t", 1) for line in data_lines(path))


@lru_cache(maxsize=None)
def data_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``ner/data/<name>.tsv`` that has a header line (after # comments)."""
    path = DATA / f"{name}.tsv"
    if not path.exists():
        raise FileNotFoundError(f"table {path} is missing; reinstall munikg")
    lines = [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return tuple(dict(zip(header, line.split("\t"))) for line in lines[1:])


@lru_cache(maxsize=1)
def confusions() -> tuple[tuple[str, str], ...]:
    """(observed, true) pairs of the OCR's confusions (``ner/data/ocr_confusions.tsv``)."""
    return tuple(tuple(line.split("\t")) for line in data_lines(DATA / "ocr_confusions.tsv"))


def _domain_words() -> dict[str, float]:
    return {line.split("\t")[0]: DOMAIN_FREQ for line in data_lines(DOMAIN_WORDS)}


@lru_cache(maxsize=1)
def slovenian() -> Lexicon:
    import wordfreq

    freqs = {w: f for w, f in wordfreq.get_frequency_dict("sl", wordlist="best").items()
             if w.isalpha()}
    for w, f in _domain_words().items():
        freqs.setdefault(w, f)
    return Lexicon(freqs)


@lru_cache(maxsize=1)
def domain_bigrams() -> frozenset[tuple[str, str]]:
    """Pairs of adjacent words of the genre ("ta odlok", "odlok začne"), counted in
    the clean issues by scripts/build_lexicon.py."""
    return frozenset(tuple(line.split("\t")[0].partition(" ")[::2]) for line in data_lines(DOMAIN_BIGRAMS))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lowercased given names known to gender-guesser (any country), and the Slovenian
    ones it lacks (``ner/data/given_names_sl.txt``)."""
    import gender_guesser

    names: set[str] = set()
    with resources.files(gender_guesser).joinpath("data/nam_dict.txt").open(
            encoding="utf-8", errors="replace") as fh:
        for line in fh:
            # Gender code in columns 0-2 ("=" marks an equivalence line), name in 3-29.
            if line[:1] in "#=" or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name.isalpha():
                names.add(name.lower())
    names.update(line.lower() for line in data_lines(DATA / "given_names_sl.txt"))
    return frozenset(names)
