"""Find the local council that covers a place, by what a reader types.

Readers type place names without Danish letters or capitals ("hojrup", "hoejrup", "HØJRUP"):
both the typed name and the councils' places are folded the same way before they are compared,
so all of these find Højrup.
"""

import re
import unicodedata

_NOT_WORD = re.compile(r"[^a-z0-9]+")
# Danish letters and their two-letter spellings fold to one form (ø, oe, o -> o).
_DANISH = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
_DIGRAPHS = (("aa", "a"), ("oe", "o"), ("ae", "a"))


def fold(text: str) -> str:
    """A place name reduced to lower-case a-z and 0-9 words, Danish letters folded."""
    text = (text or "").casefold()
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = text.translate(_DANISH)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return _NOT_WORD.sub(" ", text).strip()


def council_places(council) -> list[str]:
    """The places a council covers: its villages, or the parts of its name ("Arnum/Højrup")."""
    places = council.village_list or [part.strip() for part in council.title.split("/")]
    return [place for place in places if place]


def matching_place(council, query: str) -> str | None:
    """The council's place that matches the folded query, if any.

    A place matches when the query names it as a whole word ("lokalråd højrup") or when the query
    is the start of its name, from three letters ("højr").
    """
    if not query:
        return None
    padded = f" {query} "
    for place in council_places(council):
        folded = fold(place)
        if not folded:
            continue
        if f" {folded} " in padded or (len(query) >= 3 and folded.startswith(query)):
            return place
    return None


def find_councils(councils, raw_query: str):
    """[(council, matching place)] for the councils covering the place typed, in list order."""
    query = fold(raw_query)
    found = []
    for council in councils:
        place = matching_place(council, query)
        if place is not None:
            found.append((council, place))
    return found
