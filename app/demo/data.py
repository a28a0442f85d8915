"""Azerbaijani reference data for the deterministic demo generator.

All names use the Azerbaijani Latin alphabet. Nothing here is random by itself:
functions that need randomness take an explicit ``random.Random``.
"""

from __future__ import annotations

import random

__all__ = [
    "BUSINESS_TYPES",
    "CASE_NOTE_PLACEHOLDERS",
    "CASE_NOTE_TEMPLATES",
    "FEMALE_GIVEN",
    "MALE_GIVEN",
    "PHONE_PREFIXES",
    "PROMISE_NOTES",
    "SURNAME_STEMS",
    "TRAINING_COURSES",
    "VILLAGES",
    "id_number",
    "person_name",
    "phone",
    "surname",
]


# The villages and settlements of each district (by code) that the demo's people live in; the
# districts themselves are ``app.districts`` (#12).
VILLAGES: dict[str, tuple[str, ...]] = {
    "XAC": (
        "Xaçmaz",
        "Xudat",
        "Nabran",
        "Yalama",
        "Qımılqazma",
        "Ləcət",
        "Müşkür",
        "Ağaşirinoba",
        "Niyazoba",
        "Qələgah",
        "Müqtədir",
        "Şollar",
        "Qusarçay",
        "Aşağı Ləgər",
        "Yuxarı Ləgər",
    ),
    "AGD": (
        "Ağdam",
        "Quzanlı",
        "Qiyaslı",
        "Xındırıstan",
        "Papravənd",
        "Əfətli",
        "Şıxbabalı",
        "Boyəhmədli",
        "Sarıcalı",
        "Mərzili",
        "Novruzlu",
        "Tağıbəyli",
        "Çəmənli",
        "Eyvazlı",
    ),
    "FUZ": (
        "Füzuli",
        "Horadiz",
        "Alxanlı",
        "Qaraxanbəyli",
        "Qacar",
        "Arayatlı",
        "Əhmədbəyli",
        "Dilağarda",
        "Böyük Bəhmənli",
        "Qarğabazar",
        "Cuvarlı",
        "Mandılı",
        "Dövlətyarlı",
        "Şükürbəyli",
    ),
    "TER": (
        "Tərtər",
        "Şıxarx",
        "Qapanlı",
        "Sarov",
        "Borsunlu",
        "Hüsənli",
        "Qazyan",
        "Cəmilli",
        "Əsgərxanlı",
        "Talış",
        "Suqovuşan",
        "Həsənqaya",
        "Seysulan",
    ),
    "GOR": (
        "Goranboy",
        "Dəliməmmədli",
        "Qızılhacılı",
        "Tap Qaraqoyunlu",
        "Səfikürd",
        "Ağcakənd",
        "Gülüstan",
        "Çaykənd",
        "Buzluq",
        "Erkəç",
        "Manaşıd",
        "Qaraçinar",
        "Xoylu",
        "Qazanbulaq",
    ),
    "AGC": (
        "Ağcabədi",
        "Hindarx",
        "Kəbirli",
        "Avşar",
        "Təzəkənd",
        "Qaradolaq",
        "Rəncbərlər",
        "Salmanbəyli",
        "Muğanlı",
        "Hacıbədəlli",
        "Ağqoyunlu",
        "Poladlı",
        "Sarvanlar",
    ),
    "BEY": (
        "Beyləqan",
        "Örənqala",
        "Birinci Şahsevən",
        "İkinci Şahsevən",
        "Üçüncü Şahsevən",
        "Dünyamalılar",
        "Xələfşə",
        "Tatalılar",
        "Bünyadlı",
        "Təzəkənd",
        "Əmirli",
        "Yolçubəyli",
    ),
    "ISM": (
        "İsmayıllı",
        "Lahıc",
        "Basqal",
        "Talıstan",
        "İvanovka",
        "Sulut",
        "Qalacıq",
        "Diyallı",
        "Buynuz",
        "Topçu",
        "Tircan",
        "Qubaxəlilli",
        "Kürdmaşı",
        "Mücühəftəran",
    ),
}


