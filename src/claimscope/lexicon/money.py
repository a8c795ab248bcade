"""Currency signs and words ("$", "£", "euros", "pence") with the ISO code they stand for."""

CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "us$": "USD", "a$": "AUD", "c$": "CAD",
                  "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "₹": "INR", "₽": "RUB", "₩": "KRW",
                  "rs": "INR", "rs.": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
                  "chf": "CHF", "cny": "CNY", "rmb": "CNY", "inr": "INR", "rub": "RUB", "₴": "UAH", "uah": "UAH",
                  "hk$": "HKD", "nz$": "NZD", "au$": "AUD", "ca$": "CAD", "mx$": "MXN", "nt$": "TWD",
                  "ksh": "KES", "₦": "NGN", "sfr": "CHF", "₱": "PHP", "₺": "TRY", "rp": "IDR"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
                  "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB",
                  "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "sterling": "GBP", "hryvnia": "UAH",
                  "hryvnias": "UAH", "pence": "GBP", "cents": "USD", "francs": "CHF", "won": "KRW",
                  "penny": "GBP", "cent": "USD", "dime": "USD", "dimes": "USD", "pounds sterling": "GBP", "rand": "ZAR", "naira": "NGN",
                  "shekels": "ILS", "lira": "TRY", "zlotys": "PLN", "krona": "SEK", "kronor": "SEK",
                  "bitcoin": "BTC", "bitcoins": "BTC", "peso": "MXN", "pesos": "MXN", "riyal": "SAR",
                  "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "baht": "THB", "rupiah": "IDR",
                  "ringgit": "MYR", "shillings": "KES", "reais": "BRL", "shekel": "ILS", "forints": "HUF",
                  "liras": "TRY", "zloty": "PLN", "kroner": "NOK"}
# ISO 4217 codes written in capitals before or after an amount ("USD 2 million", "5bn EUR").
CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD", "INR", "RUB",
                  "KRW", "UAH", "BRL", "ZAR", "MXN", "TRY", "SEK", "NOK", "DKK", "PLN", "NGN", "KES", "TWD",
                  "ILS", "SAR", "AED", "EGP", "PKR", "IDR", "THB", "MYR", "PHP", "ARS", "CZK", "HUF", "VND"}
# Coins counted in hundredths of the currency ("50 pence" is 0.5 GBP).
SUBUNITS = {"pence": 0.01, "cents": 0.01, "p": 0.01}
# A currency named with its country ("12 million Swiss francs"): the words after the amount -> ISO code.
CURRENCY_PHRASES = {
    ("swiss", "francs"): "CHF", ("swiss", "franc"): "CHF", ("us", "dollars"): "USD", ("u.s.", "dollars"): "USD",
    ("australian", "dollars"): "AUD", ("canadian", "dollars"): "CAD", ("new", "zealand", "dollars"): "NZD",
    ("hong", "kong", "dollars"): "HKD", ("singapore", "dollars"): "SGD", ("mexican", "pesos"): "MXN",
    ("argentine", "pesos"): "ARS", ("philippine", "pesos"): "PHP", ("indian", "rupees"): "INR",
    ("pakistani", "rupees"): "PKR", ("south", "african", "rand"): "ZAR", ("egyptian", "pounds"): "EGP",
    ("turkish", "lira"): "TRY", ("japanese", "yen"): "JPY", ("chinese", "yuan"): "CNY",
    ("brazilian", "reais"): "BRL", ("russian", "roubles"): "RUB", ("russian", "rubles"): "RUB",
    ("norwegian", "kroner"): "NOK", ("swedish", "kronor"): "SEK", ("danish", "kroner"): "DKK",
    ("polish", "zlotys"): "PLN", ("saudi", "riyals"): "SAR", ("uae", "dirhams"): "AED",
}
