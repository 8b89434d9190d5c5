"""Unit tables of the figure extractors (data, not code): currencies, areas, lengths, classifiers."""

from __future__ import annotations

from decimal import Decimal

#: currency words after the number → ISO 4217 code; 元 is the renminbi
CURRENCIES: dict[str, str] = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "块钱": "CNY",
    "元": "CNY",
    "圆": "CNY",
    "美元": "USD",
    "美金": "USD",
    "美圆": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "瑞士法郎": "CHF",
    "新台币": "TWD",
    "台币": "TWD",
    "韩元": "KRW",
    "澳元": "AUD",
    "澳大利亚元": "AUD",
    "加元": "CAD",
    "加拿大元": "CAD",
    "新加坡元": "SGD",
    "新西兰元": "NZD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "卢布": "RUB",
    "印度卢比": "INR",
    "卢比": "INR",
    "泰铢": "THB",
    "越南盾": "VND",
    "林吉特": "MYR",
    "兰特": "ZAR",
    "奈拉": "NGN",
    "瑞典克朗": "SEK",
    "丹麦克朗": "DKK",
    "挪威克朗": "NOK",
}

#: currency signs and codes before the number
CURRENCY_PREFIXES: dict[str, str] = {
    "人民币": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "￥": "CNY",
    "¥": "CNY",
    "US$": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
}

#: area units → square metres. 万亩 / 千亩 / 万平方米 are magnitudes of these.
AREA_UNITS: dict[str, Decimal] = {
    "平方公里": Decimal(10**6),
    "平方千米": Decimal(10**6),
    "km²": Decimal(10**6),
    "km2": Decimal(10**6),
    "Km²": Decimal(10**6),
    "KM²": Decimal(10**6),
    "公顷": Decimal(10**4),
    "亩": Decimal(10000) / Decimal(15),
    "平方公尺": Decimal(1),
    "平方米": Decimal(1),
    "平米": Decimal(1),
    "㎡": Decimal(1),
    "m²": Decimal(1),
    "m2": Decimal(1),
    "M2": Decimal(1),
}

#: length units → metres
LENGTH_UNITS: dict[str, Decimal] = {
    "公里": Decimal(1000),
    "千米": Decimal(1000),
    "km": Decimal(1000),
    "KM": Decimal(1000),
    "Km": Decimal(1000),
    "米": Decimal(1),
    "公尺": Decimal(1),
    "m": Decimal(1),
    "厘米": Decimal("0.01"),
    "公分": Decimal("0.01"),
    "cm": Decimal("0.01"),
    "CM": Decimal("0.01"),
    "毫米": Decimal("0.001"),
    "mm": Decimal("0.001"),
}

#: classifiers of counted things (个项目, 家企业, 项工程, 人就业 …)
CLASSIFIERS: tuple[str, ...] = ("个", "家", "项", "人", "名", "批", "座", "条", "处", "栋")
