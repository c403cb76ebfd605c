"""Every sentence the intake bot says, in German and English.

Kept in one table so translators and reviewers see all user-facing text at once and the
conversation code never holds a literal string a user reads.
"""

from __future__ import annotations

_TEXTS: dict[str, dict[str, str]] = {
    "welcome": {
        "en": "Hi! Tell me about your AI idea in a few sentences: what is the problem, and what should "
        "the AI do? I'll only ask for what's missing.",
        "de": "Hallo! Beschreib mir deine KI-Idee in ein paar Sätzen: Was ist das Problem, und was soll "
        "die KI tun? Ich frage nur nach, was noch fehlt.",
    },
    "q_solution": {
        "en": "What should the AI do, and which problem would it solve?",
        "de": "Was soll die KI tun, und welches Problem löst sie?",
    },
    "q_problem": {"en": "What is the problem today?", "de": "Was ist heute das Problem?"},
    "q_title": {
        "en": "What short title should the idea have?",
        "de": "Welchen kurzen Titel soll die Idee haben?",
    },
    "q_affected": {
        "en": "Who would use it or be affected by it (people or process)?",
        "de": "Wer würde es nutzen oder wäre davon betroffen (Personen oder Prozess)?",
    },
    "q_department": {"en": "Which department is this for?", "de": "Für welche Abteilung ist das?"},
    "q_data_used": {
        "en": "Which data would it use (e.g. emails, tickets, invoices), and does that include personal "
        "data?",
        "de": "Welche Daten würde sie nutzen (z. B. E-Mails, Tickets, Rechnungen), und sind "
        "personenbezogene Daten dabei?",
    },
    "q_personal_data": {
        "en": "Does it involve personal data (e.g. names, customer or employee data)? Yes or no?",
        "de": "Sind personenbezogene Daten dabei (z. B. Namen, Kunden- oder Mitarbeiterdaten)? Ja oder nein?",
    },
    "q_benefit": {
        "en": 'What would it bring? An estimate helps (e.g. "2 hours per week", "30 % fewer errors").',
        "de": "Was würde es bringen? Eine Schätzung hilft (z. B. „2 Stunden pro Woche“, „30 % weniger "
        "Fehler“).",
    },
    "again_personal_data": {
        "en": "Sorry, I didn't get that. Does it involve personal data: yes or no?",
        "de": "Das habe ich nicht verstanden. Sind personenbezogene Daten dabei: ja oder nein?",
    },
    "again_solution": {
        "en": "Could you say a bit more? What should the AI do, for whom, and why?",
        "de": "Kannst du etwas mehr erzählen? Was soll die KI tun, für wen und warum?",
    },
    "help": {
        "en": "I collect AI ideas for the AI PMO. Describe your idea and answer my questions. Commands: "
        "'status' (your ideas), 'edit <field>' (title, problem, solution, affected, department, data, "
        "personal data, benefit), 'cancel' (keeps a draft), 'restart' (start a new idea), "
        "'reply #N <answer>' (answer the PMO's question about idea N), 'help'.",
        "de": "Ich sammle KI-Ideen für das AI-PMO. Beschreib deine Idee und beantworte meine Fragen. "
        "Befehle: "
        "'status' (deine Ideen), 'ändern <Feld>' (Titel, Problem, Lösung, Betroffene, Abteilung, Daten, "
        "personenbezogen, Nutzen), 'abbrechen' (speichert einen Entwurf), 'neu' (neue Idee), "
        "'antwort #N <Antwort>' (Rückfrage des PMO zu Idee N beantworten), 'hilfe'.",
    },
    "summary_intro": {
        "en": "Here is your idea as I understood it. Shall I submit it?",
        "de": "So habe ich deine Idee verstanden. Soll ich sie einreichen?",
    },
    "reply_reopened": {
        "en": "Thanks! I added your answer to idea #{id}; it goes back to the PMO for review.",
        "de": "Danke! Ich habe deine Antwort zu Idee #{id} ergänzt; sie geht zurück ans PMO.",
    },
    "reply_not_found": {
        "en": "I can't find an idea #{id} of yours. Type 'status' to see your ideas.",
        "de": "Ich finde keine Idee #{id} von dir. Tippe 'status', um deine Ideen zu sehen.",
    },
    "reply_not_waiting": {
        "en": "Idea #{id} has no open question from the PMO right now, so nothing was changed.",
        "de": "Zu Idee #{id} hat das PMO gerade keine offene Frage, daher habe ich nichts geändert.",
    },
    "summary_updated": {
        "en": "Thanks, I added that. Here is the updated idea:",
        "de": "Danke, das habe ich ergänzt. So sieht die Idee jetzt aus:",
    },
    "summary_pick": {
        "en": "Please confirm, edit or cancel the idea above.",
        "de": "Bitte bestätige, ändere oder verwirf die Idee oben.",
    },
    "edit_pick": {"en": "Which field do you want to change?", "de": "Welches Feld möchtest du ändern?"},
    "edit_ask": {"en": "New value for {field}:", "de": "Neuer Wert für {field}:"},
    "edit_unknown": {
        "en": "I don't know the field '{field}'. Pick one of these:",
        "de": "Das Feld „{field}“ kenne ich nicht. Wähle eines davon:",
    },
    "filed": {
        "en": 'Thanks! Your idea #{id} "{title}" is submitted. The AI PMO triages it next; '
        "I'll let you know when its status changes.",
        "de": "Danke! Deine Idee #{id} „{title}“ ist eingereicht. Als Nächstes bewertet das AI-PMO sie; "
        "ich melde mich, wenn sich der Status ändert.",
    },
    "merged": {
        "en": 'Done: your input was added to idea #{id} "{title}". Its owner and the AI PMO will see it.',
        "de": "Erledigt: Deine Angaben wurden zu Idee #{id} „{title}“ hinzugefügt. Das AI-PMO sieht sie "
        "dort.",
    },
    "duplicates": {
        "en": "Similar ideas already exist. Submit yours anyway, or add it to one of them?",
        "de": "Es gibt schon ähnliche Ideen. Trotzdem einreichen oder zu einer davon hinzufügen?",
    },
    "cancelled": {
        "en": "Cancelled. I kept what you wrote as draft #{id}, so nothing is lost. Send a new message to "
        "start again.",
        "de": "Abgebrochen. Deine Angaben sind als Entwurf #{id} gespeichert, nichts geht verloren. "
        "Schreib mir, um neu zu beginnen.",
    },
    "cancelled_empty": {
        "en": "Cancelled. Send me a new idea whenever you like.",
        "de": "Abgebrochen. Schick mir jederzeit eine neue Idee.",
    },
    "restarted": {
        "en": "Let's start over{kept}. Tell me about your idea.",
        "de": "Wir fangen neu an{kept}. Erzähl mir von deiner Idee.",
    },
    "restart_kept": {
        "en": " (your previous draft #{id} is saved)",
        "de": " (dein bisheriger Entwurf #{id} ist gespeichert)",
    },
    "status_none": {
        "en": "You haven't submitted any ideas yet.",
        "de": "Du hast noch keine Ideen eingereicht.",
    },
    "status_head": {"en": "Your ideas:", "de": "Deine Ideen:"},
    "err_empty": {"en": "I didn't receive any text.", "de": "Ich habe keinen Text erhalten."},
    "err_too_long": {
        "en": "That message is too long for me (more than {max} characters), so I didn't read it. "
        "Your idea so far is kept; please send a short summary.",
        "de": "Die Nachricht ist zu lang (mehr als {max} Zeichen), deshalb habe ich sie nicht gelesen. "
        "Deine bisherigen Angaben bleiben erhalten; schick mir bitte eine kurze Zusammenfassung.",
    },
    "err_emoji": {
        "en": "I can only read words, not emoji or symbols alone.",
        "de": "Ich kann nur Wörter lesen, keine Emojis oder Symbole allein.",
    },
    "err_markup": {
        "en": "I removed the formatting/markup from your message and read only the text.",
        "de": "Ich habe Formatierungen/Markup aus deiner Nachricht entfernt und nur den Text gelesen.",
    },
    "err_language": {
        "en": "Sorry, I can only chat in English or German. / Entschuldigung, ich spreche nur Deutsch "
        "oder Englisch.",
        "de": "Entschuldigung, ich spreche nur Deutsch oder Englisch. / Sorry, I can only chat in English "
        "or German.",
    },
    "err_stale": {
        "en": "That button belongs to an earlier conversation, so I ignored it. Let's continue here.",
        "de": "Dieser Button gehört zu einem früheren Gespräch, deshalb habe ich ihn ignoriert. Machen "
        "wir hier weiter.",
    },
    "err_internal": {
        "en": "Something went wrong on my side; your input is kept. Please try again in a moment.",
        "de": "Bei mir ist etwas schiefgelaufen; deine Angaben bleiben erhalten. Bitte versuch es gleich "
        "noch einmal.",
    },
    "benefit_from_effort": {
        "en": "up to {amounts} saved (today's manual effort)",
        "de": "bis zu {amounts} Ersparnis (heutiger manueller Aufwand)",
    },
    "yes": {"en": "Yes", "de": "Ja"},
    "no": {"en": "No", "de": "Nein"},
    "unsure": {"en": "Not sure", "de": "Weiß nicht"},
    "btn_confirm": {"en": "Submit", "de": "Einreichen"},
    "btn_edit": {"en": "Edit", "de": "Ändern"},
    "btn_cancel": {"en": "Cancel", "de": "Abbrechen"},
    "btn_file": {"en": "Submit anyway", "de": "Trotzdem einreichen"},
    "btn_merge": {"en": "Add to #{id}", "de": "Zu #{id} hinzufügen"},
}

