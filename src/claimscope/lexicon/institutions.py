"""Collective nouns of institutions, by class and kind, so that "troops", "forces" and "soldiers" meet as one."""

from __future__ import annotations

# noun -> (class, kind): "the soldiers" and "the army" both name the military; "police" is government's.
INSTITUTIONS = {
    "military": ("military", "military"), "army": ("military", "military"), "troops": ("military", "military"),
    "forces": ("military", "military"), "soldiers": ("military", "military"), "navy": ("navy", "military"),
    "units": ("military", "military"), "commanders": ("military", "military"), "generals": ("military", "military"),
    "intelligence": ("intelligence", "intelligence"), "spies": ("intelligence", "intelligence"),
    "government": ("government", "government"), "authorities": ("government", "government"),
    "officials": ("government", "government"), "administration": ("government", "government"),
    "regime": ("government", "government"), "cabinet": ("government", "government"),
    "leadership": ("government", "government"), "ministers": ("government", "government"),
    "diplomats": ("government", "government"), "police": ("police", "government"),
    "parliament": ("parliament", "government"), "lawmakers": ("parliament", "government"),
    "legislators": ("parliament", "government"), "embassy": ("embassy", "government"),
    "media": ("media", "media"), "press": ("media", "media"), "prosecutors": ("prosecutors", "government"),
}
