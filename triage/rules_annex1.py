"""Art. 6(1) with Annex I: AI that is a regulated product or the safety component of one.

Medical and in-vitro diagnostic devices (A.11, A.12), machinery (A.1), lifts (A.4), cableways (A.8)
and vehicles (section B, including the driver drowsiness and distraction warnings built into type-approved
vehicles; a camera a fleet retrofits is not type-approved). The first matching rule names the basis, so
the table runs from the most specific product to the broadest. Paperwork, sales, complaint handling and
maintenance planning *about* a product are kept out by the checks below.
"""

from __future__ import annotations

from triage import concepts_annex1 as d
from triage.patterns import Text, outside_denial
from triage.result import Tier
from triage.rules_model import Rule, RuleMaker


def _safety_function(text: Text) -> bool:
    """Predictive maintenance, tuning that leaves the safety gear as it is, or writing the product's manuals
    and technical file performs no safety function (Annex I).

    Such an idea still counts when the system itself stops, brakes or shuts down the product; the sentence
    that keeps the existing gear ("the emergency stops stay as they are") is not such a cue.
    """
    if not any(text.has(x) for x in (d.SAFETY_UNCHANGED, d.MAINTENANCE, d.BACK_OFFICE)):
        return True
    acts = d.STOP_VERB if text.has(d.BACK_OFFICE) else d.STOP_ACT
    return outside_denial(text, acts, d.SAFETY_UNCHANGED)


def _device_function(text: Text) -> bool:
    """A device maker's paperwork or sales helper ("draft the MDR technical documentation") is not a device.

    The idea counts as a medical device unless it is such paperwork (or complaint and vigilance handling)
    and the AI neither diagnoses a disease, doses or stimulates a patient nor stops the device itself.
    """
    if not text.has(d.BACK_OFFICE):
        return True
    return any(text.has(x) for x in (d.THERAPY_ACT, d.STOP_VERB)) or (text.has(d.DIAGNOSE) and text.has(d.DISEASE))


_a1 = RuleMaker(Tier.high, "art6_1")


ANNEX_I_RULES: tuple[Rule, ...] = (
    _a1(
        "Art. 6(1) + Annex I A.12",
        "in-vitro diagnostic function",
        d.IVD,
        d.DIAGNOSE,
        d.DISEASE,
    ),
    _a1("Art. 6(1) + Annex I A.12", "in-vitro diagnostic test result", d.IVD, d.TEST_RESULT),
    _a1(
        "Art. 6(1) + Annex I A.11",
        "medical device (software) under the MDR",
        d.MEDICAL_DEVICE,
        check=_device_function,
    ),
    _a1(
        "Art. 6(1) + Annex I A.11",
        "dosing or therapy function for a disease (medical device)",
        d.DISEASE,
        d.THERAPY_ACT,
        check=_device_function,
    ),
    _a1(
        "Art. 6(1) + Annex I A.11",
        "diagnostic or monitoring function for a disease (medical device)",
        d.DISEASE,
        d.DIAGNOSE,
        d.CLINICAL,
        question=(
            "Is this intended for diagnosis or therapy of patients (a medical device)?",
            "Dient das System Diagnose oder Therapie von Patienten (Medizinprodukt)?",
        ),
    ),
    _a1(
        "Art. 6(1) + Annex I A.8",
        "safety function of a cableway installation",
        d.CABLEWAY,
        (d.STOP_ACT, d.LIFT_SAFETY, d.MACHINE_SAFETY),
        check=_safety_function,
    ),
    _a1(
        "Art. 6(1) + Annex I A.4",
        "safety function of a lift",
        d.LIFT,
        d.LIFT_SAFETY,
        check=_safety_function,
    ),
    _a1(
        "Art. 6(1) + Annex I A.1",
        "safety component of machinery",
        d.MACHINE,
        d.MACHINE_SAFETY,
        check=_safety_function,
    ),
    _a1(
        "Art. 6(1) + Annex I A.1",
        "start interlock: the machine moves only once the AI finds no one in its reach",
        d.MACHINE,
        d.BODY_CHECK,
        d.START_RELEASE,
        check=_safety_function,
    ),
    _a1("Art. 6(1) + Annex I B", "safety function of a vehicle or aircraft", d.VEHICLE_SAFETY),
    _a1(
        "Art. 6(1) + Annex I B",
        "driver drowsiness or distraction warning (vehicle safety system)",
        d.DRIVER_ALERTNESS,
        d.DROWSY_SIGNAL,
        d.TYPE_APPROVAL,
        question=(
            "Is the warning built into new vehicles under EU type approval, or retrofitted by a fleet operator?",
            "Wird die Warnung in Neufahrzeuge mit EU-Typgenehmigung eingebaut oder vom Flottenbetreiber nachgerüstet?",
        ),
    ),
    _a1(
        "Art. 6(1) + Annex I B",
        "vehicle that detects people or obstacles and brakes, stops or waits by itself",
        d.VEHICLE,
        (d.MACHINE_SAFETY, d.BODY_CHECK),
        (d.STOP_VERB, d.START_RELEASE),
        check=_safety_function,
    ),
)
