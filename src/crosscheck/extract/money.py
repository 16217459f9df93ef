"""Currencies as written before or after a figure, mapped to ISO 4217 codes."""

from __future__ import annotations

import re
from typing import Final

from ..units import SHARED_CURRENCY_NAMES
from .fastre import caseless_window, first_char_alternation, lower_alternation
from .numerals import _DIGITS, SCALE_ALT

# Written before the figure: symbols and codes ("$3.5 billion", "RMB1.9 billion", "US$ 20").
PREFIXES: Final[dict[str, str]] = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "$": "USD", "USD": "USD", "HK$": "HKD",
    "HKD": "HKD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "AUD": "AUD", "C$": "CAD",
    "CA$": "CAD", "CAD": "CAD", "S$": "SGD", "SGD": "SGD", "NT$": "TWD", "NZ$": "NZD",
    "NZD$": "NZD", "NZD": "NZD", "RMB": "CNY", "CNY": "CNY", "CN¥": "CNY", "¥": "CNY",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "JPY": "JPY", "JP¥": "JPY",
    "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR", "₩": "KRW", "CHF": "CHF", "₽": "RUB",
    "RM": "MYR", "MYR": "MYR", "UAH": "UAH", "₴": "UAH", "₪": "ILS", "ILS": "ILS",
    "₺": "TRY", "TRY": "TRY", "R$": "BRL", "₿": "BTC", "BTC": "BTC", "₾": "GEL",
    "EGP": "EGP", "SAR": "SAR", "QAR": "QAR", "KWD": "KWD", "MXN": "MXN", "ZAR": "ZAR",
    "NOK": "NOK", "SEK": "SEK", "DKK": "DKK", "ISK": "ISK", "PLN": "PLN", "CZK": "CZK",
    "HUF": "HUF", "RON": "RON", "IDR": "IDR", "THB": "THB", "VND": "VND", "PHP": "PHP",
    "NGN": "NGN", "KES": "KES", "PKR": "PKR", "BDT": "BDT", "LKR": "LKR", "ARS": "ARS",
    "CLP": "CLP", "COP": "COP", "PEN": "PEN", "zł": "PLN", "₦": "NGN", "₫": "VND",
    "฿": "THB", "₱": "PHP", "Rp": "IDR", "Ksh": "KES", "KSh": "KES", "GH₵": "GHS",
    "GHS": "GHS", "USh": "UGX", "UGX": "UGX", "TSh": "TZS", "TZS": "TZS", "AED": "AED",
    "KZT": "KZT", "TWD": "TWD", "ETB": "ETB", "Tk": "BDT", "GH¢": "GHS",
}
#: codes that are also English words or common abbreviations ("try", "pen", "COP" for a
#: climate conference)
WORDLIKE_CODES: Final = frozenset(("TRY", "SAR", "RON", "PEN", "PHP", "COP", "ARS", "SEK",
                                   "NOK", "ISK"))
# Codes are also written in lower case ("usd 20"); symbols are case-free anyway. Codes that
# are English words or common abbreviations in lower case are not.
PREFIXES.update({k.lower(): v for k, v in list(PREFIXES.items())
                 if k.isalpha() and len(k) == 3 and k not in WORDLIKE_CODES})
