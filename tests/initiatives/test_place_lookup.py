"""Find your local council by place (?sted= on the councils index)."""

import pytest

from initiatives.places import find_councils, fold
from tests.initiatives.factories import LocalCouncilIndexPageFactory, LocalCouncilPageFactory


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Højrup", "hojrup"),
        ("HOEJRUP", "hojrup"),
        ("hojrup", "hojrup"),
        ("Diernæs", "diernas"),
        ("diernaes", "diernas"),
        ("Kastvrå", "kastvra"),
        ("kastvraa", "kastvra"),
        ("  Bevtoft/Strandelhjørn ", "bevtoft strandelhjorn"),
    ],
)
def test_fold_treats_danish_letters_and_their_spellings_alike(typed, folded):
    assert fold(typed) == folded


@pytest.fixture
def councils(home_page):
    index = LocalCouncilIndexPageFactory(parent=home_page)
    arnum = LocalCouncilPageFactory(parent=index, title="Arnum/Højrup", villages="Arnum\nHøjrup")
    hoptrup = LocalCouncilPageFactory(
        parent=index, title="Hoptrup/Diernæs", villages="Hoptrup\nDiernæs"
    )
    return index, arnum, hoptrup


def test_find_councils_matches_whole_words_and_beginnings(councils):
    _index, arnum, hoptrup = councils
    both = [arnum, hoptrup]
    assert find_councils(both, "hojrup") == [(arnum, "Højrup")]
    assert find_councils(both, "lokalråd i højrup") == [(arnum, "Højrup")]
    assert find_councils(both, "dier") == [(hoptrup, "Diernæs")]
    assert find_councils(both, "ar") == []  # too short to be the start of a name
    assert find_councils(both, "Haderslev") == []


def test_lookup_leads_to_the_right_council(client, councils):
    index, arnum, _hoptrup = councils
    html = client.get(index.url, {"sted": "hoejrup"}).content.decode()
    assert f'<a href="{arnum.url}">Arnum/Højrup</a>' in html
    assert "dækker Højrup" in html


def test_unknown_place_says_so_and_keeps_the_list(client, councils):
    index, arnum, hoptrup = councils
    html = client.get(index.url, {"sted": "Atlantis"}).content.decode()
    assert "Vi fandt ikke et lokalråd for „Atlantis“" in html
    assert arnum.title in html and hoptrup.title in html


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Skriv navnet på din by eller landsby."),
        ("x" * 101, "Skriv højst 100 tegn."),
        ("!!!", "Skriv navnet på din by eller landsby med bogstaver."),
    ],
)
def test_bad_input_gets_a_clear_message(client, councils, typed, message):
    index, _arnum, _hoptrup = councils
    response = client.get(index.url, {"sted": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="alert alert-error error-summary"' in html
    assert message in html
    assert 'aria-invalid="true"' in html
