"""Dialogue tests: the intake conversation as users experience it, in English and German."""

from __future__ import annotations

from intake.fields import IdeaDraft

RICH_EN = (
    "Our sales reps spend 3 hours a week writing call notes by hand. "
    "An AI could summarise customer calls into the CRM."
)
RICH_DE = (
    "Im Kundenservice beantworten wir jeden Tag 500 Tickets manuell. Eine KI soll Antwortvorschläge "
    "aus unseren E-Mails und Tickets erstellen, das spart etwa 2 Stunden pro Tag."
)


def test_rich_first_message_reaches_summary_quickly_en(chat):
    asked = chat.questions_until_summary(RICH_EN, ["The sales team", "Sales", "yes", "saves 3 hours"])
    assert asked <= 2
    assert chat.card_value("Department") == "Sales"
    assert chat.card_value("Personal data") == "Yes"
    assert len(chat.card.title) < len(RICH_EN) / 2


def test_rich_first_message_reaches_summary_quickly_de(chat):
    asked = chat.questions_until_summary(RICH_DE, ["Die Servicemitarbeitenden", "ja", "2 Stunden am Tag"])
    assert asked <= 2
    assert chat.card_value("Abteilung") == "Kundenservice"
    assert "Tickets" in chat.card_value("Genutzte Daten")
    assert "2 Stunden" in chat.card_value("Erwarteter Nutzen")
    assert [c.label for c in chat.card.choices] == ["Einreichen", "Ändern", "Abbrechen"]


def test_only_missing_fields_are_asked_one_at_a_time(chat):
    chat.say("For our finance team: an AI should read supplier invoices automatically, no personal data.")
    assert chat.state["asked"] == "benefit"
    assert len(chat.replies) == 1 and chat.text.count("?") == 1
    chat.say("about 10 hours a week")
    assert chat.card is not None


def test_vague_first_message_gets_guided(chat):
    chat.say("I have an idea about AI")
    assert chat.state["asked"] == "solution"
    assert "What should the AI do" in chat.text
    chat.say("A chatbot that answers employee questions about travel expenses for the finance team.")
    assert chat.state["asked"] != "solution"
    assert chat.state["draft"]["department"] == "Finance"


def test_greeting_is_answered_in_its_language(chat):
    chat.say("Hallo")
    assert "Beschreib mir deine KI-Idee" in chat.text


def test_language_switch_is_followed_but_short_answers_keep_it(chat):
    chat.say("We want an AI that sorts incoming support tickets for the service desk.")
    assert chat.state["lang"] == "en"
    chat.say("ok")
    assert chat.state["lang"] == "en"
    chat.say("Eigentlich ist das für die Mitarbeiter im Kundenservice, die jeden Tag die Tickets sortieren.")
    assert chat.state["lang"] == "de"
    assert "?" in chat.text and any(w in chat.text for w in ("Daten", "bringen", "Abteilung"))


def test_lang_hint_is_used_for_a_new_conversation(make_chat):
    chat = make_chat(lang_hint="de")
    chat.say("ok")
    assert chat.state["lang"] == "de"


def test_cancel_midway_keeps_the_draft(chat):
    chat.say("An AI should pre-sort CVs for our recruiters.")
    chat.say("cancel")
    assert chat.last.idea_id is not None
    assert "draft" in chat.text
    ideas = chat.ports.sink.my_ideas("web", "u1")
    assert [(status) for _, _, status in ideas] == ["draft"]
    assert chat.state["step"] == "idle"


def test_abbrechen_in_german(chat):
    chat.say("Eine KI soll Lebensläufe für die Personalabteilung vorsortieren.")
    chat.say("abbrechen")
    assert "Entwurf" in chat.text


def test_edit_a_field_from_the_summary_by_button(chat):
    chat.questions_until_summary(RICH_EN, ["The sales team", "Sales", "yes", "saves 3 hours"])
    chat.click("edit")
    chat.click("field", "department")
    assert "Department" in chat.text
    chat.say("Marketing")
    assert chat.card_value("Department") == "Marketing"


def test_edit_a_field_by_typing_in_german(chat):
    chat.questions_until_summary(RICH_DE, ["Die Servicemitarbeitenden", "ja", "2 Stunden am Tag"])
    chat.say("ändern abteilung")
    chat.say("Vertrieb")
    assert chat.card_value("Abteilung") == "Vertrieb"
    chat.say("ändern personenbezogen")
    chat.click("answer", "no")
    assert chat.card_value("Personenbezogene Daten") == "Nein"


def test_edit_unknown_field_offers_the_fields(chat):
    chat.say(RICH_EN)
    chat.say("edit colour")
    assert "colour" in chat.text and len(chat.last.choices) == 8


def test_conversation_resumes_after_service_restart(chat):
    chat.say("An AI should pre-sort CVs for our recruiters.")
    asked = chat.state["asked"]
    resumed = chat.restarted()
    resumed.say("HR")
    assert resumed.state["draft"]["department"] == "HR"
    assert resumed.state["asked"] != asked or asked == "department"
    assert "CVs" in resumed.state["draft"]["data_used"]


