import pytest

from tests.twin_towns.factories import TwinTownIndexPageFactory, TwinTownProjectIndexPageFactory


@pytest.fixture
def twin_index(home_page):
    return TwinTownIndexPageFactory(parent=home_page)


@pytest.fixture
def project_index(twin_index):
    return TwinTownProjectIndexPageFactory(parent=twin_index)
