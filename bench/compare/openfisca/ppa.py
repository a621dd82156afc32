"""OpenFisca-France's `ppa` on steady-state households, for tests/openfisca.rs.

Optional benchmark step (issue 13, prime-activite.md P5): the same households as Tremplin's
one-month formula, each with the same income in every month, so that the reference window
(OpenFisca: the 3 months before; Tremplin: M-4..M-2) does not matter. Writes
ppa-openfisca.json next to this file; `cargo test --test openfisca` then compares Tremplin's
figures with it, with no Python and no network.

Rerun (needs network only for the first line):
    python3 -m venv bench/compare/.venv && bench/compare/.venv/bin/pip install -r bench/compare/openfisca/requirements.txt
    bench/compare/.venv/bin/python bench/compare/openfisca/ppa.py

What is held equal on both sides (Tremplin models them as inputs, OpenFisca would compute
them): family benefits (`ppa_base_ressources_prestations_familiales` set to 0, Tremplin's
`other_resources` carried by `pensions_alimentaires_percues`), the isolated-parent condition
(`rsa_majore_eligibilite` set from `isolated_parent`), and a housing aid above the forfait
logement for `tenant_with_aid` (OpenFisca takes min(aid, forfait); P7 takes the forfait).
"""

import json
import pathlib
from importlib.metadata import version

from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_france import CountryTaxBenefitSystem

HERE = pathlib.Path(__file__).parent

# (month of the right, its 3 reference months in OpenFisca); parameters are constant over
# the months given income: 2026-06..2026-10 (MF 638.28, SMIC 12.31, 138 x SMIC) and
# 2025-06..2025-10 (MF 633.21, SMIC 11.88, 120 x SMIC, 29.101 %).
MONTHS = {"2026-10": ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"],
          "2025-10": ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10"]}

HOUSING = {
    "tenant_without_aid": ("locataire_vide", 0, 500),
    "tenant_with_aid": ("locataire_vide", 1000, 500),
    "owner_no_loan": ("proprietaire", 0, 0),
    "housed_free": ("loge_gratuitement", 0, 0),
}


def household(couple=False, children=0, isolated_parent=False, housing="tenant_without_aid",
              partner_earnings="0.00", other_resources="0.00"):
    return {"couple": couple, "children": children, "isolated_parent": isolated_parent, "housing": housing,
            "partner_earnings": partner_earnings, "other_resources": other_resources}


def cases():
    out = []
    for e in ["300.00", "726.29", "726.30", "900.00", "1097.89", "1442.40", "1698.78", "2000.00", "2600.00"]:
        out.append((household(), e))
    for housing in ["tenant_with_aid", "owner_no_loan", "housed_free"]:
        out.append((household(housing=housing), "1097.89"))
        out.append((household(couple=True, children=2, housing=housing, partner_earnings="1200.00"), "1097.89"))
        out.append((household(children=3, housing=housing), "800.00"))
    for partner in ["0.00", "500.00", "1097.89", "1800.00"]:
        out.append((household(couple=True, partner_earnings=partner), "1097.89"))
    for children in [1, 2, 3, 4, 5]:
        out.append((household(children=children), "1097.89"))
        out.append((household(children=children, other_resources="250.00"), "700.00"))
        out.append((household(couple=True, children=children, partner_earnings="900.00"), "1097.89"))
    for children in [0, 1, 2, 3]:
        out.append((household(children=children, isolated_parent=True), "1097.89"))
        out.append((household(children=children, isolated_parent=True, housing="tenant_with_aid"), "800.00"))
    out.append((household(couple=True, children=1, isolated_parent=True), "1097.89"))
    out.append((household(other_resources="289.51"), "1000.00"))
    out.append((household(other_resources="289.52"), "1000.00"))
    out.append((household(other_resources="400.00"), "1386.93"))
    return out


def situation(h, earnings, months):
    per_month = lambda value: {m: value for m in months}
    status, aid, rent = HOUSING[h["housing"]]
    people = {"demandeur": {"date_naissance": {"ETERNITY": "1990-01-15"}, "salaire_net": per_month(float(earnings)),
                            "pensions_alimentaires_percues": per_month(float(h["other_resources"]))}}
    parents = ["demandeur"]
    if h["couple"]:
        people["conjoint"] = {"date_naissance": {"ETERNITY": "1988-05-20"}, "salaire_net": per_month(float(h["partner_earnings"]))}
        parents.append("conjoint")
    children = []
    for i in range(h["children"]):
        # An isolated parent's first child is under 3; otherwise every child is 5 or older,
        # so that OpenFisca's own isolated-parent test never applies by itself.
        birth = "2025-01-10" if (h["isolated_parent"] and i == 0) else f"{2019 - 2 * i}-03-01"
        name = f"enfant{i + 1}"
        people[name] = {"date_naissance": {"ETERNITY": birth}}
        children.append(name)
    isolated = h["isolated_parent"] and not h["couple"]
    return {
        "individus": people,
        "familles": {"famille": {"parents": parents, "enfants": children,
                                 "rsa_majore_eligibilite": per_month(isolated),
                                 "ppa_base_ressources_prestations_familiales": per_month(0),
                                 "aide_logement": per_month(aid)}},
        "foyers_fiscaux": {"foyer": {"declarants": parents, "personnes_a_charge": children}},
        "menages": {"menage": {"personne_de_reference": ["demandeur"], "conjoint": parents[1:], "enfants": children,
                               "statut_occupation_logement": per_month(status), "loyer": per_month(rent)}},
    }


def main():
    tbs = CountryTaxBenefitSystem()
    results = []
    for month, months in MONTHS.items():
        for h, earnings in cases():
            sim = SimulationBuilder().build_from_entities(tbs, situation(h, earnings, months))
            reference = months[1:4]
            results.append({
                "month": month,
                "reference_months": reference,
                "household": h,
                "person_earnings": earnings,
                "ppa": round(float(sim.calculate("ppa", month)[0]), 6),
                "ppa_fictive": [round(float(sim.calculate("ppa_fictive", m)[0]), 6) for m in reference],
                "ppa_base_ressources": round(float(sim.calculate("ppa_base_ressources", reference[0])[0]), 6),
            })
    out = {"openfisca_france": version("OpenFisca-France"), "openfisca_core": version("OpenFisca-Core"), "cases": results}
    (HERE / "ppa-openfisca.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(results)} households written with OpenFisca-France {out['openfisca_france']}")


if __name__ == "__main__":
    main()
