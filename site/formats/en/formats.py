"""English dates and times in British style ("24 April 2027", "14:30"), not Django's default
American "April 24, 2027, 2:30 p.m.": the site addresses European readers. Numbers keep
Django's English separators ("25,000"). The other five languages use Django's own formats,
which already write their months correctly (Finnish in the genitive: "24. huhtikuuta 2027";
tests/site/test_formats.py checks all six).
"""

DATE_FORMAT = "j F Y"  # 24 April 2027
TIME_FORMAT = "H:i"  # 14:30
DATETIME_FORMAT = "j F Y, H:i"  # 24 April 2027, 14:30
YEAR_MONTH_FORMAT = "F Y"  # April 2027
MONTH_DAY_FORMAT = "j F"  # 24 April
SHORT_DATE_FORMAT = "d/m/Y"  # 24/04/2027
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
