"""Word lists the offline extractor matches, in German and English.

Data, not logic: each entry is a regular expression plus the labels we show in DE and EN, so
adding a department or a data kind never touches the extraction code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One thing we recognise in text, with its label per language."""

    pattern: re.Pattern[str]
    en: str
    de: str
    personal: bool | None = None  # for data kinds: does it identify people?

    def label(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


def _t(rx: str, en: str, de: str, personal: bool | None = None, *, case: bool = False) -> Term:
    return Term(re.compile(rx, 0 if case else re.IGNORECASE), en, de, personal)


DEPARTMENTS: tuple[Term, ...] = (
    _t(
        r"\b(hr|human resources|personalabteilung|personalwesen|recruit\w*|bewerb\w*|azubi\w*|promotions?|"
        r"beförderung\w*|hiring|talent|onboarding)\b",
        "HR",
        "Personal (HR)",
    ),
    _t(
        r"\b(finance|financial|accounting|accounts payable|controlling|buchhaltung|finanz\w*|"
        r"rechnungswesen|invoices?|rechnungen)\b",
        "Finance",
        "Finanzen/Buchhaltung",
    ),
    _t(
        r"\b(customer service|customer support|support team|service desk|contact cent(er|re)|call cent(er|"
        r"re)|"
        r"hotline|kundenservice|kundendienst|kundensupport|service-hotline|concierge|helpdesk|"
        r"answer\w* (?:\w+ )?questions|fragen .{0,60}beantwort\w*|terminw\w*|appointments?|bookings?)\b",
        "Customer Service",
        "Kundenservice",
    ),
    _t(r"\b(sales|vertrieb\w*|reps|account managers?|verkauf\w*|außendienst)\b", "Sales", "Vertrieb"),
    _t(
        r"\bIT\b|\b([Ss]oftware|[Dd]evelopers?|[Ee]ntwickler\w*|[Uu]nit [Tt]ests?|[Ll]egacy|"
        r"Java|Python|[Cc]ode ?base|[Dd]ev[Oo]ps)\b",
        "IT",
        "IT",
        case=True,
    ),
    _t(r"\b(legal|law|recht\w*|jurist\w*|compliance|dispute)\b", "Legal", "Recht"),
    _t(
        r"\b(marketing|campaign\w*|kampagne\w*|website|webseite|social media team|brand\w*|seo)\b",
        "Marketing",
        "Marketing",
    ),
    _t(r"\b(procurement|purchasing|einkauf|beschaffung|suppliers?|lieferanten)\b", "Procurement", "Einkauf"),
    _t(
        r"\b(logistics|warehouse|lager\w*|logistik|pickers?|shipping|versand|kommissionier\w*|fleet)\b",
        "Logistics",
        "Logistik/Lager",
    ),
    _t(
        r"\b(production|manufactur\w*|produktion|fertigung|spritzgie\w*|werk|plant|shop floor|"
        r"ausschuss|maintenance|instandhaltung)\b",
        "Production",
        "Produktion",
    ),
    _t(
        r"\b(r&d|research|forschung|entwicklungsabteilung|labor|lab|rezeptur\w*|wearables team|"
        r"product development|produktentwicklung)\b",
        "R&D",
        "Forschung & Entwicklung",
    ),
    _t(r"\b(sustainability|nachhaltigkeit\w*|esg|co2)\b", "Sustainability", "Nachhaltigkeit"),
    _t(
        r"\b(facility|facilities|hausverwaltung|gebäudemanagement|property management)\b",
        "Facility Management",
        "Gebäudemanagement",
    ),
    _t(
        r"\b(pricing|preisgestaltung|category management|supermarket|retail|filiale\w*)\b",
        "Sales",
        "Vertrieb",
    ),
    _t(
        r"\b(risk management|risikomanagement|underwriting|\w*versicherung\w*|insurance)\b",
        "Risk/Underwriting",
        "Risiko/Underwriting",
    ),
)

ROLES: tuple[Term, ...] = (
    _t(
        r"\b(sales )?reps\b|\bsales (team|staff|people)\b|\bvertriebs(mitarbeiter\w*|team)\b",
        "Sales reps",
        "Vertriebsmitarbeitende",
    ),
    _t(r"\b(pickers|warehouse (staff|workers))\b|\bkommissionierer\w*", "Warehouse pickers", "Lagerpersonal"),
    _t(r"\b(shift leads?|team leads?|managers)\b|\bführungskräfte\b", "Managers", "Führungskräfte"),
    _t(
        r"\b(agents|call center staff|service (staff|agents))\b|\bservicemitarbeiter\w*",
        "Service agents",
        "Servicemitarbeitende",
    ),
    _t(r"\b(members)\b|\bmitglieder\w*", "Members", "Mitglieder"),
    _t(r"\b(customers?|clients?|consumers?)\b|\bkund(en|in|innen)\b", "Customers", "Kunden"),
    _t(r"\b(guests?)\b|\bgäste\w*", "Guests", "Gäste"),
    _t(r"\b(patients?)\b|\bpatient(en|innen)\b", "Patients", "Patienten"),
    _t(r"\btravell?ers?\b|\breisende\w*", "Travellers", "Reisende"),
    _t(r"\b(students?)\b|\bstudierende\w*|\bschüler\w*", "Students", "Studierende"),
    _t(r"\b(applicants?|candidates?)\b|\bbewerber\w*", "Applicants", "Bewerbende"),
    _t(
        r"\b(employees?|staff|colleagues|workers|everyone in the department)\b|\bmitarbeit\w*|"
        r"\bbeschäftigte\w*",
        "Employees",
        "Mitarbeitende",
    ),
    _t(r"\b(developers?|engineers?)\b|\bentwickler\w*", "Developers", "Entwickler"),
    _t(r"\b(project managers?|project leads?|pmo)\b|\bprojektleit\w*|\bprojektmanager\w*",
       "Project managers", "Projektleitungen"),
    _t(r"\b(managers?|team leads?|executives?)\b|\bführungskr(ä|a)ft\w*|\bteamleit\w*",
       "Managers", "Führungskräfte"),
    _t(r"\b(technicians?|field service)\b|\btechniker\w*|\bmonteur\w*|\bservicetechnik\w*",
       "Technicians", "Techniker"),
    _t(r"\b(tenants?)\b|\bmieter\w*|\bmietwohnung\w*", "Tenants", "Mieter"),
    _t(r"\b(callers?)\b|\banrufer\w*", "Callers", "Anrufende"),
    _t(r"\b(podcasters?)\b", "Podcasters", "Podcaster"),
    _t(r"\b(households?)\b|\bhaushalt\w*", "Household customers", "Haushaltskunden"),
    _t(r"\b(accountants?|finance team)\b|\bbuchhalter\w*", "Accountants", "Buchhaltung"),
    _t(r"\b(recruiters?)\b|\brecruiter\w*", "Recruiters", "Recruiter"),
    _t(
        r"\bwebsite visitors\b|\bbesucher\w*|\bwebsite\b|\bwebseite\b", "Website visitors", "Website-Besucher"
    ),
)

DATA_KINDS: tuple[Term, ...] = (
    _t(r"\b(e-?mails?|mails?)\b", "emails", "E-Mails", None),
    _t(r"\btickets?\b", "support tickets", "Tickets", None),
    _t(r"\b(cvs?|resumes?|résumés?)\b|lebensl(ä|ae)uf\w*", "CVs", "Lebensläufe", True),
    _t(r"\binvoices?\b|\brechnung(en)?\b", "invoices", "Rechnungen", None),
    _t(
        r"\bcustomer (data|names|records|details)\b|\bkunden(daten|namen|stammdaten)\b",
        "customer data",
        "Kundendaten",
        True,
    ),
    _t(r"\bcamera\w*|\bvideo( feeds?)?\b|\bkamera\w*|\bvideobild\w*", "camera images", "Kamerabilder", None),
    _t(r"\bphotos?\b|\bimages?\b|\bfotos?\b|\bbilder\w*", "images/photos", "Bilder/Fotos", None),
    _t(
        r"\b(call|voice) recordings?\b|\bstimmaufnahm\w*|\banrufe?\b|\bcalls\b|\bphone\b|\btelefon\w*",
        "call/voice recordings",
        "Anrufe/Sprachaufnahmen",
        True,
    ),
    _t(
        r"\bhealth\b|\bgesundheit\w*|\becg\b|\bekg\b|\bmedical\b|\bmedizin\w*|\bdiagnos\w*",
        "health data",
        "Gesundheitsdaten",
        True,
    ),
    _t(
        r"\b(card )?payments?\b|\btransactions?\b|\bzahlungen\b|\btransaktion\w*|\bcredit\b|\bbonität\w*",
        "payment/credit data",
        "Zahlungs-/Bonitätsdaten",
        True,
    ),
    _t(
        r"\bkpis?\b|\bpeer feedback\b|\bperformance (data|reviews?)\b|\bleistungsdaten\b",
        "performance data",
        "Leistungsdaten",
        True,
    ),
    _t(r"\bsocial media\b", "social media activity", "Social-Media-Aktivität", True),
    _t(
        r"\bprocess data\b|\bprozessdaten\b|\bsensor\w*|\btemperatur\w*|\bdruck\b|\bzykluszeit\w*|"
        r"\bpressure\b",
        "process/sensor data",
        "Prozess-/Sensordaten",
        False,
    ),
    _t(
        r"\bbill of materials\b|\bstückliste\w*|\bproduct data\b|\bproduktdaten\b|\bbest-before\b|"
        r"\bmhd\b|\bsales data\b|\babsatzdaten\b",
        "product data",
        "Produktdaten",
        False,
    ),
    _t(r"\bsource code\b|\bcode\b|\bquellcode\b|\bunit tests?\b", "source code", "Quellcode", False),
    _t(
        r"\bcall volumes?\b|\baggregate\w*\b|\banrufvolumen\b",
        "aggregated call volumes",
        "aggregierte Anrufzahlen",
        False,
    ),
    _t(
        r"\bdrawings?\b|\bzeichnung\w*|\bbauzeichnung\w*|\bscans?\b|\bdocuments?\b|\bdokument\w*|\barchiv\w*",
        "documents/scans",
        "Dokumente/Scans",
        None,
    ),
    _t(
        r"\b(test answers?|assessments?|essays?)\b|\beinstufungstest\w*|\bassessment\w*|\baufs(a|ä)tz\w*|"
        r"\blogiktest\w*",
        "test answers",
        "Testergebnisse",
        True,
    ),
    _t(
        r"\bsubmissions?\b|\bcomplaints?\b|\bbeschwerde\w*|\beingaben\b",
        "case submissions",
        "Eingaben/Beschwerden",
        True,
    ),
    _t(
        r"\bfaqs?\b|\bcourse (times|schedule)\b|\böffnungszeiten\b|\bkurse\w*|\bknowledge base\b|"
        r"\bwissensdatenbank\b|\bhandbuch\b|\bmanuals?\b",
        "FAQ/knowledge content",
        "FAQ-/Wissensinhalte",
        False,
    ),
    _t(r"\bcontracts\b|\w*verträge\w*|\bagreements\b", "contracts", "Verträge", None),
    _t(r"\bapplications?\b|\banträge?n?\b|\bantrag\b", "application forms", "Antragsdaten", True),
    _t(r"\bchat (logs?|messages?)\b|\bchatverl(ä|a)uf\w*", "chat logs", "Chatverläufe", True),
)
