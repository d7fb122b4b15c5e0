"""Realistic citizen queries and the page each must find among the first three answers (promoted
results first, then the ranked results), on the seeded site in Danish.

Keep adding to this list: every query a citizen typed that found nothing useful (see the admin
report "Søgninger uden resultater") belongs here once a synonym, a promotion or better text fixes
it. Paths are the Danish seeded URLs.
"""

POOLS = "/da/puljemidler/"
POOL_GUIDE = "/da/puljemidler/saadan-soeger-du-puljemidler/"
SECTION_18 = "/da/puljemidler/paragraf-18-midler/"
ROADS = "/da/sammenhaeng-og-tilgaengelighed/faelles-opsyn-med-veje-og-parker/"
VOLUNTEERING = "/da/sammenhaeng-og-tilgaengelighed/fysiske-moedesteder/"
ARNUM_HOEJRUP = "/da/lokalraad/arnum-hoejrup/"
HAMMELEV = "/da/lokalraad/hammelev/"
FAELLES_FORUM_EVENT = "/da/aktivitetskalender/faelles-forum/"

CITIZEN_QUERIES = [
    # How do I report a pothole?
    ("vejhul", ROADS),
    ("hul i vejen", ROADS),
    ("huller i vejen", ROADS),
    ("giv et praj", ROADS),
    # How do I become a volunteer, or find one?
    ("bliv frivillig", VOLUNTEERING),
    ("frivilligjob", VOLUNTEERING),
    ("frivilligcenter", VOLUNTEERING),
    # Which pool can my association apply to, by when, and how?
    ("ansøg", POOLS),
    ("tilskud", POOLS),
    ("støtte", POOLS),
    ("conventus", POOLS),
    ("søge puljemidler", POOL_GUIDE),
    ("frist §18", SECTION_18),
    ("§18", SECTION_18),
    # Who is my local council?
    ("højrup", ARNUM_HOEJRUP),
    ("lokalråd højrup", ARNUM_HOEJRUP),
    ("landsbyråd højrup", ARNUM_HOEJRUP),
    ("hammelev", HAMMELEV),
    # Events
    ("fælles forum tilmelding", FAELLES_FORUM_EVENT),
]
