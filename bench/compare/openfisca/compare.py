"""Optional check of the employer view against OpenFisca-France (employer.md §4b).

For every month of 2026, at 26, 30 and 35 h a week, at the SMIC and at 13.50 €/h, for 10, 20
and 60 employees, compares Tremplin's RGDU coefficient (`reduction_rate`) and amount
(`reduction`) with OpenFisca-France's `taux_allegement_general` and `allegement_general`
(recovery mode "anticipe": each month on its own, like E4).

Tremplin's figures come from `cargo run --example simulate_lines` (the native engine); no
network is used once OpenFisca-France is installed. How to run: bench/compare/openfisca/README.md.
Prints one line per difference, then a JSON summary on its last line.
"""

import json
import subprocess
from decimal import ROUND_HALF_UP, Decimal
import sys
from pathlib import Path

from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_france import CountryTaxBenefitSystem

ROOT = Path(__file__).resolve().parents[3]
MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]
HOURS = ["26.00", "30.00", "35.00"]
RATES = [None, "13.50"]  # None: the SMIC in force, month by month
HEADCOUNTS = {10: "under_11", 20: "11_to_49", 60: "50_plus"}


def ours():
    """Tremplin's months for every case, through the native engine."""
    cases, lines = [], []
    for hours in HOURS:
        for rate in RATES:
            for effectif, band in HEADCOUNTS.items():
                cases.append((hours, rate, effectif))
                lines.append(json.dumps({
                    "as_of": "2026-01-01", "person": {"department": "59"},
                    "contract": {"start": "2026-01-01", "months": 12, "weekly_hours": hours, "hourly_rate": rate,
                                 "employer": "private", "employer_view": {"headcount": band}},
                }))
    run = subprocess.run(
        ["cargo", "run", "--quiet", "--locked", "--example", "simulate_lines"],
        input="\n".join(lines), capture_output=True, text=True, cwd=ROOT, check=True,
    )
    outputs = [json.loads(line) for line in run.stdout.splitlines()]
    return [(case, out["contract"]["employer_view"]["months"]) for case, out in zip(cases, outputs)]


def theirs(results):
    """OpenFisca-France's coefficient and amount for the same gross, hours and headcount."""
    individus, familles, foyers, menages = {}, {}, {}, {}
    for i, ((hours, _rate, effectif), months) in enumerate(results):
        name = f"s{i}"
        # Hours paid per month: weekly hours × 52 / 12, unrounded (cddi.md C6), so OpenFisca's
        # prorated SMIC (hours / 151.67 × SMIC × 151.67) is the SMIC month of E4.
        monthly_hours = float(hours) * 52 / 12
        individus[name] = {
            "salaire_de_base": {m["month"]: float(m["gross"]) for m in months},
            "contrat_de_travail": {month: "temps_partiel" for month in MONTHS},
            "heures_remunerees_volume": {month: monthly_hours for month in MONTHS},
            "effectif_entreprise": {month: effectif for month in MONTHS},
            "categorie_salarie": {month: "prive_non_cadre" for month in MONTHS},
            "allegement_general_mode_recouvrement": {month: "anticipe" for month in MONTHS},
            "contrat_de_travail_debut": {month: "2026-01-01" for month in MONTHS},
        }
        familles[f"f{i}"] = {"parents": [name]}
        foyers[f"x{i}"] = {"declarants": [name]}
        menages[f"m{i}"] = {"personne_de_reference": [name]}
    situation = {"individus": individus, "familles": familles, "foyers_fiscaux": foyers, "menages": menages}
    simulation = SimulationBuilder().build_from_entities(CountryTaxBenefitSystem(), situation)
    rates = {m: simulation.calculate("taux_allegement_general", m) for m in MONTHS}
    amounts = {m: simulation.calculate("allegement_general", m) for m in MONTHS}
    return rates, amounts


def explain(m, their_amount):
    """Which known difference of employer.md §4b explains a differing amount, if any."""
    exact = Decimal(m["reduction_rate"]) * Decimal(m["gross"])
    rounded = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if abs(Decimal(m["reduction"]) - Decimal(their_amount)) != Decimal("0.01"):
        return None
    if exact * 1000 % 10 == 5 and exact * 1000 == (exact * 1000).to_integral_value() and m["reduction"] == str(rounded):
        return "half_cent_tie"
    if Decimal(m["reduction"]) < rounded and their_amount == str(rounded):
        return "rgdu_cap_by_covered_lines"
    return None


def main():
    results = ours()
    rates, amounts = theirs(results)
    checks = {"coefficient": 0, "amount": 0}
    same = {"coefficient": 0, "amount": 0}
    explained = {}
    unexplained = 0
    for i, ((hours, rate, effectif), months) in enumerate(results):
        for m in months:
            month = m["month"]
            label = f"{month} {hours} h {'SMIC' if rate is None else rate + ' €/h'} {effectif} employees"
            their_rate = f"{round(float(rates[month][i]), 4):.4f}"
            their_amount = f"{round(abs(float(amounts[month][i])) + 1e-9, 2):.2f}"
            for kind, mine, other in [("coefficient", m["reduction_rate"], their_rate), ("amount", m["reduction"], their_amount)]:
                checks[kind] += 1
                if mine == other:
                    same[kind] += 1
                    continue
                why = explain(m, other) if kind == "amount" else None
                if why:
                    explained[why] = explained.get(why, 0) + 1
                else:
                    unexplained += 1
                print(f"{label}: {kind} Tremplin {mine}, OpenFisca {other} ({why or 'UNEXPLAINED'})")
    print(json.dumps({"openfisca_france": version(), "checks": checks, "identical": same,
                      "known_differences": explained, "unexplained": unexplained}))
    return 0 if unexplained == 0 else 1


def version():
    from importlib.metadata import version as v
    return v("openfisca-france")


if __name__ == "__main__":
    sys.exit(main())
