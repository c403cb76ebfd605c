"""Deployer or provider? The company's likely role under the AI Act for the described use.

Building, selling or placing a system on the market (or substantially modifying one) makes the
company a provider with the heavier obligations; using a bought or existing tool internally
makes it a deployer. When cues point both ways, building wins: it is the costlier mistake.
"""

from __future__ import annotations

from triage.concepts_synthetic import offers_generator
from triage.concepts_transparency import talks_to_people
from triage.patterns import Text, concept
from triage.result import RoleAssessment

PROVIDER = concept(
    r"\b(?:we (?:build|develop|train|ship|sell|offer|deliver|supply|provide|launch)\w*|we'd certify|"
    r"certify it|"
    r"place\w* (?:\w+ ){0,3}on the market|bring\w* (?:\w+ ){0,3}to market|launch\w* (?:an? |our )?(?:app|"
    r"product)|"
    r"sell\w* (?:it |this )?to|our (?:product|platform|saas|customers can)|for (?:our )?(?:clients|"
    r"customers) to use|"
    r"white[- ]label|contract|tender|on behalf of|(?:agency|authority|ministry|police|client) (?:contract|"
    r"request)|"
    r"fine-?tun\w*|substantial(?:ly)? modif\w*|retrain\w* (?:the|a) (?:vendor|bought)|let's (?:build|develop|train)|"
    r"(?:trained|built|developed) (?:our|its|an?) own)\b",
    r"wir (?:bauen|entwickeln|trainieren|liefern|verkaufen|vertreiben|bieten)|auf den markt|markteinführung|"
    r"für (?:unsere )?kunden (?:entwickeln|anbieten)|auftrag|anfrage (?:der|des|vom)|ausschreibung|"
    r"unser(?:e)? (?:produkt|plattform)|im auftrag|wesentlich\w* (?:\w+ ){0,2}änder|feinabstimm|fine-?tun|"
    r"(?:selbst |eigens |eigene\w* (?:[\w-]+ ){0,2})trainiert|lass(?:t)? uns (?:\w+ ){0,3}(?:bauen|entwickeln)",
)
DEPLOYER = concept(
    r"\b(?:buy|bought|purchase\w*|licen[cs]e\w*|subscribe to|off[- ]the[- ]shelf|existing tool|vendor|"
    r"(?:chatgpt|copilot|microsoft 365|salesforce|sap|servicenow|workday)|use (?:an? |the )?(?:tool|service)|"
    r"internal(?:ly)?|for our (?:team|staff|employees)|roll out)\b",
    r"kaufen|gekauft|einkaufen|lizenz|abonnier|standardsoftware|bestehend\w* (?:tool|lösung)|anbieter|"
    r"intern\b|interne|für unsere (?:mitarbeit|teams)|einführen|nutzen|einsetzen",
)
FEATURE = concept(
    r"\b(?:features?|in-app|customers can|users can)\b", r"funktion|kunden können|nutzer können"
)
OWN_PRODUCT = concept(
    r"\b(?:our (?:app|website|shop|portal|customer app|guest app|software)|in-app|customer-facing)\b",
    r"unsere[rnm]? (?:\w+-)?(?:app|website|webseite|shop|portal|software)|kundenportal",
)


def assess_role(text: Text) -> RoleAssessment:
    """Likely role with a one-line reason in the language of the idea."""
    de = text.lang == "de"
    provider, deployer, own = text.cue(PROVIDER), text.cue(DEPLOYER), text.cue(OWN_PRODUCT)
    if provider:
        reason = (
            f'Anbieter: das Unternehmen entwickelt/vertreibt das System selbst (Hinweis: "{provider}").'
            if de
            else f'Provider: the company builds or places the system on the market (cue: "{provider}").'
        )
        return RoleAssessment(role="provider", reason=reason)
    if offers_generator(text):
        reason = (
            "Anbieter: das Unternehmen stellt anderen einen Generator synthetischer Inhalte bereit (Art. 50(2))."
            if de
            else "Provider: the company offers a generator of synthetic content to others (Art. 50(2))."
        )
        return RoleAssessment(role="provider", reason=reason)
    if own and not deployer and (talks_to_people(text) or text.has(FEATURE)):
        reason = (
            f'Anbieter: KI-Funktion im eigenen Produkt unter eigenem Namen ("{own}"); Betreiber nur, '
            "wenn eine zugekaufte Lösung unverändert genutzt wird."
            if de
            else f'Provider: an AI feature put into service under the company\'s own name ("{own}"); '
            "deployer only if a bought tool is used unchanged."
        )
        return RoleAssessment(role="provider", reason=reason)
    cue = f' ("{deployer}")' if deployer else ""
    reason = (
        f"Betreiber: das Unternehmen nutzt ein (zugekauftes) System im eigenen Betrieb{cue}."
        if de
        else f"Deployer: the company uses an (acquired) system in its own operations{cue}."
    )
    return RoleAssessment(role="deployer", reason=reason)
