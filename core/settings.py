"""The one place aipmo reads its configuration (environment or `.env`).

Everything else receives a `Settings` instance; nothing reads `os.environ` directly.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDERS = {"", "changeme", "change-me", "changethis", "xoxb-your-token", "secret", "todo", "placeholder"}


class Engine(StrEnum):
    offline = "offline"
    llm = "llm"


class Mode(StrEnum):
    local = "local"
    production = "production"


class ConfigError(RuntimeError):
    """Start-up refused: the message names the variable to fix."""


class Settings(BaseSettings):
    """All settings of DESIGN.md, with defaults for the embedded, keyless setup."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    mode: Mode = Field(Mode.local, alias="AIPMO_MODE")
    data_dir: Path = Field(Path("data"), alias="AIPMO_DATA_DIR")
    database_url: str = Field("", alias="AIPMO_DATABASE_URL")
    chroma_url: str = Field("", alias="AIPMO_CHROMA_URL")
    engine: Engine = Field(Engine.offline, alias="AIPMO_ENGINE")
    secret_key: SecretStr = Field(SecretStr(""), alias="AIPMO_SECRET_KEY")

    openai_api_key: SecretStr = Field(SecretStr(""), alias="OPENAI_API_KEY")
    openai_base_url: str = Field("", alias="OPENAI_BASE_URL")
    llm_model: str = Field("gpt-4o-mini", alias="AIPMO_LLM_MODEL")
    llm_timeout: float = Field(30.0, alias="AIPMO_LLM_TIMEOUT")
    azure_openai_endpoint: str = Field("", alias="AZURE_OPENAI_ENDPOINT")
    azure_openai_api_key: SecretStr = Field(SecretStr(""), alias="AZURE_OPENAI_API_KEY")
    azure_openai_deployment: str = Field("", alias="AZURE_OPENAI_DEPLOYMENT")
    azure_openai_api_version: str = Field("2024-10-21", alias="AZURE_OPENAI_API_VERSION")

    slack_bot_token: SecretStr = Field(SecretStr(""), alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr = Field(SecretStr(""), alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr = Field(SecretStr(""), alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", alias="AIPMO_SLACK_API_URL")

    slack_review_channel: str = Field("", alias="AIPMO_SLACK_REVIEW_CHANNEL")
    slack_socket_mode: bool = Field(False, alias="AIPMO_SLACK_SOCKET_MODE")

    microsoft_app_id: str = Field("", alias="MICROSOFT_APP_ID")
    microsoft_app_password: SecretStr = Field(SecretStr(""), alias="MICROSOFT_APP_PASSWORD")
    microsoft_app_tenant_id: str = Field("", alias="MICROSOFT_APP_TENANT_ID")

    reviewers: str = Field("", alias="AIPMO_REVIEWERS")
    digest_channels: str = Field("", alias="AIPMO_DIGEST_CHANNELS")
    digest_cron: str = Field("0 8 * * mon", alias="AIPMO_DIGEST_CRON")
    redact_pii: bool = Field(False, alias="AIPMO_REDACT_PII")

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or the embedded SQLite file under the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'aipmo.db').as_posix()}"

    @property
    def reviewer_ids(self) -> frozenset[str]:
        """Reviewer user ids; each may carry a channel prefix such as `web:alice`."""
        return frozenset(r.strip() for r in self.reviewers.split(",") if r.strip())

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token.get_secret_value() or self.slack_signing_secret.get_secret_value())

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id)

    @model_validator(mode="after")
    def _refuse_placeholders_in_production(self) -> Settings:
        if self.mode is not Mode.production:
            return self
        required: list[tuple[str, str]] = [("AIPMO_SECRET_KEY", self.secret_key.get_secret_value())]
        if self.slack_enabled:
            required += [
                ("SLACK_BOT_TOKEN", self.slack_bot_token.get_secret_value()),
                ("SLACK_SIGNING_SECRET", self.slack_signing_secret.get_secret_value()),
            ]
        if self.teams_enabled:
            required.append(("MICROSOFT_APP_PASSWORD", self.microsoft_app_password.get_secret_value()))
        if self.engine is Engine.llm and self.azure_openai_endpoint:
            required.append(("AZURE_OPENAI_API_KEY", self.azure_openai_api_key.get_secret_value()))
        elif self.engine is Engine.llm:
            required.append(("OPENAI_API_KEY", self.openai_api_key.get_secret_value()))
        missing = [name for name, value in required if value.strip().lower() in PLACEHOLDERS]
        if missing:
            raise ConfigError(
                f"{', '.join(missing)}: missing or a placeholder; set a real secret (or leave that channel "
                f"unconfigured); AIPMO_MODE=production refuses placeholders."
            )
        return self


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings of this process, read once."""
    return Settings()