MALE_GIVEN: tuple[str, ...] = (
    "Vaqif", "Elşən", "Rəşad", "İlqar", "Tural", "Şahin", "Ülvi", "Əli", "Məmməd",
    "Hüseyn", "Həsən", "Rauf", "Elçin", "Elvin", "Orxan", "Kamran", "Ramil", "Rövşən",
    "Samir", "Anar", "Nicat", "Fərid", "Cavid", "Vüqar", "Zaur", "Elnur", "Emin",
    "Fuad", "Famil", "Qabil", "Qasım", "Xəyal", "İlham", "İlkin", "Kənan", "Mahir",
    "Namiq", "Nurlan", "Oqtay", "Pərviz", "Rəhim", "Rüstəm", "Sənan", "Səbuhi",
    "Teymur", "Tofiq", "Yaşar", "Zakir", "Akif", "Arif", "Azər", "Bəhruz", "Cəlal",
    "Elman", "Eldar", "Emil", "Fikrət", "Hikmət", "Hafiz", "Mübariz", "Natiq",
    "Nizami", "Elxan", "Eldəniz", "Çingiz", "Şamil", "Ümid", "Vüsal", "Yusif",
    "Zahid", "Aqil", "Əkbər", "Əziz", "Ceyhun", "Qurban",
)  # fmt: skip

FEMALE_GIVEN: tuple[str, ...] = (
    "Aynur", "Günel", "Səbinə", "Ülviyyə", "Şəbnəm", "Nərgiz", "İlahə", "Aysel",
    "Aytən", "Gülnarə", "Könül", "Leyla", "Lalə", "Nigar", "Sevinc", "Sevda",
    "Səidə", "Xədicə", "Zəhra", "Fatimə", "Aygün", "Aydan", "Arzu", "Afaq",
    "Elnarə", "Elmira", "Esmira", "Firəngiz", "Gülşən", "Günay", "Xatirə", "İradə",
    "Kəmalə", "Lamiyə", "Mehriban", "Mələk", "Nailə", "Natəvan", "Nəzrin", "Pərvin",
    "Röya", "Rəna", "Samirə", "Sədaqət", "Solmaz", "Şahnaz", "Şəhla", "Təranə",
    "Ulduz", "Vüsalə", "Yeganə", "Zərifə", "Zülfiyyə", "Zümrüd", "Bənövşə", "Çiçək",
    "Dilarə", "Fidan", "Həcər", "Jalə", "Kifayət", "Mətanət", "Məryəm", "Nuranə",
    "Rəvanə", "Sona", "Təhminə", "Ülkər", "Xəyalə",
)  # fmt: skip

# Stems ending in a vowel take "-yev"/"-yeva", the rest "-ov"/"-ova".
SURNAME_STEMS: tuple[str, ...] = (
    "Əli", "Məmməd", "Hüseyn", "Quli", "İsmayıl", "Şükür", "Ağa", "Çələbi", "Həsən",
    "Qasım", "Vəli", "Rza", "Abbas", "Baba", "Cəfər", "Kərim", "Nəsir", "Oruc",
    "Paşa", "Rəhim", "Sadıq", "Talıb", "Yusif", "Zeynal", "Nağı", "Əsəd", "Bayram",
    "Hacı", "Musa", "İbrahim", "Hümbət", "Kazım", "Mustafa", "Novruz", "Səfər",
    "Tağı", "Abdulla", "Allahverdi", "Axund", "Bağır", "Cavad", "Dadaş", "Eyvaz",
    "Fərzəli", "Qəhrəman", "Qurban", "Heydər", "Xəlil", "Mirzə", "Nəbi", "Rüstəm",
    "Salah", "Şirin", "Yaqub", "Zülfüqar", "Ələkbər", "Əhməd", "Mehdi", "Sultan",
    "Məlik", "Hidayət", "Əziz", "Süleyman", "Qafar", "İsgəndər", "Məhərrəm",
)  # fmt: skip

_VOWELS = frozenset("aeəıioöuüAEƏIİOÖUÜ")


def _check_sex(sex: str) -> str:
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', got {sex!r}")
    return sex


def surname(stem_or_male_form: str, sex: str) -> str:
    """Return the surname for ``sex`` ("M"/"F") from a stem or a male/female form.

    >>> surname("Əli", "F"), surname("Məmmədov", "F"), surname("Quliyeva", "M")
    ('Əliyeva', 'Məmmədova', 'Quliyev')
    """
    _check_sex(sex)
    s = stem_or_male_form.strip()
    if s not in SURNAME_STEMS:
        for suffix in ("yeva", "yev", "ova", "ov"):
            if s.endswith(suffix) and len(s) > len(suffix) + 1:
                s = s[: -len(suffix)]
                break
    male = s + ("yev" if s[-1] in _VOWELS else "ov")
    return male if sex == "M" else male + "a"