# Written after the figure, matched in any case ("11.484 billion yuan", "20 Euros").
SUFFIXES: Final = {
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "U.S. dollar": "USD",
    "American dollars": "USD", "dollars": "USD", "dollar": "USD", "USD": "USD",
    "bucks": "USD", "cents": "USD", "cent": "USD",
    "Hong Kong dollars": "HKD", "HK dollars": "HKD", "HKD": "HKD",
    "Australian dollars": "AUD", "Australian dollar": "AUD", "AUD": "AUD",
    "Canadian dollars": "CAD", "Canadian dollar": "CAD", "CAD": "CAD",
    "Singapore dollars": "SGD", "New Zealand dollars": "NZD", "NZD": "NZD",
    "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "CNY": "CNY", "yuan renminbi": "CNY",
    "元": "CNY", "kuai": "CNY",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR", "€": "EUR", "eurocents": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "British pounds": "GBP",
    "pounds": "GBP", "pound": "GBP", "GBP": "GBP", "pence": "GBP", "penny": "GBP",
    "pennies": "GBP", "£": "GBP",
    "yen": "JPY", "JPY": "JPY", "rupees": "INR", "rupee": "INR", "INR": "INR", "Rs": "INR",
    "₹": "INR", "Swiss francs": "CHF", "francs": "CHF", "CHF": "CHF",
    "roubles": "RUB", "rubles": "RUB", "ringgit": "MYR", "ringgits": "MYR",
    "Malaysian ringgit": "MYR", "Malaysian ringgits": "MYR", "Malaysia ringgit": "MYR",
    "Malaysia ringgits": "MYR", "MYR": "MYR", "Egyptian pounds": "EGP",
    "Egyptian pound": "EGP", "egyptianpound": "EGP", "EGP": "EGP",
    "Lebanese pounds": "LBP", "Lebanese pound": "LBP", "Saudi riyals": "SAR",
    "Saudiriyal": "SAR", "Saudi riyal": "SAR", "riyals": "SAR", "riyal": "SAR",
    "Qatari riyals": "QAR", "Qatari riyal": "QAR", "rials": "IRR", "rial": "IRR",
    "Kuwaiti dinar": "KWD", "Kuwaiti dinars": "KWD", "shekels": "ILS", "shekel": "ILS",
    "Turkish lira": "TRY", "Turkish liras": "TRY", "lira": "TRY", "Mexican pesos": "MXN",
    "pesos": "MXN", "tugrik": "MNT", "tugriks": "MNT", "hryvnia": "UAH", "hryvnias": "UAH",
    "UAH": "UAH", "lari": "GEL", "₾": "GEL", "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
    "pesetas": "ESP", "guilders": "NLG", "Dutch guilders": "NLG", "reais": "BRL",
    "rand": "ZAR", "$": "USD", "US$": "USD",
    "Norwegian kroner": "NOK", "Norwegian krone": "NOK", "Norwegian crowns": "NOK",
    "Danish kroner": "DKK", "Danish krone": "DKK", "Danish crowns": "DKK",
    "Swedish kronor": "SEK", "Swedish krona": "SEK", "Swedish crowns": "SEK", "kronor": "SEK",
    "Icelandic kronur": "ISK", "Icelandic krona": "ISK", "Icelandic kronas": "ISK",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "koruna": "CZK", "korunas": "CZK",
    "Czech crowns": "CZK", "Czech koruna": "CZK", "forint": "HUF", "forints": "HUF",
    "Romanian lei": "RON", "rupiah": "IDR", "baht": "THB", "dong": "VND",
    "Philippine pesos": "PHP", "Argentine pesos": "ARS", "Chilean pesos": "CLP",
    "Colombian pesos": "COP", "naira": "NGN", "Kenyan shillings": "KES",
    "Pakistani rupees": "PKR", "Pakistan rupees": "PKR", "taka": "BDT",
    "Sri Lankan rupees": "LKR", "Sri Lanka rupees": "LKR", "Indian rupees": "INR",
    "kroner": "NOK", "krone": "NOK", "soles": "PEN", "South Korean won": "KRW", "Korean won": "KRW",
}
# A currency named with its country's adjective ("2 million Ghanaian cedis", "500 Japanese
# yen") or by a name no other currency uses ("cedis", "birr", "tenge"). A name that several
# currencies share ("shillings", "dinars", "dirhams", "kwacha") is known only with its
# adjective; alone it is money in a currency of that name (SHARED_CURRENCY_NAMES), which amounts of
# the same name are compared with and no exchange rate applies to.
_NAMED: Final = {
    "JPY": ("Japanese yen",), "CNY": ("Chinese yuan",), "THB": ("Thai baht",),
    "IDR": ("Indonesian rupiah", "Indonesian rupiahs"), "VND": ("Vietnamese dong",),
    "NGN": ("Nigerian naira", "NGN"), "ZAR": ("South African rand", "South African rands"),
    "BDT": ("Bangladeshi taka",), "RUB": ("Russian roubles", "Russian rubles"),
    "ILS": ("Israeli shekels", "new shekels"), "PLN": ("Polish zloty", "Polish zlotys"),
    "HUF": ("Hungarian forints", "Hungarian forint"), "BRL": ("Brazilian reais", "Brazilian real"),
    "UAH": ("Ukrainian hryvnias", "Ukrainian hryvnia"), "PEN": ("Peruvian soles",),
    "IRR": ("Iranian rials",), "GHS": ("cedis", "cedi", "Ghanaian cedis", "Ghana cedis", "GHS"),
    "ETB": ("birr", "Ethiopian birr", "ETB"), "KES": ("Kenya shillings", "Kenyan shilling"),
    "UGX": ("Ugandan shillings", "Uganda shillings", "UGX"),
    "TZS": ("Tanzanian shillings", "Tanzania shillings", "TZS"),
    "ZMW": ("Zambian kwacha", "ZMW"), "MWK": ("Malawian kwacha", "Malawi kwacha", "MWK"),
    "AED": ("UAE dirhams", "Emirati dirhams", "AED"), "MAD": ("Moroccan dirhams",),
    "IQD": ("Iraqi dinars", "IQD"), "JOD": ("Jordanian dinars",), "DZD": ("Algerian dinars",),
    "TND": ("Tunisian dinars",), "RSD": ("Serbian dinars",), "BHD": ("Bahraini dinars",),
    "LYD": ("Libyan dinars",), "KZT": ("tenge", "Kazakh tenge", "KZT"),
    "BGN": ("leva", "Bulgarian leva", "Bulgarian lev"), "TWD": ("New Taiwan dollars",
                                                              "Taiwan dollars", "TWD"),
    "NPR": ("Nepalese rupees", "Nepali rupees"), "SDG": ("Sudanese pounds",),
    "SYP": ("Syrian pounds",), "OMR": ("Omani rials",), "YER": ("Yemeni rials",),
    "SGD": ("Singapore dollar",), "MNT": ("Mongolian tugrik",), "GEL": ("Georgian lari",),
}
SUFFIXES.update({name: code for code, names in _NAMED.items() for name in names})
SUFFIXES.update({name: name for name in SHARED_CURRENCY_NAMES})
# An ISO code after a figure ("42 SAR", "300 NOK"), as before one; not the codes that are
# English words in lower case ("5 pen", "2 try"): suffixes match in any case.
SUFFIXES.update({k: v for k, v in PREFIXES.items() if k.isalpha() and k.isupper() and
                 len(k) == 3 and k.lower() in PREFIXES and k not in SUFFIXES})
