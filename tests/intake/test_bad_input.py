"""Bad input never crashes the conversation, never loses the draft and never echoes markup."""

from __future__ import annotations

from intake.sanitize import MAX_CHARS

START = "An AI should pre-sort CVs for our recruiters."


def test_empty_message_repeats_the_question(chat):
    chat.say(START)
    asked = chat.state["asked"]
    chat.say("   ")
    assert "didn't receive any text" in chat.text
    assert chat.state["asked"] == asked


def test_empty_first_message_greets(chat):
    chat.say("")
    assert "Tell me about your AI idea" in chat.text


def test_too_long_message_keeps_the_draft_and_asks_for_a_summary(chat):
    chat.say(START)
    draft = chat.state["draft"]
    chat.say("word " * (MAX_CHARS // 4))
    assert "too long" in chat.text and "summary" in chat.text
    assert chat.state["draft"] == draft


def test_too_long_in_german(chat):
    chat.say("Eine KI soll Lebensläufe für die Personalabteilung vorsortieren.")
    chat.say("x" * (MAX_CHARS + 1))
    assert "zu lang" in chat.text


def test_emoji_only(chat):
    chat.say(START)
    chat.say("👍🎉🙂")
    assert "emoji" in chat.text
    assert chat.state["draft"]["solution"]


def test_html_and_script_are_stripped_and_never_echoed(chat):
    chat.say('<script>alert("x")</script><b>An AI should pre-sort CVs</b> for our <i>recruiters</i>.')
    chat.say("&lt;script&gt;alert(1)&lt;/script&gt;<img src=x onerror=alert(1)>saves 2 hours a week")
    everything = "\n".join(r.text for turn in chat.history for r in turn)
    assert "<" not in everything and "script" not in everything.lower()
    assert chat.card is not None
    for _, value in chat.card.fields:
        assert "<" not in value and "alert" not in value
    assert "recruiters" in chat.card_value("Solution")


def test_markup_only_message_counts_as_empty(chat):
    chat.say("<div></div>")
    assert "markup" in chat.text


def test_unsupported_language_answers_in_both(chat):
    chat.say("Bonjour, nous voulons une IA pour les factures de notre service comptable et les clients.")
    assert "English or German" in chat.text and "Deutsch oder Englisch" in chat.text
    assert chat.state.get("step", "idle") == "idle"


def test_stale_button_from_an_old_conversation(chat):
    chat.say(
        "For our finance team: an AI should read supplier invoices automatically, no personal data, "
        "saving 5 hours a week."
    )
    old_confirm = chat.button_value("confirm")
    chat.click("confirm")
    chat.press(old_confirm)
    assert "earlier conversation" in chat.text
    assert len(chat.ports.sink.my_ideas("web", "u1")) == 1


def test_garbage_button_value(chat):
    chat.say(START)
    chat.press("not-a-button")
    assert "earlier conversation" in chat.text


def test_a_failing_port_gets_a_polite_answer_and_a_retry_files_once(make_chat, intake_ports):
    from tests_intake_memory_ports import FailingSink  # loaded by conftest

    intake_ports.sink = FailingSink(failures=1)
    chat = make_chat()
    chat.say(
        "For our finance team: an AI should read supplier invoices automatically, no personal data, "
        "saving 5 hours a week."
    )
    chat.click("confirm")
    assert "went wrong" in chat.text
    assert chat.state["step"] == "summary"
    draft_id = chat.state["draft_id"]
    chat.click("confirm")
    assert chat.last.idea_id == draft_id
    assert [status for _, _, status in intake_ports.sink.my_ideas("web", "u1")] == ["submitted"]


def test_a_broken_state_starts_afresh(chat):
    chat.ports.store.save("web", "u1", "default", {"v": 99, "step": "nonsense"})
    chat.say("An AI should pre-sort CVs for our recruiters.")
    assert chat.state["draft"]["data_used"] == "CVs"