LABELS: dict[str, dict[str, str]] = {
    "title": {"en": "Title", "de": "Titel"},
    "problem": {"en": "Problem", "de": "Problem"},
    "solution": {"en": "Solution", "de": "Lösung"},
    "affected": {"en": "Affected users / process", "de": "Betroffene / Prozess"},
    "department": {"en": "Department", "de": "Abteilung"},
    "data_used": {"en": "Data used", "de": "Genutzte Daten"},
    "personal_data": {"en": "Personal data", "de": "Personenbezogene Daten"},
    "benefit": {"en": "Expected benefit", "de": "Erwarteter Nutzen"},
}

STATUS: dict[str, dict[str, str]] = {
    "draft": {"en": "draft", "de": "Entwurf"},
    "submitted": {"en": "submitted", "de": "eingereicht"},
    "triaged": {"en": "triaged", "de": "bewertet"},
    "in_review": {"en": "in review", "de": "in Prüfung"},
    "approved": {"en": "approved", "de": "freigegeben"},
    "rejected": {"en": "rejected", "de": "abgelehnt"},
    "merged": {"en": "merged", "de": "zusammengeführt"},
    "needs_info": {"en": "needs info", "de": "Rückfrage"},
    "in_progress": {"en": "in progress", "de": "in Umsetzung"},
    "live": {"en": "live", "de": "live"},
    "stopped": {"en": "stopped", "de": "gestoppt"},
}


def t(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang` (English if the language is unknown), formatted."""
    entry = _TEXTS[key]
    return entry.get(lang, entry["en"]).format(**values)


def label(field: str, lang: str) -> str:
    return LABELS[field].get(lang, LABELS[field]["en"])


def status_label(status: str, lang: str) -> str:
    return STATUS.get(status, {}).get(lang, status)
