"""Required controls and obligations per tier, plus extras the idea's cues call for.

The list is what a PMO reviewer ticks off before approval: the Act's obligations for the tier
and role (Art. 9-17, 26, 27, 43, 49, 50), GDPR duties when personal data is involved, and
house controls (logging, human oversight) that make later audits possible.
"""

from __future__ import annotations

from triage import concepts as c
from triage.patterns import Text, concept
from triage.result import Tier
from triage.scoring import PERSONAL_DATA

PUBLIC_BODY = concept(
    r"\b(?:public (?:body|authority|sector|administration|services?)|authorit\w*|agency|municipal\w*|"
    r"ministry|"
    r"government|police|council|city of)\b",
    r"behörde|\bamt\b|kommune|stadtverwalt|polizei|ministerium|öffentliche[nr]? (?:hand|dienst|verwaltung)|"
    r"landes|bundes",
)
SPECIAL_DATA = concept(
    r"\b(?:health|medical|biometric\w*|faces?|voices?|religio\w*|political|union|ethnic\w*|sexual)\b",
    r"gesundheit|medizin|biometr|gesicht|stimm(?!ung)|religi|politisch|gewerkschaft|ethni|sexuell",
)

_HIGH_PROVIDER = [
    "Risk management system over the lifecycle (Art. 9)",
    "Data governance and bias examination of training data (Art. 10)",
    "Technical documentation (Art. 11, Annex IV) and quality management system (Art. 17)",
    "Automatic logging / record-keeping of events (Art. 12)",
    "Instructions for use and transparency to deployers (Art. 13)",
    "Human oversight designed in (Art. 14)",
    "Accuracy, robustness and cybersecurity testing (Art. 15)",
    "Conformity assessment, CE marking and EU database registration before use (Art. 43, 48, 49)",
]
_HIGH_DEPLOYER = [
    "Use according to the provider's instructions; check provider's conformity and registration (Art. 26)",
    "Human oversight by trained, competent staff with authority to override (Art. 14, 26(2))",
    "Keep the automatically generated logs for at least six months (Art. 26(6))",
    "Monitor operation; report serious incidents to provider and authority (Art. 26(5), 73)",
    "Inform affected persons that a high-risk AI system supports decisions about them (Art. 26(11))",
]


def controls_for(text: Text, tier: Tier, basis: str, role: str) -> list[str]:
    """Ordered, de-duplicated controls for this idea."""
    out: list[str] = []
    personal = text.has(PERSONAL_DATA)
    if tier is Tier.prohibited:
        out += [
            f"Do not pursue: prohibited practice under {basis} (Art. 5); stop or redesign the use case",
            "Legal/compliance review before any further work; document the decision",
        ]
    elif tier is Tier.high:
        out += _HIGH_PROVIDER if role == "provider" else _HIGH_DEPLOYER
        if basis.startswith("Annex III 4") or text.has(c.WORK_SUBJECT):
            out.append("Inform workers' representatives and affected workers before use (Art. 26(7))")
        if (
            text.has(PUBLIC_BODY)
            or basis in {"Annex III 5(b)", "Annex III 5(c)"}
            or basis.startswith("Annex III 5(a)")
        ):
            out.append("Fundamental rights impact assessment before first use (Art. 27)")
        if basis.startswith("Annex III 1(c)") or basis.startswith("Annex III 1(b)"):
            out.append("Inform exposed persons about the emotion recognition/categorisation (Art. 50(3))")
    elif tier is Tier.limited:
        out += {
            "Art. 50(1)": ["Transparency notice: tell people they are interacting with an AI (Art. 50(1))"],
            "Art. 50(2)": [
                "Mark generated audio/image/video/text as AI-generated, machine-readable (Art. 50(2))"
            ],
        }.get(
            basis, ["Disclose that the content is AI-generated or manipulated (deep fake label, Art. 50(4))"]
        )
        out.append("Human fallback / escalation path and output review for quality")
    else:
        out.append("Human review of outputs before they are used or sent")
    if tier is not Tier.prohibited:
        out.append("AI literacy for staff using the system (Art. 4)")
        out.append("Logging of inputs, outputs and model version for audit")
        if personal:
            out.append("GDPR: lawful basis, data minimisation and record of processing (Art. 6, 30 GDPR)")
        if personal and (tier is Tier.high or text.has(SPECIAL_DATA)):
            out.append("Data protection impact assessment (DPIA, Art. 35 GDPR)")
    return list(dict.fromkeys(out))
