import pytest

from core.settings import ConfigError, Settings


def make(**env: str) -> Settings:
    return Settings(_env_file=None, **env)  # type: ignore[arg-type]


def test_defaults_are_the_embedded_keyless_setup(tmp_path) -> None:
    s = make(AIPMO_DATA_DIR=str(tmp_path))
    assert s.effective_database_url == f"sqlite:///{tmp_path}/aipmo.db"
    assert s.engine == "offline" and not s.slack_enabled and not s.teams_enabled


def test_production_refuses_placeholder_slack_secret_naming_the_variable() -> None:
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        make(AIPMO_MODE="production", SLACK_BOT_TOKEN="xoxb-real-looking-1234", SLACK_SIGNING_SECRET="changeme")


def test_production_refuses_missing_teams_password() -> None:
    with pytest.raises(ConfigError, match="MICROSOFT_APP_PASSWORD"):
        make(AIPMO_MODE="production", MICROSOFT_APP_ID="11111111-2222-3333-4444-555555555555")


def test_production_refuses_llm_engine_without_key() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        make(AIPMO_MODE="production", AIPMO_ENGINE="llm")


def test_local_mode_tolerates_placeholders_for_development() -> None:
    s = make(SLACK_SIGNING_SECRET="changeme", SLACK_BOT_TOKEN="xoxb-your-token")
    assert s.slack_enabled


def test_reviewer_ids_are_parsed() -> None:
    assert make(AIPMO_REVIEWERS=" web:rita, slack:U1 ,,").reviewer_ids == {"web:rita", "slack:U1"}


def test_production_with_azure_needs_the_azure_key_not_the_openai_one() -> None:
    with pytest.raises(ConfigError, match="AZURE_OPENAI_API_KEY"):
        make(AIPMO_MODE="production", AIPMO_ENGINE="llm", AZURE_OPENAI_ENDPOINT="https://x.openai.azure.com")
    ok = make(AIPMO_MODE="production", AIPMO_ENGINE="llm", AZURE_OPENAI_ENDPOINT="https://x.openai.azure.com",
              AZURE_OPENAI_API_KEY="0123456789abcdef", AIPMO_SECRET_KEY="a-long-random-secret")
    assert ok.engine == "llm"


def test_production_needs_a_secret_key_for_visitor_cookies() -> None:
    with pytest.raises(ConfigError, match="AIPMO_SECRET_KEY"):
        make(AIPMO_MODE="production")
    assert make(AIPMO_MODE="production", AIPMO_SECRET_KEY="a-long-random-secret").mode == "production"