def test_two_users_at_once_do_not_mix(chat):
    bob = chat.other("u2")
    chat.say("An AI should pre-sort CVs for our recruiters.")
    bob.say("Eine KI soll Rechnungen in der Buchhaltung automatisch auslesen.")
    chat.say("HR")
    assert chat.state["lang"] == "en" and bob.state["lang"] == "de"
    assert "CVs" in chat.state["draft"]["data_used"]
    assert "Rechnungen" in bob.state["draft"]["data_used"]
    assert chat.state["nonce"] != bob.state["nonce"]


def test_confirm_files_the_idea_and_promises_triage(chat):
    chat.questions_until_summary(RICH_EN, ["The sales team", "Sales", "yes", "saves 3 hours"])
    chat.click("confirm")
    assert chat.last.idea_id is not None
    assert "triage" in chat.text
    assert chat.ports.sink.my_ideas("web", "u1")[0][2] == "submitted"


def _existing_idea(chat) -> int:
    """Another user's filed idea, created through the port so DB-backed ports work too."""
    draft = IdeaDraft(title="Call summaries for sales", solution="Summarise sales calls with AI")
    return chat.ports.sink.file(
        draft, channel="web", user_id="u9", display_name="Uma", lang="en", draft_id=None
    )


def test_duplicates_are_shown_and_can_be_merged(chat):
    existing = _existing_idea(chat)
    chat.ports.set_duplicates([(existing, "Call summaries for sales", 0.91)])
    chat.questions_until_summary(RICH_EN, ["The sales team", "Sales", "yes", "saves 3 hours"])
    chat.click("confirm")
    assert f"#{existing} Call summaries for sales (91 %)" in chat.text
    chat.click("merge", str(existing))
    assert chat.last.idea_id == existing
    assert f"#{existing}" in chat.text
    assert chat.state["step"] == "idle"


def test_duplicates_can_be_filed_anyway_by_typing(chat):
    existing = _existing_idea(chat)
    chat.ports.set_duplicates([(existing, "Call summaries for sales", 0.91)])
    chat.questions_until_summary(RICH_EN, ["The sales team", "Sales", "yes", "saves 3 hours"])
    chat.say("yes")
    assert chat.state["step"] == "duplicates"
    chat.say("file anyway")
    assert chat.last.idea_id not in (None, existing)


def test_status_lists_my_ideas_and_resumes(chat):
    chat.say("status")
    assert "haven't submitted" in chat.text
    chat.questions_until_summary(RICH_EN, ["The sales team", "Sales", "yes", "saves 3 hours"])
    chat.click("confirm")
    chat.say("An AI should pre-sort CVs for our recruiters.")
    chat.say("status")
    assert "submitted" in chat.text
    assert "?" in chat.last.text  # the pending question is repeated


def test_help_works_at_every_step(chat):
    chat.say("help")
    assert "status" in chat.text
    chat.say(RICH_EN)
    chat.say("hilfe")
    assert "Befehle" in chat.text or "Commands" in chat.text


def test_restart_keeps_the_old_draft(chat):
    chat.say("An AI should pre-sort CVs for our recruiters.")
    chat.say("restart")
    assert chat.state["step"] == "idle"
    assert chat.ports.sink.my_ideas("web", "u1")[0][2] == "draft"


def test_personal_data_answered_with_a_button(chat):
    chat.say(
        "For our finance team: an AI should read supplier invoices automatically and save 5 hours a week."
    )
    assert chat.state["asked"] == "personal_data"
    chat.click("answer", "yes")
    assert chat.card_value("Personal data") == "Yes"


def test_unparseable_answers_do_not_loop_forever(chat):
    chat.say(
        "For our finance team: an AI should read supplier invoices automatically and save 5 hours a week."
    )
    for _ in range(4):
        if chat.card is not None:
            break
        chat.say("hmm banana")
    assert chat.card is not None


def test_an_edit_takes_the_new_value_as_given(chat):
    chat.questions_until_summary(RICH_EN, ["The sales team", "Sales", "yes", "saves 3 hours"])
    chat.say("edit solution")
    chat.say("Chatbot")
    assert chat.card_value("Solution") == "Chatbot"
    chat.say("edit personal data")
    chat.say("banana")
    assert chat.card is None and "yes or no" in chat.text
    chat.say("nein")
    assert chat.card_value("Personal data") == "No"


def test_detail_typed_at_the_summary_updates_the_card(chat):
    chat.say("An AI should match supplier invoices to purchase orders automatically and flag mismatches. "
             "It uses invoices and purchase orders from the ERP, no personal data. For the accounts payable team "
             "in Finance; saves about 2 days per month.")
    assert chat.card is not None and chat.state["draft"]["problem"] == ""
    chat.say("The problem is that matching by hand takes far too long and errors slip through.")
    assert "added" in chat.text and chat.card is not None
    assert "by hand" in chat.state["draft"]["problem"]
    chat.say("Thanks!")
    assert "confirm, edit or cancel" in chat.text  # nothing new: the card is offered again
