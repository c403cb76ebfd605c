"""The app manifest asks Slack for exactly what the code listens to."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.slack.intake_listeners import COMMAND, SHORTCUT

yaml = pytest.importorskip("yaml")  # transitive today; listed in the report for dev extras
MANIFEST = yaml.safe_load((Path(__file__).parents[3] / "bot/slack/manifest.yaml").read_text())


def test_manifest_declares_command_shortcut_events_and_interactivity():
    features, settings = MANIFEST["features"], MANIFEST["settings"]
    assert [c["command"] for c in features["slash_commands"]] == [COMMAND]
    assert [(s["callback_id"], s["type"]) for s in features["shortcuts"]] == [(SHORTCUT, "message")]
    assert {"message.im", "app_mention", "app_home_opened"} <= set(settings["event_subscriptions"]["bot_events"])
    assert settings["interactivity"]["is_enabled"] and features["app_home"]["home_tab_enabled"]
    urls = {settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"],
            features["slash_commands"][0]["url"]}
    assert len(urls) == 1 and urls.pop().endswith("/slack/events")


def test_manifest_scopes_cover_what_the_bot_calls():
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert {"chat:write", "commands", "im:history", "app_mentions:read", "channels:history"} <= scopes