def person_name(rng: random.Random, sex: str) -> tuple[str, str, str]:
    """Return ``(surname, given name, patronymic)``, e.g. ("Əliyeva", "Aynur", "Vaqif qızı")."""
    _check_sex(sex)
    family = surname(rng.choice(SURNAME_STEMS), sex)
    given = rng.choice(MALE_GIVEN if sex == "M" else FEMALE_GIVEN)
    father = rng.choice(MALE_GIVEN)
    while father == given:
        father = rng.choice(MALE_GIVEN)
    patronymic = father + (" oğlu" if sex == "M" else " qızı")
    return family, given, patronymic


# (business type, [(grant item, value in AZN as a decimal string), ...])
BUSINESS_TYPES: tuple[tuple[str, list[tuple[str, str]]], ...] = (
    ("Tailor shop", [("Sewing machine", "650.00"), ("Overlock machine", "420.00"),
                     ("Fabric and thread stock", "300.00")]),
    ("Beekeeping", [("Beehives with frames (10)", "1200.00"), ("Honey extractor", "380.00"),
                    ("Protective suit and smoker", "95.00")]),
    ("Greenhouse vegetables", [("Polycarbonate greenhouse 6x20 m", "2800.00"),
                               ("Drip irrigation kit", "450.00"), ("Seedlings", "220.00")]),
    ("Dairy cows", [("Dairy cow (Simmental cross)", "2400.00"), ("Milking machine", "560.00"),
                    ("Fodder (hay, 1 t)", "250.00")]),
    ("Sheep breeding", [("Ewes (10 head)", "2500.00"), ("Ram", "350.00"),
                        ("Shearing scissors and salt licks", "60.00")]),
    ("Poultry farm", [("Layer hens (100)", "900.00"), ("Chicken coop materials", "700.00"),
                      ("Feed (500 kg)", "320.00")]),
    ("Bakery", [("Təndir (clay bread oven)", "850.00"), ("Dough mixer", "1100.00"),
                         ("Flour (1 t)", "580.00")]),
    ("Shoe repair", [("Shoe patching machine", "780.00"), ("Hand tools set", "150.00"),
                     ("Leather and glue stock", "120.00")]),
    ("Hairdresser", [("Barber chair", "450.00"), ("Hair clippers and dryer", "210.00"),
                     ("Mirror and wash basin", "260.00")]),
    ("Car repair", [("Hydraulic car jack", "320.00"), ("Socket and wrench set", "280.00"),
                    ("Air compressor", "540.00")]),
    ("Carpet weaving", [("Vertical carpet loom", "600.00"), ("Wool yarn (dyed)", "480.00"),
                        ("Weaving combs and knives", "45.00")]),
    ("Hazelnut drying", [("Hazelnut drying tarpaulins", "180.00"),
                         ("Hazelnut cracking machine", "1350.00"), ("Sacks and scales", "140.00")]),
    ("Grocery kiosk", [("Kiosk (metal, 2x3 m)", "1500.00"), ("Refrigerator display", "900.00"),
                       ("Initial goods stock", "600.00")]),
    ("Welding", [("Inverter welding machine", "420.00"), ("Angle grinder", "130.00"),
                 ("Welding mask and electrodes", "90.00")]),
    ("Carpentry", [("Circular saw bench", "950.00"), ("Electric planer", "240.00"),
                   ("Drill and hand tools", "260.00")]),
    ("Mobile phone repair", [("Soldering station", "180.00"),
                             ("Screen separator machine", "250.00"),
                             ("Spare parts stock", "400.00")]),
    ("Fruit orchard", [("Apple saplings (200)", "800.00"), ("Motorised sprayer", "420.00"),
                       ("Fencing mesh", "350.00")]),
    ("Tyre repair", [("Tyre changer", "1400.00"), ("Wheel balancer", "1200.00"),
                     ("Compressor", "540.00")]),
    ("Cattle fattening", [("Bull calves (2)", "1800.00"), ("Feed crusher", "420.00"),
                          ("Fodder (mixed, 1 t)", "380.00")]),
    ("Dried fruit production", [("Electric fruit dryer", "650.00"), ("Slicing machine", "300.00"),
                                ("Packaging materials", "150.00")]),
    ("Cheese making", [("Cheese vat", "700.00"), ("Cream separator", "240.00"),
                       ("Refrigerator", "650.00")]),
    ("Knitting", [("Knitting machine", "900.00"), ("Yarn stock", "250.00")]),
    ("Photo studio", [("Digital camera with lens", "1300.00"), ("Photo printer", "450.00"),
                      ("Studio lights", "220.00")]),
    ("Computer services", [("Desktop computer", "900.00"), ("Laser printer and scanner", "450.00"),
                           ("Laminator", "90.00")]),
    ("Rabbit breeding", [("Rabbits (20)", "500.00"), ("Cages", "450.00"),
                         ("Feed (300 kg)", "180.00")]),
    ("Fishery pond", [("Carp fingerlings (1000)", "400.00"), ("Aerator pump", "380.00"),
                      ("Fish feed (500 kg)", "450.00")]),
    ("Mushroom growing", [("Substrate bags (200)", "600.00"), ("Humidifier", "250.00"),
                          ("Shelving racks", "320.00")]),
    ("Household electrical repair", [("Multimeter and electric tools", "260.00"),
                                     ("Cable and fittings stock", "340.00")]),
)  # fmt: skip

