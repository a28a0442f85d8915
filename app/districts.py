"""The districts (rayons) Fieldbook serves: Azerbaijani name, three-letter code, English name.

#12: one low shared module (it imports only ``app.text``), read by the desktop's first-run set-up,
the import template's district check, the server's enrolment (a district's code from its name)
and the demo generator, so none of them imports another's package for the list (the server used
to import it from ``app.demo``). The demo keeps only what it needs to make people up (villages,
names) in ``app.demo.data``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.text import fold

__all__ = ["DISTRICTS", "District", "district", "key"]


@dataclass(frozen=True)
class District:
    """An administrative district (rayon)."""

    name: str
    code: str
    name_en: str
    region: str


_DISTRICT_LIST: tuple[District, ...] = (
    District("Xaçmaz", "XAC", "Khachmaz", "Quba-Xaçmaz"),
    District("Ağdam", "AGD", "Aghdam", "Qarabağ"),
    District("Füzuli", "FUZ", "Fuzuli", "Qarabağ"),
    District("Tərtər", "TER", "Tartar", "Qarabağ"),
    District("Goranboy", "GOR", "Goranboy", "Gəncə-Daşkəsən"),
    District("Ağcabədi", "AGC", "Aghjabadi", "Qarabağ"),
    District("Beyləqan", "BEY", "Beylagan", "Mil-Muğan"),
    District("İsmayıllı", "ISM", "Ismayilli", "Dağlıq Şirvan"),
)

DISTRICTS: dict[str, District] = {d.name: d for d in _DISTRICT_LIST}


def key(text: str) -> str:
    """The form a district is looked up by: case, Azerbaijani letters, hyphens and spacing do not
    matter (``"İsmayıllı"``, ``"ISMAYILLI"`` and ``" ismayilli "`` are the same)."""
    return " ".join(fold(text).replace("-", " ").split())


_INDEX: dict[str, District] = {
    key(k): d for d in _DISTRICT_LIST for k in (d.name, d.name_en, d.code)
}


def district(name: str) -> District:
    """Look up a district by Azerbaijani name, English name or code.

    Matching ignores case and Azerbaijani diacritics ("tərtər", "Terter", "TER" all match).

    Raises:
        KeyError: the name is not a known district; the message lists the valid ones.
    """
    found = _INDEX.get(key(name))
    if found is None:
        valid = ", ".join(f"{d.name} ({d.code})" for d in _DISTRICT_LIST)
        raise KeyError(f"Unknown district {name!r}; valid districts: {valid}")
    return found