# Amounts stated in the minor unit: the claim's value is in the major unit.
MINOR: Final = {"cents": 0.01, "cent": 0.01, "pence": 0.01, "penny": 0.01, "pennies": 0.01,
                "eurocents": 0.01}
#: every currency written after a figure, lower-cased, to its code
SUFFIX_LOWER: Final = {k.lower(): v for k, v in SUFFIXES.items()}
#: the first word (or symbol) of every currency written after a figure, lower-cased
SUFFIX_FIRST: Final = frozenset({k.split()[0].lower() for k in SUFFIXES}
                                | {k.split()[0].lower().rstrip("$") for k in SUFFIXES}
                                | {k[0] for k in SUFFIXES if not k[0].isalpha()})

# Literal first characters let the regex engine skip ahead (see :mod:`.fastre`).
_PREFIX_FIRST: Final = first_char_alternation(sorted(PREFIXES, key=len, reverse=True))
_SUFFIX_ALT: Final = "|".join(re.escape(s) for s in sorted(SUFFIXES, key=len, reverse=True))

#: A figure with its currency written before it.
PREFIXED: Final = re.compile(
    rf"(?<![\w$€£¥₹])(?P<cur>{_PREFIX_FIRST})[ \u00a0]*(?P<num>{_DIGITS})(?!\d)"
    rf"(?:(?P<sp>[ \u00a0]?|-(?=[a-z]{{4}}))(?P<scale>{SCALE_ALT})(?![A-Za-z]))?"
)
#: The currency written right after a figure (applied to the text following the figure).
SUFFIX_AFTER: Final = re.compile(rf"[ \u00a0\-]?(?P<cur>{_SUFFIX_ALT})(?![A-Za-z])", re.IGNORECASE)

# "pounds" is a mass when what follows is a commodity or weight context.
# (not "55.7 billion pounds of 2015", "of it": a year or a pronoun is what the money is of)
_MASS_CONTEXT: Final = re.compile(r"\s*(?:of\s+(?!\d|it\b|which\b|this\b|that\b)\w+|"
                                  r"in weight|weight|heavier|lighter)\b", re.IGNORECASE)


# SUFFIX_AFTER's twin for lower-cased text (see fastre.caseless_window).
_SUFFIX_AFTER_LOW: Final = re.compile(
    rf"[ \u00a0\-]?(?P<cur>{lower_alternation(SUFFIXES)})"
    r"(?![a-z])")
_SUFFIX_WIDTH: Final = max(map(len, SUFFIXES)) + 2  # a separator, the name, the look-ahead


def suffix_currency(text: str, pos: int) -> tuple[str, int, float] | None:
    """ISO code, end offset and minor-unit factor of a currency written at ``pos``, if any."""
    low = caseless_window(text, pos, _SUFFIX_WIDTH)
    if low is not None:
        m = _SUFFIX_AFTER_LOW.match(low)
        if m is None:
            return None
        word, end = m.group("cur"), pos + m.end()
    else:
        m = SUFFIX_AFTER.match(text, pos)
        if m is None:
            return None
        # the case-blind engine takes "ſ" for "s" and "K" (Kelvin) for "k": casefold()
        # maps them the same way; a name it still cannot map is no currency
        word, end = m.group("cur").casefold(), m.end()
    if word.startswith("pound") and _MASS_CONTEXT.match(text, end):
        return None
    iso = SUFFIX_LOWER.get(word)
    return None if iso is None else (iso, end, MINOR.get(word, 1.0))