TRAINING_COURSES: tuple[tuple[str, str], ...] = (
    (
        "Business skills: starting a small business",
        "Biznes bacarıqları: kiçik biznesin başlanması",
    ),
    ("Basic bookkeeping and cash records", "Sadə mühasibat uçotu və kassa qeydləri"),
    ("Modern beekeeping practices", "Müasir arıçılıq təcrübələri"),
    ("Greenhouse vegetable growing", "İstixanada tərəvəz yetişdirilməsi"),
    ("Livestock care and veterinary basics", "Heyvandarlıq və baytarlığın əsasları"),
    ("Tailoring and garment making", "Dərzilik və paltar tikişi"),
    ("Marketing and selling your products", "Məhsulların marketinqi və satışı"),
    ("Mine risk education", "Mina təhlükəsi barədə maarifləndirmə"),
)

# Templates use only these placeholders: {village} and {business}.
CASE_NOTE_PLACEHOLDERS: tuple[str, ...] = ("village", "business")

CASE_NOTE_TEMPLATES: tuple[str, ...] = (
    "Home visit in {village}; the {business} is operating and the family reports stable income.",
    "Prosthesis follow-up: beneficiary reports discomfort; referred to the orthopaedic centre.",
    "Prosthesis adjusted at the rehabilitation centre; beneficiary back at work in {village}.",
    "Referred to psychosocial support after reporting sleep problems and anxiety.",
    "Repayment reminder given in person; next instalment for the {business} is due next month.",
    "Monitoring visit to {village}: grant items for the {business} verified and photographed.",
    "Beneficiary completed the business skills training and submitted a {business} plan.",
    "Phone follow-up: beneficiary could not be reached; will visit {village} next week.",
    "Spouse now helps with the {business}; household income has improved.",
    "Beneficiary asked for extra support to buy stock for the {business}.",
    "Grant items for the {business} delivered to {village} and handover act signed.",
    "Referred to the district employment centre for vocational training.",
    "Road to {village} closed after rain; visit postponed.",
    "Child of the beneficiary referred for school enrolment support.",
    "Beneficiary reports seasonal slowdown of the {business}; advised on winter planning.",
    "Disability status renewal documents checked; beneficiary reminded of the deadline.",
    "Peer support group meeting held in {village}; beneficiary attended.",
)

PHONE_PREFIXES: tuple[str, ...] = ("050", "051", "055", "070", "077", "099")


def phone(rng: random.Random) -> str:
    """Return an Azerbaijani mobile number like "+994 50 123 45 67"."""
    prefix = rng.choice(PHONE_PREFIXES)[1:]
    first = rng.randint(2, 9)  # subscriber numbers do not start with 0 or 1
    rest = rng.randrange(1_000_000)
    digits = f"{first}{rest:06d}"
    return f"+994 {prefix} {digits[:3]} {digits[3:5]} {digits[5:]}"


def id_number(rng: random.Random) -> str:
    """Return an ID card number: "AZE" + 8 digits or "AA" + 7 digits."""
    if rng.random() < 0.5:
        return f"AZE{rng.randrange(10**8):08d}"
    return f"AA{rng.randrange(10**7):07d}"


PROMISE_NOTES = (
    "Bazarda satış zəif idi, həftənin sonunda ödəyəcəyini dedi",
    "Həyat yoldaşı xəstədir; ödəməyə söz verdi",
    "Sifarişçi hələ pul verməyib, gələn həftə ödəyəcək",
    "Evdə yox idi, qonşuya not qoyuldu",
    "Məhsulu topdan satdı, ödəniş üçün gün təyin etdi",
)
